// Training and supervision on both databases: the usual modules in one click, a session
// whose attendance completes its module and gives its hours (and takes both back when
// unmarked), refreshers due, logging supervision with a reflective note that only the
// supervisor and the supervisee may read (a second coordinator of the same programme and
// another volunteer are refused), who is overdue, wellbeing check-ins, and the refusals
// to other programmes' coordinators and to volunteers reading someone else's record.

#include "volunteer_fixture.hpp"

namespace alongside::test {
namespace {

std::vector<std::string> Fields(const Invalid& invalid) {
  std::vector<std::string> out;
  for (const auto& e : invalid.errors()) out.push_back(e.field);
  return out;
}

class TrainingSupervisionTest : public VolunteerTest {
 protected:
  TrainingService& training() { return w().training_service; }
  SupervisionService& supervision() { return w().supervision_service; }

  std::string ModuleNamed(const std::string& name) {
    for (const auto& m : training().Modules(ActorOf(coordinator_), programme_.id))
      if (m.name == name) return m.id;
    ADD_FAILURE() << "no module " << name;
    return "";
  }

  TrainingSession Session(const std::string& module_id, const std::string& held_on, const std::string& capacity = "") {
    SessionForm form{module_id, held_on, "18:30", "120", "Tess Trainer", "Riverside Children's Centre", capacity};
    return training().CreateSession(ActorOf(coordinator_), programme_.id, form);
  }

  std::vector<TimeEntry> TimeOf(const std::string& volunteer_id) {
    auto tx = database().Begin(db::TxMode::kRead);
    auto entries = w().volunteer_records.TimeFor(*tx, volunteer_id, std::nullopt, std::nullopt);
    tx->Commit();
    return entries;
  }

  SupervisionForm OneToOne(const std::string& volunteer_id, const std::string& note) {
    SupervisionForm form;
    form.kind = "one_to_one";
    form.held_on = "2025-06-16";
    form.duration_minutes = "60";
    form.volunteer_ids = {volunteer_id};
    form.themes = {"boundaries", "own_wellbeing"};
    form.actions = "Sam to book the safeguarding refresher";
    form.note = note;
    return form;
  }
};

TEST_P(TrainingSupervisionTest, TheUsualModulesAreAddedOnceInOneClick) {
  const auto coordinator = ActorOf(coordinator_);
  const auto added = training().AddUsualModules(coordinator, programme_.id);
  EXPECT_EQ(added.size(), training().UsualModules().size());
  EXPECT_GE(added.size(), 5u);
  EXPECT_TRUE(training().AddUsualModules(coordinator, programme_.id).empty());
  EXPECT_EQ(training().Modules(coordinator, programme_.id).size(), added.size());
  try {
    training().AddModule(coordinator, programme_.id, {"Boundaries", "boundaries", "", "", false, "", ""});
    FAIL() << "expected Invalid";
  } catch (const Invalid& invalid) {
    EXPECT_EQ(Fields(invalid), std::vector<std::string>{"name"});
  }
  try {
    training().AddModule(coordinator, programme_.id, {"", "knitting", "", "0", true, "", ""});
    FAIL() << "expected Invalid";
  } catch (const Invalid& invalid) {
    EXPECT_EQ(Fields(invalid), (std::vector<std::string>{"name", "topic", "refresher_months", "accredited_hours"}));
  }
  const auto own = training().AddModule(coordinator, programme_.id,
                                        {"Level 2 Peer Support", "other", "", "", true, "40", "Open College Network"});
  EXPECT_EQ(own.accredited_hours, 40);
  EXPECT_THROW(training().AddUsualModules(ActorOf(outsider_), programme_.id), AccessRefused);
  EXPECT_THROW(training().Modules(ActorOf(supporter_), programme_.id), AccessRefused);
}

TEST_P(TrainingSupervisionTest, AttendingASessionCompletesItsModuleAndGivesItsHoursUntilUnmarked) {
  const auto coordinator = ActorOf(coordinator_);
  training().AddUsualModules(coordinator, programme_.id);
  const auto safeguarding = ModuleNamed("Safeguarding adults and children");
  const auto session = Session(safeguarding, "2025-06-10");

  auto attendance = training().MarkAttendance(coordinator, session.id, {{sam_, true}, {oli_, false}});
  EXPECT_EQ(attendance.session.attended_count, 1);
  ASSERT_EQ(attendance.rows.size(), 2u);

  auto sam = training().ForVolunteer(coordinator, sam_);
  ASSERT_EQ(sam.completions.size(), 1u);
  EXPECT_EQ(IsoDate(sam.completions[0].completed_on), "2025-06-10");
  EXPECT_EQ(sam.completions[0].source_session_id, session.id);
  const auto time = TimeOf(sam_);
  ASSERT_EQ(time.size(), 1u);
  EXPECT_EQ(time[0].activity, TimeActivity::kTraining);
  EXPECT_EQ(time[0].minutes, 120);
  EXPECT_TRUE(TimeOf(oli_).empty());
  EXPECT_TRUE(training().ForVolunteer(coordinator, oli_).completions.empty());
  for (const auto& row : sam.modules)
    if (row.module.id == safeguarding) {
      EXPECT_EQ(row.refresher.state, RefresherState::kCurrent);
      EXPECT_EQ(IsoDate(*row.refresher.due_on), "2026-06-10");
    }

  // Marking again does not double anything; unmarking takes both back.
  training().MarkAttendance(coordinator, session.id, {{sam_, true}});
  EXPECT_EQ(TimeOf(sam_).size(), 1u);
  training().MarkAttendance(coordinator, session.id, {{sam_, false}});
  EXPECT_TRUE(TimeOf(sam_).empty());
  EXPECT_TRUE(training().ForVolunteer(coordinator, sam_).completions.empty());
}

TEST_P(TrainingSupervisionTest, AttendanceIsRefusedBeforeTheSessionAndBeyondItsPlaces) {
  const auto coordinator = ActorOf(coordinator_);
  training().AddUsualModules(coordinator, programme_.id);
  const auto future = Session(ModuleNamed("Boundaries"), "2025-07-01");
  EXPECT_THROW(training().MarkAttendance(coordinator, future.id, {{sam_, true}}), Invalid);
  const auto small = Session(ModuleNamed("Boundaries"), "2025-06-01", "1");
  EXPECT_THROW(training().MarkAttendance(coordinator, small.id, {{sam_, true}, {oli_, true}}), Invalid);
  EXPECT_TRUE(TimeOf(sam_).empty());  // the whole change rolled back
  try {
    Session("not-a-module", "someday");
    FAIL() << "expected Invalid";
  } catch (const Invalid& invalid) {
    EXPECT_EQ(Fields(invalid), (std::vector<std::string>{"module_id", "held_on"}));
  }
  EXPECT_THROW(training().MarkAttendance(ActorOf(outsider_), small.id, {{sam_, true}}), AccessRefused);
  EXPECT_THROW(training().Attendance(ActorOf(supporter_), small.id), AccessRefused);
}

TEST_P(TrainingSupervisionTest, AVolunteerReadsTheirOwnTrainingOnlyAndRefreshersDueReachTheCoordinator) {
  const auto coordinator = ActorOf(coordinator_);
  training().AddUsualModules(coordinator, programme_.id);
  const auto safeguarding = ModuleNamed("Safeguarding adults and children");
  try {
    training().RecordCompletion(coordinator, sam_, {safeguarding, "2025-07-01", ""});
    FAIL() << "expected Invalid";
  } catch (const Invalid& invalid) {
    EXPECT_EQ(Fields(invalid), std::vector<std::string>{"completed_on"});
  }
  training().RecordCompletion(coordinator, sam_, {safeguarding, "2024-06-20", "Done with the council"});
  training().RecordCompletion(coordinator, oli_, {safeguarding, "2024-01-02", ""});

  const auto own = training().ForVolunteer(ActorOf(supporter_), sam_);
  EXPECT_FALSE(own.may_change);
  EXPECT_EQ(own.completions.size(), 1u);
  EXPECT_THROW(training().ForVolunteer(ActorOf(supporter_), oli_), AccessRefused);
  EXPECT_THROW(training().RecordCompletion(ActorOf(supporter_), sam_, {safeguarding, "2025-06-01", ""}), AccessRefused);
  EXPECT_THROW(training().ForVolunteer(ActorOf(outsider_), sam_), AccessRefused);

  const auto due = training().RefreshersDue(coordinator);
  ASSERT_EQ(due.size(), 2u);
  EXPECT_EQ(due[0].volunteer.id, oli_);
  EXPECT_TRUE(due[0].overdue);
  EXPECT_EQ(due[1].volunteer.id, sam_);
  EXPECT_FALSE(due[1].overdue);
  EXPECT_EQ(IsoDate(due[1].due_on), "2025-06-20");
  EXPECT_TRUE(training().RefreshersDue(ActorOf(outsider_)).empty());
  EXPECT_TRUE(training().RefreshersDue(ActorOf(supporter_)).empty());
}

TEST_P(TrainingSupervisionTest, TheReflectiveNoteIsForTheSupervisorAndTheSuperviseeOnly) {
  const auto coordinator = ActorOf(coordinator_);
  const auto second = AddUser("Cara Second", "cara@example.org", Role::kCoordinator, programme_.id);
  const auto session = supervision().Log(coordinator, programme_.id, OneToOne(sam_, "Sam found the ending hard."));
  EXPECT_TRUE(session.has_note);

  EXPECT_EQ(supervision().ReadNote(coordinator, session.id).body, "Sam found the ending hard.");
  EXPECT_EQ(supervision().ReadNote(ActorOf(supporter_), session.id).body, "Sam found the ending hard.");
  EXPECT_THROW(supervision().ReadNote(ActorOf(second), session.id), AccessRefused);
  EXPECT_THROW(supervision().ReadNote(ActorOf(other_supporter_), session.id), AccessRefused);
  EXPECT_THROW(supervision().ReadNote(ActorOf(outsider_), session.id), AccessRefused);
  EXPECT_THROW(supervision().WriteNote(ActorOf(second), session.id, "changed"), AccessRefused);

  // The second coordinator sees the session on Sam's page, but not the note.
  const auto seen = supervision().ForVolunteer(ActorOf(second), sam_);
  ASSERT_EQ(seen.sessions.size(), 1u);
  EXPECT_FALSE(seen.sessions[0].may_read_note);
  EXPECT_FALSE(seen.sessions[0].note);
  EXPECT_EQ(seen.sessions[0].session.actions, "Sam to book the safeguarding refresher");
  const auto own = supervision().ForVolunteer(ActorOf(supporter_), sam_);
  ASSERT_TRUE(own.sessions[0].note);
  EXPECT_FALSE(own.may_log);
  EXPECT_THROW(supervision().ForVolunteer(ActorOf(other_supporter_), sam_), AccessRefused);

  // The supervisee may add to their note.
  supervision().WriteNote(ActorOf(supporter_), session.id, "Sam found the ending hard. Better now.");
  EXPECT_EQ(supervision().ReadNote(coordinator, session.id).body, "Sam found the ending hard. Better now.");

  const auto time = TimeOf(sam_);
  ASSERT_EQ(time.size(), 1u);
  EXPECT_EQ(time[0].activity, TimeActivity::kSupervision);
  EXPECT_EQ(time[0].minutes, 60);
  EXPECT_FALSE(AuditEntries().empty());
}

TEST_P(TrainingSupervisionTest, LoggingSupervisionChecksEachField) {
  const auto coordinator = ActorOf(coordinator_);
  auto form = OneToOne(sam_, "");
  form.volunteer_ids = {sam_, oli_};
  form.held_on = "2025-06-30";
  form.duration_minutes = "0";
  form.themes = {"gossip"};
  try {
    supervision().Log(coordinator, programme_.id, form);
    FAIL() << "expected Invalid";
  } catch (const Invalid& invalid) {
    EXPECT_EQ(Fields(invalid), (std::vector<std::string>{"held_on", "duration_minutes", "volunteer_ids", "themes"}));
  }
  auto group = OneToOne(sam_, "not for a group");
  group.kind = "group";
  group.volunteer_ids = {sam_, oli_};
  try {
    supervision().Log(coordinator, programme_.id, group);
    FAIL() << "expected Invalid";
  } catch (const Invalid& invalid) {
    EXPECT_EQ(Fields(invalid), std::vector<std::string>{"note"});
  }
  group.note = "";
  const auto logged = supervision().Log(coordinator, programme_.id, group);
  EXPECT_EQ(logged.volunteer_ids.size(), 2u);
  EXPECT_THROW(supervision().ReadNote(coordinator, logged.id), NotFound);
  EXPECT_THROW(supervision().Log(ActorOf(outsider_), programme_.id, OneToOne(sam_, "")), AccessRefused);
  EXPECT_THROW(supervision().Log(ActorOf(supporter_), programme_.id, OneToOne(sam_, "")), AccessRefused);
}

TEST_P(TrainingSupervisionTest, OverdueSupervisionIsFlaggedToTheCoordinator) {
  const auto coordinator = ActorOf(coordinator_);
  supervision().Log(coordinator, programme_.id, OneToOne(sam_, ""));
  const auto statuses = supervision().Statuses(coordinator);
  ASSERT_EQ(statuses.size(), 2u);
  EXPECT_EQ(statuses[0].volunteer.id, oli_);  // never supervised since January
  EXPECT_TRUE(statuses[0].due.overdue);
  EXPECT_EQ(statuses[1].volunteer.id, sam_);
  EXPECT_FALSE(statuses[1].due.overdue);
  EXPECT_EQ(IsoDate(*statuses[1].due.last), "2025-06-16");
  EXPECT_EQ(IsoDate(*statuses[1].due.next_due), "2025-06-30");  // past Sam's 12 early weeks: fortnightly

  const auto overdue = supervision().Overdue(coordinator);
  ASSERT_EQ(overdue.size(), 1u);
  EXPECT_EQ(overdue[0].volunteer.id, oli_);
  EXPECT_TRUE(supervision().Overdue(ActorOf(outsider_)).empty());
  EXPECT_THROW(supervision().Statuses(ActorOf(supporter_)), AccessRefused);
}

TEST_P(TrainingSupervisionTest, AVolunteerChecksInOnTheirOwnWellbeing) {
  EXPECT_THROW(supervision().CheckIn(ActorOf(supporter_), sam_, {"", "0", "", false}), Invalid);
  const auto check_in = supervision().CheckIn(ActorOf(supporter_), sam_, {"", "2", "A tiring week", true});
  EXPECT_EQ(IsoDate(check_in.checked_on), "2025-06-16");
  EXPECT_THROW(supervision().CheckIn(ActorOf(supporter_), oli_, {"", "4", "", false}), AccessRefused);
  EXPECT_THROW(supervision().CheckIn(ActorOf(outsider_), sam_, {"", "4", "", false}), AccessRefused);
  const auto seen = supervision().ForVolunteer(ActorOf(coordinator_), sam_);
  ASSERT_EQ(seen.check_ins.size(), 1u);
  EXPECT_TRUE(seen.check_ins[0].follow_up);
  EXPECT_EQ(seen.check_ins[0].score, 2);
}

INSTANTIATE_TEST_SUITE_P(Backends, TrainingSupervisionTest, ::testing::ValuesIn(TestBackends()), BackendName);

}  // namespace
}  // namespace alongside::test
