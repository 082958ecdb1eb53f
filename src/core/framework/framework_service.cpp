#include "core/framework/framework_service.hpp"

#include "core/common/ids.hpp"
#include "core/framework/framework_document.hpp"

namespace alongside {

RecordScope FrameworkScope(const std::string& area_id) {
  RecordScope scope;
  scope.area_ids = {area_id};
  return scope;
}

FrameworkService::FrameworkService(db::Database& database, FrameworkRepository& versions, const AccessPolicy& policy,
                                   AuditLog& audit, const Clock& clock, std::string_view shipped_document)
    : database_(database), versions_(versions), policy_(policy), audit_(audit), clock_(clock),
      shipped_(ReadFrameworkDocument(shipped_document)) {}

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

FrameworkVersion FrameworkService::Current(const Actor& actor, const std::string& area_id) {
  policy_.Require(actor, Resource::kFramework, Action::kRead, FrameworkScope(area_id), area_id);
  auto tx = database_.Begin();
  auto current = CurrentIn(*tx, area_id);
  tx->Commit();
  return current;
}

std::vector<FrameworkVersion> FrameworkService::Versions(const Actor& actor, const std::string& area_id) {
  policy_.Require(actor, Resource::kFramework, Action::kList, FrameworkScope(area_id), area_id);
  auto tx = database_.Begin();
  CurrentIn(*tx, area_id);
  auto all = versions_.ListForArea(*tx, area_id);
  tx->Commit();
  return all;
}

FrameworkVersion FrameworkService::Version(const Actor& actor, const std::string& version_id) {
  auto tx = database_.Begin();
  auto version = versions_.Find(*tx, version_id);
  if (!version) throw NotFound("No such version of the framework");
  policy_.Require(actor, Resource::kFramework, Action::kRead, FrameworkScope(version->area_id), version_id);
  return *version;
}

}  // namespace alongside
