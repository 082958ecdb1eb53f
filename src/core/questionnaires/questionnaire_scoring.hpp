#pragma once
/// Scoring a complete set of answers: the sum of the scored items, the band it falls in, and
/// the alert rules it meets. Pure and deterministic, so the shipped questionnaires are
/// tested against hand-worked examples.

#include <map>
#include <string>

#include "core/common/errors.hpp"
#include "core/questionnaires/questionnaire.hpp"

namespace alongside {

/// The form field that carries an item's answer: "answer-9".
std::string AnswerField(const std::string& item_code);

/// The chosen option values, from the form or API: `raw` maps item code to the value as
/// sent. Every item must be answered with one of its options' values; otherwise a message
/// at that item's field ("Answer question 3: ...").
QuestionnaireAnswers ReadAnswers(const QuestionnaireDefinition& definition,
                                 const std::map<std::string, std::string>& raw, Validation& v);

/// Requires a value for every scored item (ReadAnswers ensures it).
QuestionnaireScore Score(const QuestionnaireDefinition& definition, const QuestionnaireAnswers& answers);

}  // namespace alongside
