// Needs conversations on SQLite and PostgreSQL: a draft saved and resumed, finishing refused
// while a domain is unrated (the answers kept), the suggestion made by the area's rules in
// force (the shipped file until the area saves its own), the decision needing a reason when
// it differs, adversities never reaching a parent, a supporter off the caseload refused,
// a conversation keeping its framework version after an adaptation, reviews compared.

#include <gtest/gtest.h>

#include "core/common/data_file.hpp"
#include "goal_test_families.hpp"

namespace alongside {
namespace {

NeedsForm Partial() {
  NeedsForm form;
  form.domains = {{"4", "We sing in the bath", ""}, {"", "", ""}, {"", "", ""}};
  form.pressures = {"housing"};
  form.pressure_note = "The flat is damp";
  form.adversities = std::vector<std::string>{"poverty"};
  return form;
}

NeedsForm Complete() {
  auto form = Partial();
  form.domains[1] = {"2", "", "Someone to talk to at night"};
  form.domains[2] = {"3", "", ""};
  return form;
}

class NeedsServiceTest : public test::GoalFamilyTest {
 protected:
  NeedsService& needs() { return w().needs_service; }

  template <typename Call>
  std::vector<std::string> InvalidFields(Call call) {
    std::vector<std::string> fields;
    try {
      call();
      ADD_FAILURE() << "accepted";
    } catch (const Invalid& invalid) {
      for (const auto& e : invalid.errors()) fields.push_back(e.field);
    }
    return fields;
  }

  std::string Finished(const NeedsForm& form = Complete()) {
    const auto id = needs().Start(supporter_, family_id_, form).id;
    needs().Finish(supporter_, family_id_, id, std::nullopt);
    return id;
  }
};

TEST_P(NeedsServiceTest, ADraftIsSavedAndResumedLater) {
  const auto draft = needs().Start(supporter_, family_id_, Partial());
  EXPECT_EQ(draft.status, NeedsStatus::kDraft);
  clock().Advance(kDay);
  auto more = Partial();
  more.domains[2] = {"5", "My sister helps", ""};
  more.focus_areas = {"antenatal"};
  needs().Save(supporter_, family_id_, draft.id, more);

  // Another day, another person of the programme picks it up.
  const auto view = needs().Get(coordinator_, family_id_, draft.id);
  EXPECT_TRUE(view.may_edit);
  EXPECT_FALSE(view.may_decide);
  const auto& answers = view.conversation.answers;
  EXPECT_EQ(answers.domains[0].rating, 4);
  EXPECT_EQ(answers.domains[0].going_well, "We sing in the bath");
  EXPECT_FALSE(answers.domains[1].rating.has_value());
  EXPECT_EQ(answers.domains[2].going_well, "My sister helps");
  EXPECT_EQ(answers.pressures, (std::vector<std::string>{"housing"}));
  EXPECT_EQ(answers.pressure_note, "The flat is damp");
  EXPECT_EQ(answers.adversities, (std::vector<SensitiveCategory>{SensitiveCategory::kPoverty}));
  EXPECT_EQ(answers.focus_areas, (std::vector<FocusArea>{FocusArea::kAntenatal}));
  EXPECT_EQ(view.conversation.started_by_name, "Sam Supporter");
  EXPECT_EQ(needs().History(supporter_, family_id_).draft_id, draft.id);
  EXPECT_EQ(needs().Prepare(supporter_, family_id_).draft_id, draft.id);
  EXPECT_THROW(needs().Start(supporter_, family_id_, Partial()), Conflict);
  EXPECT_EQ(AuditEntriesFor("needs.create").size(), 1u);
  EXPECT_EQ(AuditEntriesFor("needs.update").size(), 1u);
  EXPECT_EQ(AuditEntriesFor("needs.read").size(), 2u);
}

TEST_P(NeedsServiceTest, FinishingRefusesAnUnratedDomainAndKeepsWhatWasTyped) {
  const auto id = needs().Start(supporter_, family_id_, Partial()).id;
  auto typed = Partial();
  typed.domains[2] = {"", "", "A group near us"};
  EXPECT_EQ(InvalidFields([&] { needs().Finish(supporter_, family_id_, id, typed); }),
            (std::vector<std::string>{"caregiver_self_capacity_rating", "navigating_support_rating"}));
  const auto view = needs().Get(supporter_, family_id_, id);
  EXPECT_EQ(view.conversation.status, NeedsStatus::kDraft);
  EXPECT_EQ(view.conversation.answers.domains[2].would_help, "A group near us");
  EXPECT_FALSE(view.conversation.suggestion.has_value());

  const auto finished = needs().Finish(supporter_, family_id_, id, Complete());
  EXPECT_EQ(finished.status, NeedsStatus::kFinished);
  ASSERT_TRUE(finished.suggestion.has_value());
  EXPECT_EQ(finished.suggestion->level, ServiceLevel::kTargeted);  // self-capacity at 2; poverty
  EXPECT_EQ(finished.rules_version_id, "");                         // the shipped rules
  const auto read = needs().Get(supporter_, family_id_, id);
  EXPECT_EQ(read.conversation.suggestion, finished.suggestion);
  EXPECT_FALSE(read.may_edit);
  EXPECT_TRUE(read.may_decide);
  EXPECT_THROW(needs().Save(supporter_, family_id_, id, Complete()), Conflict);
  EXPECT_THROW(needs().Finish(supporter_, family_id_, id, std::nullopt), Conflict);
  EXPECT_EQ(AuditEntriesFor("needs.finish").size(), 1u);
}

TEST_P(NeedsServiceTest, ADecisionDifferentFromTheSuggestionNeedsAReason) {
  const auto draft = needs().Start(supporter_, family_id_, Complete()).id;
  EXPECT_THROW(needs().Decide(supporter_, family_id_, draft, {"targeted", "", {}}), Conflict);
  needs().Finish(supporter_, family_id_, draft, std::nullopt);
  EXPECT_EQ(InvalidFields([&] { needs().Decide(supporter_, family_id_, draft, {"specialist", "", {"housing"}}); }),
            (std::vector<std::string>{"reason"}));
  const auto decided =
      needs().Decide(supporter_, family_id_, draft, {"specialist", "She told me more after we finished", {"housing", "money"}});
  ASSERT_TRUE(decided.decision.has_value());
  const auto read = needs().Get(coordinator_, family_id_, draft).conversation;
  ASSERT_TRUE(read.decision.has_value());
  EXPECT_EQ(read.decision->level, ServiceLevel::kSpecialist);
  EXPECT_EQ(read.decision->reason, "She told me more after we finished");
  EXPECT_EQ(read.decision->needs, (std::vector<std::string>{"housing", "money"}));
  EXPECT_EQ(read.decision->decided_by_name, "Sam Supporter");
  EXPECT_THROW(needs().Decide(supporter_, family_id_, draft, {"targeted", "", {}}), Conflict);
  EXPECT_EQ(AuditEntriesFor("needs.decide").size(), 1u);

  // The decided needs reach the family's service suggestions.
  const auto suggestions = w().suggestion_service.ForFamily(supporter_, family_id_);
  std::vector<std::string> froms;
  for (const auto& need : suggestions.needs)
    if (need.from == "from the needs conversation") froms.push_back(need.code);
  EXPECT_EQ(froms, (std::vector<std::string>{"housing", "money"}));
}

TEST_P(NeedsServiceTest, AParentNeverSeesAdversitiesNorChangesAnything) {
  const auto id = Finished();
  needs().Decide(supporter_, family_id_, id, {"targeted", "", {"money"}});
  const auto view = needs().Get(parent_, family_id_, id);
  EXPECT_TRUE(view.conversation.answers.adversities.empty());
  EXPECT_TRUE(view.conversation.adversities_withheld);
  EXPECT_FALSE(view.conversation.suggestion.has_value());  // its reasons may name an adversity
  EXPECT_FALSE(view.conversation.decision.has_value());
  EXPECT_FALSE(view.show_sensitive);
  EXPECT_FALSE(view.may_edit);
  for (const auto& c : needs().History(parent_, family_id_).conversations) {
    EXPECT_TRUE(c.answers.adversities.empty());
    EXPECT_FALSE(c.suggestion.has_value());
  }
  ExpectRefused(parent_, [&] { needs().Start(parent_, family_id_, Partial()); });
  ExpectRefused(parent_, [&] { needs().Prepare(parent_, family_id_); });
  ExpectRefused(other_parent_, [&] { needs().History(other_parent_, family_id_); });
  EXPECT_EQ(Count("needs_conversations"), 1);
}

TEST_P(NeedsServiceTest, ASupporterOffTheCaseloadIsRefused) {
  const auto id = needs().Start(supporter_, family_id_, Partial()).id;
  ExpectRefused(other_supporter_, [&] { needs().History(other_supporter_, family_id_); });
  ExpectRefused(other_supporter_, [&] { needs().Get(other_supporter_, family_id_, id); });
  ExpectRefused(other_supporter_, [&] { needs().Save(other_supporter_, family_id_, id, Complete()); });
  ExpectRefused(south_coordinator_, [&] { needs().Finish(south_coordinator_, family_id_, id, Complete()); });
  EXPECT_EQ(needs().Get(supporter_, family_id_, id).conversation.status, NeedsStatus::kDraft);
  EXPECT_THROW(needs().Get(supporter_, other_family_id_, id), AccessRefused);
}

TEST_P(NeedsServiceTest, AClosedFamilyTakesNoNewConversation) {
  SetFamily(family_id_, "closed", 1);
  EXPECT_THROW(needs().Start(coordinator_, family_id_, Partial()), Conflict);
  EXPECT_FALSE(needs().History(coordinator_, family_id_).may_start);
}

TEST_P(NeedsServiceTest, AConversationKeepsItsFrameworkVersionAfterAnAdaptation) {
  const auto id = needs().Start(supporter_, family_id_, Partial()).id;
  {
    auto tx = database().Begin();
    auto adapted = w().framework_service.CurrentIn(*tx, north_.id);
    adapted.based_on_id = adapted.id;
    adapted.id = NewId(clock().Now());
    adapted.number = 2;
    adapted.note = "Our own words";
    adapted.framework.domains[0].name = "You and your baby";
    w().framework_versions.Insert(*tx, adapted);
    tx->Commit();
  }
  const auto kept = needs().Get(supporter_, family_id_, id);
  EXPECT_EQ(kept.framework_number, 1);
  EXPECT_EQ(kept.framework.domains[0].name, "Nurturing the relationship");
  needs().Finish(supporter_, family_id_, id, Complete());
  const auto review = needs().Start(supporter_, family_id_, Complete()).id;
  const auto later = needs().Get(supporter_, family_id_, review);
  EXPECT_EQ(later.framework_number, 2);
  EXPECT_EQ(later.framework.domains[0].name, "You and your baby");
  EXPECT_EQ(needs().Get(supporter_, family_id_, id).framework.domains[0].name, "Nurturing the relationship");
}

TEST_P(NeedsServiceTest, TheAreasOwnRulesOverrideTheShippedFile) {
  const auto admin = ActorOf(AddUser("Ada Admin", "ada@example.org", Role::kAdministrator, programme_.id));
  EXPECT_TRUE(w().needs_rules_service.Current(supporter_, north_.id).is_default());
  const std::string own = R"({"format": "alongside.needs-rules/1",
    "default": {"level": "community", "because": "our area starts in the community"},
    "rules": [{"id": "housing_first", "when": {"pressure": "housing"}, "level": "specialist",
               "kinds": ["housing"], "because": "housing is our area's first concern"}]})";
  ExpectRefused(coordinator_, [&] { w().needs_rules_service.Save(coordinator_, north_.id, own, ""); });
  EXPECT_EQ(InvalidFields([&] {
              w().needs_rules_service.Save(admin, north_.id, R"({"format": "alongside.needs-rules/1",
                "default": {"level": "community", "because": "x"},
                "rules": [{"id": "r", "when": {"pressure": "weather"}, "level": "targeted", "because": "x"}]})", "");
            }),
            (std::vector<std::string>{"document"}));
  const auto saved = w().needs_rules_service.Save(admin, north_.id, own, "Housing first");
  EXPECT_EQ(saved.number, 1);
  EXPECT_EQ(w().needs_rules_service.Current(supporter_, north_.id).note, "Housing first");
  ExpectRefused(south_coordinator_, [&] { w().needs_rules_service.Current(south_coordinator_, north_.id); });

  const auto id = Finished();
  const auto view = needs().Get(supporter_, family_id_, id);
  ASSERT_TRUE(view.conversation.suggestion.has_value());
  EXPECT_EQ(view.conversation.suggestion->level, ServiceLevel::kSpecialist);
  ASSERT_EQ(view.conversation.suggestion->reasons.size(), 1u);
  EXPECT_EQ(view.conversation.suggestion->reasons[0].because, "housing is our area's first concern");
  EXPECT_EQ(view.conversation.rules_version_id, saved.id);
  EXPECT_EQ(AuditEntriesFor("needs_rules.update").size(), 1u);
}

TEST_P(NeedsServiceTest, AReviewStartsFromTheLastFinishedAndIsCompared) {
  const auto first = Finished();
  clock().Advance(30 * kDay);
  const auto start = needs().Prepare(supporter_, family_id_);
  EXPECT_EQ(start.reviewed_from_id, first);
  EXPECT_EQ(start.answers.domains[1].rating, 2);
  EXPECT_EQ(start.answers.adversities, (std::vector<SensitiveCategory>{SensitiveCategory::kPoverty}));
  auto now = FormOfAnswers(start.answers, true);
  now.domains[0].rating = "5";
  now.domains[1].rating = "2";
  now.domains[2].rating = "1";
  now.adversities.reset();  // say nothing of them: the review keeps them
  const auto review = needs().Start(supporter_, family_id_, now);
  EXPECT_EQ(review.reviewed_from_id, first);
  needs().Finish(supporter_, family_id_, review.id, std::nullopt);
  EXPECT_EQ(needs().Get(supporter_, family_id_, review.id).conversation.answers.adversities.size(), 1u);

  const auto history = needs().History(supporter_, family_id_);
  ASSERT_EQ(history.conversations.size(), 2u);
  EXPECT_EQ(history.conversations[0].id, review.id);  // newest first
  ASSERT_EQ(history.changes.size(), 3u);
  EXPECT_EQ(history.changes[0].from, 4);
  EXPECT_EQ(history.changes[0].to, 5);
  EXPECT_EQ(history.changes[0].words, "better");
  EXPECT_EQ(history.changes[1].words, "the same");
  EXPECT_EQ(history.changes[2].words, "harder");
  EXPECT_TRUE(history.draft_id.empty());
  EXPECT_TRUE(history.has_finished);
}

INSTANTIATE_TEST_SUITE_P(Backends, NeedsServiceTest, ::testing::ValuesIn(test::TestBackends()), test::BackendName);

}  // namespace
}  // namespace alongside
