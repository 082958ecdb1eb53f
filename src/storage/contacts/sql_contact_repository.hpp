#pragma once

#include "core/contacts/contact_repository.hpp"

namespace alongside::storage {

class SqlContactRepository final : public ContactRepository {
 public:
  void Insert(db::Transaction& tx, const Contact& contact) override;
  void Update(db::Transaction& tx, const Contact& contact) override;
  void Delete(db::Transaction& tx, const std::string& contact_id) override;
  std::optional<Contact> Find(db::Transaction& tx, const std::string& family_id,
                              const std::string& contact_id) override;
  Page<Contact> List(db::Transaction& tx, const std::string& family_id, const DraftVisibility& drafts,
                     const PageRequest& page) override;
  void InsertRevision(db::Transaction& tx, const std::string& contact_id, const ContactRevision& revision) override;
  std::vector<ContactRevision> Revisions(db::Transaction& tx, const std::string& contact_id) override;
  void RefreshLastContact(db::Transaction& tx, const std::string& family_id) override;
  std::vector<CaregiverChoice> Caregivers(db::Transaction& tx, const std::string& family_id) override;
  std::string FamilyName(db::Transaction& tx, const std::string& family_id) override;
};

}  // namespace alongside::storage
