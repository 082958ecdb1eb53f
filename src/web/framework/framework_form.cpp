#include "web/framework/framework_form.hpp"

#include "core/framework/framework_adaptation.hpp"

namespace alongside::web {
namespace {

const char* const kWordFields[] = {"name", "for_practitioners", "for_parents"};

std::string DomainPrefix(std::size_t d) { return "d" + std::to_string(d); }
std::string SkillPrefix(const FrameworkSkill& skill) { return "s_" + skill.code; }
std::string NewSkillPrefix(std::size_t d) { return DomainPrefix(d) + "_new"; }
std::string PressurePrefix(const FrameworkPressure& pressure) { return "p_" + pressure.code; }
std::string NewPressurePrefix(int k) { return "new_pressure" + std::to_string(k); }
std::string ScalePrefix(const ScaleStep& step) { return "scale" + std::to_string(step.value); }

bool Blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

std::string Quoted(const std::string& name) { return "\u201c" + name + "\u201d"; }

class Values {
 public:
  explicit Values(const FrameworkFormValues& values) : values_(values) {}
  std::string operator()(const std::string& name) const {
    const auto it = values_.find(name);
    return it == values_.end() ? std::string() : it->second;
  }

 private:
  const FrameworkFormValues& values_;
};

std::string ErrorAt(const std::vector<FieldError>& errors, const std::string& name) {
  for (const auto& e : errors)
    if (e.field == name) return e.message;
  return "";
}

View Field(const std::string& name, const std::string& label, const Values& value,
           const std::vector<FieldError>& errors, const std::string& hint = "") {
  View field;
  field.set("name", name);
  field.set("label", label);
  field.set("type", "text");
  field.set("value", value(name));
  std::string described_by;
  if (!hint.empty()) {
    field.set("hint", hint);
    described_by = name + "-hint";
  }
  if (auto error = ErrorAt(errors, name); !error.empty()) {
    field.set("error", error);
    described_by += (described_by.empty() ? "" : " ") + name + "-error";
  }
  if (!described_by.empty()) field.set("described_by", described_by);
  return field;
}

/// The three fields of a domain or skill: its name and both audiences' words.
void AddWordFields(View& group, const std::string& prefix, const Values& value, const std::vector<FieldError>& errors,
                   const std::string& name_label) {
  group.set("name_field", Field(prefix + "_name", name_label, value, errors));
  group.set("practitioners_field", Field(prefix + "_for_practitioners", "Words for practitioners", value, errors));
  group.set("parents_field", Field(prefix + "_for_parents", "Words for parents", value, errors,
                                   "Plain words a parent would use"));
}

}  // namespace

std::vector<std::string> FrameworkFormFieldNames(const Framework& base) {
  std::vector<std::string> names{"title"};
  for (std::size_t d = 0; d < base.domains.size(); ++d) {
    for (const char* part : kWordFields) names.push_back(DomainPrefix(d) + "_" + part);
    for (const auto& skill : base.domains[d].skills)
      for (const char* part : kWordFields) names.push_back(SkillPrefix(skill) + "_" + part);
    for (const char* part : kWordFields) names.push_back(NewSkillPrefix(d) + "_" + part);
  }
  for (const auto& pressure : base.pressures) names.push_back(PressurePrefix(pressure) + "_name");
  for (int k = 0; k < kNewPressureSlots; ++k) names.push_back(NewPressurePrefix(k) + "_name");
  for (const auto& step : base.scale) names.push_back(ScalePrefix(step) + "_label");
  names.push_back("note");
  return names;
}

FrameworkFormValues FrameworkFormValuesOf(const Framework& base) {
  FrameworkFormValues values{{"title", base.title}};
  const auto words = [&](const std::string& prefix, const std::string& name, const std::string& practitioners,
                         const std::string& parents) {
    values[prefix + "_name"] = name;
    values[prefix + "_for_practitioners"] = practitioners;
    values[prefix + "_for_parents"] = parents;
  };
  for (std::size_t d = 0; d < base.domains.size(); ++d) {
    const auto& domain = base.domains[d];
    words(DomainPrefix(d), domain.name, domain.for_practitioners, domain.for_parents);
    for (const auto& skill : domain.skills)
      words(SkillPrefix(skill), skill.name, skill.for_practitioners, skill.for_parents);
  }
  for (const auto& pressure : base.pressures) values[PressurePrefix(pressure) + "_name"] = pressure.name;
  for (const auto& step : base.scale) values[ScalePrefix(step) + "_label"] = step.label;
  return values;
}

TypedFramework FrameworkFromForm(const Framework& base, const FrameworkFormValues& values) {
  const Values value(values);
  TypedFramework typed;
  Framework& f = typed.framework;
  f = base;
  f.title = value("title");
  typed.places.push_back({"title", "title", ""});
  for (std::size_t d = 0; d < f.domains.size(); ++d) {
    auto& domain = f.domains[d];
    const std::string at = "domains[" + std::to_string(d) + "]";
    const std::string base_name = base.domains[d].name;
    domain.name = value(DomainPrefix(d) + "_name");
    domain.for_practitioners = value(DomainPrefix(d) + "_for_practitioners");
    domain.for_parents = value(DomainPrefix(d) + "_for_parents");
    typed.places.push_back({at, DomainPrefix(d), "the domain " + Quoted(base_name)});
    for (std::size_t s = 0; s < domain.skills.size(); ++s) {
      auto& skill = domain.skills[s];
      typed.places.push_back({at + ".skills[" + std::to_string(s) + "]", SkillPrefix(skill),
                              "the skill " + Quoted(skill.name)});
      const std::string prefix = SkillPrefix(skill);
      skill.name = value(prefix + "_name");
      skill.for_practitioners = value(prefix + "_for_practitioners");
      skill.for_parents = value(prefix + "_for_parents");
    }
    const std::string fresh = NewSkillPrefix(d);
    FrameworkSkill added{"", value(fresh + "_name"), value(fresh + "_for_parents"), value(fresh + "_for_practitioners"),
                         true};
    if (Blank(added.name) && Blank(added.for_parents) && Blank(added.for_practitioners)) continue;
    added.code = LocalSkillCode(f, added.name);
    typed.places.push_back({at + ".skills[" + std::to_string(domain.skills.size()) + "]", fresh,
                            "the new skill in " + Quoted(base_name)});
    domain.skills.push_back(std::move(added));
  }
  for (std::size_t p = 0; p < f.pressures.size(); ++p) {
    auto& pressure = f.pressures[p];
    typed.places.push_back({"pressures[" + std::to_string(p) + "]", PressurePrefix(pressure),
                            "the pressure " + Quoted(pressure.name)});
    pressure.name = value(PressurePrefix(pressure) + "_name");
  }
  for (int k = 0; k < kNewPressureSlots; ++k) {
    const std::string name = value(NewPressurePrefix(k) + "_name");
    if (Blank(name)) continue;
    typed.places.push_back({"pressures[" + std::to_string(f.pressures.size()) + "]", NewPressurePrefix(k), ""});
    f.pressures.push_back({LocalPressureCode(f, name), name, true});
  }
  for (std::size_t i = 0; i < f.scale.size(); ++i) {
    typed.places.push_back({"scale[" + std::to_string(i) + "]", ScalePrefix(f.scale[i]), ""});
    f.scale[i].label = value(ScalePrefix(f.scale[i]) + "_label");
  }
  return typed;
}

std::vector<FieldError> FrameworkFormErrors(const TypedFramework& typed, const std::vector<FieldError>& errors) {
  std::vector<FieldError> out;
  for (const auto& error : errors) {
    const TypedFramework::Place* best = nullptr;
    for (const auto& place : typed.places) {
      const bool within = error.field == place.path ||
                          (error.field.starts_with(place.path) && error.field[place.path.size()] == '.');
      if (within && (best == nullptr || place.path.size() > best->path.size())) best = &place;
    }
    if (best == nullptr) {
      out.push_back({error.field == "note" ? "note" : "changes", error.message});
      continue;
    }
    std::string field = best->field_prefix;
    if (error.field.size() > best->path.size()) field += "_" + error.field.substr(error.field.rfind('.') + 1);
    out.push_back({field, best->item.empty() ? error.message : error.message + " for " + best->item});
  }
  return out;
}

void AddFrameworkForm(View& data, const Framework& base, const FrameworkFormValues& values,
                      const std::vector<FieldError>& errors) {
  const Values value(values);
  data.set("title_field", Field("title", "Title of the framework", value, errors));
  View domains{View::type::list};
  for (std::size_t d = 0; d < base.domains.size(); ++d) {
    const auto& domain = base.domains[d];
    View item;
    item.set("heading", domain.name);
    item.set("anchor", "domain-" + domain.code);
    AddWordFields(item, DomainPrefix(d), value, errors, "Name of the domain");
    View skills{View::type::list};
    for (const auto& skill : domain.skills) {
      View s;
      s.set("legend", skill.name);
      s.set("local", skill.local);
      AddWordFields(s, SkillPrefix(skill), value, errors, "Name of the skill");
      skills.push_back(s);
    }
    item.set("skills", skills);
    View fresh;
    AddWordFields(fresh, NewSkillPrefix(d), value, errors, "Name of the new skill");
    item.set("new_skill", fresh);
    domains.push_back(item);
  }
  data.set("domains", domains);
  View pressures{View::type::list};
  for (const auto& pressure : base.pressures)
    pressures.push_back(Field(PressurePrefix(pressure) + "_name", pressure.name + (pressure.local ? " (local)" : ""),
                              value, errors));
  data.set("pressures", pressures);
  View new_pressures{View::type::list};
  for (int k = 0; k < kNewPressureSlots; ++k)
    new_pressures.push_back(Field(NewPressurePrefix(k) + "_name", "New local pressure " + std::to_string(k + 1) +
                                  " (optional)", value, errors));
  data.set("new_pressures", new_pressures);
  View scale{View::type::list};
  for (const auto& step : base.scale)
    scale.push_back(Field(ScalePrefix(step) + "_label", "Step " + std::to_string(step.value), value, errors));
  data.set("scale", scale);
  data.set("note_field", Field("note", "What changed, and why", value, errors,
                               "Everyone reading the framework sees this note beside the new version"));
}

}  // namespace alongside::web
