#pragma once
/// A service in the directory around families: who runs it, at what level of need, what
/// kind, for whom, where, and how to reach it. The vocabulary here (levels, types, routes)
/// is shared by the directory, referrals, signposting and suggestions.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/clock.hpp"

namespace alongside {

/// The levels of need in the PAIR model, from community support to statutory services.
enum class ServiceLevel { kCommunity, kUniversal, kTargeted, kSpecialist, kStatutory };

enum class ServiceType {
  kPeerSupport,
  kMidwifery,
  kHealthVisiting,
  kFamilyHub,
  kParentingProgramme,
  kPerinatalMentalHealth,
  kParentInfantRelationship,
  kNeonatal,
  kChildrensSocialCare,
  kHousing,
  kFoodBank,
  kMoneyAdvice,
  kDomesticAbuse,
  kSubstanceMisuse,
};

/// How a family is referred: through Alongside (a tracked referral) or outside it.
enum class ReferralRoute { kAlongside, kPhone, kEmail, kWeb };

enum class ServiceStatus { kActive, kArchived };

enum class CoverageKind { kPostcodeDistrict, kLocalAuthority };

struct ServiceCoverage {
  CoverageKind kind = CoverageKind::kPostcodeDistrict;
  std::string value;  ///< "RV1" (upper case) or a local authority's name
};

struct Service {
  std::string id;
  std::string organisation_id;
  std::string organisation_name;  ///< filled when read
  std::string area_id;
  std::string name;
  ServiceLevel level = ServiceLevel::kCommunity;
  ServiceType type = ServiceType::kPeerSupport;
  std::string summary;      ///< what it offers (public)
  std::string eligibility;  ///< who it is for, in words (public)
  bool in_pregnancy = true;
  std::optional<int> min_age_months;
  std::optional<int> max_age_months;
  std::vector<std::string> needs;  ///< need codes (focus areas, pressures) it is for
  std::vector<ServiceCoverage> coverage;
  ReferralRoute referral_route = ReferralRoute::kAlongside;
  std::string referral_contact;  ///< phone, email or web address for the other routes
  std::string hours;
  std::string languages;
  std::string accessibility;
  int response_days = 10;       ///< expected days to answer a referral
  std::string internal_notes;   ///< workers only; never in the public view
  std::string review_due;       ///< 'YYYY-MM-DD'; after it the entry is stale
  ServiceStatus status = ServiceStatus::kActive;
  std::string created_by;
  Millis created_at = 0;
  Millis updated_at = 0;
  int version = 1;
};

std::string_view ServiceLevelCode(ServiceLevel level);
std::optional<ServiceLevel> ServiceLevelFromCode(std::string_view code);
std::string_view ServiceLevelLabel(ServiceLevel level);
const std::vector<ServiceLevel>& AllServiceLevels();
/// Ordering of levels for stepping up or down: community 0 … statutory 4.
int ServiceLevelRank(ServiceLevel level);

std::string_view ServiceTypeCode(ServiceType type);
std::optional<ServiceType> ServiceTypeFromCode(std::string_view code);
std::string_view ServiceTypeLabel(ServiceType type);
const std::vector<ServiceType>& AllServiceTypes();

std::string_view ReferralRouteCode(ReferralRoute route);
std::optional<ReferralRoute> ReferralRouteFromCode(std::string_view code);
std::string_view ReferralRouteLabel(ReferralRoute route);

std::string_view ServiceStatusCode(ServiceStatus status);
std::optional<ServiceStatus> ServiceStatusFromCode(std::string_view code);

std::string_view CoverageKindCode(CoverageKind kind);
std::optional<CoverageKind> CoverageKindFromCode(std::string_view code);

}  // namespace alongside
