// Tasks on both databases: the schedule's reminders kept in step without duplicates, the
// caseload's next task kept up to date, who may see and change a family's tasks, the
// worker's own list, the programme's schedule and the daily digest sent once a day.

#include <algorithm>

#include "core/tasks/daily_task_job.hpp"
#include "task_family_fixture.hpp"

namespace alongside::test {
namespace {

using TaskServiceTest = TaskFamilyTest;

TEST_P(TaskServiceTest, RefreshIsIdempotentAndKeepsOneOpenReminderPerKind) {
  AddBaby(family_, "2025-12-01");
  Refresh(family_);
  Refresh(family_);
  EXPECT_EQ(TaskLines(family_), (std::vector<std::string>{"first_contact open 2025-07-14"}));
  EXPECT_EQ(NextTask(family_), std::make_pair(std::string("First contact by week 20 of pregnancy"),
                                              std::string("2025-07-14")));
  const auto tasks = w().task_service.ListForFamily(ActorOf(supporter_), family_);
  ASSERT_EQ(tasks.open.size(), 1u);
  EXPECT_EQ(tasks.open[0].assigned_user_id, supporter_.id);
}

TEST_P(TaskServiceTest, ASubmittedContactClosesTheFirstContactAndMovesTheNextContact) {
  AddBaby(family_, "2025-12-01");
  Refresh(family_);
  AddSubmittedContact(family_, "2025-06-10");
  Refresh(family_);
  EXPECT_EQ(TaskLines(family_), (std::vector<std::string>{"first_contact done 2025-07-14",
                                                          "next_contact open 2025-06-24"}));
  AddSubmittedContact(family_, "2025-06-17");
  Refresh(family_);
  Refresh(family_);
  EXPECT_EQ(TaskLines(family_), (std::vector<std::string>{"first_contact done 2025-07-14",
                                                          "next_contact open 2025-07-01"}));
  EXPECT_EQ(NextTask(family_).second, "2025-07-01");
}

TEST_P(TaskServiceTest, AReminderMarkedDoneByHandIsNotReopenedForTheSameDate) {
  Refresh(family_);
  const auto open = w().task_service.ListForFamily(ActorOf(supporter_), family_).open;
  ASSERT_EQ(open.size(), 1u);
  w().task_service.Complete(ActorOf(supporter_), family_, open[0].id);
  Refresh(family_);
  EXPECT_EQ(TaskLines(family_), (std::vector<std::string>{"next_contact done 2025-06-30"}));
  EXPECT_EQ(NextTask(family_), std::make_pair(std::string(), std::string()));
}

TEST_P(TaskServiceTest, ManualTasksKeepTheCaseloadsNextTaskToTheEarliestOpenOne) {
  Refresh(family_);
  const auto added = w().task_service.Create(ActorOf(supporter_), family_, Form("Bring the sling library leaflet", "20/6/2025"));
  EXPECT_EQ(added.assigned_user_id, supporter_.id);  // the family's supporter by default
  EXPECT_EQ(NextTask(family_), std::make_pair(std::string("Bring the sling library leaflet"), std::string("2025-06-20")));
  w().task_service.Edit(ActorOf(supporter_), family_, added.id, Form("Bring the sling leaflet", "1 July 2025"));
  EXPECT_EQ(NextTask(family_), std::make_pair(std::string("Next contact due"), std::string("2025-06-30")));
  w().task_service.Complete(ActorOf(coordinator_), family_, added.id);
  const auto tasks = w().task_service.ListForFamily(ActorOf(coordinator_), family_);
  ASSERT_EQ(tasks.finished.size(), 1u);
  EXPECT_EQ(tasks.finished[0].completed_by_name, "Chloe Coordinator");
  EXPECT_THROW(w().task_service.Complete(ActorOf(supporter_), family_, added.id), Conflict);
  EXPECT_EQ(AuditEntriesFor("task.create").size(), 1u);
  EXPECT_EQ(AuditEntriesFor("task.complete").size(), 1u);
}

TEST_P(TaskServiceTest, BadTaskInputIsReportedAtEachFieldAndGeneratedTasksAreNotEdited) {
  try {
    w().task_service.Create(ActorOf(supporter_), family_, {"", "31/2/2025", "not-a-person", false});
    FAIL() << "expected Invalid";
  } catch (const Invalid& invalid) {
    ASSERT_EQ(invalid.errors().size(), 3u);
    EXPECT_EQ(invalid.errors()[0].field, "title");
    EXPECT_EQ(invalid.errors()[1].message, "Enter a real date, like 14 3 2027");
    EXPECT_EQ(invalid.errors()[2].field, "assigned_user_id");
  }
  Refresh(family_);
  const auto generated = w().task_service.ListForFamily(ActorOf(supporter_), family_).open.at(0);
  EXPECT_THROW(w().task_service.Edit(ActorOf(supporter_), family_, generated.id, Form("Other", "1/7/2025")), Conflict);
  EXPECT_EQ(Count("tasks"), 1);
}

TEST_P(TaskServiceTest, OnlyWorkersWhoReachTheFamilyChangeItsTasksAndAParentSeesWhatIsShared) {
  w().task_service.Create(ActorOf(supporter_), family_, Form("Private reminder", "20/6/2025"));
  w().task_service.Create(ActorOf(supporter_), family_, Form("Bring the baby book", "21/6/2025", true));
  for (const User* refused : {&other_supporter_, &practitioner_, &outsider_}) {
    EXPECT_THROW(w().task_service.ListForFamily(ActorOf(*refused), family_), AccessRefused) << refused->name;
    EXPECT_THROW(w().task_service.Create(ActorOf(*refused), family_, Form("x", "20/6/2025")), AccessRefused);
  }
  EXPECT_THROW(w().task_service.Create(ActorOf(parent_), family_, Form("x", "20/6/2025")), AccessRefused);
  const auto shared = w().task_service.ListForFamily(ActorOf(parent_), family_);
  EXPECT_TRUE(shared.shared_view);
  EXPECT_FALSE(shared.may_change);
  ASSERT_EQ(shared.open.size(), 1u);
  EXPECT_EQ(shared.open[0].title, "Bring the baby book");
  EXPECT_THROW(w().task_service.Complete(ActorOf(parent_), family_, shared.open[0].id), AccessRefused);
  EXPECT_THROW(w().task_service.MyTasks(ActorOf(parent_), {}), AccessRefused);
  EXPECT_THROW(w().task_service.ListForFamily(ActorOf(supporter_), "not-an-id"), NotFound);
}

TEST_P(TaskServiceTest, MyTasksListsOverdueFirstWithinScopeOnly) {
  const auto unassigned = AddFamily("Uma Unassigned", "", true);
  const auto elsewhere = AddFamilyElsewhere("Hattie Hillside");
  w().task_service.Create(ActorOf(supporter_), family_, Form("Later", "30/6/2025"));
  w().task_service.Create(ActorOf(supporter_), family_, Form("Overdue", "10/6/2025"));
  w().task_service.Create(ActorOf(coordinator_), unassigned, Form("Find a supporter", "17/6/2025"));
  w().task_service.Create(ActorOf(outsider_), elsewhere, Form("Not ours", "1/6/2025"));

  const auto mine = w().task_service.MyTasks(ActorOf(supporter_), {});
  ASSERT_EQ(mine.items.size(), 2u);
  EXPECT_EQ(mine.items[0].task.title, "Overdue");
  EXPECT_TRUE(mine.items[0].task.OverdueOn(w().task_service.Today()));
  EXPECT_EQ(mine.items[0].family_display_name, "Priya Parent");
  EXPECT_EQ(w().task_service.MyTasks(ActorOf(other_supporter_), {}).total, 0);
  const auto coordinator = w().task_service.MyTasks(ActorOf(coordinator_), {});
  ASSERT_EQ(coordinator.items.size(), 1u);  // nobody holds it; the supporter's own are theirs
  EXPECT_EQ(coordinator.items[0].task.title, "Find a supporter");

  CloseFamily(family_);
  EXPECT_EQ(w().task_service.MyTasks(ActorOf(supporter_), {}).total, 0);
}

TEST_P(TaskServiceTest, ABirthRecordedOrAPlanSavedMovesTheRemindersAtOnceWithoutTheDailyJob) {
  BabyForm born;
  born.birth_date = "14 6 2025";
  w().family_service.AddBabies(ActorOf(supporter_), family_, born);
  const auto after_birth = TaskLines(family_);
  EXPECT_NE(std::find_if(after_birth.begin(), after_birth.end(),
                         [](const std::string& line) { return line.starts_with("after_birth_contact open 2025-06-"); }),
            after_birth.end());

  w().care_plan_service.Save(ActorOf(supporter_), family_, {"Rest and feeding", "1 9 2025", {{"Me", "Nap", ""}}});
  const auto lines = TaskLines(family_);
  EXPECT_NE(std::find(lines.begin(), lines.end(), "plan_review open 2025-09-01"), lines.end());
  EXPECT_EQ(NextTask(family_).first.rfind("Contact within", 0), 0u);
}

TEST_P(TaskServiceTest, ClosingAFamilyCancelsItsReminders) {
  Refresh(family_);
  CloseFamily(family_);
  Refresh(family_);
  EXPECT_EQ(TaskLines(family_), (std::vector<std::string>{"next_contact cancelled 2025-06-30"}));
  EXPECT_EQ(NextTask(family_).first, "");
  EXPECT_THROW(w().task_service.Create(ActorOf(supporter_), family_, Form("x", "20/6/2025")), Conflict);
}

TEST_P(TaskServiceTest, ACoordinatorChangesTheScheduleAndOpenRemindersMoveAtOnce) {
  Refresh(family_);
  const auto other = AddFamilyElsewhere("Hattie Hillside");
  Refresh(other);
  EXPECT_EQ(w().schedule_service.Get(ActorOf(supporter_)).schedule, ProgrammeSchedule{});
  EXPECT_FALSE(w().schedule_service.Get(ActorOf(supporter_)).may_change);
  EXPECT_THROW(w().schedule_service.Save(ActorOf(supporter_), {"7", "20", "7", "12"}), AccessRefused);
  EXPECT_THROW(w().schedule_service.Get(ActorOf(practitioner_)), AccessRefused);
  EXPECT_THROW(w().schedule_service.Save(ActorOf(coordinator_), {"0", "20", "7", "12"}), Invalid);

  const auto saved = w().schedule_service.Save(ActorOf(coordinator_), {"7", "20", "7", "12"});
  EXPECT_EQ(saved.schedule.contact_interval_days, 7);
  EXPECT_EQ(w().schedule_service.Get(ActorOf(supporter_)).schedule.contact_interval_days, 7);
  EXPECT_EQ(TaskLines(family_), (std::vector<std::string>{"next_contact open 2025-06-23"}));
  EXPECT_EQ(TaskLines(other), (std::vector<std::string>{"next_contact open 2025-06-30"}));  // another programme
  EXPECT_EQ(AuditEntriesFor("schedule.update").size(), 1u);
}

TEST_P(TaskServiceTest, TheDigestGoesOnceADayWithCountsAndFamilyNamesOnly) {
  AddFamily("Nina Nobody-Due", other_supporter_.id, true);
  w().task_service.Create(ActorOf(supporter_), family_, Form("Safeguarding follow-up", "10/6/2025"));
  w().task_service.Create(ActorOf(supporter_), family_, Form("Call back", "16/6/2025"));
  w().task_service.Create(ActorOf(supporter_), family_, Form("Not yet", "30/6/2025"));

  EXPECT_EQ(w().task_digest_service.SendDigests(), 1);
  auto emails = Outbox();
  ASSERT_EQ(emails.size(), 1u);
  EXPECT_EQ(emails[0].to, "sam@example.org");
  EXPECT_EQ(emails[0].subject, "Your tasks for 16 June 2025: 1 overdue, 1 due today");
  EXPECT_NE(emails[0].body.find("Priya Parent"), std::string::npos);
  EXPECT_NE(emails[0].body.find("/tasks"), std::string::npos);
  EXPECT_EQ(emails[0].body.find("Safeguarding"), std::string::npos);  // no task titles leave the system

  EXPECT_EQ(w().task_digest_service.SendDigests(), 0);
  clock().Advance(2 * kHour);
  EXPECT_EQ(w().task_digest_service.SendDigests(), 0);
  EXPECT_EQ(Outbox().size(), 1u);

  clock().Advance(kDay);
  EXPECT_EQ(w().task_digest_service.SendDigests(), 1);
  EXPECT_EQ(Outbox()[0].subject, "Your tasks for 17 June 2025: 2 overdue");
  EXPECT_EQ(Count("task_digests"), 2);
}

TEST_P(TaskServiceTest, TheDailyJobRefreshesEveryOpenFamilyThenSendsDigests) {
  AddSubmittedContact(family_, "2025-06-01");
  const auto run = RunDailyTaskJob(w().task_service, w().task_digest_service);
  EXPECT_EQ(run.families_refreshed, 1);
  EXPECT_EQ(run.digests_queued, 1);  // next contact was due on 15 June
  EXPECT_EQ(NextTask(family_), std::make_pair(std::string("Next contact due"), std::string("2025-06-15")));
  EXPECT_EQ(RunDailyTaskJob(w().task_service, w().task_digest_service).digests_queued, 0);
}

TEST_P(TaskServiceTest, AFinishedDailyJobIsRememberedForTheRestOfTheUkDayOnly) {
  EXPECT_FALSE(w().task_digest_service.DailyJobFinishedToday());
  w().task_digest_service.RecordDailyJobFinished();
  w().task_digest_service.RecordDailyJobFinished();  // a second server finishing too is harmless
  EXPECT_TRUE(w().task_digest_service.DailyJobFinishedToday());
  clock().Advance(kDay);
  EXPECT_FALSE(w().task_digest_service.DailyJobFinishedToday());
}

INSTANTIATE_TEST_SUITE_P(Backends, TaskServiceTest, ::testing::ValuesIn(TestBackends()), BackendName);

}  // namespace
}  // namespace alongside::test
