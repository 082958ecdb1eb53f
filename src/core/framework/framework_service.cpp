#include "core/framework/framework_service.hpp"

#include "core/common/ids.hpp"
#include "core/common/london_time.hpp"
#include "core/framework/framework_document.hpp"

namespace alongside {

RecordScope FrameworkScope(const std::string& area_id) {
  RecordScope scope;
  scope.area_ids = {area_id};
  return scope;
}

FrameworkService::FrameworkService(db::Database& database, FrameworkRepository& versions,
                                   OrganisationRepository& organisations, const FamilyAccess& family_access,
                                   const AccessPolicy& policy, AuditLog& audit, const Clock& clock,
                                   std::string_view shipped_document)
    : database_(database), versions_(versions), organisations_(organisations), family_access_(family_access),
      policy_(policy), audit_(audit), clock_(clock), shipped_(ReadFrameworkDocument(shipped_document)) {}

void FrameworkService::RequireRead(const Actor& actor, const std::string& area_id, Action action,
                                   const std::string& record_id) const {
  if (!policy_.Allows(actor, Resource::kFramework, action, FrameworkScope(area_id)) && !MayAdapt(actor, area_id))
    throw AccessRefused(Resource::kFramework, action, record_id);
}

bool FrameworkService::MayAdapt(const Actor& actor, const std::string& area_id) const {
  return !area_id.empty() && policy_.Allows(actor, Resource::kFramework, Action::kUpdate, FrameworkScope(area_id));
}

FrameworkVersion FrameworkService::CurrentIn(db::Transaction& tx, const std::string& area_id) {
  if (auto latest = versions_.Latest(tx, area_id)) return *latest;
  FrameworkVersion first;
  first.id = NewId(clock_.Now());
  first.area_id = area_id;
  first.number = 1;
  first.note = "The shipped edition (" + shipped_.edition + ")";
  first.created_at = clock_.Now();
  first.framework = shipped_;
  versions_.Insert(tx, first);
  return first;
}

std::optional<FrameworkVersion> FrameworkService::VersionIn(db::Transaction& tx, const std::string& version_id) {
  return versions_.Find(tx, version_id);
}

FrameworkVersion FrameworkService::InForce(const std::string& area_id) {
  {
    auto tx = database_.Begin(db::TxMode::kRead);
    if (auto latest = versions_.Latest(*tx, area_id)) {
      tx->Commit();
      return *latest;
    }
  }
  auto tx = database_.Begin();
  auto current = CurrentIn(*tx, area_id);
  tx->Commit();
  return current;
}

FrameworkVersion FrameworkService::Current(const Actor& actor, const std::string& area_id) {
  RequireRead(actor, area_id, Action::kRead, area_id);
  return InForce(area_id);
}

std::vector<FrameworkVersion> FrameworkService::Versions(const Actor& actor, const std::string& area_id) {
  RequireRead(actor, area_id, Action::kList, area_id);
  auto tx = database_.Begin();
  CurrentIn(*tx, area_id);
  auto all = versions_.ListForArea(*tx, area_id);
  tx->Commit();
  return all;
}

FrameworkVersion FrameworkService::Version(const Actor& actor, const std::string& version_id) {
  auto tx = database_.Begin(db::TxMode::kRead);
  auto version = versions_.Find(*tx, version_id);
  if (!version) throw NotFound("No such version of the framework");
  RequireRead(actor, version->area_id, Action::kRead, version_id);
  tx->Commit();
  return *version;
}

std::vector<Area> FrameworkService::Areas(const Actor& actor) {
  ListScope scope = policy_.ScopeForList(actor, Resource::kFramework);
  // Only a grant of Scope::kAll reaches a record tied to no area.
  if (policy_.Allows(actor, Resource::kFramework, Action::kUpdate, RecordScope{})) {
    scope.denied = false;
    scope.all = true;
  }
  if (scope.denied) return {};
  auto tx = database_.Begin(db::TxMode::kRead);
  auto areas = organisations_.ListAreas(*tx, scope);
  tx->Commit();
  return areas;
}

FrameworkVersion FrameworkService::Adapt(const Actor& actor, const std::string& area_id,
                                         const FrameworkAdaptation& adaptation) {
  if (!MayAdapt(actor, area_id)) throw AccessRefused(Resource::kFramework, Action::kUpdate, area_id);
  auto tx = database_.Begin();
  const FrameworkVersion base = CurrentIn(*tx, area_id);
  if (adaptation.based_on_id != base.id) {
    throw Conflict("While you were editing, " + (base.created_by_name.empty() ? "someone" : base.created_by_name) +
                   " saved version " + std::to_string(base.number) + " of the framework (" +
                   FormatLondonDateTime(base.created_at) +
                   "). Nothing of yours has been saved: read version " + std::to_string(base.number) +
                   ", then make your changes to it.");
  }
  FrameworkVersion next;
  next.framework = NormaliseAdaptation(base.framework, adaptation.framework);
  Validation v;
  CheckFramework(next.framework, v);
  CheckAdaptation(base.framework, adaptation, v);
  v.ThrowIfAny();
  next.id = NewId(clock_.Now());
  next.area_id = area_id;
  next.number = base.number + 1;
  next.based_on_id = base.id;
  next.note = adaptation.note;
  next.created_by = actor.user_id;
  next.created_by_name = actor.name;
  next.created_at = clock_.Now();
  try {
    versions_.Insert(*tx, next);
  } catch (const db::UniqueViolation&) {
    throw Conflict("Someone else saved a new version of the framework at the same moment. Nothing of yours has "
                   "been saved: read the newest version, then make your changes to it.");
  }
  audit_.Record(*tx, actor, "framework.adapt", "framework_version", next.id);
  tx->Commit();
  return next;
}

FrameworkVersion FrameworkService::ForFamily(const Actor& actor, const std::string& family_id) {
  std::string area_id;
  {
    auto tx = database_.Begin(db::TxMode::kRead);
    area_id = family_access_.Require(*tx, actor, family_id, Resource::kFamily, Action::kRead).area_id;
    tx->Commit();
  }
  return InForce(area_id);
}

std::vector<DomainCount> FrameworkService::ContactsByDomain(const Actor& actor, const std::string& family_id) {
  auto tx = database_.Begin();
  const auto facts = family_access_.Require(*tx, actor, family_id, Resource::kFamily, Action::kRead);
  const auto topics = versions_.ContactTopics(*tx, family_id);
  const auto version = CurrentIn(*tx, facts.area_id);
  audit_.Record(*tx, actor, "contact.count_by_domain", "family", family_id);
  tx->Commit();
  return CountByDomain(version.framework, topics);
}

}  // namespace alongside
