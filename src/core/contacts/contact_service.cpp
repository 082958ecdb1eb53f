#include "core/contacts/contact_service.hpp"

#include "core/common/ids.hpp"

namespace alongside {
namespace {

/// What a family member's own account may see of a contact: that it happened, when, and how.
Contact SharedWithFamily(const Contact& contact) {
  Contact shared;
  shared.id = contact.id;
  shared.family_id = contact.family_id;
  shared.author_name = contact.author_name;
  shared.status = contact.status;
  shared.details.kind = contact.details.kind;
  shared.details.date = contact.details.date;
  shared.occurred_at = contact.occurred_at;
  return shared;
}

}  // namespace

bool ReachesThroughOrganisation(const FamilyAccess& access, const FamilyScopeFacts& facts, const Actor& actor) {
  RecordScope organisation_only;
  organisation_only.organisation_ids = {facts.organisation_id};
  organisation_only.area_ids = {facts.area_id};
  return access.policy().Allows(actor, Resource::kFamily, Action::kUpdate, organisation_only);
}

bool SeesAsFamilyMember(const FamilyAccess& access, const FamilyScopeFacts& facts, const Actor& actor) {
  return !access.Allows(facts, actor, Resource::kFamily, Action::kUpdate);
}

bool ContactService::MayChange(const Actor& actor, const FamilyScopeFacts& facts, const Contact& contact) const {
  if (!access_.Allows(facts, actor, Resource::kFamily, Action::kUpdate)) return false;
  return contact.author_user_id == actor.user_id || ReachesThroughOrganisation(access_, facts, actor);
}

Contact ContactService::Visible(db::Transaction& tx, const Actor& actor, const FamilyScopeFacts& facts,
                                const std::string& contact_id) const {
  auto contact = IsUuid(contact_id) ? contacts_.Find(tx, facts.family_id, contact_id) : std::nullopt;
  if (!contact) throw NotFound("Contact not found");
  if (contact->draft() && contact->author_user_id != actor.user_id &&
      !ReachesThroughOrganisation(access_, facts, actor))
    throw NotFound("Contact not found");
  return *contact;
}

Contact ContactService::Changeable(db::Transaction& tx, const Actor& actor, const FamilyScopeFacts& facts,
                                   const std::string& contact_id) const {
  auto contact = Visible(tx, actor, facts, contact_id);
  if (!MayChange(actor, facts, contact)) throw AccessRefused(Resource::kFamily, Action::kUpdate, facts.family_id);
  return contact;
}

ContactDetails ContactService::Validated(db::Transaction& tx, const std::string& family_id, const ContactForm& form,
                                         bool complete) const {
  std::vector<std::string> caregiver_ids;
  for (const auto& c : contacts_.Caregivers(tx, family_id)) caregiver_ids.push_back(c.id);
  Validation v;
  auto details = ValidateContactForm(form, caregiver_ids, v);
  if (complete) ValidateForSubmission(details, LondonDateOf(clock_.Now()), v);
  v.ThrowIfAny();
  return details;
}

void ContactService::Store(db::Transaction& tx, const Actor& actor, Contact& contact, bool submit) {
  const Millis now = clock_.Now();
  contact.occurred_at.reset();
  if (contact.details.date) contact.occurred_at = ContactInstant(*contact.details.date, contact.details.start_minute);
  if (submit) {
    contact.status = ContactStatus::kSubmitted;
    contact.submitted_at = now;
  }
  contact.updated_by = actor.user_id;
  contact.updated_at = now;
}

void ContactService::LastContactChanged(db::Transaction& tx, const std::string& family_id) {
  contacts_.RefreshLastContact(tx, family_id);
  if (reminders_) reminders_->Refresh(tx, family_id);
}

ContactFormContext ContactService::NewForm(const Actor& actor, const std::string& family_id) {
  auto tx = database_.Begin();
  access_.RequireWork(*tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  ContactFormContext context{contacts_.FamilyName(*tx, family_id), contacts_.Caregivers(*tx, family_id)};
  access_.audit().Record(*tx, actor, "contact.new", "family", family_id);
  tx->Commit();
  return context;
}

ContactFormContext ContactService::EditForm(const Actor& actor, const std::string& family_id,
                                            const std::string& contact_id) {
  auto tx = database_.Begin();
  const auto facts = access_.Require(*tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  Changeable(*tx, actor, facts, contact_id);
  ContactFormContext context{contacts_.FamilyName(*tx, family_id), contacts_.Caregivers(*tx, family_id)};
  access_.audit().Record(*tx, actor, "contact.read", "family", family_id);
  tx->Commit();
  return context;
}

Contact ContactService::Create(const Actor& actor, const std::string& family_id, const ContactForm& form,
                               bool submit) {
  auto tx = database_.Begin();
  access_.RequireWork(*tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  Contact contact;
  contact.details = Validated(*tx, family_id, form, submit);
  contact.created_at = clock_.Now();
  contact.id = NewId(contact.created_at);
  contact.family_id = family_id;
  contact.author_user_id = actor.user_id;
  contact.author_name = actor.name;
  Store(*tx, actor, contact, submit);
  contacts_.Insert(*tx, contact);
  if (submit) LastContactChanged(*tx, family_id);
  access_.audit().Record(*tx, actor, submit ? "contact.submit" : "contact.create", "family", family_id);
  tx->Commit();
  return contact;
}

Contact ContactService::Save(const Actor& actor, const std::string& family_id, const std::string& contact_id,
                             const ContactForm& form, bool submit) {
  auto tx = database_.Begin();
  const auto facts = access_.Require(*tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  auto contact = Changeable(*tx, actor, facts, contact_id);
  const bool was_draft = contact.draft();
  if (was_draft && submit) access_.RequireWork(*tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  const auto details = Validated(*tx, family_id, form, submit || !was_draft);
  if (!was_draft) {
    if (details == contact.details) {
      tx->Commit();
      return contact;
    }
    ContactRevision previous;
    previous.number = contact.edit_count + 1;
    previous.details = contact.details;
    previous.saved_by = contact.updated_by;
    previous.saved_at = contact.updated_at;
    previous.replaced_by = actor.user_id;
    previous.replaced_at = clock_.Now();
    contacts_.InsertRevision(*tx, contact.id, previous);
    ++contact.edit_count;
  }
  contact.details = details;
  Store(*tx, actor, contact, was_draft && submit);
  contacts_.Update(*tx, contact);
  if (!contact.draft()) LastContactChanged(*tx, family_id);
  access_.audit().Record(*tx, actor, was_draft && submit ? "contact.submit" : "contact.update", "family", family_id);
  tx->Commit();
  return contact;
}

Contact ContactService::Submit(const Actor& actor, const std::string& family_id, const std::string& contact_id) {
  auto tx = database_.Begin();
  const auto facts = access_.RequireWork(*tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  auto contact = Changeable(*tx, actor, facts, contact_id);
  if (!contact.draft()) throw Conflict("This contact has already been submitted.");
  Validation v;
  ValidateForSubmission(contact.details, LondonDateOf(clock_.Now()), v);
  v.ThrowIfAny();
  Store(*tx, actor, contact, true);
  contacts_.Update(*tx, contact);
  LastContactChanged(*tx, family_id);
  access_.audit().Record(*tx, actor, "contact.submit", "family", family_id);
  tx->Commit();
  return contact;
}

void ContactService::DeleteDraft(const Actor& actor, const std::string& family_id, const std::string& contact_id) {
  auto tx = database_.Begin();
  const auto facts = access_.Require(*tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  const auto contact = Changeable(*tx, actor, facts, contact_id);
  if (!contact.draft()) throw Conflict("A submitted contact cannot be deleted. Edit it instead: its history is kept.");
  contacts_.Delete(*tx, contact.id);
  access_.audit().Record(*tx, actor, "contact.delete", "family", family_id);
  tx->Commit();
}

ContactList ContactService::List(const Actor& actor, const std::string& family_id, const PageRequest& page) {
  auto tx = database_.Begin();
  const auto facts = access_.Require(*tx, actor, family_id, Resource::kFamily, Action::kRead);
  ContactList list;
  list.family_name = contacts_.FamilyName(*tx, family_id);
  list.shared_view = SeesAsFamilyMember(access_, facts, actor);
  DraftVisibility drafts;
  if (!list.shared_view) {
    drafts.all = ReachesThroughOrganisation(access_, facts, actor);
    drafts.author_user_id = actor.user_id;
  }
  list.page = contacts_.List(*tx, family_id, drafts, page.Normalised());
  if (list.shared_view)
    for (auto& contact : list.page.items) contact = SharedWithFamily(contact);
  list.may_record = !list.shared_view && facts.status == FamilyStatus::kOpen && facts.support_consent;
  access_.audit().Record(*tx, actor, "contact.list", "family", family_id);
  tx->Commit();
  return list;
}

ContactView ContactService::Get(const Actor& actor, const std::string& family_id, const std::string& contact_id) {
  auto tx = database_.Begin();
  const auto facts = access_.Require(*tx, actor, family_id, Resource::kFamily, Action::kRead);
  ContactView view;
  view.family_name = contacts_.FamilyName(*tx, family_id);
  view.shared_view = SeesAsFamilyMember(access_, facts, actor);
  view.contact = Visible(*tx, actor, facts, contact_id);
  if (view.shared_view) {
    if (view.contact.draft()) throw NotFound("Contact not found");
    view.contact = SharedWithFamily(view.contact);
  } else {
    view.revisions = contacts_.Revisions(*tx, contact_id);
    view.caregivers = contacts_.Caregivers(*tx, family_id);
    view.may_edit = MayChange(actor, facts, view.contact);
  }
  access_.audit().Record(*tx, actor, "contact.read", "family", family_id);
  tx->Commit();
  return view;
}

}  // namespace alongside
