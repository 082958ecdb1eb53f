#pragma once
/// The fields of the family forms (new family, edit record, caregiver, baby, shared care,
/// closing): reading them from a posted form and putting them, with what was typed and
/// each field's message, into a page's data. Checkboxes and text areas use FormView's
/// text field data ({{#fields.x}}) with their own markup in the templates.

#include <string>
#include <vector>

#include "core/families/family_validation.hpp"
#include "http/form.hpp"
#include "web/common/form_view.hpp"

namespace alongside::web {

CaregiverForm ReadCaregiverForm(const http::Form& form);
BabyForm ReadBabyForm(const http::Form& form);
FamilyDetailsForm ReadDetailsForm(const http::Form& form);
SharedCareForm ReadSharedCareForm(const http::Form& form);

/// The forms filled with what is stored, for editing.
CaregiverForm CaregiverFormOf(const Caregiver& caregiver);
BabyForm BabyFormOf(const Baby& baby);
FamilyDetailsForm DetailsFormOf(const Family& family);

/// A checkbox as data key "checkbox_<name>" for {{> family_checkbox}}: {name, label, checked, hint}.
void AddCheckbox(View& data, const std::string& name, const std::string& label, bool checked,
                 const std::string& hint = {});

void AddCaregiverFields(FormView& form, View& data, const CaregiverForm& input);
/// `with_number`: ask how many babies (a new pregnancy), not on a baby's own edit.
void AddBabyFields(FormView& form, View& data, const BabyForm& input, bool with_number);
/// Also sets "focus_options" in `data`: each focus area with whether it is ticked.
void AddDetailsFields(FormView& form, View& data, const FamilyDetailsForm& input);
void AddSharedCareFields(FormView& form, const SharedCareForm& input);

}  // namespace alongside::web
