#pragma once
/// Storage of contacts, their topics, who was there, and the versions edits replaced.

#include <optional>
#include <string>
#include <vector>

#include "core/common/page.hpp"
#include "core/contacts/contact.hpp"
#include "db/database.hpp"

namespace alongside {

/// Which drafts a list shows besides every submitted contact.
struct DraftVisibility {
  bool all = false;             ///< every draft (coordinators)
  std::string author_user_id;  ///< else only this author's drafts; empty: none
};

/// A caregiver of the family, for ticking who was there.
struct CaregiverChoice {
  std::string id;
  std::string name;
};

class ContactRepository {
 public:
  virtual ~ContactRepository() = default;
  virtual void Insert(db::Transaction& tx, const Contact& contact) = 0;
  /// Replaces the stored details, status and bookkeeping of the contact with this id.
  virtual void Update(db::Transaction& tx, const Contact& contact) = 0;
  virtual void Delete(db::Transaction& tx, const std::string& contact_id) = 0;
  /// With its topics and caregivers; nothing when the contact is not this family's.
  virtual std::optional<Contact> Find(db::Transaction& tx, const std::string& family_id,
                                      const std::string& contact_id) = 0;
  /// Newest first (by date, drafts without a date first). Items carry kind, date, time,
  /// duration and the author, not topics, caregivers or notes.
  virtual Page<Contact> List(db::Transaction& tx, const std::string& family_id, const DraftVisibility& drafts,
                             const PageRequest& page) = 0;
  virtual void InsertRevision(db::Transaction& tx, const std::string& contact_id,
                              const ContactRevision& revision) = 0;
  /// Oldest first.
  virtual std::vector<ContactRevision> Revisions(db::Transaction& tx, const std::string& contact_id) = 0;
  /// Sets families.last_contact_at to the latest submitted contact's instant (NULL if none).
  virtual void RefreshLastContact(db::Transaction& tx, const std::string& family_id) = 0;
  virtual std::vector<CaregiverChoice> Caregivers(db::Transaction& tx, const std::string& family_id) = 0;
  /// The family's name for headings (its first caregiver's).
  virtual std::string FamilyName(db::Transaction& tx, const std::string& family_id) = 0;
};

}  // namespace alongside
