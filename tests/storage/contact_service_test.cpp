// Contacts on SQLite and PostgreSQL: draft, submit, edit with history, who sees drafts and
// notes, who is refused, and the family's last contact kept up to date.

#include <gtest/gtest.h>

#include "contact_family_fixture.hpp"

namespace alongside {
namespace {

class ContactServiceTest : public test::ContactFamilyTest {
 protected:
  ContactService& contacts() { return w().contact_service; }

  std::vector<std::string> InvalidFields(const std::function<void()>& call) {
    try {
      call();
    } catch (const Invalid& invalid) {
      std::vector<std::string> fields;
      for (const auto& e : invalid.errors()) fields.push_back(e.field);
      return fields;
    }
    ADD_FAILURE() << "expected Invalid";
    return {};
  }
};

TEST_P(ContactServiceTest, DraftThenSubmitThenEditKeepsEveryVersion) {
  const Actor sam = ActorOf(supporter_);
  ContactForm partial;
  partial.kind = "phone";
  partial.notes = "Started writing this on the bus";
  const auto draft = contacts().Create(sam, family_, partial, false);
  EXPECT_TRUE(draft.draft());
  EXPECT_FALSE(LastContactAt(family_));

  // Submitting an incomplete draft names every missing field.
  const auto missing = InvalidFields([&] { contacts().Submit(sam, family_, draft.id); });
  EXPECT_EQ(missing, (std::vector<std::string>{"date", "duration_minutes", "caregiver_ids"}));

  clock().Advance(kMinute);
  const auto submitted = contacts().Save(sam, family_, draft.id, Visit("10 6 2025"), true);
  EXPECT_FALSE(submitted.draft());
  // 10:00 in London in June is 09:00 UTC.
  const Millis june_10_9am_utc = 1'749'546'000'000;
  EXPECT_EQ(submitted.occurred_at, june_10_9am_utc);
  EXPECT_EQ(LastContactAt(family_), june_10_9am_utc);

  clock().Advance(kMinute);
  auto edited_form = Visit("12 6 2025");
  edited_form.notes = "Corrected: it was on Thursday";
  contacts().Save(ActorOf(coordinator_), family_, draft.id, edited_form, false);
  EXPECT_EQ(LastContactAt(family_), june_10_9am_utc + 2 * kDay);

  // Saving the same again changes nothing and keeps no empty version.
  contacts().Save(sam, family_, draft.id, edited_form, false);

  const auto view = contacts().Get(sam, family_, draft.id);
  EXPECT_EQ(view.contact.edit_count, 1);
  EXPECT_EQ(view.contact.details.notes, "Corrected: it was on Thursday");
  ASSERT_EQ(view.revisions.size(), 1u);
  EXPECT_EQ(view.revisions[0].number, 1);
  EXPECT_EQ(view.revisions[0].details.notes, "Talked about night feeds; she felt more confident.");
  EXPECT_EQ(view.revisions[0].details.date, (Date{2025, 6, 10}));
  EXPECT_EQ(view.revisions[0].details.topics, (std::vector<ContactTopic>{ContactTopic::kFeeding, ContactTopic::kSleep}));
  EXPECT_EQ(view.revisions[0].details.caregiver_ids, std::vector<std::string>{caregiver_});
  EXPECT_EQ(view.revisions[0].saved_by_name, "Sam Supporter");
  EXPECT_EQ(view.revisions[0].replaced_by_name, "Chloe Coordinator");
  EXPECT_TRUE(view.may_edit);

  // A submitted contact stays complete.
  auto emptied = edited_form;
  emptied.duration_minutes = "";
  EXPECT_EQ(InvalidFields([&] { contacts().Save(sam, family_, draft.id, emptied, false); }),
            std::vector<std::string>{"duration_minutes"});
}

TEST_P(ContactServiceTest, LastContactIsTheLatestSubmittedWhicheverOrderTheyCome) {
  const Actor sam = ActorOf(supporter_);
  contacts().Create(sam, family_, Visit("12 6 2025", "30", ""), true);
  contacts().Create(sam, family_, Visit("3 6 2025"), true);
  contacts().Create(sam, family_, Visit("14 6 2025"), false);  // a draft does not count
  EXPECT_EQ(LastContactAt(family_), ContactInstant(Date{2025, 6, 12}, std::nullopt));
  EXPECT_EQ(ContactInstant(Date{2025, 6, 12}, std::nullopt), 1'749'682'800'000);  // 23:00 UTC on the 11th
}

TEST_P(ContactServiceTest, SubmittingAContactMovesTheNextContactReminderAtOnce) {
  const Actor sam = ActorOf(supporter_);
  contacts().Create(sam, family_, Visit("3 6 2025"), true);
  auto next = database().Begin(db::TxMode::kRead);
  auto row = next->QueryOne("SELECT next_task_title, next_task_due FROM families WHERE id = $1", {family_});
  next->Commit();
  ASSERT_TRUE(row.has_value());
  EXPECT_EQ(row->Text(0), "Next contact due");
  EXPECT_EQ(row->Text(1), "2025-06-17");  // the programme's default: 14 days after the last contact

  contacts().Create(sam, family_, Visit("12 6 2025"), true);
  next = database().Begin(db::TxMode::kRead);
  row = next->QueryOne("SELECT next_task_due FROM families WHERE id = $1", {family_});
  next->Commit();
  EXPECT_EQ(row->Text(0), "2025-06-26");
}

TEST_P(ContactServiceTest, BadInputIsReportedAtEachFieldAndFutureDatesWaitInDraft) {
  const Actor sam = ActorOf(supporter_);
  ContactForm bad;
  bad.kind = "carrier_pigeon";
  bad.date = "31 2 2025";
  bad.start_time = "25:00";
  bad.duration_minutes = "721";
  bad.caregiver_ids = {"not-one-of-theirs"};
  bad.topics = {"astrology"};
  EXPECT_EQ(InvalidFields([&] { contacts().Create(sam, family_, bad, false); }),
            (std::vector<std::string>{"kind", "date", "start_time", "duration_minutes", "caregiver_ids", "topics"}));
  EXPECT_EQ(Count("contacts"), 0);

  const auto planned = contacts().Create(sam, family_, Visit("20 6 2025"), false);
  EXPECT_EQ(InvalidFields([&] { contacts().Submit(sam, family_, planned.id); }), std::vector<std::string>{"date"});
  clock().Advance(5 * kDay);
  EXPECT_FALSE(contacts().Submit(sam, family_, planned.id).draft());
}

TEST_P(ContactServiceTest, DraftsAreSeenByTheirAuthorAndTheCoordinatorOnly) {
  const auto draft = contacts().Create(ActorOf(supporter_), family_, Visit("10 6 2025"), false);
  contacts().Create(ActorOf(supporter_), family_, Visit("11 6 2025"), true);

  const auto for_coordinator = contacts().List(ActorOf(coordinator_), family_, {});
  EXPECT_EQ(for_coordinator.page.total, 2);
  EXPECT_TRUE(contacts().Get(ActorOf(coordinator_), family_, draft.id).may_edit);

  const auto for_parent = contacts().List(ActorOf(parent_), family_, {});
  EXPECT_EQ(for_parent.page.total, 1);
  EXPECT_TRUE(for_parent.shared_view);
  EXPECT_FALSE(for_parent.may_record);
  EXPECT_THROW(contacts().Get(ActorOf(parent_), family_, draft.id), NotFound);

  // Reassigned to another supporter: the draft's author no longer reaches the family, and
  // the new supporter sees submitted contacts but not someone else's draft.
  {
    auto tx = database().Begin();
    tx->Execute("UPDATE families SET supporter_user_id = $1 WHERE id = $2", {other_supporter_.id, family_});
    tx->Commit();
  }
  EXPECT_EQ(contacts().List(ActorOf(other_supporter_), family_, {}).page.total, 1);
  EXPECT_THROW(contacts().Get(ActorOf(other_supporter_), family_, draft.id), NotFound);
  EXPECT_THROW(contacts().List(ActorOf(supporter_), family_, {}), AccessRefused);
}

TEST_P(ContactServiceTest, AParentSeesTheDateAndKindButNeverTheNotes) {
  const auto contact = contacts().Create(ActorOf(supporter_), family_, Visit("10 6 2025"), true);
  const auto view = contacts().Get(ActorOf(parent_), family_, contact.id);
  EXPECT_TRUE(view.shared_view);
  EXPECT_FALSE(view.may_edit);
  EXPECT_EQ(view.contact.details.kind, ContactKind::kHomeVisit);
  EXPECT_EQ(view.contact.details.date, (Date{2025, 6, 10}));
  EXPECT_EQ(view.contact.details.notes, "");
  EXPECT_EQ(view.contact.details.location, "");
  EXPECT_TRUE(view.contact.details.topics.empty());
  EXPECT_FALSE(view.contact.details.duration_minutes);
  EXPECT_TRUE(view.revisions.empty());
  for (const auto& item : contacts().List(ActorOf(parent_), family_, {}).page.items)
    EXPECT_EQ(item.details.notes, "");
  EXPECT_THROW(contacts().Create(ActorOf(parent_), family_, Visit("10 6 2025"), false), AccessRefused);
  EXPECT_THROW(contacts().Save(ActorOf(parent_), family_, contact.id, Visit("9 6 2025"), false), AccessRefused);
}

TEST_P(ContactServiceTest, PeopleOutsideTheFamilysScopeAreRefusedAndAudited) {
  const auto contact = contacts().Create(ActorOf(supporter_), family_, Visit("10 6 2025"), true);
  for (const User* who : {&other_supporter_, &partner_, &practitioner_, &outsider_}) {
    SCOPED_TRACE(who->name);
    EXPECT_THROW(contacts().List(ActorOf(*who), family_, {}), AccessRefused);
    EXPECT_THROW(contacts().Get(ActorOf(*who), family_, contact.id), AccessRefused);
    EXPECT_THROW(contacts().Create(ActorOf(*who), family_, Visit("10 6 2025"), true), AccessRefused);
  }
  EXPECT_THROW(contacts().List(ActorOf(supporter_), NewId(clock().Now()), {}), NotFound);
  EXPECT_THROW(contacts().Get(ActorOf(supporter_), family_, "not-an-id"), NotFound);

  contacts().List(ActorOf(coordinator_), family_, {});
  contacts().Get(ActorOf(coordinator_), family_, contact.id);
  EXPECT_EQ(AuditEntriesFor("contact.submit").size(), 1u);
  ASSERT_EQ(AuditEntriesFor("contact.list").size(), 1u);
  EXPECT_EQ(AuditEntriesFor("contact.list")[0].record_id, family_);
  EXPECT_EQ(AuditEntriesFor("contact.read").size(), 1u);
  EXPECT_EQ(AuditLogText().find("night feeds"), std::string::npos);
}

TEST_P(ContactServiceTest, NewWorkNeedsAnOpenFamilyThatAgreesToSupport) {
  const auto without_consent = AddFamily("Nia New", supporter_.id, false);
  EXPECT_THROW(contacts().Create(ActorOf(coordinator_), without_consent, Visit("10 6 2025"), false), Conflict);

  const auto draft = contacts().Create(ActorOf(supporter_), family_, Visit("10 6 2025"), false);
  {
    auto tx = database().Begin();
    tx->Execute("UPDATE families SET status = 'closed' WHERE id = $1", {family_});
    tx->Commit();
  }
  EXPECT_THROW(contacts().Submit(ActorOf(coordinator_), family_, draft.id), Conflict);
  EXPECT_THROW(contacts().Create(ActorOf(coordinator_), family_, Visit("10 6 2025"), false), Conflict);
  EXPECT_EQ(contacts().List(ActorOf(coordinator_), family_, {}).page.total, 1);
}

TEST_P(ContactServiceTest, OnlyADraftCanBeDeleted) {
  const Actor sam = ActorOf(supporter_);
  const auto draft = contacts().Create(sam, family_, Visit("10 6 2025"), false);
  const auto submitted = contacts().Create(sam, family_, Visit("11 6 2025"), true);
  EXPECT_THROW(contacts().DeleteDraft(ActorOf(parent_), family_, draft.id), AccessRefused);
  EXPECT_THROW(contacts().DeleteDraft(sam, family_, submitted.id), Conflict);
  contacts().DeleteDraft(sam, family_, draft.id);
  EXPECT_THROW(contacts().Get(sam, family_, draft.id), NotFound);
  EXPECT_EQ(Count("contacts"), 1);
  EXPECT_EQ(AuditEntriesFor("contact.delete").size(), 1u);
}

TEST_P(ContactServiceTest, TheListIsNewestFirstAndPaged) {
  const Actor sam = ActorOf(supporter_);
  for (int day = 1; day <= 5; ++day) contacts().Create(sam, family_, Visit(std::to_string(day) + " 6 2025"), true);
  contacts().Create(sam, family_, ContactForm{}, false);  // an empty draft comes first
  PageRequest first{1, 4};
  const auto page1 = contacts().List(sam, family_, first);
  EXPECT_EQ(page1.page.total, 6);
  ASSERT_EQ(page1.page.items.size(), 4u);
  EXPECT_TRUE(page1.page.items[0].draft());
  EXPECT_EQ(page1.page.items[1].details.date, (Date{2025, 6, 5}));
  EXPECT_EQ(page1.page.items[3].details.date, (Date{2025, 6, 3}));
  const auto page2 = contacts().List(sam, family_, PageRequest{2, 4});
  ASSERT_EQ(page2.page.items.size(), 2u);
  EXPECT_EQ(page2.page.items[1].details.date, (Date{2025, 6, 1}));
}

INSTANTIATE_TEST_SUITE_P(Backends, ContactServiceTest, ::testing::ValuesIn(test::TestBackends()),
                         test::BackendName);

}  // namespace
}  // namespace alongside
