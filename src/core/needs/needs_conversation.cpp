#include "core/needs/needs_conversation.hpp"

#include <algorithm>
#include <array>
#include <charconv>

#include "core/common/code_table.hpp"
#include "core/services/service_need.hpp"

namespace alongside {
namespace {

constexpr std::array<Named<NeedsStatus>, 2> kStatuses{{
    {NeedsStatus::kDraft, "draft", "Draft"},
    {NeedsStatus::kFinished, "finished", "Finished"},
}};

std::optional<int> Rating(const std::string& text) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < 1 || value > 5) return std::nullopt;
  return value;
}

void CheckLength(const std::string& text, const std::string& field, const std::string& what, Validation& v) {
  if (text.size() > kMaxNeedsText)
    v.Add(field, what + " must be " + std::to_string(kMaxNeedsText) + " characters or fewer");
}

/// Each code once, in the order given; unknown codes noted once at `field`.
template <typename Parse>
void ReadCodes(const std::vector<std::string>& codes, const std::string& field, const std::string& message,
               Validation& v, Parse parse) {
  bool noted = false;
  for (const auto& code : codes)
    if (!parse(code) && !noted) {
      v.Add(field, message);
      noted = true;
    }
}

template <typename T>
void AddOnce(std::vector<T>& values, const T& value) {
  if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
}

}  // namespace

std::string_view NeedsStatusCode(NeedsStatus status) { return CodeOf(kStatuses, status); }
std::optional<NeedsStatus> NeedsStatusFromCode(std::string_view code) { return FromCode(kStatuses, code); }

const DomainAnswer* NeedsAnswers::Domain(const std::string& code) const {
  for (const auto& answer : domains)
    if (answer.domain == code) return &answer;
  return nullptr;
}

std::string DomainField(const std::string& domain, const char* part) { return domain + "_" + part; }

NeedsAnswers ValidateNeedsForm(const NeedsForm& form, const Framework& framework, Validation& v) {
  NeedsAnswers answers;
  for (std::size_t i = 0; i < framework.domains.size(); ++i) {
    const auto& domain = framework.domains[i];
    const NeedsForm::Domain typed = i < form.domains.size() ? form.domains[i] : NeedsForm::Domain{};
    DomainAnswer answer{domain.code, std::nullopt, typed.going_well, typed.would_help};
    if (!typed.rating.empty()) {
      answer.rating = Rating(typed.rating);
      if (!answer.rating)
        v.Add(DomainField(domain.code, "rating"), "Choose how \"" + domain.name + "\" is going from the five steps");
    }
    CheckLength(typed.going_well, DomainField(domain.code, "going_well"), "What is going well", v);
    CheckLength(typed.would_help, DomainField(domain.code, "would_help"), "What would help", v);
    answers.domains.push_back(std::move(answer));
  }
  ReadCodes(form.pressures, "pressures", "Choose pressures from the list", v,
            [&](const std::string& code) { return framework.FindPressure(code) != nullptr; });
  for (const auto& code : form.pressures)
    if (framework.FindPressure(code)) AddOnce(answers.pressures, code);
  answers.pressure_note = form.pressure_note;
  CheckLength(form.pressure_note, "pressure_note", "The note about pressures", v);
  if (form.adversities) {
    ReadCodes(*form.adversities, "adversities", "Choose adversities from the list", v,
              [](const std::string& code) { return SensitiveCategoryFromCode(code).has_value(); });
    for (const auto& code : *form.adversities)
      if (auto category = SensitiveCategoryFromCode(code)) AddOnce(answers.adversities, *category);
  }
  ReadCodes(form.focus_areas, "focus_areas", "Choose focus areas from the list", v,
            [](const std::string& code) { return FocusAreaFromCode(code).has_value(); });
  for (const auto& code : form.focus_areas)
    if (auto area = FocusAreaFromCode(code)) AddOnce(answers.focus_areas, *area);
  return answers;
}

void CheckNeedsComplete(const NeedsAnswers& answers, const Framework& framework, Validation& v) {
  for (const auto& domain : framework.domains) {
    const auto field = DomainField(domain.code, "rating");
    if (v.Has(field)) continue;
    const auto* answer = answers.Domain(domain.code);
    if (!answer || !answer->rating)
      v.Add(field, "Choose how \"" + domain.name + "\" is going, from the parent's point of view, before finishing");
  }
}

NeedsForm FormOfAnswers(const NeedsAnswers& answers, bool with_adversities) {
  NeedsForm form;
  for (const auto& domain : answers.domains)
    form.domains.push_back({domain.rating ? std::to_string(*domain.rating) : "", domain.going_well, domain.would_help});
  form.pressures = answers.pressures;
  form.pressure_note = answers.pressure_note;
  if (with_adversities) {
    form.adversities.emplace();
    for (auto category : answers.adversities) form.adversities->emplace_back(SensitiveCategoryCode(category));
  }
  for (auto area : answers.focus_areas) form.focus_areas.emplace_back(FocusAreaCode(area));
  return form;
}

const std::vector<ServiceLevel>& NeedsLevels() {
  static const std::vector<ServiceLevel> levels = {ServiceLevel::kCommunity, ServiceLevel::kUniversal,
                                                   ServiceLevel::kTargeted, ServiceLevel::kSpecialist};
  return levels;
}

NeedsDecision ValidateNeedsDecision(const NeedsDecisionForm& form, ServiceLevel suggested, Validation& v) {
  NeedsDecision decision;
  const auto level = ServiceLevelFromCode(form.level);
  const auto& levels = NeedsLevels();
  if (!level || std::find(levels.begin(), levels.end(), *level) == levels.end()) {
    v.Add("level", "Choose the level of support you decided on");
  } else {
    decision.level = *level;
    if (*level != suggested && form.reason.find_first_not_of(" \t\r\n") == std::string::npos)
      v.Add("reason", "Say why you decided on " + std::string(ServiceLevelLabel(*level)) +
                          " when the suggestion was " + std::string(ServiceLevelLabel(suggested)));
  }
  decision.reason = form.reason;
  CheckLength(form.reason, "reason", "The reason", v);
  ReadCodes(form.needs, "needs", "Choose needs from the list", v,
            [](const std::string& code) { return ServiceNeedFromCode(code).has_value(); });
  for (const auto& code : form.needs)
    if (ServiceNeedFromCode(code)) AddOnce(decision.needs, code);
  return decision;
}

}  // namespace alongside
