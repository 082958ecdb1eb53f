#pragma once
/// Checks a contact as typed on the contact form or sent to the API. A draft may be
/// incomplete but what it holds must make sense; submission needs the kind, the date (not
/// in the future), the duration and who was there.

#include <string>
#include <vector>

#include "core/common/errors.hpp"
#include "core/contacts/contact.hpp"

namespace alongside {

/// The form's fields, as typed. Field names in Validation messages are these names.
struct ContactForm {
  std::string kind;              ///< ContactKindCode
  std::string date;              ///< as typed: "14 3 2026", "14/03/2026", "2026-03-14"
  std::string start_time;        ///< "9:30", "09:30", "9.30am", "2pm"; optional
  std::string duration_minutes;  ///< "45"
  std::vector<std::string> caregiver_ids;
  std::string others_present;
  std::string location;
  std::vector<std::string> topics;  ///< ContactTopicCode each
  std::string notes;
};

constexpr int kMaxContactMinutes = 720;

/// Minutes after midnight for a time of day as people type it; nothing when it is not one.
std::optional<int> ParseStartTime(std::string_view text);

/// Adds a message to `v` for every bad field; returns the details that were understood.
/// `family_caregiver_ids` are the ids that may be ticked.
ContactDetails ValidateContactForm(const ContactForm& form, const std::vector<std::string>& family_caregiver_ids,
                                   Validation& v);

/// What submission needs on top of a sound draft. `today` is the UK date now.
void ValidateForSubmission(const ContactDetails& details, const Date& today, Validation& v);

/// The form fields showing stored details (for editing).
ContactForm FormOf(const ContactDetails& details);

}  // namespace alongside
