#include "core/framework/framework_tags.hpp"

#include <set>

namespace alongside {
namespace {

const FrameworkDomain* Tagged(const Framework& framework, const std::map<std::string, std::string>& tags,
                              std::string_view code) {
  const auto it = tags.find(std::string(code));
  return it == tags.end() ? nullptr : framework.FindDomain(it->second);
}

}  // namespace

const FrameworkDomain* DomainOfGoalArea(const Framework& framework, std::string_view goal_area_code) {
  return Tagged(framework, framework.goal_area_domains, goal_area_code);
}

const FrameworkDomain* DomainOfContactTopic(const Framework& framework, std::string_view topic_code) {
  return Tagged(framework, framework.contact_topic_domains, topic_code);
}

std::vector<DomainCount> CountByDomain(const Framework& framework,
                                       const std::vector<std::vector<std::string>>& topic_codes_per_record) {
  std::map<std::string, int> counts;
  for (const auto& topics : topic_codes_per_record) {
    std::set<std::string> touched;
    for (const auto& topic : topics)
      if (const auto* domain = DomainOfContactTopic(framework, topic)) touched.insert(domain->code);
    for (const auto& code : touched) ++counts[code];
  }
  std::vector<DomainCount> out;
  for (const auto& domain : framework.domains)
    if (const auto it = counts.find(domain.code); it != counts.end())
      out.push_back({domain.code, domain.name, it->second});
  return out;
}

}  // namespace alongside
