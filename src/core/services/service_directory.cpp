#include "core/services/service_directory.hpp"

#include <algorithm>

#include "core/common/ids.hpp"
#include "core/common/text.hpp"
#include "core/families/calendar_date.hpp"
#include "core/services/postcode_district.hpp"
#include "core/services/service_review.hpp"
#include "core/services/service_validation.hpp"

namespace alongside {
namespace {

constexpr const char* kNotFound = "Service not found";
constexpr const char* kClash =
    "Someone else changed this service while you were editing it. Open it again to see their changes, "
    "then make yours.";

bool Contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

RecordScope ScopeOf(const Service& service) {
  RecordScope scope;
  scope.organisation_ids = {service.organisation_id};
  scope.area_ids = {service.area_id};
  return scope;
}

std::string ServiceDirectory::Today() const { return IsoDate(LondonDateOf(clock_.Now())); }

Service ServiceDirectory::Load(db::Transaction& tx, const std::string& id) {
  auto service = IsUuid(id) ? services_.Find(tx, id) : std::nullopt;
  if (!service) throw NotFound(kNotFound);
  return *service;
}

bool ServiceDirectory::MayEdit(const Actor& actor, const Service& service) const {
  return policy_.Allows(actor, Resource::kService, Action::kUpdate, ScopeOf(service));
}

std::vector<Organisation> ServiceDirectory::KeepingOrganisations(const Actor& actor) {
  std::vector<Organisation> out;
  auto tx = database_.Begin(db::TxMode::kRead);
  if (actor.IsPlatformAdministrator() && policy_.MayAtAll(actor, Resource::kService, Action::kCreate)) {
    ListScope all;
    all.denied = false;
    all.all = true;
    PageRequest page;
    page.page_size = 500;
    out = organisations_.List(*tx, all, page).items;
  } else {
    for (const auto& grant : actor.grants) {
      if (grant.organisation_id.empty()) continue;
      RecordScope scope;
      scope.organisation_ids = {grant.organisation_id};
      if (!policy_.Allows(actor, Resource::kService, Action::kCreate, scope)) continue;
      if (std::any_of(out.begin(), out.end(), [&](const auto& o) { return o.id == grant.organisation_id; })) continue;
      if (auto organisation = organisations_.Find(*tx, grant.organisation_id)) out.push_back(*organisation);
    }
  }
  tx->Commit();
  return out;
}

Service ServiceDirectory::Create(const Actor& actor, const ServiceForm& form) {
  // Refused before validating, so the messages tell someone who may not add entries nothing.
  if (!policy_.MayAtAll(actor, Resource::kService, Action::kCreate))
    throw AccessRefused(Resource::kService, Action::kCreate, "");
  Service service;
  Validation v;
  service.organisation_id = Trim(form.organisation_id);
  if (service.organisation_id.empty()) {
    const auto keeping = KeepingOrganisations(actor);
    if (keeping.size() == 1) service.organisation_id = keeping.front().id;
    else v.Add("organisation_id", "Select the organisation that runs the service");
  }
  ReadServiceForm(form, service, v);

  auto tx = database_.Begin();
  std::optional<Organisation> organisation;
  if (!service.organisation_id.empty()) {
    organisation = IsUuid(service.organisation_id) ? organisations_.Find(*tx, service.organisation_id) : std::nullopt;
    if (!organisation) v.Add("organisation_id", "Select an organisation from the list");
  }
  v.ThrowIfAny();
  service.area_id = organisation->area_id;
  service.organisation_name = organisation->name;
  policy_.Require(actor, Resource::kService, Action::kCreate, ScopeOf(service));
  service.created_at = service.updated_at = clock_.Now();
  service.id = NewId(service.created_at);
  service.created_by = actor.user_id;
  services_.Insert(*tx, service);
  audit_.Record(*tx, actor, "service.create", "service", service.id);
  tx->Commit();
  return service;
}

Service ServiceDirectory::Save(const Actor& actor, const std::string& id, std::string_view audit_action,
                               const std::function<void(Service&)>& change, std::optional<int> expected_version) {
  auto tx = database_.Begin();
  Service service = Load(*tx, id);
  policy_.Require(actor, Resource::kService, Action::kUpdate, ScopeOf(service), service.id);
  const int stored_version = service.version;
  change(service);
  if (expected_version && *expected_version != stored_version) throw Conflict(kClash);
  service.updated_at = clock_.Now();
  service.version = stored_version + 1;
  if (!services_.Update(*tx, service, stored_version)) throw Conflict(kClash);
  audit_.Record(*tx, actor, audit_action, "service", service.id);
  tx->Commit();
  return service;
}

Service ServiceDirectory::Update(const Actor& actor, const std::string& id, const ServiceForm& form,
                                 int expected_version) {
  return Save(actor, id, "service.update", [&form](Service& service) {
    Validation v;
    ReadServiceForm(form, service, v);
    v.ThrowIfAny();
  }, expected_version);
}

Service ServiceDirectory::Archive(const Actor& actor, const std::string& id) {
  return Save(actor, id, "service.archive", [](Service& service) { service.status = ServiceStatus::kArchived; },
              std::nullopt);
}

Service ServiceDirectory::Restore(const Actor& actor, const std::string& id) {
  return Save(actor, id, "service.restore", [](Service& service) { service.status = ServiceStatus::kActive; },
              std::nullopt);
}

Service ServiceDirectory::MarkReviewed(const Actor& actor, const std::string& id) {
  const Date today = LondonDateOf(clock_.Now());
  return Save(actor, id, "service.review",
              [&today](Service& service) { service.review_due = NextReviewDate(today); }, std::nullopt);
}

Service ServiceDirectory::Find(const Actor& actor, const std::string& id) {
  auto tx = database_.Begin(db::TxMode::kRead);
  Service service = Load(*tx, id);
  policy_.Require(actor, Resource::kService, Action::kRead, ScopeOf(service), service.id);
  tx->Commit();
  return service;
}

ServiceQuery ServiceDirectory::QueryOf(const ServiceSearch& search) const {
  ServiceQuery query;
  query.text = Trim(search.text);
  query.level = ServiceLevelFromCode(search.level);
  query.type = ServiceTypeFromCode(search.type);
  query.need = search.need;
  query.organisation_id = search.organisation_id;
  query.stale_only = search.stale_only;
  query.include_archived = search.include_archived;
  query.today = Today();
  const std::string postcode = Trim(search.postcode);
  if (!postcode.empty()) {
    const auto district = PostcodeDistrictOf(postcode);
    if (!district) throw Invalid("postcode", "Enter a postcode or the first half of one, like RV1 4AB or RV1");
    query.postcode_district = *district;
  }
  return query;
}

std::vector<Area> ServiceDirectory::Areas(const Actor& actor) {
  const auto scope = policy_.ScopeForList(actor, Resource::kService);
  if (scope.denied) return {};
  auto tx = database_.Begin(db::TxMode::kRead);
  ListScope areas;
  areas.denied = false;
  areas.all = scope.all;
  areas.area_ids = scope.area_ids;
  auto out = organisations_.ListAreas(*tx, areas);
  tx->Commit();
  return out;
}

ServiceResults ServiceDirectory::Search(const Actor& actor, const ServiceSearch& search, const PageRequest& page) {
  const auto scope = policy_.ScopeForList(actor, Resource::kService);
  if (scope.denied) throw AccessRefused(Resource::kService, Action::kList, "");
  ServiceQuery query = QueryOf(search);
  query.area_id = search.area_id;
  if (query.area_id.empty()) {
    const auto areas = Areas(actor);
    if (!areas.empty()) query.area_id = areas.front().id;
  } else if (!scope.all && !Contains(scope.area_ids, query.area_id)) {
    throw AccessRefused(Resource::kService, Action::kList, "");
  }
  ServiceResults results;
  results.area_id = query.area_id;
  results.today = query.today;
  results.page.page = page.Normalised().page;
  results.page.page_size = page.Normalised().page_size;
  if (query.area_id.empty()) return results;
  auto tx = database_.Begin(db::TxMode::kRead);
  results.page = services_.Search(*tx, query, page.Normalised());
  tx->Commit();
  return results;
}

std::vector<Area> ServiceDirectory::PublicAreas() {
  ListScope all;
  all.denied = false;
  all.all = true;
  auto tx = database_.Begin(db::TxMode::kRead);
  auto areas = organisations_.ListAreas(*tx, all);
  tx->Commit();
  return areas;
}

PublicServiceResults ServiceDirectory::PublicSearch(const ServiceSearch& search, const PageRequest& page) {
  ServiceQuery query = QueryOf(search);
  query.organisation_id.clear();
  query.stale_only = false;
  query.include_archived = false;
  query.area_id = search.area_id;
  PublicServiceResults results;
  if (query.area_id.empty()) {
    const auto areas = PublicAreas();
    if (areas.size() == 1) query.area_id = areas.front().id;
  }
  results.area_id = query.area_id;
  results.page.page = page.Normalised().page;
  results.page.page_size = page.Normalised().page_size;
  if (query.area_id.empty() || !IsUuid(query.area_id)) return results;
  auto tx = database_.Begin(db::TxMode::kRead);
  const auto found = services_.Search(*tx, query, page.Normalised());
  tx->Commit();
  results.page.total = found.total;
  for (const auto& service : found.items) results.page.items.push_back(PublicViewOf(service));
  return results;
}

PublicService ServiceDirectory::PublicFind(const std::string& id) {
  auto tx = database_.Begin(db::TxMode::kRead);
  auto service = IsUuid(id) ? services_.Find(*tx, id) : std::nullopt;
  tx->Commit();
  if (!service || service->status != ServiceStatus::kActive) throw NotFound(kNotFound);
  return PublicViewOf(*service);
}

}  // namespace alongside
