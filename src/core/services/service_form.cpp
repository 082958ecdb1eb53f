#include "core/services/service_form.hpp"

namespace alongside {
namespace {

std::string Joined(const std::vector<ServiceCoverage>& coverage, CoverageKind kind) {
  std::string text;
  for (const auto& c : coverage) {
    if (c.kind != kind) continue;
    if (!text.empty()) text += ", ";
    text += c.value;
  }
  return text;
}

std::string Months(const std::optional<int>& months) { return months ? std::to_string(*months) : ""; }

}  // namespace

ServiceForm ServiceFormOf(const Service& s) {
  ServiceForm f;
  f.organisation_id = s.organisation_id;
  f.name = s.name;
  f.level = std::string(ServiceLevelCode(s.level));
  f.type = std::string(ServiceTypeCode(s.type));
  f.summary = s.summary;
  f.eligibility = s.eligibility;
  f.in_pregnancy = s.in_pregnancy;
  f.min_age_months = Months(s.min_age_months);
  f.max_age_months = Months(s.max_age_months);
  f.needs = s.needs;
  f.postcode_districts = Joined(s.coverage, CoverageKind::kPostcodeDistrict);
  f.local_authorities = Joined(s.coverage, CoverageKind::kLocalAuthority);
  f.referral_route = std::string(ReferralRouteCode(s.referral_route));
  f.referral_contact = s.referral_contact;
  f.hours = s.hours;
  f.languages = s.languages;
  f.accessibility = s.accessibility;
  f.response_days = std::to_string(s.response_days);
  f.internal_notes = s.internal_notes;
  f.review_due = s.review_due;
  return f;
}

}  // namespace alongside
