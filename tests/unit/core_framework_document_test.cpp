// The framework document: the shipped edition reads and keeps the three domains and their
// skills; a bad document is refused with a message naming the part that is wrong.

#include <gtest/gtest.h>

#include "core/common/data_file.hpp"
#include "core/framework/framework_document.hpp"
#include "alongside_paths.hpp"  // ALONGSIDE_SOURCE_DIR

namespace alongside {
namespace {

Framework Shipped() {
  return ReadFrameworkDocument(ReadDataFile(std::string(ALONGSIDE_SOURCE_DIR) + "/data/framework/thriving-together.json"));
}

std::vector<std::string> FieldsOf(const std::function<void()>& read) {
  try {
    read();
  } catch (const Invalid& e) {
    std::vector<std::string> fields;
    for (const auto& error : e.errors()) fields.push_back(error.field);
    return fields;
  }
  return {};
}

TEST(FrameworkDocument, TheShippedEditionHasTheThreeDomainsAndTheirSkills) {
  const Framework f = Shipped();
  ASSERT_EQ(f.domains.size(), 3u);
  EXPECT_EQ(f.domains[0].name, "Nurturing the relationship");
  EXPECT_EQ(f.domains[1].name, "Caregiver self-capacity");
  EXPECT_EQ(f.domains[2].name, "Navigating support and context");
  for (const auto& domain : f.domains) EXPECT_EQ(domain.skills.size(), 3u) << domain.code;
  EXPECT_EQ(f.domains[0].skills[0].code, "responding_to_cues");
  EXPECT_EQ(f.domains[2].skills[2].code, "shared_care");
  ASSERT_EQ(f.pressures.size(), 6u);
  EXPECT_NE(f.FindPressure("immigration"), nullptr);
  EXPECT_EQ(f.ScaleLabel(1), "Really struggling");
  EXPECT_EQ(f.ScaleLabel(5), "Going really well");
  EXPECT_EQ(f.ScaleLabel(6), "");
  EXPECT_EQ(f.goal_area_domains.at("bonding_with_baby"), "nurturing_relationship");
  EXPECT_EQ(f.contact_topic_domains.at("housing_money_food"), "navigating_support");
}

TEST(FrameworkDocument, WritingAndReadingBackGivesTheSameFramework) {
  Framework f = Shipped();
  f.domains[1].skills.push_back({"asking_for_help", "Asking for help", "Saying when you need a hand.",
                                 "Help-seeking as a self-capacity skill.", true});
  f.pressures.push_back({"transport", "Getting about", true});
  EXPECT_EQ(ReadFrameworkDocument(WriteFrameworkDocument(f)), f);
}

TEST(FrameworkDocument, MalformedJsonIsReportedAtTheDocument) {
  EXPECT_EQ(FieldsOf([] { ReadFrameworkDocument("{\"format\": "); }), std::vector<std::string>{"document"});
  EXPECT_EQ(FieldsOf([] { ReadFrameworkDocument("[1, 2]"); }), std::vector<std::string>{"document"});
}

TEST(FrameworkDocument, TheDomainsKeepTheirCodesAndOrder) {
  Framework f = Shipped();
  std::swap(f.domains[0], f.domains[1]);
  const auto fields = FieldsOf([&] { ReadFrameworkDocument(WriteFrameworkDocument(f)); });
  EXPECT_EQ(fields, (std::vector<std::string>{"domains[0].code", "domains[1].code"}));
  f = Shipped();
  f.domains.pop_back();
  EXPECT_EQ(FieldsOf([&] { ReadFrameworkDocument(WriteFrameworkDocument(f)); }), std::vector<std::string>{"domains"});
}

TEST(FrameworkDocument, EachMissingOrRepeatedPartIsNamed) {
  Framework f = Shipped();
  f.domains[0].skills[1].name = "  ";
  f.domains[2].skills[0].code = "warmth";  // already a skill of the first domain
  f.pressures[3].code = "Work!";
  f.domains[1].for_parents.assign(kMaxFrameworkText + 1, 'a');
  const auto fields = FieldsOf([&] { ReadFrameworkDocument(WriteFrameworkDocument(f)); });
  EXPECT_EQ(fields, (std::vector<std::string>{"domains[0].skills[1].name", "domains[1].for_parents",
                                              "domains[2].skills[0].code", "pressures[3].code"}));
}

TEST(FrameworkDocument, TheScaleHasFiveStepsValuedOneToFive) {
  Framework f = Shipped();
  f.scale.pop_back();
  EXPECT_EQ(FieldsOf([&] { ReadFrameworkDocument(WriteFrameworkDocument(f)); }), std::vector<std::string>{"scale"});
  f = Shipped();
  f.scale[2].value = 7;
  EXPECT_EQ(FieldsOf([&] { ReadFrameworkDocument(WriteFrameworkDocument(f)); }), std::vector<std::string>{"scale"});
}

TEST(FrameworkDocument, TagsMustNameADomain) {
  Framework f = Shipped();
  f.goal_area_domains["housing"] = "money_matters";
  EXPECT_EQ(FieldsOf([&] { ReadFrameworkDocument(WriteFrameworkDocument(f)); }),
            std::vector<std::string>{"tags.goal_areas.housing"});
}

TEST(FrameworkDocument, WrongTypesAndFormatAreReported) {
  const auto fields = FieldsOf([] {
    ReadFrameworkDocument(R"({"format": "something/2", "edition": 3, "title": "T", "domains": {}, "pressures": [],
                              "scale": []})");
  });
  EXPECT_EQ(fields, (std::vector<std::string>{"document.edition", "domains", "format"}));
}

}  // namespace
}  // namespace alongside
