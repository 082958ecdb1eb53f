#pragma once
/// The framework's language on other records: which Domain of Caregiving a contact topic or
/// a goal area belongs to, by the tags of the version in force. Pages show the domain's name
/// beside a topic or goal area; reports count records per domain.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/framework/framework.hpp"

namespace alongside {

/// The domain a goal area (GoalAreaCode) belongs to, or null when the version does not tag it.
const FrameworkDomain* DomainOfGoalArea(const Framework& framework, std::string_view goal_area_code);
/// The domain a contact topic (ContactTopicCode) belongs to, or null when untagged.
const FrameworkDomain* DomainOfContactTopic(const Framework& framework, std::string_view topic_code);

/// How many records touch each domain, in the framework's domain order, given each record's
/// contact topic codes. A record counts once for a domain however many of its topics fall in
/// it; domains no record touches are left out.
struct DomainCount {
  std::string domain_code;
  std::string domain_name;
  int count = 0;
};
std::vector<DomainCount> CountByDomain(const Framework& framework,
                                       const std::vector<std::vector<std::string>>& topic_codes_per_record);

}  // namespace alongside
