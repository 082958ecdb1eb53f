#pragma once
/// How signposts read on a page, and the radio choices their forms use.

#include <string>
#include <utility>
#include <vector>

#include "core/common/errors.hpp"
#include "core/signposts/signpost.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

/// One signpost in a family's list: the service, how and when it was given and by whom,
/// and its follow-up (due, overdue, or the family's answer).
View SignpostView(const Signpost& signpost, const Date& today);

/// A group of radios for the signpost_radios partial: {legend, name, hint, error,
/// described_by, inline, choices}. The first choice has the field's name as its id so the
/// error summary's link lands on it.
struct RadioGroupOptions {
  std::string hint;
  bool inline_choices = false;
};
View RadioGroup(const std::string& name, const std::string& legend,
                const std::vector<std::pair<std::string, std::string>>& options, const std::string& checked,
                const std::vector<FieldError>& errors, const RadioGroupOptions& more = {});

}  // namespace alongside::web
