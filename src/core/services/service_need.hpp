#pragma once
/// The needs a service is for: the family record's focus areas and the everyday pressures
/// (housing, food, money, safety) families bring. One vocabulary for the directory's filter,
/// its form and suggestions.

#include <optional>
#include <string_view>
#include <vector>

namespace alongside {

enum class ServiceNeed {
  kAntenatal,
  kNeonatalCare,
  kParentalMentalHealth,
  kChildrensSocialCare,
  kInfantRelationship,
  kFeeding,
  kIsolation,
  kHousing,
  kFood,
  kMoney,
  kDomesticAbuse,
  kSubstanceUse,
};

std::string_view ServiceNeedCode(ServiceNeed need);
std::optional<ServiceNeed> ServiceNeedFromCode(std::string_view code);
std::string_view ServiceNeedLabel(ServiceNeed need);
const std::vector<ServiceNeed>& AllServiceNeeds();

}  // namespace alongside
