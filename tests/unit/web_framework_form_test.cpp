// The adapt form of /admin/framework: the fields as first shown describe the version being
// adapted exactly; a filled blank slot becomes a local item; the core's messages, which
// name parts of the document, land at the form's fields and say which item they are about.

#include <gtest/gtest.h>

#include <algorithm>

#include "core/common/data_file.hpp"
#include "core/framework/framework_document.hpp"
#include "web/framework/framework_form.hpp"
#include "alongside_paths.hpp"  // ALONGSIDE_SOURCE_DIR

namespace alongside::web {
namespace {

Framework Shipped() {
  return ReadFrameworkDocument(ReadDataFile(std::string(ALONGSIDE_SOURCE_DIR) + "/data/framework/thriving-together.json"));
}

TEST(FrameworkForm, TheFieldsAsFirstShownAreTheVersionItself) {
  const Framework base = Shipped();
  const auto values = FrameworkFormValuesOf(base);
  EXPECT_EQ(values.at("s_warmth_name"), "Warmth and positive regard");
  EXPECT_EQ(values.at("d2_for_parents"), base.domains[2].for_parents);
  EXPECT_EQ(values.at("p_isolation_name"), "Feeling alone");
  EXPECT_EQ(values.at("scale3_label"), "Getting by");
  const auto typed = FrameworkFromForm(base, values);
  EXPECT_EQ(typed.framework, base);
  // Every field the page shows is one the handler reads back.
  for (const auto& [name, value] : values) {
    const auto names = FrameworkFormFieldNames(base);
    EXPECT_NE(std::find(names.begin(), names.end(), name), names.end()) << name;
  }
}

TEST(FrameworkForm, FilledSlotsBecomeLocalItemsAndBlankOnesAreLeftOut) {
  const Framework base = Shipped();
  auto values = FrameworkFormValuesOf(base);
  values["d1_new_name"] = "Asking for help";
  values["d1_new_for_practitioners"] = "Help-seeking as a self-capacity skill.";
  values["d1_new_for_parents"] = "Saying when you need a hand.";
  values["new_pressure1_name"] = "Getting about";
  const auto typed = FrameworkFromForm(base, values);
  ASSERT_EQ(typed.framework.domains[1].skills.size(), 4u);
  const auto& added = typed.framework.domains[1].skills[3];
  EXPECT_EQ(added.code, "asking_for_help");
  EXPECT_EQ(added.for_parents, "Saying when you need a hand.");
  EXPECT_TRUE(added.local);
  EXPECT_EQ(typed.framework.domains[0].skills.size(), 3u);
  ASSERT_EQ(typed.framework.pressures.size(), 7u);
  EXPECT_EQ(typed.framework.pressures[6].code, "getting_about");
  EXPECT_TRUE(typed.framework.pressures[6].local);
}

TEST(FrameworkForm, MessagesLandAtTheirFieldsNamingTheItem) {
  const Framework base = Shipped();
  auto values = FrameworkFormValuesOf(base);
  values["s_warmth_for_parents"] = " ";
  values["d2_name"] = "";
  values["d0_new_for_parents"] = "Only the words for parents were given.";
  values["scale2_label"] = "";
  const auto typed = FrameworkFromForm(base, values);
  Validation v;
  CheckFramework(typed.framework, v);
  v.Add("document", "Nothing has changed");
  v.Add("note", "Enter a note of what changed and why");
  std::vector<FieldError> errors;
  try {
    v.ThrowIfAny();
  } catch (const Invalid& invalid) {
    errors = FrameworkFormErrors(typed, invalid.errors());
  }
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& e : errors) got.emplace_back(e.field, e.message);
  const std::vector<std::pair<std::string, std::string>> expected{
      {"s_warmth_for_parents", "Enter words for parents for the skill \u201cWarmth and positive regard\u201d"},
      {"d0_new_name", "Enter a name for the new skill in \u201cNurturing the relationship\u201d"},
      {"d0_new_for_practitioners",
       "Enter words for practitioners for the new skill in \u201cNurturing the relationship\u201d"},
      {"d2_name", "Enter a name for the domain \u201cNavigating support and context\u201d"},
      {"scale2_label", "Enter words for step 2 of the scale"},
      {"changes", "Nothing has changed"},
      {"note", "Enter a note of what changed and why"},
  };
  EXPECT_EQ(got, expected);
}

}  // namespace
}  // namespace alongside::web
