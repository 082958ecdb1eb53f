#pragma once

#include "core/needs/needs_repository.hpp"

namespace alongside::storage {

class SqlNeedsRepository final : public NeedsRepository {
 public:
  std::string FamilyName(db::Transaction& tx, const std::string& family_id) override;
  void Insert(db::Transaction& tx, const NeedsConversation& conversation) override;
  void SaveAnswers(db::Transaction& tx, const std::string& id, const NeedsAnswers& answers, bool with_adversities,
                   Millis updated_at) override;
  void Finish(db::Transaction& tx, const NeedsConversation& conversation) override;
  void SaveDecision(db::Transaction& tx, const std::string& id, const NeedsDecision& decision) override;
  std::optional<NeedsConversation> Find(db::Transaction& tx, const std::string& family_id,
                                        const std::string& id) override;
  std::vector<NeedsConversation> ListForFamily(db::Transaction& tx, const std::string& family_id) override;
};

class SqlNeedsRulesRepository final : public NeedsRulesRepository {
 public:
  void Insert(db::Transaction& tx, const NeedsRulesVersion& version) override;
  std::optional<NeedsRulesVersion> Latest(db::Transaction& tx, const std::string& area_id) override;
};

}  // namespace alongside::storage
