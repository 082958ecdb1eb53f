#pragma once
/// Where service suggestions learn the needs a worker decided to act on after a needs
/// conversation, so the Services tab shows them "from the needs conversation".

#include <string>
#include <vector>

#include "core/suggestions/suggestion_rules.hpp"
#include "db/database.hpp"

namespace alongside {

inline constexpr const char* kFromNeedsConversation = "from the needs conversation";

class DecidedNeedsSource {
 public:
  virtual ~DecidedNeedsSource() = default;
  /// The needs of the family's latest decided conversation; empty when there is none. The
  /// caller has already passed the family gate in `tx`.
  virtual std::vector<FamilyNeed> DecidedNeedsIn(db::Transaction& tx, const std::string& family_id) = 0;
};

}  // namespace alongside
