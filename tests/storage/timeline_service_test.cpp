// A family's timeline on SQLite and PostgreSQL: everything in date order, newest first,
// paged; sensitive notes only as a mention and only for those who need to know; a parent
// sees only what is shared with them.

#include <gtest/gtest.h>

#include "contact_family_fixture.hpp"

namespace alongside {
namespace {

class TimelineServiceTest : public test::ContactFamilyTest {
 protected:
  void SetUp() override {
    ContactFamilyTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    // Recorded at T, assigned at T+1, consent at T+2 (the fixture); then two contacts
    // dated 10 and 12 June, a draft, a sensitive note, a task done and closing.
    w().contact_service.Create(ActorOf(supporter_), family_, Visit("10 6 2025"), true);
    w().contact_service.Create(ActorOf(supporter_), family_, Visit("12 6 2025", "50"), true);
    w().contact_service.Create(ActorOf(supporter_), family_, Visit("13 6 2025"), false);
    clock().Advance(kHour);
    auto tx = database().Begin();
    tx->Execute("INSERT INTO sensitive_notes (id, family_id, category, body, recorded_by, recorded_at) "
                "VALUES ($1, $2, 'safeguarding', 'A disclosure that must stay private', $3, $4)",
                {NewId(clock().Now()), family_, supporter_.id, clock().Now()});
    tx->Execute("INSERT INTO family_status_changes (id, family_id, status, closing_reason, changed_by, changed_at) "
                "VALUES ($1, $2, 'closed', 'goals_met', $3, $4)",
                {NewId(clock().Now()), family_, coordinator_.id, clock().Now() + kMinute});
    tx->Execute("INSERT INTO tasks (id, family_id, kind, title, due_date, status, completed_at, completed_by, "
                "created_at, updated_at) VALUES ($1, $2, 'manual', 'Bring the sling library leaflet', '2025-06-20', "
                "'done', $3, $4, $5, $5)",
                {NewId(clock().Now()), family_, clock().Now() + 30 * kSecond, supporter_.id, clock().Now()});
    tx->Commit();
  }

  static std::vector<std::string> Events(const FamilyTimeline& timeline) {
    std::vector<std::string> out;
    for (const auto& entry : timeline.page.items) out.push_back(entry.event + (entry.detail.empty() ? "" : ":" + entry.detail));
    return out;
  }
};

TEST_P(TimelineServiceTest, AWorkerSeesEverythingNewestFirst) {
  const auto timeline = w().timeline_service.Read(ActorOf(coordinator_), family_, {});
  EXPECT_EQ(Events(timeline),
            (std::vector<std::string>{"status_changed:closed", "task_done:Bring the sling library leaflet",
                                      "sensitive_note", "consent:support", "assigned:Sam Supporter", "family_recorded",
                                      "contact:home_visit", "contact:home_visit"}));
  // Contacts go by their own date, here before the family was recorded (16 June).
  EXPECT_EQ(timeline.page.items[6].extra, "50");
  EXPECT_EQ(timeline.page.items[6].actor_name, "Sam Supporter");
  EXPECT_EQ(timeline.page.items[1].actor_name, "Sam Supporter");
  EXPECT_EQ(timeline.page.items[0].extra, "goals_met");
  for (const auto& entry : timeline.page.items) EXPECT_EQ(entry.detail.find("disclosure"), std::string::npos);
  ASSERT_EQ(AuditEntriesFor("timeline.read").size(), 1u);
  EXPECT_EQ(AuditEntriesFor("timeline.read")[0].record_id, family_);
}

TEST_P(TimelineServiceTest, PagesFollowTheSameOrder) {
  const auto page1 = w().timeline_service.Read(ActorOf(supporter_), family_, PageRequest{1, 3});
  const auto page3 = w().timeline_service.Read(ActorOf(supporter_), family_, PageRequest{3, 3});
  EXPECT_EQ(page1.page.total, 8);
  EXPECT_EQ(Events(page1), (std::vector<std::string>{"status_changed:closed", "task_done:Bring the sling library leaflet",
                                                     "sensitive_note"}));
  EXPECT_EQ(Events(page3), (std::vector<std::string>{"contact:home_visit", "contact:home_visit"}));
}

TEST_P(TimelineServiceTest, GoalsProgressAndPlanVersionsAreSharedWithTheFamily) {
  const Millis at = clock().Now() + kHour;
  auto tx = database().Begin();
  const std::string goal = NewId(at);
  tx->Execute("INSERT INTO goals (id, family_id, text, status, created_by, created_at, updated_at) "
              "VALUES ($1, $2, 'Go to a baby group', 'achieved', $3, $4, $4)", {goal, family_, parent_.id, at});
  tx->Execute("INSERT INTO goal_progress (id, goal_id, family_id, progress_date, note, by_family, recorded_by, "
              "recorded_at) VALUES ($1, $2, $3, '2025-06-16', 'Went once', 1, $4, $5)",
              {NewId(at), goal, family_, parent_.id, at + 1});
  tx->Execute("INSERT INTO goal_status_changes (id, goal_id, family_id, status, changed_by, changed_at) "
              "VALUES ($1, $2, $3, 'achieved', $4, $5)", {NewId(at), goal, family_, supporter_.id, at + 2});
  tx->Execute("INSERT INTO care_plan_versions (id, family_id, number, what_matters, review_date, saved_by, saved_at) "
              "VALUES ($1, $2, 1, 'Sleep', '2025-08-01', $3, $4)", {NewId(at), family_, supporter_.id, at + 3});
  tx->Commit();
  const auto timeline = w().timeline_service.Read(ActorOf(parent_), family_, {});
  EXPECT_EQ(Events(timeline),
            (std::vector<std::string>{"plan_version:1", "goal_status:Go to a baby group",
                                      "goal_progress:Go to a baby group", "goal_set:Go to a baby group",
                                      "contact:home_visit", "contact:home_visit"}));
  EXPECT_EQ(w().timeline_service.Read(ActorOf(coordinator_), family_, {}).page.total, 12);
}

TEST_P(TimelineServiceTest, AParentSeesOnlyTheirContactsDateAndKind) {
  const auto timeline = w().timeline_service.Read(ActorOf(parent_), family_, {});
  EXPECT_TRUE(timeline.shared_view);
  EXPECT_EQ(Events(timeline), (std::vector<std::string>{"contact:home_visit", "contact:home_visit"}));
  for (const auto& entry : timeline.page.items) EXPECT_EQ(entry.extra, "");
  EXPECT_THROW(w().timeline_service.Read(ActorOf(partner_), family_, {}), AccessRefused);
  EXPECT_THROW(w().timeline_service.Read(ActorOf(other_supporter_), family_, {}), AccessRefused);
  EXPECT_THROW(w().timeline_service.Read(ActorOf(practitioner_), family_, {}), AccessRefused);
}

INSTANTIATE_TEST_SUITE_P(Backends, TimelineServiceTest, ::testing::ValuesIn(test::TestBackends()),
                         test::BackendName);

}  // namespace
}  // namespace alongside
