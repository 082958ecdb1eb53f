#include "core/framework/framework_adaptation.hpp"

#include <cctype>
#include <functional>

namespace alongside {
namespace {

const FrameworkSkill* FindSkill(const FrameworkDomain& domain, const std::string& code) {
  for (const auto& skill : domain.skills)
    if (skill.code == code) return &skill;
  return nullptr;
}

bool SkillCodeTaken(const Framework& framework, const std::string& code) {
  for (const auto& domain : framework.domains)
    if (FindSkill(domain, code) != nullptr) return true;
  return false;
}

std::string Slug(std::string_view name) {
  std::string slug;
  bool gap = false;
  for (unsigned char c : name) {
    if (std::isalnum(c) && c < 0x80) {
      if (gap && !slug.empty()) slug += '_';
      slug += static_cast<char>(std::tolower(c));
      gap = false;
    } else {
      gap = true;
    }
    if (slug.size() >= 40) break;
  }
  if (slug.empty() || !(slug.front() >= 'a' && slug.front() <= 'z')) slug = "local_" + slug;
  while (!slug.empty() && slug.back() == '_') slug.pop_back();
  return slug;
}

std::string UniqueCode(std::string_view name, const std::function<bool(const std::string&)>& taken) {
  const std::string base = Slug(name);
  std::string code = base;
  for (int n = 2; taken(code); ++n) code = base + "_" + std::to_string(n);
  return code;
}

}  // namespace

Framework NormaliseAdaptation(const Framework& base, Framework adapted) {
  adapted.edition = base.edition;
  for (auto& domain : adapted.domains) {
    const auto* base_domain = base.FindDomain(domain.code);
    for (auto& skill : domain.skills) {
      const auto* kept = base_domain ? FindSkill(*base_domain, skill.code) : nullptr;
      skill.local = kept ? kept->local : true;
    }
  }
  for (auto& pressure : adapted.pressures) {
    const auto* kept = base.FindPressure(pressure.code);
    pressure.local = kept ? kept->local : true;
  }
  return adapted;
}

void CheckAdaptation(const Framework& base, const FrameworkAdaptation& adaptation, Validation& v) {
  const Framework& adapted = adaptation.framework;
  for (std::size_t d = 0; d < base.domains.size(); ++d) {
    const auto& base_domain = base.domains[d];
    const auto* domain = adapted.FindDomain(base_domain.code);
    if (domain == nullptr) continue;  // CheckFramework names a missing domain
    for (const auto& skill : base_domain.skills)
      if (FindSkill(*domain, skill.code) == nullptr)
        v.Add("domains[" + std::to_string(d) + "].skills",
              "\"" + skill.name + "\" (" + skill.code + ") cannot be removed or moved: records may use it");
  }
  for (const auto& pressure : base.pressures)
    if (adapted.FindPressure(pressure.code) == nullptr)
      v.Add("pressures", "\"" + pressure.name + "\" (" + pressure.code + ") cannot be removed: records may use it");
  if (adaptation.note.find_first_not_of(" \t\r\n") == std::string::npos)
    v.Add("note", "Enter a note of what changed and why");
  else if (adaptation.note.size() > kMaxAdaptationNote)
    v.Add("note", "The note must be " + std::to_string(kMaxAdaptationNote) + " characters or fewer");
  if (NormaliseAdaptation(base, adapted) == base)
    v.Add("document", "Nothing has changed: change some wording or add a local item before saving");
}

std::string LocalSkillCode(const Framework& framework, std::string_view name) {
  return UniqueCode(name, [&](const std::string& code) { return SkillCodeTaken(framework, code); });
}

std::string LocalPressureCode(const Framework& framework, std::string_view name) {
  return UniqueCode(name, [&](const std::string& code) { return framework.FindPressure(code) != nullptr; });
}

}  // namespace alongside
