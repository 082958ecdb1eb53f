#include "core/families/family_access.hpp"

#include <algorithm>

#include "core/common/ids.hpp"

namespace alongside {

RecordScope ScopeOfFamily(const FamilyScopeFacts& facts, const Actor& actor) {
  RecordScope scope;
  scope.organisation_ids = {facts.organisation_id};
  scope.area_ids = {facts.area_id};
  if (!facts.supporter_user_id.empty() && facts.support_consent) scope.caseload_user_ids = {facts.supporter_user_id};
  const auto& linked = facts.linked_user_ids;
  if (!actor.user_id.empty() && std::find(linked.begin(), linked.end(), actor.user_id) != linked.end())
    scope.owner_user_id = actor.user_id;
  return scope;
}

FamilyScopeFacts FamilyAccess::Require(db::Transaction& tx, const Actor& actor, const std::string& family_id,
                                       Resource resource, Action action) const {
  auto facts = IsUuid(family_id) ? scopes_.FindScope(tx, family_id) : std::nullopt;
  if (!facts) throw NotFound("Family not found");
  policy_.Require(actor, resource, action, ScopeOfFamily(*facts, actor), family_id);
  return *facts;
}

FamilyScopeFacts FamilyAccess::RequireWork(db::Transaction& tx, const Actor& actor, const std::string& family_id,
                                           Resource resource, Action action) const {
  auto facts = Require(tx, actor, family_id, resource, action);
  if (facts.status != FamilyStatus::kOpen)
    throw Conflict("Support for this family is closed. Reopen it before recording anything new.");
  if (!facts.support_consent)
    throw Conflict("This family has not agreed to support from the programme, or has withdrawn it. "
                   "Record their consent before recording anything new.");
  return facts;
}

bool FamilyAccess::Allows(const FamilyScopeFacts& facts, const Actor& actor, Resource resource,
                          Action action) const {
  return policy_.Allows(actor, resource, action, ScopeOfFamily(facts, actor));
}

}  // namespace alongside
