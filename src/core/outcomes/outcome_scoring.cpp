#include "core/outcomes/outcome_scoring.hpp"

#include <charconv>

#include "core/common/text.hpp"

namespace alongside {
namespace {

std::optional<int> WholeNumber(const std::string& text) {
  int value = 0;
  const auto* end = text.data() + text.size();
  const auto [ptr, error] = std::from_chars(text.data(), end, value);
  if (text.empty() || error != std::errc() || ptr != end) return std::nullopt;
  return value;
}

}  // namespace

const AreaScore* OutcomeScoring::Find(std::string_view area_code) const {
  for (const auto& score : scores)
    if (score.area_code == area_code) return &score;
  return nullptr;
}

std::string ScoreField(std::string_view area_code) { return "score_" + std::string(area_code); }

ScoringInput ValidateScoringForm(const ScoringForm& form, const OutcomeSettings& settings, const Date& today,
                                 Validation& v) {
  ScoringInput input;
  const auto* point = settings.FindPoint(Trim(form.point));
  if (!point || point->retired) v.Add("point", "Choose the point of the journey these scores are for");
  else input.point_code = point->code;

  const auto date_text = Trim(form.date);
  if (date_text.empty()) v.Add("date", "Enter the date the parent gave these scores");
  else if (auto date = ParseDate(date_text); !date) v.Add("date", "Enter a real date, for example 14 3 2027");
  else if (*date > today) v.Add("date", "The date cannot be in the future");
  else input.scored_on = *date;

  if (CharCount(form.note) > kMaxScoringNote)
    v.Add("note", "The note must be " + std::to_string(kMaxScoringNote) + " characters or fewer");
  else if (HasControlCharacters(form.note)) v.Add("note", "The note must not contain control characters");
  input.note = Trim(form.note);

  const auto& scale = settings.scale;
  const std::string range = std::to_string(scale.min) + " to " + std::to_string(scale.max);
  bool any_scored = false;
  bool all_answered = true;
  std::string first_area_field;
  for (const auto& area : settings.areas) {
    if (area.retired) continue;
    const std::string field = ScoreField(area.code);
    if (first_area_field.empty()) first_area_field = field;
    const auto found = form.scores.find(area.code);
    const std::string answer = found == form.scores.end() ? "" : Trim(found->second);
    if (answer == kNotRelevant) {
      input.scores.push_back({area.code, std::nullopt});
      continue;
    }
    const auto score = WholeNumber(answer);
    if (answer.empty()) {
      v.Add(field, "Choose a score from " + range + " for " + area.label + ", or \"Not relevant now\"");
      all_answered = false;
    } else if (!score || *score < scale.min || *score > scale.max) {
      v.Add(field, "The score for " + area.label + " must be a whole number from " + range);
      all_answered = false;
    } else {
      input.scores.push_back({area.code, score});
      any_scored = true;
    }
  }
  for (const auto& [code, answer] : form.scores) {
    const auto* area = settings.FindArea(code);
    if ((!area || area->retired) && !Trim(answer).empty())
      v.Add(ScoreField(code), "\"" + code + "\" is not an area this programme scores now");
  }
  if (all_answered && !any_scored && !first_area_field.empty())
    v.Add(first_area_field, "Score at least one area. If none is relevant now, score this point later.");
  return input;
}

}  // namespace alongside
