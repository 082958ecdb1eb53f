#include "core/organisations/organisation_service.hpp"

#include "core/common/ids.hpp"
#include "core/common/text.hpp"

namespace alongside {
namespace {

constexpr std::size_t kMaxNameLength = 200;

void ValidateName(Validation& v, const std::string& field, const std::string& name, const char* what) {
  if (name.empty()) {
    v.Add(field, std::string("Enter the ") + what);
  } else if (CharCount(name) > kMaxNameLength) {
    v.Add(field, std::string("The ") + what + " must be 200 characters or fewer");
  } else if (HasControlCharacters(name)) {
    v.Add(field, std::string("The ") + what + " must not contain control characters");
  }
}

}  // namespace

RecordScope ScopeOf(const Organisation& organisation) {
  RecordScope scope;
  scope.organisation_ids = {organisation.id};
  scope.area_ids = {organisation.area_id};
  return scope;
}

Area OrganisationService::CreateArea(const Actor& actor, const std::string& raw_name) {
  policy_.Require(actor, Resource::kArea, Action::kCreate, RecordScope{});
  Area area;
  area.name = Trim(raw_name);
  Validation v;
  ValidateName(v, "name", area.name, "area name");
  v.ThrowIfAny();
  auto tx = database_.Begin();
  if (organisations_.FindAreaByName(*tx, area.name)) throw Invalid("name", "An area with this name already exists");
  area.created_at = clock_.Now();
  area.id = NewId(area.created_at);
  organisations_.InsertArea(*tx, area);
  audit_.Record(*tx, actor, "area.create", "area", area.id);
  tx->Commit();
  return area;
}

std::vector<Area> OrganisationService::ListAreas(const Actor& actor) {
  auto scope = policy_.ScopeForList(actor, Resource::kOrganisation);
  if (scope.denied) throw AccessRefused(Resource::kArea, Action::kList, "");
  auto tx = database_.Begin(db::TxMode::kRead);
  auto areas = organisations_.ListAreas(*tx, scope);
  tx->Commit();
  return areas;
}

Organisation OrganisationService::Create(const Actor& actor, const NewOrganisation& input) {
  // Refuse before validating, so someone who may not add organisations learns nothing
  // from the messages and the refusal is audited as the create it was.
  if (!policy_.MayAtAll(actor, Resource::kOrganisation, Action::kCreate))
    throw AccessRefused(Resource::kOrganisation, Action::kCreate, "");
  Organisation organisation;
  organisation.name = Trim(input.name);
  organisation.area_id = Trim(input.area_id);
  Validation v;
  ValidateName(v, "name", organisation.name, "organisation name");
  const auto kind = OrganisationKindFromCode(input.kind);
  if (!kind) v.Add("kind", "Select the kind of organisation");
  else organisation.kind = *kind;
  if (organisation.area_id.empty()) v.Add("area_id", "Select the area");

  auto tx = database_.Begin();
  std::optional<Area> area;
  if (!organisation.area_id.empty()) {
    area = organisations_.FindArea(*tx, organisation.area_id);
    if (!area) v.Add("area_id", "Select an area from the list");
  }
  v.ThrowIfAny();
  RecordScope scope;
  scope.area_ids = {area->id};
  policy_.Require(actor, Resource::kOrganisation, Action::kCreate, scope);
  if (organisations_.FindByName(*tx, organisation.name))
    throw Invalid("name", "An organisation with this name already exists");
  organisation.created_at = clock_.Now();
  organisation.id = NewId(organisation.created_at);
  organisation.area_name = area->name;
  organisations_.Insert(*tx, organisation);
  audit_.Record(*tx, actor, "organisation.create", "organisation", organisation.id);
  tx->Commit();
  return organisation;
}

Organisation OrganisationService::Get(const Actor& actor, const std::string& id) {
  auto tx = database_.Begin(db::TxMode::kRead);
  auto organisation = IsUuid(id) ? organisations_.Find(*tx, id) : std::nullopt;
  if (!organisation) throw NotFound("Organisation not found");
  policy_.Require(actor, Resource::kOrganisation, Action::kRead, ScopeOf(*organisation), id);
  tx->Commit();
  return *organisation;
}

Page<Organisation> OrganisationService::List(const Actor& actor, const PageRequest& page) {
  const auto scope = policy_.ScopeForList(actor, Resource::kOrganisation);
  if (scope.denied) throw AccessRefused(Resource::kOrganisation, Action::kList, "");
  auto tx = database_.Begin(db::TxMode::kRead);
  auto result = organisations_.List(*tx, scope, page.Normalised());
  tx->Commit();
  return result;
}

}  // namespace alongside
