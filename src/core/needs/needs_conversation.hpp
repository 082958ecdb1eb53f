#pragma once
/// A needs conversation: a supporter and a parent talk through the three Domains of
/// Caregiving together, in the parent's words. For each domain the parent says how it is
/// going on the framework's five-step scale, what is going well and what would help; then
/// the pressures on the family, the adversities (sensitive: never shown to a family member's
/// own account) and the PAIR focus areas. It is saved as a draft until it is finished; once
/// finished it suggests a level of need, and the worker records what they decided.

#include <optional>
#include <string>
#include <vector>

#include "core/common/clock.hpp"
#include "core/common/errors.hpp"
#include "core/families/family.hpp"
#include "core/families/sensitive_note.hpp"
#include "core/framework/framework.hpp"
#include "core/needs/level_rules.hpp"
#include "core/services/service.hpp"

namespace alongside {

enum class NeedsStatus { kDraft, kFinished };

std::string_view NeedsStatusCode(NeedsStatus status);
std::optional<NeedsStatus> NeedsStatusFromCode(std::string_view code);

/// One domain as the parent sees it.
struct DomainAnswer {
  std::string domain;         ///< one of kDomainCodes
  std::optional<int> rating;  ///< 1..5 on the framework's scale; nothing until talked about
  std::string going_well;     ///< strengths, in the parent's words
  std::string would_help;

  friend bool operator==(const DomainAnswer&, const DomainAnswer&) = default;
};

struct NeedsAnswers {
  std::vector<DomainAnswer> domains;   ///< one per kDomainCodes, in that order
  std::vector<std::string> pressures;  ///< pressure codes of the conversation's framework version
  std::string pressure_note;
  std::vector<SensitiveCategory> adversities;
  std::vector<FocusArea> focus_areas;

  const DomainAnswer* Domain(const std::string& code) const;
  friend bool operator==(const NeedsAnswers&, const NeedsAnswers&) = default;
};

/// What the worker decided after finishing: the level of support and the needs to act on.
struct NeedsDecision {
  ServiceLevel level = ServiceLevel::kUniversal;
  std::string reason;               ///< required when the level differs from the suggestion
  std::vector<std::string> needs;   ///< ServiceNeedCode each
  std::string decided_by;
  std::string decided_by_name;      ///< filled when read
  Millis decided_at = 0;
};

struct NeedsConversation {
  std::string id;
  std::string family_id;
  std::string framework_version_id;  ///< the wording it was made with, kept after adaptations
  std::string reviewed_from_id;      ///< the finished conversation a review was prefilled from
  NeedsStatus status = NeedsStatus::kDraft;
  NeedsAnswers answers;
  /// Read by someone who may not see adversities: answers.adversities is empty, not "none".
  bool adversities_withheld = false;
  std::string started_by;
  std::string started_by_name;  ///< filled when read
  Millis started_at = 0;
  Millis updated_at = 0;
  std::optional<Millis> finished_at;
  std::string rules_version_id;  ///< the area's rules used at finishing; empty: the shipped default
  std::optional<NeedsSuggestion> suggestion;  ///< made once, at finishing
  std::optional<NeedsDecision> decision;

  bool finished() const { return status == NeedsStatus::kFinished; }
};

inline constexpr std::size_t kMaxNeedsText = 2000;

/// A conversation as typed on the page or sent to the API. Ratings are text ("" = not yet).
struct NeedsForm {
  struct Domain {
    std::string rating;
    std::string going_well;
    std::string would_help;
  };
  std::vector<Domain> domains;  ///< in kDomainCodes order; missing entries count as blank
  std::vector<std::string> pressures;
  std::string pressure_note;
  /// Nothing: this save does not touch adversities (the person may not see them, or the
  /// API client left them out); they stay as stored.
  std::optional<std::vector<std::string>> adversities;
  std::vector<std::string> focus_areas;
};

/// Field names: "<domain>_rating", "<domain>_going_well", "<domain>_would_help".
std::string DomainField(const std::string& domain, const char* part);

/// Checks what a draft may hold: ratings on the scale, known codes, text not too long. An
/// unrated domain is fine in a draft. Adversities come back empty when the form has none.
NeedsAnswers ValidateNeedsForm(const NeedsForm& form, const Framework& framework, Validation& v);

/// What finishing needs on top: every domain rated. Adds a message at each unrated domain.
void CheckNeedsComplete(const NeedsAnswers& answers, const Framework& framework, Validation& v);

/// The form that shows `answers` again (for editing a draft, or prefilling a review).
NeedsForm FormOfAnswers(const NeedsAnswers& answers, bool with_adversities);

/// The worker's decision as typed.
struct NeedsDecisionForm {
  std::string level;
  std::string reason;
  std::vector<std::string> needs;
};

/// Fields "level" (community, universal, targeted or specialist), "reason" (required when the
/// level is not the suggested one) and "needs" (service need codes).
NeedsDecision ValidateNeedsDecision(const NeedsDecisionForm& form, ServiceLevel suggested, Validation& v);

/// The levels a needs conversation speaks of, lowest first (not statutory: that is decided
/// by statutory services, never suggested).
const std::vector<ServiceLevel>& NeedsLevels();

}  // namespace alongside
