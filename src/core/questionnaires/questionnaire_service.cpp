#include "core/questionnaires/questionnaire_service.hpp"

#include <algorithm>

#include "core/common/ids.hpp"
#include "core/families/calendar_date.hpp"
#include "core/questionnaires/questionnaire_document.hpp"

namespace alongside {
namespace {

bool MayAnswer(const FamilyAccess& access, const FamilyScopeFacts& facts, const Actor& actor) {
  return facts.status == FamilyStatus::kOpen && facts.support_consent &&
         access.Allows(facts, actor, Resource::kFamilySensitive, Action::kCreate);
}

/// The day the questionnaire was done: today when left empty, otherwise a real date within
/// the past year (a paper copy from a visit typed in later).
Date ReadAnsweredOn(const std::string& typed, const Date& today, Validation& v) {
  if (typed.find_first_not_of(" \t") == std::string::npos) return today;
  const auto day = ParseDate(typed);
  if (!day) v.Add("answered_on", "Enter the day it was done as a real date, for example 14 3 2027");
  else if (*day > today) v.Add("answered_on", "The day it was done cannot be in the future");
  else if (*day < AddDays(today, -366)) v.Add("answered_on", "The day it was done must be within the past year");
  return day.value_or(today);
}

std::vector<std::pair<std::string, int>> MaxScores(const std::vector<StoredQuestionnaire>& available) {
  std::vector<std::pair<std::string, int>> out;
  for (const auto& stored : available) out.emplace_back(stored.definition.code, stored.definition.MaxScore());
  return out;
}

}  // namespace

StoredQuestionnaire QuestionnaireService::CurrentFor(db::Transaction& tx, const FamilyScopeFacts& facts,
                                                     const std::string& code) {
  auto stored = questionnaires_.FindCurrent(tx, facts.area_id, code);
  if (!stored) throw NotFound("Questionnaire not found");
  return *stored;
}

FamilyQuestionnaires QuestionnaireService::ForFamily(const Actor& actor, const std::string& family_id) {
  auto tx = database_.Begin();  // not read-only: the read is audited in it
  const auto facts = access_.Require(*tx, actor, family_id, Resource::kFamilySensitive, Action::kRead);
  FamilyQuestionnaires page;
  page.family_name = questionnaires_.FamilyName(*tx, family_id);
  auto responses = questionnaires_.ListResponses(*tx, family_id);
  page.available = questionnaires_.ListCurrent(*tx, {facts.area_id}, false);
  page.trends = TrendsOf(responses, MaxScores(page.available));
  std::reverse(responses.begin(), responses.end());
  page.responses = std::move(responses);
  for (auto& alert : questionnaires_.ListAlerts(*tx, family_id))
    if (alert.open()) page.open_alerts.push_back(std::move(alert));
  page.may_answer = MayAnswer(access_, facts, actor);
  access_.audit().Record(*tx, actor, "questionnaire.read", "family", family_id);
  tx->Commit();
  return page;
}

QuestionnaireToAnswer QuestionnaireService::Start(const Actor& actor, const std::string& family_id,
                                                  const std::string& code) {
  auto tx = database_.Begin(db::TxMode::kRead);
  const auto facts = access_.RequireWork(*tx, actor, family_id, Resource::kFamilySensitive, Action::kCreate);
  QuestionnaireToAnswer out{questionnaires_.FamilyName(*tx, family_id), CurrentFor(*tx, facts, code)};
  tx->Commit();
  return out;
}

SafetyAlert QuestionnaireService::Raise(db::Transaction& tx, const Actor& actor, const FamilyScopeFacts& facts,
                                        const QuestionnaireResponse& response, const RaisedAlert& raised) {
  const Millis now = response.recorded_at;
  Task task;
  task.id = NewId(now);
  task.family_id = facts.family_id;
  task.kind = TaskKind::kManual;
  // The title shows in task lists, so it says what to do and never what was answered.
  task.title = "Safety alert: check the family is safe and that the alert is followed up today";
  task.due = LondonDateOf(now);
  task.assigned_user_id = questionnaires_.CoordinatorOf(tx, facts.organisation_id);
  task.created_by = actor.user_id;
  task.created_at = now;
  task.updated_at = now;
  tasks_.Insert(tx, task);
  tasks_.UpdateNextTask(tx, facts.family_id);

  SafetyAlert alert;
  alert.id = NewId(now);
  alert.family_id = facts.family_id;
  alert.organisation_id = facts.organisation_id;
  alert.response_id = response.id;
  alert.questionnaire = response.short_title;
  alert.rule_code = raised.rule_code;
  alert.severity = raised.severity;
  alert.title = raised.title;
  alert.steps = raised.steps;
  alert.task_id = task.id;
  alert.raised_by = actor.user_id;
  alert.raised_by_name = actor.name;
  alert.raised_at = now;
  questionnaires_.InsertAlert(tx, alert);
  access_.audit().Record(tx, actor, "safety_alert.raise", "family", facts.family_id);
  return alert;
}

QuestionnaireResult QuestionnaireService::Answer(const Actor& actor, const std::string& family_id,
                                                 const std::string& code,
                                                 const std::map<std::string, std::string>& raw,
                                                 const std::string& answered_on) {
  auto tx = database_.Begin();
  const auto facts = access_.RequireWork(*tx, actor, family_id, Resource::kFamilySensitive, Action::kCreate);
  const auto stored = CurrentFor(*tx, facts, code);
  const Millis now = clock_.Now();
  Validation v;
  const auto answers = ReadAnswers(stored.definition, raw, v);  // in the order of the form
  const auto day = ReadAnsweredOn(answered_on, LondonDateOf(now), v);
  v.ThrowIfAny();
  QuestionnaireResult result;
  result.family_name = questionnaires_.FamilyName(*tx, family_id);
  result.definition = stored.definition;
  result.score = Score(stored.definition, answers);
  auto& response = result.response;
  response.id = NewId(now);
  response.family_id = family_id;
  response.definition_id = stored.id;
  response.code = stored.definition.code;
  response.short_title = stored.definition.short_title;
  response.edition = stored.definition.edition;
  response.answers = answers;
  response.total = result.score.total;
  response.band_label = result.score.band.label;
  response.answered_on = day;
  response.recorded_by = actor.user_id;
  response.recorded_by_name = actor.name;
  response.recorded_at = now;
  questionnaires_.InsertResponse(*tx, response);
  access_.audit().Record(*tx, actor, "questionnaire.answer", "family", family_id);
  for (const auto& raised : result.score.alerts) result.alerts.push_back(Raise(*tx, actor, facts, response, raised));
  tx->Commit();
  return result;
}

QuestionnaireResult QuestionnaireService::Get(const Actor& actor, const std::string& family_id,
                                              const std::string& response_id) {
  auto tx = database_.Begin();
  access_.Require(*tx, actor, family_id, Resource::kFamilySensitive, Action::kRead);
  auto response = IsUuid(response_id) ? questionnaires_.FindResponse(*tx, family_id, response_id) : std::nullopt;
  if (!response) throw NotFound("Questionnaire answer not found");
  const auto stored = questionnaires_.FindById(*tx, response->definition_id);
  if (!stored) throw NotFound("Questionnaire not found");
  QuestionnaireResult result;
  result.family_name = questionnaires_.FamilyName(*tx, family_id);
  result.response = *response;
  result.definition = stored->definition;
  result.score = Score(stored->definition, response->answers);
  for (auto& alert : questionnaires_.ListAlerts(*tx, family_id))
    if (alert.response_id == response->id) result.alerts.push_back(std::move(alert));
  access_.audit().Record(*tx, actor, "questionnaire.read", "family", family_id);
  tx->Commit();
  return result;
}

}  // namespace alongside
