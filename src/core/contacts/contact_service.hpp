#pragma once
/// Recording contacts with a family: draft, submit, edit with history, delete a draft.
///
/// Every call goes through FamilyAccess: reading needs the family's read permission;
/// recording, editing and deleting need its update permission, and recording new work
/// (creating, submitting) needs an open family that agrees to support (RequireWork).
/// Drafts are seen and changed only by their author and by workers who reach the family
/// through their organisation (coordinators). A family member (a parent's own account)
/// sees submitted contacts' date and kind only, never the supporter's notes.

#include <optional>
#include <string>
#include <vector>

#include "core/audit/audit_log.hpp"
#include "core/common/clock.hpp"
#include "core/contacts/contact_repository.hpp"
#include "core/contacts/contact_validation.hpp"
#include "core/families/family_access.hpp"
#include "core/families/family_reminders.hpp"

namespace alongside {

/// A page of a family's contacts as this actor may see them.
struct ContactList {
  std::string family_name;
  Page<Contact> page;
  bool shared_view = false;  ///< a family member's view: date and kind only
  bool may_record = false;   ///< may record a new contact now (open, consented, permitted)
};

/// One contact as this actor may see it, with the versions its edits replaced.
struct ContactView {
  std::string family_name;
  Contact contact;
  std::vector<ContactRevision> revisions;  ///< oldest first; empty in the shared view
  std::vector<CaregiverChoice> caregivers;  ///< the family's, to name who was there
  bool shared_view = false;
  bool may_edit = false;
};

/// What a contact form needs besides the contact.
struct ContactFormContext {
  std::string family_name;
  std::vector<CaregiverChoice> caregivers;
};

class ContactService {
 public:
  ContactService(db::Database& database, ContactRepository& contacts, FamilyAccess& access, const Clock& clock)
      : database_(database), contacts_(contacts), access_(access), clock_(clock) {}

  /// The family's caregivers for a new contact's form; refuses like Create would.
  ContactFormContext NewForm(const Actor& actor, const std::string& family_id);
  /// The caregivers for editing this contact; refuses like Save would.
  ContactFormContext EditForm(const Actor& actor, const std::string& family_id, const std::string& contact_id);

  /// Records a contact as a draft, or submits it at once when `submit`. Throws Invalid with
  /// a message per field (submission asks for more than a draft).
  Contact Create(const Actor& actor, const std::string& family_id, const ContactForm& form, bool submit);
  /// Saves the form over a contact. A draft stays a draft unless `submit`; a submitted
  /// contact must stay complete, and its replaced version is kept when anything changed.
  Contact Save(const Actor& actor, const std::string& family_id, const std::string& contact_id,
               const ContactForm& form, bool submit);
  /// Submits a draft as it is stored; throws Invalid when it is not complete.
  Contact Submit(const Actor& actor, const std::string& family_id, const std::string& contact_id);
  /// Deletes a draft; a submitted contact is never deleted (Conflict).
  void DeleteDraft(const Actor& actor, const std::string& family_id, const std::string& contact_id);

  ContactList List(const Actor& actor, const std::string& family_id, const PageRequest& page);
  ContactView Get(const Actor& actor, const std::string& family_id, const std::string& contact_id);

 /// Reminders to move whenever the family's last contact changes (set by the wiring).
  void SetReminders(FamilyReminders& reminders) { reminders_ = &reminders; }

 private:
  /// The family's last contact changed: keep families.last_contact_at and the reminders in step.
  void LastContactChanged(db::Transaction& tx, const std::string& family_id);
  /// The contact if this actor may see it (NotFound otherwise), after Require(kRead).
  Contact Visible(db::Transaction& tx, const Actor& actor, const FamilyScopeFacts& facts,
                  const std::string& contact_id) const;
  /// Whether the actor may change this contact (author or organisation-wide worker).
  bool MayChange(const Actor& actor, const FamilyScopeFacts& facts, const Contact& contact) const;
  Contact Changeable(db::Transaction& tx, const Actor& actor, const FamilyScopeFacts& facts,
                     const std::string& contact_id) const;
  ContactDetails Validated(db::Transaction& tx, const std::string& family_id, const ContactForm& form,
                           bool complete) const;
  void Store(db::Transaction& tx, const Actor& actor, Contact& contact, bool submit);

  FamilyReminders* reminders_ = nullptr;
  db::Database& database_;
  ContactRepository& contacts_;
  FamilyAccess& access_;
  const Clock& clock_;
};

/// Whether the actor reaches the family through their organisation rather than a caseload
/// or their own family: they see every draft and may change any contact.
bool ReachesThroughOrganisation(const FamilyAccess& access, const FamilyScopeFacts& facts, const Actor& actor);
/// Whether the actor sees the family as one of its members: date and kind of contacts only.
bool SeesAsFamilyMember(const FamilyAccess& access, const FamilyScopeFacts& facts, const Actor& actor);

}  // namespace alongside
