#pragma once
/// The composition root of src/app/wiring.hpp for service
/// tests on a fresh migrated database of each backend, with a ManualClock instead of the
/// system clock. Helpers put people, areas and organisations straight into the
/// repositories so a test only pays for password hashing where it tests sign-in.

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "core/common/clock.hpp"
#include "core/common/ids.hpp"
#include "app/wiring.hpp"
#include "core/services.hpp"
#include "test_databases.hpp"

namespace alongside::test {

/// 2025-06-16 09:00:00 UTC: a Monday morning, far from any clock-change boundary.
inline constexpr Millis kStartTime = 1'750'064'400'000;
/// The password every helper-made account has (hashed once per test process).
inline constexpr const char* kKnownPassword = "correct horse battery staple";
/// A password the rules refuse as too common.
inline constexpr const char* kCommonPassword = "password123456";

inline const std::string& KnownPasswordHash() {
  static const std::string hash = PasswordHasher().Hash(kKnownPassword);
  return hash;
}

/// The application's own wiring on a clock the test moves by hand.
struct ManualClockHolder {
  ManualClock manual_clock{kStartTime};
};
struct ServiceWiring : ManualClockHolder, app::Wiring {
  explicit ServiceWiring(db::Database& database)
      : app::Wiring(database, manual_clock, PasswordRules{{kCommonPassword, "qwertyuiopasdf"}}, AccountSettings{}) {}
};

/// A MigratedBackendTest with the services wired on top, and helpers to arrange data.
class ServiceTest : public MigratedBackendTest {
 protected:
  void SetUp() override {
    MigratedBackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    wiring_ = std::make_unique<ServiceWiring>(database());
  }
  void TearDown() override {
    wiring_.reset();
    MigratedBackendTest::TearDown();
  }

  ServiceWiring& w() { return *wiring_; }
  ManualClock& clock() { return wiring_->manual_clock; }

  Area AddArea(const std::string& name) {
    Area area{NewId(clock().Now()), name, clock().Now()};
    auto tx = database().Begin();
    w().organisations.InsertArea(*tx, area);
    tx->Commit();
    return area;
  }

  Organisation AddOrganisation(const Area& area, const std::string& name,
                               OrganisationKind kind = OrganisationKind::kPeerSupportProgramme) {
    Organisation organisation;
    organisation.id = NewId(clock().Now());
    organisation.area_id = area.id;
    organisation.area_name = area.name;
    organisation.name = name;
    organisation.kind = kind;
    organisation.created_at = clock().Now();
    auto tx = database().Begin();
    w().organisations.Insert(*tx, organisation);
    tx->Commit();
    return organisation;
  }

  /// A verified account with kKnownPassword and one role (in `organisation_id`, if given).
  User AddUser(const std::string& name, const std::string& email, Role role,
               const std::string& organisation_id = "", bool verified = true) {
    User user;
    user.created_at = clock().Now();
    user.id = NewId(user.created_at);
    user.email = email;
    user.name = name;
    user.password_hash = KnownPasswordHash();
    if (verified) user.email_verified_at = user.created_at;
    RoleGrant grant;
    grant.id = NewId(user.created_at);
    grant.role = role;
    grant.organisation_id = organisation_id;
    auto tx = database().Begin();
    w().users.Insert(*tx, user);
    w().users.AddGrant(*tx, user.id, grant, user.created_at);
    auto stored = w().users.FindById(*tx, user.id);
    tx->Commit();
    return *stored;
  }

  std::optional<User> FindUser(const std::string& id) {
    auto tx = database().Begin(db::TxMode::kRead);
    auto user = w().users.FindById(*tx, id);
    tx->Commit();
    return user;
  }

  std::optional<User> FindUserByEmail(const std::string& email) {
    auto tx = database().Begin(db::TxMode::kRead);
    auto user = w().users.FindByEmail(*tx, email);
    tx->Commit();
    return user;
  }

  /// The actor a request from this person would carry (grants as stored now).
  Actor ActorOf(const User& user, const std::string& request_id = "req-test") {
    const auto stored = FindUser(user.id);
    Actor actor;
    actor.user_id = user.id;
    actor.name = user.name;
    actor.email = user.email;
    actor.grants = stored ? stored->grants : user.grants;
    actor.request_id = request_id;
    return actor;
  }

  /// Every audit entry, newest first, read through the repository without scope limits.
  std::vector<AuditEntry> AuditEntries(AuditFilter filter = {}) {
    ListScope all;
    all.denied = false;
    all.all = true;
    filter.page.page_size = 1000;
    auto tx = database().Begin(db::TxMode::kRead);
    auto page = w().audit_entries.List(*tx, filter, all);
    tx->Commit();
    return page.items;
  }

  std::vector<AuditEntry> AuditEntriesFor(const std::string& action) {
    AuditFilter filter;
    filter.action = action;
    return AuditEntries(filter);
  }

  /// Every stored column of every audit row, joined: to prove a secret never reaches it.
  std::string AuditLogText() {
    auto tx = database().Begin(db::TxMode::kRead);
    std::string text;
    for (const auto& row : tx->Query("SELECT id, at, actor_user_id, actor_organisation_id, action, record_type, "
                                     "record_id, outcome, request_id FROM audit_log")) {
      for (std::size_t i = 0; i < row.size(); ++i) text += row.Text(i) + "|";
      text += "\n";
    }
    tx->Commit();
    return text;
  }

  /// Emails in the outbox, newest first.
  std::vector<Email> Outbox() {
    auto tx = database().Begin(db::TxMode::kRead);
    auto emails = w().outbox.Latest(*tx, 100);
    tx->Commit();
    return emails;
  }

  /// The token of a link like ".../verify-email?token=SECRET" in an email body.
  static std::string LinkToken(const std::string& body, const std::string& path) {
    const std::string marker = path + "?token=";
    const auto start = body.find(marker);
    if (start == std::string::npos) return "";
    const auto from = start + marker.size();
    const auto end = body.find_first_of(" \n\r", from);
    return body.substr(from, end == std::string::npos ? std::string::npos : end - from);
  }

  std::int64_t Count(const std::string& table) {
    auto tx = database().Begin(db::TxMode::kRead);
    const auto count = tx->QueryOne("SELECT COUNT(*) FROM " + table)->Int(0);
    tx->Commit();
    return count;
  }

 private:
  std::unique_ptr<ServiceWiring> wiring_;
};

}  // namespace alongside::test
