#include "core/services/public_service.hpp"

namespace alongside {

PublicService PublicViewOf(const Service& s) {
  PublicService p;
  p.id = s.id;
  p.area_id = s.area_id;
  p.organisation_name = s.organisation_name;
  p.name = s.name;
  p.level = s.level;
  p.type = s.type;
  p.summary = s.summary;
  p.eligibility = s.eligibility;
  p.in_pregnancy = s.in_pregnancy;
  p.min_age_months = s.min_age_months;
  p.max_age_months = s.max_age_months;
  p.needs = s.needs;
  p.coverage = s.coverage;
  p.referral_route = s.referral_route;
  p.referral_contact = s.referral_contact;
  p.hours = s.hours;
  p.languages = s.languages;
  p.accessibility = s.accessibility;
  p.response_days = s.response_days;
  return p;
}

}  // namespace alongside
