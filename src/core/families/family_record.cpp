#include "core/families/family_record.hpp"

namespace alongside {

std::string DisplayNameOf(const std::vector<Caregiver>& caregivers) {
  return caregivers.empty() ? std::string() : caregivers.front().name;
}

std::string StageDateOf(const std::vector<Baby>& babies) {
  std::optional<Date> latest;
  for (const auto& baby : babies) {
    const auto& date = baby.birth_date ? baby.birth_date : baby.due_date;
    if (date && (!latest || *date > *latest)) latest = date;
  }
  return latest ? IsoDate(*latest) : std::string();
}

}  // namespace alongside
