#include "core/care_plans/care_plan.hpp"

#include "core/common/text.hpp"

namespace alongside {
namespace {

void CheckLength(Validation& v, const std::string& field, const std::string& text, std::size_t max,
                 const std::string& what) {
  if (CharCount(text) > max) v.Add(field, "Keep " + what + " to " + std::to_string(max) + " characters or fewer");
  else if (HasControlCharacters(text)) v.Add(field, "Remove the unusual characters from " + what);
}

}  // namespace

std::string CarePlanActionField(std::size_t row, const char* part) {
  return "action_" + std::to_string(row) + "_" + part;
}

CarePlanContent ValidateCarePlanForm(const CarePlanForm& form, const Date& today, Validation& v) {
  CarePlanContent content;
  content.what_matters = Trim(form.what_matters);
  if (content.what_matters.empty()) v.Add("what_matters", "Enter what matters to the family, in their words");
  else CheckLength(v, "what_matters", content.what_matters, kMaxWhatMattersLength, "what matters");

  const auto review = Trim(form.review_date);
  const auto review_date = ParseDate(review);
  if (review.empty()) v.Add("review_date", "Enter the date to look at the plan together again");
  else if (!review_date) v.Add("review_date", "Enter a real review date, for example 14 3 2027");
  else if (*review_date < today) v.Add("review_date", "The review date must be today or later");
  else content.review_date = *review_date;

  for (std::size_t i = 0; i < form.actions.size(); ++i) {
    const auto row = i + 1;
    CarePlanAction action{Trim(form.actions[i].who), Trim(form.actions[i].what), std::nullopt};
    const auto by_when = Trim(form.actions[i].by_when);
    if (action.who.empty() && action.what.empty() && by_when.empty()) continue;
    if (action.who.empty()) v.Add(CarePlanActionField(row, "who"), "Enter who will do this (action " + std::to_string(row) + ")");
    else CheckLength(v, CarePlanActionField(row, "who"), action.who, kMaxActionWhoLength, "who");
    if (action.what.empty()) v.Add(CarePlanActionField(row, "what"), "Enter what will be done (action " + std::to_string(row) + ")");
    else CheckLength(v, CarePlanActionField(row, "what"), action.what, kMaxActionTextLength, "what will be done");
    if (!by_when.empty()) {
      action.by_when = ParseDate(by_when);
      if (!action.by_when)
        v.Add(CarePlanActionField(row, "by_when"),
              "Enter a real date for action " + std::to_string(row) + ", for example 14 3 2027, or leave it blank");
    }
    content.actions.push_back(std::move(action));
  }
  if (static_cast<int>(content.actions.size()) > kMaxCarePlanActions)
    v.Add(CarePlanActionField(kMaxCarePlanActions + 1, "who"), "A plan can have up to " + std::to_string(kMaxCarePlanActions) + " actions");
  return content;
}

}  // namespace alongside
