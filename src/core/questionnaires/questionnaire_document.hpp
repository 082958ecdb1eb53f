#pragma once
/// Reading a questionnaire document (JSON, format described in docs/questionnaires.md) into a
/// checked definition. Pure: no files, no database. A bad document is refused with one
/// message per problem, each naming the part at fault ("items[3] (\"9\"): option set
/// \"often\" is not defined"), so an administrator can fix their file; never a crash.

#include <string>
#include <string_view>
#include <vector>

#include "core/questionnaires/questionnaire.hpp"

namespace alongside {

/// The value of "format" that every document carries.
inline constexpr std::string_view kQuestionnaireFormat = "alongside.questionnaire/1";

/// Throws Invalid with every problem found, each under the field name `field`.
QuestionnaireDefinition ParseQuestionnaireDocument(std::string_view text, const std::string& field = "document");

/// The checks on a definition that do not depend on JSON: unique codes, known option sets,
/// the scored items, bands that cover every possible score without gaps or overlaps, alerts
/// that watch a real item with a reachable threshold. Returns the problems (empty when fine).
std::vector<std::string> CheckQuestionnaire(const QuestionnaireDefinition& definition);

}  // namespace alongside
