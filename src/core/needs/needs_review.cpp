#include "core/needs/needs_review.hpp"

namespace alongside {

std::vector<DomainChange> CompareConversations(const NeedsConversation& first, const NeedsConversation& latest,
                                               const Framework& framework) {
  std::vector<DomainChange> changes;
  for (const auto& domain : framework.domains) {
    DomainChange change{domain.code, domain.name, std::nullopt, std::nullopt, "not rated"};
    if (const auto* answer = first.answers.Domain(domain.code)) change.from = answer->rating;
    if (const auto* answer = latest.answers.Domain(domain.code)) change.to = answer->rating;
    if (change.from && change.to)
      change.words = *change.to > *change.from ? "better" : *change.to < *change.from ? "harder" : "the same";
    changes.push_back(std::move(change));
  }
  return changes;
}

}  // namespace alongside
