// Sensitive notes on SQLite and PostgreSQL: only workers who need to know read or add them,
// never a family member's own account (the partner case: both parents linked, a disclosure
// of intimate partner violence must reach neither), and every view is audited.

#include <gtest/gtest.h>

#include "privacy_family_fixture.hpp"

namespace alongside {
namespace {

class SensitiveNoteServiceTest : public test::PrivacyFamilyTest {
 protected:
  SensitiveNote AddDisclosure() {
    clock().Advance(kMinute);
    return w().sensitive_note_service.Add(ActorOf(supporter_), family_,
                                          {"intimate_partner_violence", "Mia said Pat shouted and pushed her."});
  }
};

TEST_P(SensitiveNoteServiceTest, TheAssignedSupporterAddsANoteThatTheProgrammesWorkersRead) {
  const auto note = AddDisclosure();
  EXPECT_EQ(note.category, SensitiveCategory::kIntimatePartnerViolence);
  clock().Advance(kMinute);
  w().sensitive_note_service.Add(ActorOf(coordinator_), family_, {"safeguarding", "  Referred to the MARAC.  "});

  for (const User* who : {&coordinator_, &supporter_, &team_practitioner_}) {
    clock().Advance(kSecond);
    const auto notes = w().sensitive_note_service.List(ActorOf(*who), family_, {});
    ASSERT_EQ(notes.notes.total, 2) << who->name;
    EXPECT_EQ(notes.notes.items[0].body, "Referred to the MARAC.") << "newest first, trimmed";
    EXPECT_EQ(notes.notes.items[0].recorded_by_name, "Kit Coordinator");
    EXPECT_EQ(notes.notes.items[1].category, SensitiveCategory::kIntimatePartnerViolence);
    EXPECT_TRUE(notes.may_add);
  }
  const auto reads = AuditEntriesFor("sensitive.read");
  ASSERT_EQ(reads.size(), 3u) << "every view is audited";
  EXPECT_EQ(reads[0].actor_user_id, team_practitioner_.id);
  EXPECT_EQ(reads[0].record_id, family_);
  EXPECT_EQ(AuditEntriesFor("sensitive.create").size(), 2u);
  EXPECT_EQ(AuditLogText().find("pushed"), std::string::npos) << "the audit log never holds the note";
}

TEST_P(SensitiveNoteServiceTest, NoFamilyMemberAndNoOneWithoutNeedToKnowReadsOrAdds) {
  AddDisclosure();
  for (const User* who : {&mother_, &partner_, &stranger_, &member_, &commissioner_, &admin_, &unassigned_,
                          &other_practitioner_}) {
    ExpectRefused(*who, [&](const Actor& a) { w().sensitive_note_service.List(a, family_, {}); },
                  "family_sensitive.read");
    ExpectRefused(*who, [&](const Actor& a) { w().sensitive_note_service.Add(a, family_, {"poverty", "x"}); },
                  "family_sensitive.create");
  }
  EXPECT_TRUE(Reaches(partner_)) << "the partner does reach the family's shared record";
  EXPECT_FALSE(Reaches(partner_, Resource::kFamilySensitive));
  EXPECT_EQ(Count("sensitive_notes"), 1);
  EXPECT_TRUE(AuditEntriesFor("sensitive.read").empty());
}

TEST_P(SensitiveNoteServiceTest, TheSupporterLosesTheNotesWhenSupportIsWithdrawn) {
  AddDisclosure();
  clock().Advance(kMinute);
  ConsentForm withdraw = Decision("support", "withdrawn");
  w().consent_service.Record(ActorOf(coordinator_), family_, withdraw, true);
  ExpectRefused(supporter_, [&](const Actor& a) { w().sensitive_note_service.List(a, family_, {}); },
                "family_sensitive.read");
  EXPECT_EQ(w().sensitive_note_service.List(ActorOf(coordinator_), family_, {}).notes.total, 1)
      << "the programme can still read and add to the record";
}

TEST_P(SensitiveNoteServiceTest, BadInputIsReportedAtEachField) {
  try {
    w().sensitive_note_service.Add(ActorOf(supporter_), family_, {"gossip", "   "});
    ADD_FAILURE() << "accepted";
  } catch (const Invalid& invalid) {
    ASSERT_EQ(invalid.errors().size(), 2u);
    EXPECT_EQ(invalid.errors()[0].field, "category");
    EXPECT_EQ(invalid.errors()[1].field, "body");
  }
  EXPECT_THROW(w().sensitive_note_service.Add(ActorOf(supporter_), family_, {"poverty", std::string(5001, 'a')}),
               Invalid);
  EXPECT_EQ(Count("sensitive_notes"), 0);
}

TEST_P(SensitiveNoteServiceTest, AnUnknownFamilyIsNotFound) {
  EXPECT_THROW(w().sensitive_note_service.List(ActorOf(coordinator_), NewId(clock().Now()), {}), NotFound);
  EXPECT_THROW(w().sensitive_note_service.List(ActorOf(coordinator_), "not-an-id", {}), NotFound);
}

INSTANTIATE_TEST_SUITE_P(Backends, SensitiveNoteServiceTest, ::testing::ValuesIn(test::TestBackends()),
                         test::BackendName);

}  // namespace
}  // namespace alongside
