#pragma once
/// How a volunteer reads on a page: their details, checks, journey and pathway in words,
/// shared by the list, the record page and the forms.

#include <string>

#include "core/programme/volunteer_service.hpp"
#include "http/form.hpp"
#include "web/common/form_view.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

/// name, stage, stage_tag (nhsuk tag colour), role, postcode, languages, lived experience,
/// checks (DBS, references, interview) with due flags.
View VolunteerSummary(const Volunteer& volunteer, const Date& today);

/// The record page's whole view: summary, journey, positions, account, activation gaps.
View VolunteerRecordView(const VolunteerRecord& record);

/// The details form's fields (shared by a new enquiry and editing).
void AddVolunteerFields(View& data, const VolunteerForm& form, const std::vector<ProgrammeRole>& roles,
                        const std::vector<FieldError>& errors);

/// The details form as posted (new enquiry and editing alike).
VolunteerForm ReadVolunteerForm(const http::Form& form);

/// A form filled from the stored record, for editing.
VolunteerForm FormFromVolunteer(const Volunteer& volunteer);

/// The stage choices, in journey order.
Options StageOptions();

}  // namespace alongside::web
