#pragma once
/// A scored questionnaire defined as data (docs/questionnaires.md): its items and answer
/// options, which items add up to the score, the bands the score falls into and the alert
/// rules that ask a worker to act at once. Shipped ones (PHQ-9, GAD-7, PHQ-2, GAD-2) live
/// in data/questionnaires/; an area adds those it is licensed to use from a file.

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace alongside {

struct AnswerOption {
  std::string label;
  int value = 0;
};

struct QuestionnaireItem {
  std::string code;        ///< unique within the questionnaire: "1", "9", "difficulty"
  std::string text;        ///< verbatim from the source
  std::string option_set;  ///< a key of QuestionnaireDefinition::option_sets
  bool scored = true;      ///< false: asked and kept, never added to the score
};

/// An inclusive range of the score with what it means.
struct ScoreBand {
  int min = 0;
  int max = 0;
  std::string label;            ///< "Moderate"
  std::string meaning;          ///< what it means for the worker, in plain words
  std::string follow_up_code;   ///< a questionnaire to offer next ("phq-9" after a positive PHQ-2), or ""
};

enum class AlertSeverity { kUrgent, kHigh };

/// Raises a safety alert when an item's answer, or the score, reaches `at_least`.
struct AlertRule {
  std::string code;        ///< "self-harm-thoughts"
  std::string item_code;   ///< the item watched; "" watches the score
  int at_least = 1;
  AlertSeverity severity = AlertSeverity::kUrgent;
  std::string title;               ///< "Thoughts of self-harm or of being better off dead"
  std::vector<std::string> steps;  ///< what the worker does now, in order
};

struct QuestionnaireDefinition {
  std::string code;     ///< lower case letters, digits and dashes: "phq-9"
  std::string title;    ///< "Patient Health Questionnaire (PHQ-9)"
  std::string short_title;  ///< "PHQ-9"
  std::string edition;  ///< which version of the document, e.g. "2024-01"
  std::string source;   ///< citation
  std::string licence;  ///< the statement under which it is reproduced
  std::string instructions;  ///< the recall period and how to answer, read out before the items
  std::map<std::string, std::vector<AnswerOption>> option_sets;
  std::vector<QuestionnaireItem> items;
  std::vector<std::string> scored_items;  ///< codes added up for the score, in item order
  std::vector<ScoreBand> bands;            ///< ordered by min, covering every possible score
  std::vector<AlertRule> alerts;

  const QuestionnaireItem* FindItem(const std::string& item_code) const;
  const std::vector<AnswerOption>& OptionsOf(const QuestionnaireItem& item) const;
  int MinScore() const;
  int MaxScore() const;
};

/// The answers as item code -> chosen option value.
using QuestionnaireAnswers = std::map<std::string, int>;

/// An alert rule that an answer set met.
struct RaisedAlert {
  std::string rule_code;
  AlertSeverity severity = AlertSeverity::kUrgent;
  std::string title;
  std::vector<std::string> steps;
};

struct QuestionnaireScore {
  int total = 0;
  int min = 0;
  int max = 0;
  ScoreBand band;
  std::vector<RaisedAlert> alerts;
};

std::string AlertSeverityCode(AlertSeverity severity);
std::optional<AlertSeverity> AlertSeverityFromCode(const std::string& code);
std::string AlertSeverityLabel(AlertSeverity severity);

}  // namespace alongside
