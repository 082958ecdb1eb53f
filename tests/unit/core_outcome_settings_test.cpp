// The outcome settings document, its rules, the coordinator's form and the change rules.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/common/data_file.hpp"
#include "core/outcomes/outcome_settings.hpp"
#include "core/outcomes/outcome_settings_form.hpp"
#include "core/outcomes/outcome_settings_service.hpp"
#include "alongside_paths.hpp"  // ALONGSIDE_SOURCE_DIR

namespace alongside {
namespace {

OutcomeSettings Shipped() {
  return ReadOutcomeSettingsDocument(ReadDataFile(ALONGSIDE_SOURCE_DIR "/data/outcomes/default-settings.json"));
}

std::vector<std::string> Fields(const Invalid& invalid) {
  std::vector<std::string> fields;
  for (const auto& e : invalid.errors()) fields.push_back(e.field);
  return fields;
}

bool HasField(const std::vector<FieldError>& errors, const std::string& field) {
  return std::any_of(errors.begin(), errors.end(), [&](const FieldError& e) { return e.field == field; });
}

std::vector<FieldError> ErrorsOf(const Validation& v) {
  try {
    v.ThrowIfAny();
  } catch (const Invalid& invalid) {
    return invalid.errors();
  }
  return {};
}

TEST(OutcomeSettingsTest, ShippedDefaultsHaveTheElevenGoalAreasAndThreePoints) {
  const auto settings = Shipped();
  ASSERT_EQ(settings.areas.size(), 11u);
  EXPECT_EQ(settings.areas[0].code, "getting_to_know_others");
  EXPECT_EQ(settings.areas[8].label, "Feeding my baby with confidence, whatever the feeding choice");
  EXPECT_EQ(settings.areas[10].code, "housing");
  ASSERT_EQ(settings.points.size(), 3u);
  EXPECT_EQ(settings.points[0].anchor, PointAnchor::kStartOfSupport);
  EXPECT_EQ(settings.points[1].anchor, PointAnchor::kDueDate);
  EXPECT_EQ(settings.points[1].offset_weeks, -4);
  EXPECT_EQ(settings.points[2].anchor, PointAnchor::kBirth);
  EXPECT_EQ(settings.points[2].offset_weeks, 13);
  EXPECT_EQ(settings.scale.min, 1);
  EXPECT_EQ(settings.scale.max, 10);
  EXPECT_FALSE(settings.scale.middle.empty());
}

TEST(OutcomeSettingsTest, DocumentRoundTrips) {
  auto settings = Shipped();
  settings.areas[3].retired = true;
  settings.points[1].label = "Near the end of pregnancy";
  EXPECT_EQ(ReadOutcomeSettingsDocument(WriteOutcomeSettingsDocument(settings)), settings);
}

TEST(OutcomeSettingsTest, MalformedDocumentIsRefusedNotCrashed) {
  try {
    ReadOutcomeSettingsDocument("{ not json");
    FAIL() << "expected Invalid";
  } catch (const Invalid& invalid) {
    EXPECT_EQ(Fields(invalid), std::vector<std::string>{"document"});
  }
}

TEST(OutcomeSettingsTest, BadItemsAreNamed) {
  const std::string document = R"({"format": "alongside.outcome-settings/1", "question": "How are things?",
    "scale": {"min": 5, "max": 5, "low": "Low", "middle": "", "high": "High"},
    "areas": [{"code": "Housing", "label": "Housing"}, {"code": "sleep", "label": ""}, {"code": "sleep", "label": "Sleep"}],
    "points": [{"code": "start", "label": "Start", "anchor": "moon", "offset_weeks": 0},
               {"code": "late", "label": "Late", "anchor": "birth", "offset_weeks": 900}]})";
  try {
    ReadOutcomeSettingsDocument(document);
    FAIL() << "expected Invalid";
  } catch (const Invalid& invalid) {
    const auto fields = Fields(invalid);
    // The anchor is read first; the other rules are checked once every item was readable.
    EXPECT_EQ(fields, std::vector<std::string>{"points[0].anchor"});
  }
  const std::string readable = R"({"format": "alongside.outcome-settings/1", "question": "How are things?",
    "scale": {"min": 5, "max": 5, "low": "Low", "middle": "", "high": "High"},
    "areas": [{"code": "Housing", "label": "Housing"}, {"code": "sleep", "label": ""}, {"code": "sleep", "label": "Sleep"}],
    "points": [{"code": "late", "label": "Late", "anchor": "birth", "offset_weeks": 900, "retired": true}]})";
  try {
    ReadOutcomeSettingsDocument(readable);
    FAIL() << "expected Invalid";
  } catch (const Invalid& invalid) {
    const auto& errors = invalid.errors();
    EXPECT_TRUE(HasField(errors, "scale.max"));
    EXPECT_TRUE(HasField(errors, "scale.middle"));
    EXPECT_TRUE(HasField(errors, "areas[0].code"));
    EXPECT_TRUE(HasField(errors, "areas[1].label"));
    EXPECT_TRUE(HasField(errors, "areas[2].code"));  // used twice
    EXPECT_TRUE(HasField(errors, "points"));         // none in use
    EXPECT_TRUE(HasField(errors, "points[0].offset_weeks"));
  }
}

TEST(OutcomeSettingsTest, ChangeMayNotDropAnAreaOrChangeTheScaleOnceScored) {
  const auto current = Shipped();
  auto proposed = current;
  proposed.areas.pop_back();
  proposed.scale.max = 5;
  Validation unscored;
  CheckSettingsChange(current, proposed, false, unscored);
  EXPECT_TRUE(HasField(ErrorsOf(unscored), "areas"));
  EXPECT_FALSE(HasField(ErrorsOf(unscored), "scale.max"));
  Validation scored;
  CheckSettingsChange(current, proposed, true, scored);
  EXPECT_TRUE(HasField(ErrorsOf(scored), "scale.max"));
  // Retiring and renaming are fine.
  auto renamed = current;
  renamed.areas[10].retired = true;
  renamed.areas[0].label = "Meeting other parents nearby";
  renamed.scale.low = "Very hard";
  Validation fine;
  CheckSettingsChange(current, renamed, true, fine);
  EXPECT_TRUE(fine.ok());
}

TEST(OutcomeSettingsTest, ABadDefaultsFileStopsStartUpNamingEachProblem) {
  try {
    LoadDefaultOutcomeSettings(R"({"format": "alongside.outcome-settings/1", "question": "Q",
      "scale": {"min": 1, "max": 10, "low": "a", "middle": "b", "high": "c"},
      "areas": [{"code": "housing", "label": ""}], "points": [{"code": "p", "label": "P", "anchor": "birth"}]})");
    FAIL() << "expected an error";
  } catch (const std::runtime_error& error) {
    EXPECT_NE(std::string(error.what()).find("default-settings.json"), std::string::npos);
    EXPECT_NE(std::string(error.what()).find("areas[0].label: Enter the name of the area"), std::string::npos);
  }
}

TEST(OutcomeSettingsTest, CodesFromLabelsAreUnique) {
  EXPECT_EQ(CodeFromLabel("Sleep & rest!", {}), "sleep_rest");
  EXPECT_EQ(CodeFromLabel("Housing", {"housing"}), "housing_2");
  EXPECT_EQ(CodeFromLabel("6 months", {}), "item_6_months");
}

TEST(OutcomeSettingsFormTest, RenamesReordersRetiresAndAdds) {
  const auto current = Shipped();
  auto form = SettingsFormFrom(current, 3);
  EXPECT_EQ(form.version, "3");
  form.areas[0].label = "Meeting other parents nearby";
  form.areas[0].position = "11";  // move to the end
  form.areas[10].retired = true;  // housing
  form.new_area = "Sleep";
  form.points[2].offset_weeks = "26";
  form.new_point = "Baby's first birthday";
  form.new_point_anchor = "birth";
  form.new_point_offset_weeks = "52";
  Validation v;
  const auto built = ApplySettingsForm(current, form, v);
  ASSERT_TRUE(v.ok());
  ASSERT_EQ(built.areas.size(), 12u);
  EXPECT_EQ(built.areas[0].code, "keeping_well_in_pregnancy");
  // Two rows asked for place 11: the one that was there first stays first.
  EXPECT_EQ(built.areas[9].code, "housing");
  EXPECT_TRUE(built.areas[9].retired);
  EXPECT_EQ(built.areas[10].code, "getting_to_know_others");
  EXPECT_EQ(built.areas[10].label, "Meeting other parents nearby");
  EXPECT_EQ(built.areas[11].code, "sleep");
  ASSERT_EQ(built.points.size(), 4u);
  EXPECT_EQ(built.points[2].offset_weeks, 26);
  EXPECT_EQ(built.points[3].code, "baby_s_first_birthday");
}

TEST(OutcomeSettingsFormTest, BadRowsGetMessagesAtTheirOwnFields) {
  const auto current = Shipped();
  auto form = SettingsFormFrom(current, 1);
  form.areas[2].label = "";
  form.areas[3].position = "twelve";
  form.areas[4].label = current.areas[5].label;  // the same name twice
  form.points[0].offset_weeks = "soon";
  form.scale_max = "ten";
  form.new_point = "Later";
  form.new_point_anchor = "";
  Validation v;
  ApplySettingsForm(current, form, v);
  const auto errors = ErrorsOf(v);
  EXPECT_TRUE(HasField(errors, "area_bonding_with_baby_label"));
  EXPECT_TRUE(HasField(errors, "area_economic_wellbeing_position"));
  EXPECT_TRUE(HasField(errors, "point_start_of_support_offset_weeks"));
  EXPECT_TRUE(HasField(errors, "scale_max"));
  EXPECT_TRUE(HasField(errors, "new_point_anchor"));
  const bool duplicate = HasField(errors, "area_preparing_to_be_a_parent_label") ||
                         HasField(errors, "area_emotional_wellbeing_label");
  EXPECT_TRUE(duplicate);
}

TEST(OutcomeSettingsFormTest, RetiringEveryAreaIsRefused) {
  const auto current = Shipped();
  auto form = SettingsFormFrom(current, 1);
  for (auto& row : form.areas) row.retired = true;
  Validation v;
  ApplySettingsForm(current, form, v);
  EXPECT_TRUE(HasField(ErrorsOf(v), "area_getting_to_know_others_retired"));
}

}  // namespace
}  // namespace alongside
