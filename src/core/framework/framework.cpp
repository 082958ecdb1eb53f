#include "core/framework/framework.hpp"

namespace alongside {

const FrameworkDomain* Framework::FindDomain(const std::string& code) const {
  for (const auto& domain : domains)
    if (domain.code == code) return &domain;
  return nullptr;
}

const FrameworkPressure* Framework::FindPressure(const std::string& code) const {
  for (const auto& pressure : pressures)
    if (pressure.code == code) return &pressure;
  return nullptr;
}

std::string Framework::ScaleLabel(int value) const {
  for (const auto& step : scale)
    if (step.value == value) return step.label;
  return {};
}

}  // namespace alongside
