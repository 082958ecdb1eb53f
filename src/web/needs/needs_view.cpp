#include "web/needs/needs_view.hpp"

#include <algorithm>

#include "core/common/london_time.hpp"
#include "core/services/service_need.hpp"
#include "web/common/form_view.hpp"

namespace alongside::web {
namespace {

std::string MessageAt(const std::vector<FieldError>& errors, const std::string& field) {
  const auto found = std::find_if(errors.begin(), errors.end(), [&](const FieldError& e) { return e.field == field; });
  return found == errors.end() ? "" : found->message;
}

/// One domain's fieldset of five radio buttons with the words at each step.
View RatingGroup(const FrameworkDomain& domain, const Framework& framework, const std::string& value,
                 const std::vector<FieldError>& errors) {
  const auto name = DomainField(domain.code, "rating");
  View group;
  group.set("rating_name", name);
  group.set("rating_legend", "How is \"" + domain.name + "\" going, in the parent's view?");
  group.set("rating_hint", domain.for_parents);
  std::string described_by = name + "-hint";
  if (auto error = MessageAt(errors, name); !error.empty()) {
    group.set("rating_error", error);
    described_by += " " + name + "-error";
  }
  group.set("rating_described_by", described_by);
  View steps{View::type::list};
  for (std::size_t i = 0; i < framework.scale.size(); ++i) {
    const auto& step = framework.scale[i];
    View item;
    item.set("id", i == 0 ? name : name + "-" + std::to_string(step.value));
    item.set("value", std::to_string(step.value));
    item.set("label", step.label);
    item.set("checked", value == std::to_string(step.value));
    steps.push_back(item);
  }
  group.set("steps", steps);
  return group;
}

View Items(const std::vector<std::string>& labels) {
  View list{View::type::list};
  for (const auto& label : labels) list.push_back(View(label));
  return list;
}

View SuggestionView(const NeedsSuggestion& suggestion) {
  View data;
  data.set("level", std::string(ServiceLevelLabel(suggestion.level)));
  View reasons{View::type::list};
  for (const auto& reason : suggestion.reasons) {
    View item;
    item.set("level", std::string(ServiceLevelLabel(reason.level)));
    item.set("because", reason.because);
    reasons.push_back(item);
  }
  data.set("reasons", reasons);
  View kinds{View::type::list};
  for (const auto& kind : suggestion.kinds) {
    View item;
    const auto need = ServiceNeedFromCode(kind.code);
    item.set("label", need ? std::string(ServiceNeedLabel(*need)) : kind.code);
    std::string because;
    for (const auto& sentence : kind.because) because += (because.empty() ? "" : "; ") + sentence;
    item.set("because", because);
    kinds.push_back(item);
  }
  data.set("kinds", kinds);
  data.set("has_kinds", !suggestion.kinds.empty());
  return data;
}

}  // namespace

std::string RatingWords(const Framework& framework, const std::optional<int>& rating) {
  if (!rating) return "Not rated";
  return std::to_string(*rating) + " – " + framework.ScaleLabel(*rating);
}

View CheckboxGroup(const std::string& name, const std::string& legend, const std::string& hint,
                   const std::vector<std::pair<std::string, std::string>>& options,
                   const std::vector<std::string>& checked, const std::vector<FieldError>& errors) {
  View group;
  group.set("name", name);
  group.set("legend", legend);
  std::vector<std::string> described;
  if (!hint.empty()) {
    group.set("hint", hint);
    described.push_back(name + "-hint");
  }
  if (auto error = MessageAt(errors, name); !error.empty()) {
    group.set("error", error);
    described.push_back(name + "-error");
  }
  if (!described.empty()) {
    std::string joined = described.front();
    if (described.size() > 1) joined += " " + described.back();
    group.set("described_by", joined);
  }
  View boxes{View::type::list};
  int position = 0;
  for (const auto& [value, text] : options) {
    ++position;
    View box;
    box.set("id", position == 1 ? name : name + "-" + value);
    box.set("value", value);
    box.set("text", text);
    box.set("checked", std::count(checked.begin(), checked.end(), value) > 0);
    boxes.push_back(box);
  }
  group.set("options", boxes);
  return group;
}

void AddNeedsForm(View& data, const Framework& framework, const NeedsForm& form, bool with_adversities,
                  const std::vector<FieldError>& errors) {
  FormView fields(errors);
  View domains{View::type::list};
  for (std::size_t i = 0; i < framework.domains.size(); ++i) {
    const auto& domain = framework.domains[i];
    const auto typed = i < form.domains.size() ? form.domains[i] : NeedsForm::Domain{};
    View item = RatingGroup(domain, framework, typed.rating, errors);
    item.set("domain_name", domain.name);
    FormView texts(errors);
    texts.Text(DomainField(domain.code, "going_well"), "What is going well", "textarea", typed.going_well,
               {.hint = "Strengths, in the parent's own words"});
    texts.Text(DomainField(domain.code, "would_help"), "What would help", "textarea", typed.would_help);
    View text_data;
    texts.ApplyTo(text_data);
    const View& text_fields = *text_data.get("fields");
    item.set("going_well", *text_fields.get(DomainField(domain.code, "going_well")));
    item.set("would_help", *text_fields.get(DomainField(domain.code, "would_help")));
    domains.push_back(item);
  }
  data.set("domains", domains);

  Options pressures;
  for (const auto& pressure : framework.pressures) pressures.emplace_back(pressure.code, pressure.name);
  data.set("pressures", CheckboxGroup("pressures", "Pressures on the family", "Tick any that apply now", pressures,
                                      form.pressures, errors));
  fields.Text("pressure_note", "About these pressures (optional)", "textarea", form.pressure_note);
  if (with_adversities) {
    Options adversities;
    for (auto category : AllSensitiveCategories())
      adversities.emplace_back(std::string(SensitiveCategoryCode(category)), std::string(SensitiveCategoryLabel(category)));
    data.set("adversities", CheckboxGroup("adversities", "Adversities",
                                          "Sensitive: never shown on a family member's own account", adversities,
                                          form.adversities.value_or(std::vector<std::string>{}), errors));
  }
  Options focus;
  for (auto area : AllFocusAreas()) focus.emplace_back(std::string(FocusAreaCode(area)), std::string(FocusAreaLabel(area)));
  data.set("focus_areas", CheckboxGroup("focus_areas", "PAIR focus areas", "Tick any that are a focus for this family",
                                        focus, form.focus_areas, errors));
  fields.ApplyTo(data);
}

void AddNeedsAnswers(View& data, const NeedsConversation& conversation, const Framework& framework) {
  const auto& answers = conversation.answers;
  View domains{View::type::list};
  for (const auto& domain : framework.domains) {
    View item;
    item.set("domain_name", domain.name);
    const auto* answer = answers.Domain(domain.code);
    item.set("rating", RatingWords(framework, answer ? answer->rating : std::nullopt));
    item.set("going_well", answer && !answer->going_well.empty() ? answer->going_well : "Nothing written");
    item.set("would_help", answer && !answer->would_help.empty() ? answer->would_help : "Nothing written");
    domains.push_back(item);
  }
  data.set("domains", domains);
  std::vector<std::string> pressures;
  for (const auto& code : answers.pressures) {
    const auto* pressure = framework.FindPressure(code);
    pressures.push_back(pressure ? pressure->name : code);
  }
  data.set("pressure_list", Items(pressures));
  data.set("has_pressures", !pressures.empty());
  data.set("pressure_note", answers.pressure_note);
  std::vector<std::string> adversities;
  for (auto category : answers.adversities) adversities.emplace_back(SensitiveCategoryLabel(category));
  data.set("adversity_list", Items(adversities));
  data.set("has_adversities", !adversities.empty());
  data.set("adversities_shown", !conversation.adversities_withheld);
  std::vector<std::string> focus;
  for (auto area : answers.focus_areas) focus.emplace_back(FocusAreaLabel(area));
  data.set("focus_list", Items(focus));
  data.set("has_focus", !focus.empty());
  if (conversation.suggestion) data.set("suggestion", SuggestionView(*conversation.suggestion));
  if (conversation.decision) {
    const auto& decision = *conversation.decision;
    View decided;
    decided.set("level", std::string(ServiceLevelLabel(decision.level)));
    decided.set("reason", decision.reason.empty() ? std::string("As suggested") : decision.reason);
    decided.set("by", decision.decided_by_name);
    decided.set("on", FormatLondonDate(decision.decided_at));
    std::vector<std::string> needs;
    for (const auto& code : decision.needs)
      if (auto need = ServiceNeedFromCode(code)) needs.emplace_back(ServiceNeedLabel(*need));
    decided.set("needs", Items(needs));
    decided.set("has_needs", !needs.empty());
    data.set("decision", decided);
  }
}

}  // namespace alongside::web
