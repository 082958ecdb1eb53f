// Linking a parent's own account to a caregiver, on SQLite and PostgreSQL: only the
// programme links, only a parent account, one caregiver per account in a family; once
// linked the parent reaches the family's shared record (never its sensitive notes), and an
// unlink takes that away. Every change is audited.

#include <gtest/gtest.h>

#include "privacy_family_fixture.hpp"

namespace alongside {
namespace {

class ParentLinkTest : public test::PrivacyFamilyTest {
 protected:
  std::string ErrorAtEmail(const User& who, const std::string& caregiver_id, const std::string& email) {
    try {
      w().parent_link_service.Link(ActorOf(who), family_, caregiver_id, email);
    } catch (const Invalid& invalid) {
      EXPECT_EQ(invalid.errors().at(0).field, "email");
      return invalid.errors().at(0).message;
    }
    return "";
  }
};

TEST_P(ParentLinkTest, TheCoordinatorLinksAParentWhoThenReachesTheFamilyButNotItsSensitiveNotes) {
  w().parent_link_service.Unlink(ActorOf(coordinator_), family_, pat_caregiver_);
  EXPECT_FALSE(Reaches(partner_));
  ASSERT_FALSE(Reaches(stranger_));

  const auto linked = w().parent_link_service.Link(ActorOf(coordinator_), family_, pat_caregiver_, " SOL@example.org ");
  EXPECT_EQ(linked.linked_user_id, stranger_.id);
  EXPECT_EQ(linked.linked_email, "sol@example.org");
  EXPECT_TRUE(Reaches(stranger_));
  EXPECT_TRUE(OnTheirList(stranger_)) << "the parent's own scope lists their family";
  EXPECT_FALSE(Reaches(stranger_, Resource::kFamilySensitive));
  EXPECT_FALSE(Reaches(stranger_, Resource::kFamily, Action::kUpdate));

  const auto links = w().parent_link_service.List(ActorOf(coordinator_), family_);
  ASSERT_EQ(links.caregivers.size(), 2u);
  EXPECT_EQ(links.caregivers[1].linked_name, "Sol Stranger");
  EXPECT_TRUE(links.may_link);
  EXPECT_EQ(AuditEntriesFor("caregiver.link").size(), 1u);
  EXPECT_EQ(AuditEntriesFor("caregiver.unlink").size(), 1u);
}

TEST_P(ParentLinkTest, UnlinkingTakesTheFamilyAway) {
  ASSERT_TRUE(Reaches(partner_));
  w().parent_link_service.Unlink(ActorOf(coordinator_), family_, pat_caregiver_);
  EXPECT_FALSE(Reaches(partner_));
  EXPECT_FALSE(OnTheirList(partner_));
  EXPECT_TRUE(Reaches(mother_));
  EXPECT_THROW(w().parent_link_service.Unlink(ActorOf(coordinator_), family_, pat_caregiver_), Conflict);
}

TEST_P(ParentLinkTest, OnlyAParentAccountNotLinkedElsewhereInTheFamilyCanBeLinked) {
  EXPECT_NE(ErrorAtEmail(coordinator_, pat_caregiver_, ""), "");
  EXPECT_NE(ErrorAtEmail(coordinator_, pat_caregiver_, "not an email"), "");
  EXPECT_NE(ErrorAtEmail(coordinator_, pat_caregiver_, "nobody@example.org").find("no account"), std::string::npos);
  EXPECT_NE(ErrorAtEmail(coordinator_, pat_caregiver_, "rae@example.org").find("not a parent"), std::string::npos);
  EXPECT_NE(ErrorAtEmail(coordinator_, pat_caregiver_, "mia@example.org").find("already linked to Mia Mother"),
            std::string::npos);
  EXPECT_TRUE(AuditEntriesFor("caregiver.link").empty());
}

TEST_P(ParentLinkTest, SupportersAndFamilyMembersCannotLink) {
  for (const User* who : {&supporter_, &mother_, &unassigned_, &other_practitioner_, &admin_}) {
    ExpectRefused(
        *who, [&](const Actor& a) { w().parent_link_service.Link(a, family_, pat_caregiver_, "sol@example.org"); },
        "family.update");
    ExpectRefused(*who, [&](const Actor& a) { w().parent_link_service.Unlink(a, family_, mia_caregiver_); },
                  "family.update");
  }
  const auto seen_by_supporter = w().parent_link_service.List(ActorOf(supporter_), family_);
  EXPECT_FALSE(seen_by_supporter.may_link);
  EXPECT_EQ(seen_by_supporter.caregivers[0].linked_email, "") << "which account is linked is the programme's business";
  EXPECT_FALSE(seen_by_supporter.caregivers[0].linked_user_id.empty());
}

TEST_P(ParentLinkTest, ACaregiverOfAnotherFamilyIsNotFound) {
  EXPECT_THROW(w().parent_link_service.Get(ActorOf(coordinator_), family_, NewId(clock().Now())), NotFound);
}

INSTANTIATE_TEST_SUITE_P(Backends, ParentLinkTest, ::testing::ValuesIn(test::TestBackends()), test::BackendName);

}  // namespace
}  // namespace alongside
