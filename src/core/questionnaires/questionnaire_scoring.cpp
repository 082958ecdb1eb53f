#include "core/questionnaires/questionnaire_scoring.hpp"

#include <algorithm>

namespace alongside {

std::string AnswerField(const std::string& item_code) { return "answer-" + item_code; }

QuestionnaireAnswers ReadAnswers(const QuestionnaireDefinition& definition,
                                 const std::map<std::string, std::string>& raw, Validation& v) {
  QuestionnaireAnswers answers;
  int number = 0;
  for (const auto& item : definition.items) {
    ++number;
    const auto found = raw.find(item.code);
    const std::string sent = found == raw.end() ? "" : found->second;
    const auto& options = definition.OptionsOf(item);
    const auto chosen = std::find_if(options.begin(), options.end(), [&sent](const AnswerOption& option) {
      return !sent.empty() && std::to_string(option.value) == sent;
    });
    if (chosen == options.end()) {
      v.Add(AnswerField(item.code), sent.empty() ? "Choose an answer to question " + std::to_string(number)
                                                 : "Choose one of the answers given for question " +
                                                       std::to_string(number));
      continue;
    }
    answers[item.code] = chosen->value;
  }
  return answers;
}

QuestionnaireScore Score(const QuestionnaireDefinition& definition, const QuestionnaireAnswers& answers) {
  QuestionnaireScore score;
  score.min = definition.MinScore();
  score.max = definition.MaxScore();
  for (const auto& code : definition.scored_items) {
    const auto found = answers.find(code);
    if (found != answers.end()) score.total += found->second;
  }
  for (const auto& band : definition.bands)
    if (score.total >= band.min && score.total <= band.max) score.band = band;
  for (const auto& rule : definition.alerts) {
    int watched = score.total;
    if (!rule.item_code.empty()) {
      const auto found = answers.find(rule.item_code);
      if (found == answers.end()) continue;
      watched = found->second;
    }
    if (watched >= rule.at_least) score.alerts.push_back({rule.code, rule.severity, rule.title, rule.steps});
  }
  return score;
}

}  // namespace alongside
