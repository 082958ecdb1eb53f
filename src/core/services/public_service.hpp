#pragma once
/// What families and the public see of a directory entry: what it offers, for whom, where
/// and how to reach it. Internal notes, who wrote the entry, review dates and the keeping
/// organisation's ids stay with workers.

#include <optional>
#include <string>
#include <vector>

#include "core/services/service.hpp"

namespace alongside {

struct PublicService {
  std::string id;
  std::string area_id;
  std::string organisation_name;
  std::string name;
  ServiceLevel level = ServiceLevel::kCommunity;
  ServiceType type = ServiceType::kPeerSupport;
  std::string summary;
  std::string eligibility;
  bool in_pregnancy = true;
  std::optional<int> min_age_months;
  std::optional<int> max_age_months;
  std::vector<std::string> needs;
  std::vector<ServiceCoverage> coverage;
  ReferralRoute referral_route = ReferralRoute::kAlongside;
  std::string referral_contact;
  std::string hours;
  std::string languages;
  std::string accessibility;
  int response_days = 10;
};

PublicService PublicViewOf(const Service& service);

}  // namespace alongside
