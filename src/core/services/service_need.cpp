#include "core/services/service_need.hpp"

#include <array>

#include "core/common/code_table.hpp"

namespace alongside {
namespace {

/// The first four codes are the family record's focus area codes, so a family's focus
/// areas match services directly.
constexpr std::array<Named<ServiceNeed>, 12> kNeeds{{
    {ServiceNeed::kAntenatal, "antenatal", "Pregnancy and birth"},
    {ServiceNeed::kNeonatalCare, "neonatal_care", "Neonatal care"},
    {ServiceNeed::kParentalMentalHealth, "parental_mental_health", "Parental mental health"},
    {ServiceNeed::kChildrensSocialCare, "childrens_social_care", "Children's social care involvement"},
    {ServiceNeed::kInfantRelationship, "infant_relationship", "Bonding with the baby"},
    {ServiceNeed::kFeeding, "feeding", "Feeding"},
    {ServiceNeed::kIsolation, "isolation", "Loneliness and isolation"},
    {ServiceNeed::kHousing, "housing", "Housing"},
    {ServiceNeed::kFood, "food", "Food"},
    {ServiceNeed::kMoney, "money", "Money and debt"},
    {ServiceNeed::kDomesticAbuse, "domestic_abuse", "Domestic abuse"},
    {ServiceNeed::kSubstanceUse, "substance_use", "Drugs and alcohol"},
}};

}  // namespace

std::string_view ServiceNeedCode(ServiceNeed need) { return CodeOf(kNeeds, need); }
std::optional<ServiceNeed> ServiceNeedFromCode(std::string_view code) { return FromCode(kNeeds, code); }
std::string_view ServiceNeedLabel(ServiceNeed need) { return LabelOf(kNeeds, need); }
const std::vector<ServiceNeed>& AllServiceNeeds() {
  static const std::vector<ServiceNeed> all = ValuesOf(kNeeds);
  return all;
}

}  // namespace alongside
