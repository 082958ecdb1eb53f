// Goal areas scored over time on SQLite and PostgreSQL: settings versions (defaults stored when
// first changed or first used), scoring a point and scoring it again (history kept), the
// programme's distance travelled within each person's reach, and refusals by role.

#include <gtest/gtest.h>

#include "core/common/data_file.hpp"
#include "goal_test_families.hpp"

namespace alongside {
namespace {

class OutcomeServiceTest : public test::GoalFamilyTest {
 protected:
  OutcomeService& outcomes() { return w().outcome_service; }
  OutcomeSettingsService& settings() { return w().outcome_settings_service; }

  /// Scores every area in use: `first` for the first area, the rest 5.
  OutcomeScoring ScoreFamily(const Actor& actor, const std::string& family_id, const std::string& point, int first,
                             const std::string& date = "2025-06-16") {
    ScoringForm form{point, date, "Feeling more settled", {}};
    for (const auto& area : settings().defaults().areas) form.scores[area.code] = "5";
    form.scores["getting_to_know_others"] = std::to_string(first);
    form.scores["housing"] = std::string(kNotRelevant);
    return outcomes().Score(actor, family_id, form);
  }

  std::int64_t StoredVersions() { return Count("outcome_settings_versions"); }
};

TEST_P(OutcomeServiceTest, AProgrammeReadsTheShippedDefaultsWithoutStoringThem) {
  const auto current = settings().Current(supporter_, programme_.id);
  EXPECT_EQ(current.number, 0);
  EXPECT_EQ(current.settings.areas.size(), 11u);
  EXPECT_EQ(current.settings.points.size(), 3u);
  EXPECT_EQ(StoredVersions(), 0);
  EXPECT_EQ(OutcomeSettingsService::ProgrammeOf(supporter_), programme_.id);
}

TEST_P(OutcomeServiceTest, TheCoordinatorChangesSettingsAsNumberedVersions) {
  auto proposed = settings().defaults();
  proposed.areas[0].label = "Meeting other parents nearby";
  proposed.areas[10].retired = true;
  proposed.points.push_back({"six_months", "Six months after birth", PointAnchor::kBirth, 26, false});
  const auto saved = settings().Save(coordinator_, programme_.id, proposed, "Added six months", 0);
  // The defaults in use until now are kept as version 1.
  EXPECT_EQ(saved.number, 2);
  EXPECT_EQ(StoredVersions(), 2);
  const auto current = settings().Current(supporter_, programme_.id);
  EXPECT_EQ(current.number, 2);
  EXPECT_EQ(current.settings, proposed);
  EXPECT_EQ(current.note, "Added six months");
  EXPECT_EQ(current.created_by_name, "Cora Coordinator");
  EXPECT_EQ(AuditEntriesFor("outcome_settings.update").size(), 1u);

  // Saving on a stale version is refused; dropping an area is refused.
  EXPECT_THROW(settings().Save(coordinator_, programme_.id, proposed, "", 1), Conflict);
  auto dropped = proposed;
  dropped.areas.pop_back();
  EXPECT_THROW(settings().Save(coordinator_, programme_.id, dropped, "", 2), Invalid);
  // Supporters read but do not change; another programme's coordinator does neither.
  EXPECT_THROW(settings().Save(supporter_, programme_.id, proposed, "", 2), AccessRefused);
  EXPECT_THROW(settings().Current(south_coordinator_, programme_.id), AccessRefused);
  EXPECT_FALSE(settings().MayChange(supporter_, programme_.id));
  EXPECT_TRUE(settings().MayChange(coordinator_, programme_.id));
}

TEST_P(OutcomeServiceTest, ASupporterScoresAPointAndTheFirstScoringStoresTheDefaults) {
  const auto scoring = ScoreFamily(supporter_, family_id_, "start_of_support", 3);
  EXPECT_EQ(StoredVersions(), 1);
  const auto family = outcomes().ForFamily(supporter_, family_id_);
  EXPECT_EQ(family.family_name, "Amira Khan");
  EXPECT_EQ(family.settings.number, 1);
  ASSERT_EQ(family.current.size(), 1u);
  EXPECT_EQ(family.current[0].id, scoring.id);
  EXPECT_EQ(family.current[0].settings_version_id, family.settings.id);
  EXPECT_EQ(family.current[0].recorded_by_name, "Sam Supporter");
  EXPECT_EQ(family.current[0].note, "Feeling more settled");
  EXPECT_EQ(family.current[0].Find("getting_to_know_others")->score, 3);
  EXPECT_EQ(family.current[0].Find("housing")->score, std::nullopt);
  EXPECT_TRUE(family.may_score);
  ASSERT_FALSE(family.points.empty());
  EXPECT_EQ(family.points[0].state, PointState::kScored);
  EXPECT_EQ(AuditEntriesFor("outcome.score").size(), 1u);
  EXPECT_EQ(AuditEntriesFor("outcome.read").size(), 1u);
  EXPECT_EQ(AuditEntriesFor("outcome.read")[0].record_id, family_id_);
}

TEST_P(OutcomeServiceTest, ScoringAPointAgainKeepsTheEarlierScoring) {
  const auto first = ScoreFamily(supporter_, family_id_, "start_of_support", 3);
  clock().Advance(kMinute);
  const auto second = ScoreFamily(supporter_, family_id_, "start_of_support", 4);
  ScoreFamily(supporter_, family_id_, "end_of_pregnancy", 8);
  const auto family = outcomes().ForFamily(coordinator_, family_id_);
  ASSERT_EQ(family.current.size(), 2u);
  EXPECT_EQ(family.current[0].id, second.id);
  ASSERT_EQ(family.earlier.size(), 1u);
  EXPECT_EQ(family.earlier[0].id, first.id);
  EXPECT_EQ(family.earlier[0].superseded_by, second.id);
  EXPECT_EQ(family.earlier[0].Find("getting_to_know_others")->score, 3);
  ASSERT_FALSE(family.distance.empty());
  EXPECT_EQ(family.distance[0].area_code, "getting_to_know_others");
  EXPECT_EQ(family.distance[0].Change(), 4);  // 4 -> 8: the earlier 3 no longer counts
}

TEST_P(OutcomeServiceTest, BadScoresSaveNothing) {
  ScoringForm form{"start_of_support", "not a date", "", {{"housing", "12"}}};
  try {
    outcomes().Score(supporter_, family_id_, form);
    FAIL() << "accepted";
  } catch (const Invalid& invalid) {
    EXPECT_GE(invalid.errors().size(), 3u);
  }
  EXPECT_EQ(Count("outcome_scorings"), 0);
  EXPECT_EQ(StoredVersions(), 0);
}

TEST_P(OutcomeServiceTest, OnlyThoseWhoWorkWithTheFamilyScoreIt) {
  // A supporter for a family not on their caseload: refused to read and to score.
  ExpectRefused(other_supporter_, [&] { outcomes().ForFamily(other_supporter_, family_id_); });
  ExpectRefused(other_supporter_, [&] { ScoreFamily(other_supporter_, family_id_, "start_of_support", 3); });
  // The parent may read their own family's scores but never records them.
  EXPECT_NO_THROW(outcomes().ForFamily(parent_, family_id_));
  EXPECT_FALSE(outcomes().ForFamily(parent_, family_id_).may_score);
  ExpectRefused(parent_, [&] { ScoreFamily(parent_, family_id_, "start_of_support", 3); });
  ExpectRefused(other_parent_, [&] { outcomes().ForFamily(other_parent_, family_id_); });
  ExpectRefused(south_coordinator_, [&] { outcomes().ForFamily(south_coordinator_, family_id_); });
  EXPECT_EQ(Count("outcome_scorings"), 0);
  EXPECT_GE(AuditEntries().size(), 5u);
  // A closed family takes no new scores.
  SetFamily(family_id_, "closed", 1);
  EXPECT_THROW(ScoreFamily(supporter_, family_id_, "start_of_support", 3), Conflict);
}

TEST_P(OutcomeServiceTest, TheProgrammesDistanceCountsOnlyFamiliesInReach) {
  ScoreFamily(supporter_, family_id_, "start_of_support", 2);
  ScoreFamily(supporter_, family_id_, "three_months_after_birth", 6);
  ScoreFamily(other_supporter_, other_family_id_, "start_of_support", 5);
  ScoreFamily(other_supporter_, other_family_id_, "end_of_pregnancy", 6);

  const auto all = outcomes().ForProgramme(coordinator_, programme_.id, {});
  EXPECT_EQ(all.families_scored, 2);
  ASSERT_FALSE(all.areas.empty());
  EXPECT_EQ(all.areas[0].area_code, "getting_to_know_others");
  EXPECT_EQ(all.areas[0].families, 2);
  EXPECT_DOUBLE_EQ(all.areas[0].average_first, 3.5);
  EXPECT_DOUBLE_EQ(all.areas[0].average_latest, 6.0);
  EXPECT_DOUBLE_EQ(all.areas[0].average_change, 2.5);
  EXPECT_EQ(all.areas.back().area_code, "housing");
  EXPECT_EQ(all.areas.back().families, 0);  // "not relevant now" every time

  const auto pair = outcomes().ForProgramme(coordinator_, programme_.id, {"start_of_support", "end_of_pregnancy"});
  EXPECT_EQ(pair.areas[0].families, 1);
  EXPECT_DOUBLE_EQ(pair.areas[0].average_change, 1.0);
  EXPECT_THROW(outcomes().ForProgramme(coordinator_, programme_.id, {"end_of_pregnancy", "start_of_support"}), Invalid);

  // A supporter's figures are their own caseload's.
  const auto own = outcomes().ForProgramme(supporter_, programme_.id, {});
  EXPECT_EQ(own.families_scored, 1);
  EXPECT_DOUBLE_EQ(own.areas[0].average_change, 4.0);
  ExpectRefused(south_coordinator_, [&] { outcomes().ForProgramme(south_coordinator_, programme_.id, {}); });
  ExpectRefused(parent_, [&] { outcomes().ForProgramme(parent_, programme_.id, {}); });
  EXPECT_EQ(AuditEntriesFor("outcome.programme.read").size(), 3u);
}

TEST_P(OutcomeServiceTest, TheScaleStaysOnceFamiliesAreScored) {
  ScoreFamily(supporter_, family_id_, "start_of_support", 2);
  auto proposed = settings().defaults();
  proposed.scale.max = 5;
  EXPECT_THROW(settings().Save(coordinator_, programme_.id, proposed, "", 1), Invalid);
  proposed.scale.max = 10;
  proposed.scale.high = "Brilliant";
  EXPECT_EQ(settings().Save(coordinator_, programme_.id, proposed, "", 1).number, 2);
  // A retired area is no longer asked for, and its earlier scores stay.
  proposed.areas[0].retired = true;
  settings().Save(coordinator_, programme_.id, proposed, "", 2);
  const auto family = outcomes().ForFamily(supporter_, family_id_);
  EXPECT_EQ(family.distance[0].area_code, "getting_to_know_others");
  EXPECT_TRUE(family.distance[0].retired);
  ScoringForm form{"end_of_pregnancy", "2025-06-16", "", {{"getting_to_know_others", "4"}}};
  try {
    outcomes().Score(supporter_, family_id_, form);
    FAIL() << "accepted a retired area";
  } catch (const Invalid& invalid) {
    bool named = false;
    for (const auto& e : invalid.errors()) named = named || e.field == "score_getting_to_know_others";
    EXPECT_TRUE(named);
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, OutcomeServiceTest, ::testing::ValuesIn(test::TestBackends()), test::BackendName);

}  // namespace
}  // namespace alongside
