#pragma once

#include "core/families/sensitive_note_service.hpp"

namespace alongside::storage {

class SqlSensitiveNoteRepository final : public SensitiveNoteRepository {
 public:
  Page<SensitiveNote> List(db::Transaction& tx, const std::string& family_id, const PageRequest& page) override;
  void Insert(db::Transaction& tx, const SensitiveNote& note) override;
  std::string FamilyDisplayName(db::Transaction& tx, const std::string& family_id) override;
};

}  // namespace alongside::storage
