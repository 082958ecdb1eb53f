#pragma once
/// How contacts look on pages: the form with every entry kept and a message at each field,
/// and a contact's details as summary-list rows.

#include <string>
#include <vector>

#include "core/services.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

/// Puts the contact form's fields (kind, date, start_time, duration_minutes, caregiver_ids,
/// others_present, location, topics, notes), the error summary and `has_errors` into `data`.
void AddContactForm(View& data, const ContactForm& form, const std::vector<CaregiverChoice>& caregivers,
                    std::vector<FieldError> errors);

/// Rows {key, value} describing the details, naming caregivers from `caregivers`; with
/// `framework`, each topic carries the name of its Domain of Caregiving.
View DetailRows(const ContactDetails& details, const std::vector<CaregiverChoice>& caregivers,
                const Framework* framework = nullptr);

/// "Home visit" or "Kind not given yet".
std::string KindText(const ContactDetails& details);
/// "14 March 2026" or "Date not given yet".
std::string DateText(const ContactDetails& details);
/// "45 minutes", "1 hour 30 minutes" or "".
std::string DurationText(const ContactDetails& details);

/// The family's tabs with the sensitive tab for those who may read sensitive notes.
View ContactTabs(const Services& services, const Actor& actor, const std::string& family_id, std::string_view tab);

}  // namespace alongside::web
