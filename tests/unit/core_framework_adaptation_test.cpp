// Adapting the framework: wording may change and local items may be added, nothing of the
// version adapted may go, a note is required, and a save that changes nothing is refused.

#include <gtest/gtest.h>

#include "core/common/data_file.hpp"
#include "core/framework/framework_adaptation.hpp"
#include "core/framework/framework_document.hpp"
#include "alongside_paths.hpp"  // ALONGSIDE_SOURCE_DIR

namespace alongside {
namespace {

Framework Shipped() {
  return ReadFrameworkDocument(ReadDataFile(std::string(ALONGSIDE_SOURCE_DIR) + "/data/framework/thriving-together.json"));
}

std::vector<FieldError> Problems(const Framework& base, const FrameworkAdaptation& adaptation) {
  Validation v;
  CheckAdaptation(base, adaptation, v);
  try {
    v.ThrowIfAny();
  } catch (const Invalid& invalid) {
    return invalid.errors();
  }
  return {};
}

std::vector<std::string> Fields(const std::vector<FieldError>& errors) {
  std::vector<std::string> fields;
  for (const auto& e : errors) fields.push_back(e.field);
  return fields;
}

TEST(FrameworkAdaptation, RewordingWithANoteIsAccepted) {
  const Framework base = Shipped();
  FrameworkAdaptation adaptation{"v1", "Plainer words for parents in Riverside", base};
  adaptation.framework.domains[0].skills[1].for_parents = "Letting your baby know they are loved.";
  EXPECT_TRUE(Problems(base, adaptation).empty());
}

TEST(FrameworkAdaptation, NewItemsAreMarkedLocalAndShippedItemsStayShipped) {
  const Framework base = Shipped();
  Framework adapted = base;
  adapted.edition = "someone-elses-edition";
  adapted.domains[0].skills[0].local = true;  // a shipped skill cannot become local
  adapted.domains[1].skills.push_back({"asking_for_help", "Asking for help", "Saying when you need a hand.",
                                       "Help-seeking.", false});
  adapted.pressures.push_back({"transport", "Getting about", false});
  const Framework normalised = NormaliseAdaptation(base, adapted);
  EXPECT_EQ(normalised.edition, base.edition);
  EXPECT_FALSE(normalised.domains[0].skills[0].local);
  EXPECT_TRUE(normalised.domains[1].skills.back().local);
  EXPECT_TRUE(normalised.pressures.back().local);
  // A local item of an earlier adaptation keeps its mark in the next one.
  EXPECT_TRUE(NormaliseAdaptation(normalised, normalised).pressures.back().local);
}

TEST(FrameworkAdaptation, NothingOfTheVersionAdaptedMayBeRemovedOrMoved) {
  const Framework base = Shipped();
  FrameworkAdaptation adaptation{"v1", "Tidying up", base};
  auto& skills = adaptation.framework.domains[0].skills;
  const FrameworkSkill warmth = skills[1];
  skills.erase(skills.begin() + 1);
  adaptation.framework.domains[2].skills.push_back(warmth);  // moved to another domain
  adaptation.framework.pressures.erase(adaptation.framework.pressures.begin() + 4);  // immigration
  const auto problems = Problems(base, adaptation);
  ASSERT_EQ(Fields(problems), (std::vector<std::string>{"domains[0].skills", "pressures"}));
  EXPECT_EQ(problems[0].message,
            "\"Warmth and positive regard\" (warmth) cannot be removed or moved: records may use it");
  EXPECT_EQ(problems[1].message, "\"Immigration status\" (immigration) cannot be removed: records may use it");
}

TEST(FrameworkAdaptation, ANoteOfWhatChangedIsRequired) {
  const Framework base = Shipped();
  FrameworkAdaptation adaptation{"v1", "  \n", base};
  adaptation.framework.scale[2].label = "Managing";
  auto problems = Problems(base, adaptation);
  ASSERT_EQ(Fields(problems), std::vector<std::string>{"note"});
  EXPECT_EQ(problems[0].message, "Enter a note of what changed and why");
  adaptation.note.assign(kMaxAdaptationNote + 1, 'x');
  problems = Problems(base, adaptation);
  ASSERT_EQ(Fields(problems), std::vector<std::string>{"note"});
  EXPECT_EQ(problems[0].message, "The note must be 2000 characters or fewer");
}

TEST(FrameworkAdaptation, ASaveThatChangesNothingIsRefused) {
  const Framework base = Shipped();
  FrameworkAdaptation adaptation{"v1", "No change really", base};
  adaptation.framework.domains[0].skills[0].local = true;  // normalised away: still no change
  const auto problems = Problems(base, adaptation);
  ASSERT_EQ(Fields(problems), std::vector<std::string>{"document"});
  EXPECT_EQ(problems[0].message, "Nothing has changed: change some wording or add a local item before saving");
}

TEST(FrameworkAdaptation, LocalCodesComeFromTheNameAndNeverClash) {
  Framework f = Shipped();
  EXPECT_EQ(LocalSkillCode(f, "Asking for help!"), "asking_for_help");
  EXPECT_EQ(LocalSkillCode(f, "Warmth"), "warmth_2") << "warmth is a shipped skill";
  EXPECT_EQ(LocalSkillCode(f, "24-hour helpline"), "local_24_hour_helpline");
  EXPECT_EQ(LocalSkillCode(f, "  "), "local");
  EXPECT_EQ(LocalPressureCode(f, "Housing"), "housing_2");
  EXPECT_EQ(LocalPressureCode(f, "Getting about (transport)"), "getting_about_transport");
  f.domains[2].skills.push_back({"warmth_2", "Warmth again", "a", "b", true});
  EXPECT_EQ(LocalSkillCode(f, "Warmth"), "warmth_3");
  // Every generated code passes the document's own rule for codes.
  f.domains[1].skills.push_back({LocalSkillCode(f, "24-hour helpline"), "24-hour helpline", "a", "b", true});
  Validation v;
  CheckFramework(f, v);
  EXPECT_TRUE(v.ok());
}

}  // namespace
}  // namespace alongside
