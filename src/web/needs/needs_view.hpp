#pragma once
/// Views of a needs conversation for the pages: the form (domains with their five-step
/// scale, pressures, adversities, focus areas), a conversation read back, and its suggestion.

#include <string>
#include <vector>

#include "core/framework/framework.hpp"
#include "core/needs/needs_conversation.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

/// Puts the form's fields into `data`: "domains" (each with its rating fieldset and two
/// text areas), "pressures", "pressure_note", "adversities" (only when `with_adversities`),
/// "focus_areas", and the error summary.
void AddNeedsForm(View& data, const Framework& framework, const NeedsForm& form, bool with_adversities,
                  const std::vector<FieldError>& errors);

/// A conversation read back: "domains" with their ratings in words, the ticked items, the
/// suggestion with every reason, and the decision.
void AddNeedsAnswers(View& data, const NeedsConversation& conversation, const Framework& framework);

/// A group of checkboxes; the first box has the group's name as its id for the error link.
View CheckboxGroup(const std::string& name, const std::string& legend, const std::string& hint,
                   const std::vector<std::pair<std::string, std::string>>& options,
                   const std::vector<std::string>& checked, const std::vector<FieldError>& errors);

/// "2 – Finding it hard", or "Not rated".
std::string RatingWords(const Framework& framework, const std::optional<int>& rating);

}  // namespace alongside::web
