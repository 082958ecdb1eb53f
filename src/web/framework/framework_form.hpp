#pragma once
/// The adapt form of /admin/framework: every piece of wording of the version being adapted
/// as a field, one blank local skill per domain and two blank local pressures, and the note.
/// Field names: title; d{i}_{name,for_practitioners,for_parents} for domain i;
/// s_{code}_{…} for a skill, d{i}_new_{…} for the new skill of domain i; p_{code}_name for a
/// pressure, new_pressure{k}_name for a new one; scale{value}_label; note.

#include <map>
#include <string>
#include <vector>

#include "core/common/errors.hpp"
#include "core/framework/framework.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

inline constexpr int kNewPressureSlots = 2;

/// What is in the form's fields, by field name.
using FrameworkFormValues = std::map<std::string, std::string>;

/// Every field name of the form for `base`, in page order.
std::vector<std::string> FrameworkFormFieldNames(const Framework& base);

/// The fields as they are before any change: the base's wording, blank new items.
FrameworkFormValues FrameworkFormValuesOf(const Framework& base);

/// The framework the fields describe, built on `base`; a blank new item is left out.
/// `places` maps document paths ("domains[0].skills[3]") to the field prefix and words
/// naming the item, so each message of the core's checks lands at its field.
struct TypedFramework {
  struct Place {
    std::string path;
    std::string field_prefix;
    std::string item;  ///< "the skill “Warmth and positive regard”"
  };
  Framework framework;
  std::vector<Place> places;
};
TypedFramework FrameworkFromForm(const Framework& base, const FrameworkFormValues& values);

/// The core's messages (fields are document paths) as messages at the form's fields.
std::vector<FieldError> FrameworkFormErrors(const TypedFramework& typed, const std::vector<FieldError>& errors);

/// `title_field`, `domains` (each with its fields, `skills` and `new_skill`), `pressures`,
/// `new_pressures`, `scale` and `note_field`, each field with its value and message.
void AddFrameworkForm(View& data, const Framework& base, const FrameworkFormValues& values,
                      const std::vector<FieldError>& errors);

}  // namespace alongside::web
