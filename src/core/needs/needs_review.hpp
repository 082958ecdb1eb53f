#pragma once
/// Reviews over time: how each domain moved between the first finished conversation and the
/// latest, in words a parent would use.

#include <optional>
#include <string>
#include <vector>

#include "core/framework/framework.hpp"
#include "core/needs/needs_conversation.hpp"

namespace alongside {

struct DomainChange {
  std::string domain;
  std::string name;         ///< the domain's name in the latest conversation's framework
  std::optional<int> from;  ///< the first conversation's rating
  std::optional<int> to;    ///< the latest's
  std::string words;        ///< "better", "the same", "harder" or "not rated"
};

/// Per domain, in kDomainCodes order.
std::vector<DomainChange> CompareConversations(const NeedsConversation& first, const NeedsConversation& latest,
                                               const Framework& framework);

}  // namespace alongside
