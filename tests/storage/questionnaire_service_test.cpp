// Questionnaires on SQLite and PostgreSQL: answering (audited, kept with the edition used),
// the change over time, the safety alert raised with its task and audit entry in the same
// transaction, resolving it only with a recorded action, who is refused, and licensed
// definitions loaded per area with new editions. The licensed instrument here is invented.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>

#include <boost/json.hpp>

#include "core/families/calendar_date.hpp"
#include "privacy_family_fixture.hpp"

namespace alongside {
namespace {

/// PHQ-9 answers for items 1-9 in order, and "not difficult at all".
std::map<std::string, std::string> Phq9(const std::vector<int>& values) {
  std::map<std::string, std::string> answers;
  for (std::size_t i = 0; i < values.size(); ++i) answers[std::to_string(i + 1)] = std::to_string(values[i]);
  answers["difficulty"] = "0";
  return answers;
}

/// An invented two-item instrument standing in for a licensed one.
std::string InventedDocument(const std::string& edition, const std::string& first_item) {
  boost::json::object doc{
      {"format", "alongside.questionnaire/1"},
      {"code", "calm-check"},
      {"short_title", "Calm check"},
      {"title", "Calm check (invented for tests)"},
      {"edition", edition},
      {"source", "Invented for the Alongside tests."},
      {"licence", "Not a real instrument."},
      {"instructions", "In the past week:"},
      {"option_sets", {{"agree", boost::json::array{boost::json::object{{"label", "No"}, {"value", 0}},
                                                    boost::json::object{{"label", "Yes"}, {"value", 1}}}}}},
      {"items", boost::json::array{boost::json::object{{"code", "a"}, {"text", first_item}, {"options", "agree"}},
                                   boost::json::object{{"code", "b"}, {"text", "I slept"}, {"options", "agree"}}}},
      {"bands", boost::json::array{boost::json::object{{"min", 0}, {"max", 1}, {"label", "Low"}, {"meaning", "Fine."}},
                                   boost::json::object{{"min", 2}, {"max", 2}, {"label", "High"}, {"meaning", "Talk."}}}}};
  return boost::json::serialize(doc);
}

class QuestionnaireServiceTest : public test::PrivacyFamilyTest {
 protected:
  void SetUp() override {
    PrivacyFamilyTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    area_admin_ = AddUser("Ari Area", "ari@example.org", Role::kAdministrator, programme_.id);
    far_practitioner_ = AddUser("Fen Far", "fen@example.org", Role::kPractitioner, far_health_.id);
  }

  QuestionnaireResult AnswerPhq9(const std::vector<int>& values, const User* who = nullptr) {
    clock().Advance(kDay);
    return w().questionnaire_service.Answer(ActorOf(who ? *who : supporter_), family_, "phq-9", Phq9(values));
  }

  std::vector<std::string> CodesAvailableTo(const User& who) {
    std::vector<std::string> codes;
    for (const auto& stored : w().questionnaire_catalogue.Available(ActorOf(who))) codes.push_back(stored.definition.code);
    return codes;
  }

  static bool Contains(const std::vector<std::string>& list, const std::string& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
  }

  User area_admin_, far_practitioner_;
};

TEST_P(QuestionnaireServiceTest, TheShippedQuestionnairesAreInstalledOnceForEveryArea) {
  EXPECT_EQ(Count("questionnaire_definitions"), 4);
  w().questionnaire_catalogue.InstallShipped();  // a restart
  EXPECT_EQ(Count("questionnaire_definitions"), 4);
  const auto codes = CodesAvailableTo(supporter_);
  for (const char* code : {"phq-9", "gad-7", "phq-2", "gad-2"}) EXPECT_TRUE(Contains(codes, code)) << code;
  EXPECT_TRUE(Contains(CodesAvailableTo(far_practitioner_), "phq-9"));
  EXPECT_THROW(w().questionnaire_catalogue.Available(ActorOf(mother_)), AccessRefused);
}

TEST_P(QuestionnaireServiceTest, TheSupporterAnswersAndSeesTheChangeOverTime) {
  // 2+2+2+2+2+1+1+1+0 = 13, then eight 1s = 8, then six 1s = 6.
  const auto first = AnswerPhq9({2, 2, 2, 2, 2, 1, 1, 1, 0});
  EXPECT_EQ(first.score.total, 13);
  EXPECT_EQ(first.response.band_label, "Moderate");
  AnswerPhq9({1, 1, 1, 1, 1, 1, 1, 1, 0});
  AnswerPhq9({1, 1, 1, 1, 1, 1, 0, 0, 0});
  clock().Advance(kMinute);
  const auto page = w().questionnaire_service.ForFamily(ActorOf(coordinator_), family_);
  ASSERT_EQ(page.responses.size(), 3u);
  EXPECT_EQ(page.responses[0].total, 6) << "newest first";
  EXPECT_EQ(page.responses[0].recorded_by_name, "Rae Supporter");
  ASSERT_EQ(page.trends.size(), 1u);
  EXPECT_EQ(page.trends[0].Summary(), "13 \u2192 8 \u2192 6");
  EXPECT_EQ(page.trends[0].max_score, 27);
  EXPECT_TRUE(page.open_alerts.empty());
  EXPECT_TRUE(page.may_answer);
  EXPECT_EQ(AuditEntriesFor("questionnaire.answer").size(), 3u);
  ASSERT_EQ(AuditEntriesFor("questionnaire.read").size(), 1u);
  EXPECT_EQ(AuditEntriesFor("questionnaire.read")[0].actor_user_id, coordinator_.id);

  const auto again = w().questionnaire_service.Get(ActorOf(team_practitioner_), family_, first.response.id);
  EXPECT_EQ(again.score.total, 13);
  EXPECT_EQ(again.response.answers.at("1"), 2);
  EXPECT_EQ(again.definition.code, "phq-9");
}

TEST_P(QuestionnaireServiceTest, MissingAnswersSaveNothingAndNameEachItem) {
  auto answers = Phq9({0, 0, 0, 0, 0, 0, 0, 0, 1});
  answers.erase("3");
  answers["difficulty"] = "";
  try {
    w().questionnaire_service.Answer(ActorOf(supporter_), family_, "phq-9", answers);
    ADD_FAILURE() << "accepted";
  } catch (const Invalid& invalid) {
    ASSERT_EQ(invalid.errors().size(), 2u);
    EXPECT_EQ(invalid.errors()[0].field, "answer-3");
    EXPECT_EQ(invalid.errors()[1].field, "answer-difficulty");
  }
  EXPECT_EQ(Count("questionnaire_responses"), 0);
  EXPECT_EQ(Count("safety_alerts"), 0) << "no alert without the answer it belongs to";
  EXPECT_THROW(w().questionnaire_service.Answer(ActorOf(supporter_), family_, "no-such", {}), NotFound);
}

TEST_P(QuestionnaireServiceTest, ItemNineRaisesAnAlertWithATaskForTheCoordinatorAndAnAuditEntry) {
  const auto result = AnswerPhq9({0, 0, 0, 0, 0, 0, 0, 0, 1});
  ASSERT_EQ(result.alerts.size(), 1u);
  const auto& alert = result.alerts[0];
  EXPECT_TRUE(alert.open());
  EXPECT_EQ(alert.questionnaire, "PHQ-9");
  EXPECT_FALSE(alert.steps.empty());
  const auto raised = AuditEntriesFor("safety_alert.raise");
  ASSERT_EQ(raised.size(), 1u);
  EXPECT_EQ(raised[0].actor_user_id, supporter_.id);
  EXPECT_EQ(raised[0].record_id, family_);

  auto tx = database().Begin(db::TxMode::kRead);
  const auto task = tx->QueryOne("SELECT assigned_user_id, due_date, status, title FROM tasks WHERE id = $1",
                                 {alert.task_id});
  tx->Commit();
  ASSERT_TRUE(task.has_value());
  EXPECT_EQ(task->Text(0), coordinator_.id);
  const auto today = LondonDateOf(clock().Now());
  char iso[11];
  std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", today.year, today.month, today.day);
  EXPECT_EQ(task->Text(1), iso) << "due today";
  EXPECT_EQ(task->Text(2), "open");
  EXPECT_EQ(task->Text(3).find("item"), std::string::npos) << "the task never says what was answered";

  const auto page = w().questionnaire_service.ForFamily(ActorOf(supporter_), family_);
  ASSERT_EQ(page.open_alerts.size(), 1u) << "the alert stays visible on the family's page";
  const auto open = w().safety_alert_service.Open(ActorOf(coordinator_), {});
  ASSERT_EQ(open.total, 1);
  EXPECT_EQ(open.items[0].family_name, "Mia Mother");
  EXPECT_EQ(w().safety_alert_service.Open(ActorOf(supporter_), {}).total, 1) << "the caseload's own";
  EXPECT_EQ(w().safety_alert_service.Open(ActorOf(unassigned_), {}).total, 0);
  EXPECT_EQ(w().safety_alert_service.Open(ActorOf(other_practitioner_), {}).total, 0);
  EXPECT_THROW(w().safety_alert_service.Open(ActorOf(mother_), {}), AccessRefused);
}

TEST_P(QuestionnaireServiceTest, APaperCopyIsDatedTheDayItWasDoneAndTheTrendFollowsThoseDays) {
  const auto today = LondonDateOf(clock().Now());
  const auto later = w().questionnaire_service.Answer(ActorOf(supporter_), family_, "phq-2", {{"1", "0"}, {"2", "1"}});
  EXPECT_EQ(later.response.answered_on, today) << "today when left empty";
  clock().Advance(kMinute);
  const auto earlier = w().questionnaire_service.Answer(ActorOf(supporter_), family_, "phq-2", {{"1", "2"}, {"2", "2"}},
                                                        IsoDate(AddDays(today, -14)));
  EXPECT_EQ(earlier.response.answered_on, AddDays(today, -14));
  const auto page = w().questionnaire_service.ForFamily(ActorOf(supporter_), family_);
  ASSERT_EQ(page.trends.size(), 1u);
  EXPECT_EQ(page.trends[0].Summary(), "4 \u2192 1") << "in the order they were done, not typed in";
  EXPECT_EQ(page.responses[0].total, 1);
  for (const auto& bad : {IsoDate(AddDays(today, 1)), IsoDate(AddDays(today, -400)), std::string("31/02/2026")}) {
    try {
      w().questionnaire_service.Answer(ActorOf(supporter_), family_, "phq-2", {{"1", "0"}}, bad);
      ADD_FAILURE() << bad;
    } catch (const Invalid& invalid) {
      ASSERT_EQ(invalid.errors().size(), 2u) << bad;
      EXPECT_EQ(invalid.errors()[0].field, "answer-2") << "the form's order";
      EXPECT_EQ(invalid.errors()[1].field, "answered_on");
    }
  }
  EXPECT_EQ(Count("questionnaire_responses"), 2);
}

TEST_P(QuestionnaireServiceTest, ItemNineAtZeroRaisesNothing) {
  AnswerPhq9({3, 3, 3, 3, 3, 3, 3, 3, 0});
  EXPECT_EQ(Count("safety_alerts"), 0);
  EXPECT_EQ(Count("tasks"), 0);
}

TEST_P(QuestionnaireServiceTest, AnAlertIsResolvedOnlyWithWhatWasDoneAndANote) {
  const auto alert = AnswerPhq9({0, 0, 0, 0, 0, 0, 0, 0, 2}).alerts.at(0);
  try {
    w().safety_alert_service.Resolve(ActorOf(supporter_), family_, alert.id, {"", "  "});
    ADD_FAILURE() << "dismissed without an action";
  } catch (const Invalid& invalid) {
    ASSERT_EQ(invalid.errors().size(), 2u);
    EXPECT_EQ(invalid.errors()[0].field, "action");
    EXPECT_EQ(invalid.errors()[1].field, "note");
  }
  EXPECT_THROW(w().safety_alert_service.Resolve(ActorOf(supporter_), family_, alert.id, {"ignored", "ok"}), Invalid);
  EXPECT_TRUE(w().safety_alert_service.Get(ActorOf(coordinator_), family_, alert.id).open());

  clock().Advance(kHour);
  const auto resolved = w().safety_alert_service.Resolve(
      ActorOf(supporter_), family_, alert.id, {"safety_plan", "Talked it through; Mia will see her GP tomorrow."});
  EXPECT_FALSE(resolved.open());
  const auto stored = w().safety_alert_service.Get(ActorOf(coordinator_), family_, alert.id);
  EXPECT_FALSE(stored.open());
  EXPECT_EQ(stored.action, AlertAction::kSafetyPlan);
  EXPECT_EQ(stored.resolved_by_name, "Rae Supporter");
  EXPECT_EQ(stored.resolution_note, "Talked it through; Mia will see her GP tomorrow.");
  EXPECT_EQ(AuditEntriesFor("safety_alert.resolve").size(), 1u);
  EXPECT_EQ(AuditLogText().find("GP"), std::string::npos) << "the audit log never holds the note";
  EXPECT_THROW(w().safety_alert_service.Resolve(ActorOf(coordinator_), family_, alert.id, {"other", "again"}),
               Conflict);
  EXPECT_EQ(w().safety_alert_service.Open(ActorOf(coordinator_), {}).total, 0);
  EXPECT_TRUE(w().questionnaire_service.ForFamily(ActorOf(supporter_), family_).open_alerts.empty());
}

TEST_P(QuestionnaireServiceTest, NoFamilyMemberNorSupporterOffTheCaseloadReadsOrAnswers) {
  const auto result = AnswerPhq9({0, 0, 0, 0, 0, 0, 0, 0, 1});
  for (const User* who : {&mother_, &partner_, &unassigned_, &other_practitioner_, &admin_, &commissioner_}) {
    ExpectRefused(*who, [&](const Actor& a) { w().questionnaire_service.ForFamily(a, family_); },
                  "family_sensitive.read");
    ExpectRefused(*who, [&](const Actor& a) { w().questionnaire_service.Get(a, family_, result.response.id); },
                  "family_sensitive.read");
    ExpectRefused(*who, [&](const Actor& a) { w().questionnaire_service.Answer(a, family_, "phq-9", Phq9({0})); },
                  "family_sensitive.create");
    ExpectRefused(*who, [&](const Actor& a) { w().safety_alert_service.ForFamily(a, family_); },
                  "family_sensitive.read");
    ExpectRefused(*who,
                  [&](const Actor& a) {
                    w().safety_alert_service.Resolve(a, family_, result.alerts.at(0).id, {"other", "x"});
                  },
                  "family_sensitive.create");
  }
  EXPECT_EQ(Count("questionnaire_responses"), 1);
  EXPECT_TRUE(w().safety_alert_service.Get(ActorOf(coordinator_), family_, result.alerts.at(0).id).open());
}

TEST_P(QuestionnaireServiceTest, NoNewAnswersOnceSupportIsWithdrawnButTheAlertCanStillBeResolved) {
  const auto alert = AnswerPhq9({0, 0, 0, 0, 0, 0, 0, 0, 3}).alerts.at(0);
  clock().Advance(kMinute);
  w().consent_service.Record(ActorOf(coordinator_), family_, Decision("support", "withdrawn"), true);
  EXPECT_THROW(AnswerPhq9({0, 0, 0, 0, 0, 0, 0, 0, 0}, &coordinator_), Conflict);
  EXPECT_FALSE(w().questionnaire_service.ForFamily(ActorOf(coordinator_), family_).may_answer);
  EXPECT_NO_THROW(w().safety_alert_service.Resolve(ActorOf(coordinator_), family_, alert.id,
                                                   {"gp_or_crisis_team", "Called the crisis team with Mia."}));
}

TEST_P(QuestionnaireServiceTest, AnAreaAdministratorLoadsALicensedQuestionnaireForTheirAreaOnly) {
  const auto stored = w().questionnaire_catalogue.Load(ActorOf(area_admin_), area_.id,
                                                       InventedDocument("1", "I felt calm"));
  EXPECT_EQ(stored.definition.code, "calm-check");
  EXPECT_EQ(stored.loaded_by_name, "Ari Area");
  EXPECT_TRUE(Contains(CodesAvailableTo(supporter_), "calm-check"));
  EXPECT_TRUE(Contains(CodesAvailableTo(other_practitioner_), "calm-check")) << "every worker of the area";
  EXPECT_FALSE(Contains(CodesAvailableTo(far_practitioner_), "calm-check")) << "another area has no licence";
  EXPECT_EQ(AuditEntriesFor("questionnaire.definition.load").size(), 1u);

  EXPECT_THROW(w().questionnaire_catalogue.Load(ActorOf(area_admin_), far_area_.id, InventedDocument("1", "x")),
               AccessRefused);
  EXPECT_THROW(w().questionnaire_catalogue.Load(ActorOf(coordinator_), area_.id, InventedDocument("2", "x")),
               AccessRefused);
  EXPECT_NO_THROW(w().questionnaire_catalogue.Load(ActorOf(admin_), far_area_.id, InventedDocument("1", "x")))
      << "a platform administrator picks the area";

  auto shipped_code = boost::json::parse(InventedDocument("1", "x")).as_object();
  shipped_code["code"] = "phq-9";
  EXPECT_THROW(w().questionnaire_catalogue.Load(ActorOf(area_admin_), area_.id, boost::json::serialize(shipped_code)),
               Conflict);
  try {
    auto broken = boost::json::parse(InventedDocument("3", "x")).as_object();
    broken["items"].as_array()[1].as_object()["options"] = "often";
    w().questionnaire_catalogue.Load(ActorOf(area_admin_), area_.id, boost::json::serialize(broken));
    ADD_FAILURE() << "accepted";
  } catch (const Invalid& invalid) {
    EXPECT_EQ(invalid.errors().at(0).field, "document");
    EXPECT_NE(invalid.errors().at(0).message.find("items[1] (\"b\")"), std::string::npos);
  }
  const auto loaded = w().questionnaire_catalogue.Loaded(ActorOf(area_admin_));
  ASSERT_EQ(loaded.size(), 1u) << "only the area's own";
  EXPECT_EQ(w().questionnaire_catalogue.Loaded(ActorOf(admin_)).size(), 2u);
}

TEST_P(QuestionnaireServiceTest, ANewEditionReplacesTheOldForNewAnswersAndOldAnswersKeepTheirs) {
  w().questionnaire_catalogue.Load(ActorOf(area_admin_), area_.id, InventedDocument("2026-01", "I felt calm"));
  clock().Advance(kDay);
  const auto before = w().questionnaire_service.Answer(ActorOf(supporter_), family_, "calm-check",
                                                       {{"a", "1"}, {"b", "1"}});
  EXPECT_EQ(before.response.band_label, "High");
  clock().Advance(kDay);
  EXPECT_THROW(w().questionnaire_catalogue.Load(ActorOf(area_admin_), area_.id, InventedDocument("2026-01", "again")),
               Conflict)
      << "the same edition twice";
  w().questionnaire_catalogue.Load(ActorOf(area_admin_), area_.id, InventedDocument("2026-07", "I felt at ease"));
  clock().Advance(kDay);
  const auto after = w().questionnaire_service.Answer(ActorOf(supporter_), family_, "calm-check",
                                                      {{"a", "0"}, {"b", "1"}});
  EXPECT_EQ(after.response.edition, "2026-07");
  EXPECT_EQ(after.definition.items[0].text, "I felt at ease");

  const auto old = w().questionnaire_service.Get(ActorOf(supporter_), family_, before.response.id);
  EXPECT_EQ(old.response.edition, "2026-01");
  EXPECT_EQ(old.definition.items[0].text, "I felt calm") << "read against the questions that were asked";
  const auto loaded = w().questionnaire_catalogue.Loaded(ActorOf(area_admin_));
  ASSERT_EQ(loaded.size(), 2u);
  EXPECT_TRUE(loaded[0].current());
  EXPECT_FALSE(loaded[1].current());
  const auto trends = w().questionnaire_service.ForFamily(ActorOf(supporter_), family_).trends;
  ASSERT_EQ(trends.size(), 1u);
  EXPECT_EQ(trends[0].Summary(), "2 \u2192 1");
}

INSTANTIATE_TEST_SUITE_P(Backends, QuestionnaireServiceTest, ::testing::ValuesIn(test::TestBackends()),
                         test::BackendName);

}  // namespace
}  // namespace alongside
