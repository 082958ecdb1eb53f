#include "core/questionnaires/questionnaire.hpp"

#include <algorithm>

namespace alongside {

const QuestionnaireItem* QuestionnaireDefinition::FindItem(const std::string& item_code) const {
  for (const auto& item : items)
    if (item.code == item_code) return &item;
  return nullptr;
}

const std::vector<AnswerOption>& QuestionnaireDefinition::OptionsOf(const QuestionnaireItem& item) const {
  static const std::vector<AnswerOption> kNone;
  const auto found = option_sets.find(item.option_set);
  return found == option_sets.end() ? kNone : found->second;
}

namespace {

/// The smallest (or largest) value an item can add, 0 for an item without options.
int Extreme(const QuestionnaireDefinition& definition, const std::string& item_code, bool largest) {
  const auto* item = definition.FindItem(item_code);
  if (!item) return 0;
  const auto& options = definition.OptionsOf(*item);
  if (options.empty()) return 0;
  const auto compare = [](const AnswerOption& a, const AnswerOption& b) { return a.value < b.value; };
  return largest ? std::max_element(options.begin(), options.end(), compare)->value
                 : std::min_element(options.begin(), options.end(), compare)->value;
}

}  // namespace

int QuestionnaireDefinition::MinScore() const {
  int total = 0;
  for (const auto& code : scored_items) total += Extreme(*this, code, false);
  return total;
}

int QuestionnaireDefinition::MaxScore() const {
  int total = 0;
  for (const auto& code : scored_items) total += Extreme(*this, code, true);
  return total;
}

std::string AlertSeverityCode(AlertSeverity severity) {
  return severity == AlertSeverity::kUrgent ? "urgent" : "high";
}

std::optional<AlertSeverity> AlertSeverityFromCode(const std::string& code) {
  if (code == "urgent") return AlertSeverity::kUrgent;
  if (code == "high") return AlertSeverity::kHigh;
  return std::nullopt;
}

std::string AlertSeverityLabel(AlertSeverity severity) {
  return severity == AlertSeverity::kUrgent ? "Urgent: act today" : "High: act within a working day";
}

}  // namespace alongside
