#pragma once
/// Storage of needs conversations and of each area's level rules.

#include <optional>
#include <string>
#include <vector>

#include "core/needs/needs_conversation.hpp"
#include "core/needs/needs_rules.hpp"
#include "db/database.hpp"

namespace alongside {

class NeedsRepository {
 public:
  virtual ~NeedsRepository() = default;
  /// The family's name for headings, "" when unknown.
  virtual std::string FamilyName(db::Transaction& tx, const std::string& family_id) = 0;
  /// Stores a new draft with its answers (adversities included).
  virtual void Insert(db::Transaction& tx, const NeedsConversation& conversation) = 0;
  /// Replaces the answers of a conversation; adversities only when `with_adversities`.
  virtual void SaveAnswers(db::Transaction& tx, const std::string& id, const NeedsAnswers& answers,
                           bool with_adversities, Millis updated_at) = 0;
  /// Marks it finished with the suggestion made then.
  virtual void Finish(db::Transaction& tx, const NeedsConversation& conversation) = 0;
  virtual void SaveDecision(db::Transaction& tx, const std::string& id, const NeedsDecision& decision) = 0;
  /// With its answers, adversities included (the service withholds them), and the names.
  virtual std::optional<NeedsConversation> Find(db::Transaction& tx, const std::string& family_id,
                                                const std::string& id) = 0;
  /// Every conversation of the family, newest first, with answers.
  virtual std::vector<NeedsConversation> ListForFamily(db::Transaction& tx, const std::string& family_id) = 0;
};

class NeedsRulesRepository {
 public:
  virtual ~NeedsRulesRepository() = default;
  /// Throws db::UniqueViolation when the area already has that number.
  virtual void Insert(db::Transaction& tx, const NeedsRulesVersion& version) = 0;
  /// The highest-numbered version of the area (its document unread), if any.
  virtual std::optional<NeedsRulesVersion> Latest(db::Transaction& tx, const std::string& area_id) = 0;
};

}  // namespace alongside
