#pragma once
/// The fixture shared by the account repository tests: a migrated database of each backend
/// with two areas, their organisations, and the SQL repositories for people and sessions.

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/common/ids.hpp"
#include "core/common/text.hpp"
#include "storage/accounts/sql_session_repositories.hpp"
#include "storage/accounts/sql_user_repository.hpp"
#include "storage/organisations/sql_organisation_repository.hpp"
#include "test_databases.hpp"

namespace alongside::storage::test_accounts {

using test::MigratedBackendTest;

inline constexpr Millis kT0 = 1'750'064'400'000;
inline constexpr const char* kHostileName = "Robert'); DROP TABLE users;-- <script>alert(\"x\")</script> & Zoë 👪";

inline std::vector<std::string> Names(const Page<User>& page) {
  std::vector<std::string> names;
  for (const auto& user : page.items) names.push_back(user.name);
  return names;
}

inline ListScope AllScope() {
  ListScope scope;
  scope.denied = false;
  scope.all = true;
  return scope;
}

class AccountRepositoryTest : public MigratedBackendTest {
 protected:
  void SetUp() override {
    MigratedBackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    north_ = AddArea("North");
    south_ = AddArea("South");
    north_programme_ = AddOrganisation(north_, "North Parents Together");
    north_hub_ = AddOrganisation(north_, "North Family Hub", OrganisationKind::kUniversalService);
    south_programme_ = AddOrganisation(south_, "South Peer Support");
  }

  Area AddArea(const std::string& name) {
    Area area{NewId(kT0), name, kT0};
    auto tx = database().Begin();
    organisations_.InsertArea(*tx, area);
    tx->Commit();
    return area;
  }

  Organisation AddOrganisation(const Area& area, const std::string& name,
                               OrganisationKind kind = OrganisationKind::kPeerSupportProgramme) {
    Organisation organisation{NewId(kT0), area.id, area.name, name, kind, kT0};
    auto tx = database().Begin();
    organisations_.Insert(*tx, organisation);
    tx->Commit();
    return organisation;
  }

  User MakeUser(const std::string& name, const std::string& email) {
    User user;
    user.id = NewId(kT0);
    user.email = email;
    user.name = name;
    user.password_hash = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA";
    user.created_at = kT0;
    return user;
  }

  User InsertUser(const std::string& name, const std::string& email) {
    User user = MakeUser(name, email);
    auto tx = database().Begin();
    users_.Insert(*tx, user);
    tx->Commit();
    return user;
  }

  /// Adds a role; returns the grant id.
  std::string Grant(const User& user, Role role, const std::string& organisation_id = "", Millis at = kT0) {
    RoleGrant grant;
    grant.id = NewId(at);
    grant.role = role;
    grant.organisation_id = organisation_id;
    auto tx = database().Begin();
    users_.AddGrant(*tx, user.id, grant, at);
    tx->Commit();
    return grant.id;
  }

  std::optional<User> Find(const std::string& id) {
    auto tx = database().Begin(db::TxMode::kRead);
    auto user = users_.FindById(*tx, id);
    tx->Commit();
    return user;
  }

  Page<User> List(const UserFilter& filter, const ListScope& scope = AllScope()) {
    auto tx = database().Begin(db::TxMode::kRead);
    auto page = users_.List(*tx, filter, scope);
    tx->Commit();
    return page;
  }

  Session MakeSession(const std::string& user_id, const std::string& kind, Millis at,
                      const std::string& label = "") {
    Session s;
    s.id = NewId(at);
    s.user_id = user_id;
    s.token_hash = "hash-" + s.id;
    s.csrf_token = "csrf-" + s.id;
    s.kind = kind;
    s.label = label;
    s.created_at = at;
    s.last_seen_at = at;
    s.expires_at = at + 12 * kHour;
    return s;
  }

  Session InsertSession(const std::string& user_id, const std::string& kind = "browser", Millis at = kT0,
                        const std::string& label = "") {
    Session s = MakeSession(user_id, kind, at, label);
    auto tx = database().Begin();
    sessions_.Insert(*tx, s);
    tx->Commit();
    return s;
  }

  std::optional<Session> FindSession(const std::string& id) {
    auto tx = database().Begin(db::TxMode::kRead);
    auto s = sessions_.FindById(*tx, id);
    tx->Commit();
    return s;
  }

  SqlUserRepository users_;
  SqlSessionRepository sessions_;
  SqlEmailTokenRepository tokens_;
  SqlSignInThrottleRepository throttle_;
  SqlOrganisationRepository organisations_;
  Area north_, south_;
  Organisation north_programme_, north_hub_, south_programme_;
};

}  // namespace alongside::storage::test_accounts
