#include "core/families/parent_link_service.hpp"

#include "core/common/text.hpp"

namespace alongside {

bool ParentLinkService::MayLink(const FamilyScopeFacts& facts, const Actor& actor) const {
  FamilyScopeFacts without_caseload = facts;
  without_caseload.supporter_user_id.clear();
  return access_.Allows(without_caseload, actor, Resource::kFamily, Action::kUpdate);
}

FamilyScopeFacts ParentLinkService::RequireLinking(db::Transaction& tx, const Actor& actor,
                                                   const std::string& family_id) const {
  auto facts = access_.Require(tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  if (!MayLink(facts, actor)) throw AccessRefused(Resource::kFamily, Action::kUpdate, family_id);
  return facts;
}

CaregiverLink ParentLinkService::Find(db::Transaction& tx, const std::string& family_id,
                                      const std::string& caregiver_id) {
  for (auto& caregiver : links_.Caregivers(tx, family_id))
    if (caregiver.caregiver_id == caregiver_id) return caregiver;
  throw NotFound("Caregiver not found");
}

FamilyCaregiverLinks ParentLinkService::List(const Actor& actor, const std::string& family_id) {
  auto tx = database_.Begin();
  const auto facts = access_.Require(*tx, actor, family_id, Resource::kFamily, Action::kRead);
  FamilyCaregiverLinks out;
  out.family_id = family_id;
  out.may_link = MayLink(facts, actor);
  out.caregivers = links_.Caregivers(*tx, family_id);
  if (!out.may_link) {
    // Others see whether a caregiver has an account, not which one.
    for (auto& caregiver : out.caregivers) {
      caregiver.linked_name.clear();
      caregiver.linked_email.clear();
    }
  }
  access_.audit().Record(*tx, actor, "caregiver.list", "family", family_id);
  tx->Commit();
  return out;
}

CaregiverLink ParentLinkService::Get(const Actor& actor, const std::string& family_id,
                                     const std::string& caregiver_id) {
  auto tx = database_.Begin();
  RequireLinking(*tx, actor, family_id);
  auto caregiver = Find(*tx, family_id, caregiver_id);
  access_.audit().Record(*tx, actor, "caregiver.read", "family", family_id);
  tx->Commit();
  return caregiver;
}

CaregiverLink ParentLinkService::Link(const Actor& actor, const std::string& family_id,
                                      const std::string& caregiver_id, const std::string& email) {
  auto tx = database_.Begin();
  RequireLinking(*tx, actor, family_id);
  auto caregiver = Find(*tx, family_id, caregiver_id);
  const std::string address = AsciiLower(Trim(email));
  if (address.empty()) throw Invalid("email", "Enter the email address of the parent's account");
  if (!LooksLikeEmail(address))
    throw Invalid("email", "Enter an email address in the correct format, like name@example.com");
  const auto user = users_.FindByEmail(*tx, address);
  if (!user)
    throw Invalid("email", "There is no account with this email address. Ask the parent to create an account "
                           "first, then link it");
  bool parent = false;
  for (const auto& grant : user->grants) parent = parent || grant.role == Role::kParent;
  if (!parent) throw Invalid("email", "This account is not a parent's account. Only a parent account can be linked");
  if (user->disabled()) throw Invalid("email", "This account is disabled");
  for (const auto& other : links_.Caregivers(*tx, family_id))
    if (other.linked_user_id == user->id && other.caregiver_id != caregiver_id)
      throw Invalid("email", "This account is already linked to " + other.caregiver_name + " in this family");
  links_.SetLinkedUser(*tx, family_id, caregiver_id, user->id);
  access_.audit().Record(*tx, actor, "caregiver.link", "family", family_id);
  tx->Commit();
  caregiver.linked_user_id = user->id;
  caregiver.linked_name = user->name;
  caregiver.linked_email = user->email;
  return caregiver;
}

void ParentLinkService::Unlink(const Actor& actor, const std::string& family_id, const std::string& caregiver_id) {
  auto tx = database_.Begin();
  RequireLinking(*tx, actor, family_id);
  const auto caregiver = Find(*tx, family_id, caregiver_id);
  if (caregiver.linked_user_id.empty()) throw Conflict("No account is linked to this caregiver.");
  links_.SetLinkedUser(*tx, family_id, caregiver_id, std::nullopt);
  access_.audit().Record(*tx, actor, "caregiver.unlink", "family", family_id);
  tx->Commit();
}

}  // namespace alongside
