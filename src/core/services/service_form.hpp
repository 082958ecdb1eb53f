#pragma once
/// A directory entry as typed into the form (or sent to the API), kept as strings so a form
/// with mistakes is shown again exactly as it was entered.

#include <string>
#include <vector>

#include "core/services/service.hpp"

namespace alongside {

struct ServiceForm {
  std::string organisation_id;  ///< on creation only: which of the person's organisations keeps it
  std::string name;
  std::string level;  ///< ServiceLevelCode
  std::string type;   ///< ServiceTypeCode
  std::string summary;
  std::string eligibility;
  bool in_pregnancy = true;
  std::string min_age_months;
  std::string max_age_months;
  std::vector<std::string> needs;  ///< ServiceNeedCode each
  std::string postcode_districts;  ///< "RV1, RV2"
  std::string local_authorities;   ///< "Riverside Council, Lowfield"
  std::string referral_route;      ///< ReferralRouteCode
  std::string referral_contact;
  std::string hours;
  std::string languages;
  std::string accessibility;
  std::string response_days;
  std::string internal_notes;
  std::string review_due;  ///< as typed: "14 3 2027" or "2027-03-14"
};

/// The stored entry as a form, for editing.
ServiceForm ServiceFormOf(const Service& service);

}  // namespace alongside
