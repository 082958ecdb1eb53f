#include "core/services/service.hpp"

#include <array>

#include "core/common/code_table.hpp"

namespace alongside {
namespace {

constexpr std::array<Named<ServiceLevel>, 5> kLevels{{
    {ServiceLevel::kCommunity, "community", "Community"},
    {ServiceLevel::kUniversal, "universal", "Universal"},
    {ServiceLevel::kTargeted, "targeted", "Targeted"},
    {ServiceLevel::kSpecialist, "specialist", "Specialist"},
    {ServiceLevel::kStatutory, "statutory", "Statutory"},
}};

constexpr std::array<Named<ServiceType>, 14> kTypes{{
    {ServiceType::kPeerSupport, "peer_support", "Peer support"},
    {ServiceType::kMidwifery, "midwifery", "Midwifery"},
    {ServiceType::kHealthVisiting, "health_visiting", "Health visiting"},
    {ServiceType::kFamilyHub, "family_hub", "Family hub"},
    {ServiceType::kParentingProgramme, "parenting_programme", "Parenting programme"},
    {ServiceType::kPerinatalMentalHealth, "perinatal_mental_health", "Perinatal mental health"},
    {ServiceType::kParentInfantRelationship, "parent_infant_relationship",
     "Specialist parent-infant relationship team"},
    {ServiceType::kNeonatal, "neonatal", "Neonatal"},
    {ServiceType::kChildrensSocialCare, "childrens_social_care", "Children's social care"},
    {ServiceType::kHousing, "housing", "Housing"},
    {ServiceType::kFoodBank, "food_bank", "Food bank"},
    {ServiceType::kMoneyAdvice, "money_advice", "Money and debt advice"},
    {ServiceType::kDomesticAbuse, "domestic_abuse", "Domestic abuse support"},
    {ServiceType::kSubstanceMisuse, "substance_misuse", "Substance misuse"},
}};

constexpr std::array<Named<ReferralRoute>, 4> kRoutes{{
    {ReferralRoute::kAlongside, "alongside", "Through Alongside"},
    {ReferralRoute::kPhone, "phone", "By phone"},
    {ReferralRoute::kEmail, "email", "By email"},
    {ReferralRoute::kWeb, "web", "On their website"},
}};

constexpr std::array<Named<ServiceStatus>, 2> kStatuses{{
    {ServiceStatus::kActive, "active", "Active"},
    {ServiceStatus::kArchived, "archived", "Archived"},
}};

constexpr std::array<Named<CoverageKind>, 2> kCoverageKinds{{
    {CoverageKind::kPostcodeDistrict, "postcode_district", "Postcode district"},
    {CoverageKind::kLocalAuthority, "local_authority", "Local authority"},
}};

}  // namespace

std::string_view ServiceLevelCode(ServiceLevel level) { return CodeOf(kLevels, level); }
std::optional<ServiceLevel> ServiceLevelFromCode(std::string_view code) { return FromCode(kLevels, code); }
std::string_view ServiceLevelLabel(ServiceLevel level) { return LabelOf(kLevels, level); }
const std::vector<ServiceLevel>& AllServiceLevels() {
  static const std::vector<ServiceLevel> all = ValuesOf(kLevels);
  return all;
}
int ServiceLevelRank(ServiceLevel level) { return static_cast<int>(level); }

std::string_view ServiceTypeCode(ServiceType type) { return CodeOf(kTypes, type); }
std::optional<ServiceType> ServiceTypeFromCode(std::string_view code) { return FromCode(kTypes, code); }
std::string_view ServiceTypeLabel(ServiceType type) { return LabelOf(kTypes, type); }
const std::vector<ServiceType>& AllServiceTypes() {
  static const std::vector<ServiceType> all = ValuesOf(kTypes);
  return all;
}

std::string_view ReferralRouteCode(ReferralRoute route) { return CodeOf(kRoutes, route); }
std::optional<ReferralRoute> ReferralRouteFromCode(std::string_view code) { return FromCode(kRoutes, code); }
std::string_view ReferralRouteLabel(ReferralRoute route) { return LabelOf(kRoutes, route); }

std::string_view ServiceStatusCode(ServiceStatus status) { return CodeOf(kStatuses, status); }
std::optional<ServiceStatus> ServiceStatusFromCode(std::string_view code) { return FromCode(kStatuses, code); }

std::string_view CoverageKindCode(CoverageKind kind) { return CodeOf(kCoverageKinds, kind); }
std::optional<CoverageKind> CoverageKindFromCode(std::string_view code) { return FromCode(kCoverageKinds, code); }

}  // namespace alongside
