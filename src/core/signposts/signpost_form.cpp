#include "core/signposts/signpost_form.hpp"

#include <algorithm>

#include "core/common/text.hpp"

namespace alongside {
namespace {

constexpr std::size_t kMaxNameLength = 200;
constexpr std::size_t kMaxNoteLength = 2000;

void CheckNote(Validation& v, const std::string& field, const std::string& note) {
  if (CharCount(note) > kMaxNoteLength) v.Add(field, "The note must be 2,000 characters or fewer");
}

}  // namespace

SignpostChange ValidateSignpostForm(const SignpostForm& form) {
  SignpostChange change;
  Validation v;
  change.service_id = Trim(form.service_id);
  change.service_name = Trim(form.service_name);
  if (change.service_id.empty() && change.service_name.empty())
    v.Add("service_id", "Choose a service from the directory, or type the name of one that is not in it");
  else if (!change.service_id.empty() && !change.service_name.empty())
    v.Add("service_name", "Choose a service from the directory or type a name, not both");
  else if (CharCount(change.service_name) > kMaxNameLength)
    v.Add("service_name", "The name must be 200 characters or fewer");
  else if (HasControlCharacters(change.service_name))
    v.Add("service_name", "The name must not contain control characters");

  if (const auto how = SignpostHowFromCode(Trim(form.how))) change.how = *how;
  else v.Add("how", "Choose how you gave the family the information");

  change.note = Trim(form.note);
  CheckNote(v, "note", change.note);

  const auto days = Trim(form.follow_up_days);
  const auto& choices = FollowUpDayChoices();
  const auto chosen = std::find_if(choices.begin(), choices.end(),
                                   [&](int d) { return std::to_string(d) == days; });
  if (chosen == choices.end()) v.Add("follow_up_days", "Choose when to ask whether it helped: in 7, 14 or 28 days");
  else change.follow_up_days = *chosen;
  v.ThrowIfAny();
  return change;
}

FollowUpChange ValidateFollowUpForm(const FollowUpForm& form) {
  FollowUpChange change;
  Validation v;
  if (const auto outcome = SignpostOutcomeFromCode(Trim(form.outcome))) change.outcome = *outcome;
  else v.Add("outcome", "Choose what the family said about it");
  change.note = Trim(form.note);
  CheckNote(v, "outcome_note", change.note);
  v.ThrowIfAny();
  return change;
}

}  // namespace alongside
