#include "web/common/form_view.hpp"

namespace alongside::web {

std::string FormView::ErrorFor(const std::string& name) const {
  for (const auto& e : errors_)
    if (e.field == name) return e.message;
  return "";
}

void FormView::Text(const std::string& name, const std::string& label, const std::string& type,
                    const std::string& value, const FieldOptions& options) {
  View field;
  field.set("name", name);
  field.set("label", label);
  field.set("type", type);
  field.set("value", value);
  std::string described_by;
  if (!options.hint.empty()) {
    field.set("hint", options.hint);
    described_by = name + "-hint";
  }
  if (!options.autocomplete.empty()) field.set("autocomplete", options.autocomplete);
  if (!options.width.empty()) field.set("width", options.width);
  if (options.spellcheck_off) field.set("spellcheck_off", true);
  if (auto error = ErrorFor(name); !error.empty()) {
    field.set("error", error);
    described_by += (described_by.empty() ? "" : " ") + name + "-error";
  }
  if (!described_by.empty()) field.set("described_by", described_by);
  fields_.set(name, field);
}

void FormView::Select(const std::string& name, const std::string& label,
                      const std::vector<std::pair<std::string, std::string>>& options, const std::string& selected,
                      const std::string& hint) {
  View field;
  field.set("name", name);
  field.set("label", label);
  std::string described_by;
  if (!hint.empty()) {
    field.set("hint", hint);
    described_by = name + "-hint";
  }
  if (auto error = ErrorFor(name); !error.empty()) {
    field.set("error", error);
    described_by += (described_by.empty() ? "" : " ") + name + "-error";
  }
  if (!described_by.empty()) field.set("described_by", described_by);
  View list{View::type::list};
  for (const auto& [value, text] : options) {
    View option;
    option.set("value", value);
    option.set("text", text);
    option.set("selected", value == selected);
    list.push_back(option);
  }
  field.set("options", list);
  fields_.set(name, field);
}

void FormView::ApplyTo(View& data) const {
  data.set("fields", fields_);
  data.set("has_errors", !errors_.empty());
  View list{View::type::list};
  for (const auto& e : errors_) {
    View item;
    item.set("field", e.field);
    item.set("message", e.message);
    list.push_back(item);
  }
  data.set("error_list", list);
}

}  // namespace alongside::web
