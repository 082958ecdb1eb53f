#include "core/signposts/signpost.hpp"

#include <array>

#include "core/common/code_table.hpp"

namespace alongside {
namespace {

constexpr std::array<Named<SignpostHow>, 4> kHows{{
    {SignpostHow::kInPerson, "in_person", "In person"},
    {SignpostHow::kPhone, "phone", "On the phone"},
    {SignpostHow::kText, "text", "By text message"},
    {SignpostHow::kLeaflet, "leaflet", "A leaflet"},
}};

constexpr std::array<Named<SignpostOutcome>, 4> kOutcomes{{
    {SignpostOutcome::kHelped, "helped", "It helped"},
    {SignpostOutcome::kPartly, "partly", "It helped a bit"},
    {SignpostOutcome::kNotHelped, "not_helped", "It did not help"},
    {SignpostOutcome::kNotUsed, "not_used", "They did not use it"},
}};

}  // namespace

std::string FollowUpTitle(std::string_view service_name) {
  return "Did " + std::string(service_name) + " help?";
}

const std::vector<int>& FollowUpDayChoices() {
  static const std::vector<int> kDays{14, 7, 28};
  return kDays;
}

std::string_view SignpostHowCode(SignpostHow how) { return CodeOf(kHows, how); }
std::optional<SignpostHow> SignpostHowFromCode(std::string_view code) { return FromCode(kHows, code); }
std::string_view SignpostHowLabel(SignpostHow how) { return LabelOf(kHows, how); }
const std::vector<SignpostHow>& AllSignpostHows() {
  static const auto values = ValuesOf(kHows);
  return values;
}

std::string_view SignpostOutcomeCode(SignpostOutcome outcome) { return CodeOf(kOutcomes, outcome); }
std::optional<SignpostOutcome> SignpostOutcomeFromCode(std::string_view code) { return FromCode(kOutcomes, code); }
std::string_view SignpostOutcomeLabel(SignpostOutcome outcome) { return LabelOf(kOutcomes, outcome); }
const std::vector<SignpostOutcome>& AllSignpostOutcomes() {
  static const auto values = ValuesOf(kOutcomes);
  return values;
}

}  // namespace alongside
