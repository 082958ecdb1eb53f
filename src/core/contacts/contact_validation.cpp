#include "core/contacts/contact_validation.hpp"

#include <algorithm>
#include <cctype>

#include "core/common/text.hpp"

namespace alongside {
namespace {

constexpr std::size_t kMaxShortText = 500;
constexpr std::size_t kMaxNotes = 20000;

void CheckText(Validation& v, const std::string& field, const std::string& text, std::size_t max,
               const std::string& what) {
  if (CharCount(text) > max) v.Add(field, what + " must be " + std::to_string(max) + " characters or fewer");
  else if (HasControlCharacters(text)) v.Add(field, what + " must not contain control characters");
}

bool AllDigits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
}

}  // namespace

std::optional<int> ParseStartTime(std::string_view raw) {
  std::string text = AsciiLower(Trim(raw));
  text.erase(std::remove(text.begin(), text.end(), ' '), text.end());
  int add_hours = 0;
  bool twelve_hour = false;
  if (text.size() > 2 && (text.ends_with("am") || text.ends_with("pm"))) {
    twelve_hour = true;
    add_hours = text.ends_with("pm") ? 12 : 0;
    text.resize(text.size() - 2);
  }
  std::string hours = text, minutes = "00";
  if (const auto sep = text.find_first_of(":."); sep != std::string::npos) {
    hours = text.substr(0, sep);
    minutes = text.substr(sep + 1);
    if (minutes.size() != 2) return std::nullopt;
  } else if (!twelve_hour) {
    return std::nullopt;  // "930" is too easily a typo; ask for 9:30
  }
  if (!AllDigits(hours) || hours.size() > 2 || !AllDigits(minutes)) return std::nullopt;
  int h = std::stoi(hours);
  const int m = std::stoi(minutes);
  if (m > 59) return std::nullopt;
  if (twelve_hour) {
    if (h < 1 || h > 12) return std::nullopt;
    h = h % 12 + add_hours;
  } else if (h > 23) {
    return std::nullopt;
  }
  return h * 60 + m;
}

ContactDetails ValidateContactForm(const ContactForm& form, const std::vector<std::string>& family_caregiver_ids,
                                   Validation& v) {
  ContactDetails details;
  if (const auto kind = Trim(form.kind); !kind.empty()) {
    details.kind = ContactKindFromCode(kind);
    if (!details.kind) v.Add("kind", "Select the kind of contact from the list");
  }
  if (const auto date = Trim(form.date); !date.empty()) {
    details.date = ParseDate(date);
    if (!details.date) v.Add("date", "Enter a real date, for example 14 3 2026");
  }
  if (const auto time = Trim(form.start_time); !time.empty()) {
    details.start_minute = ParseStartTime(time);
    if (!details.start_minute) v.Add("start_time", "Enter the start time like 9:30 or 2:15pm, or leave it empty");
  }
  if (const auto duration = Trim(form.duration_minutes); !duration.empty()) {
    const int minutes = AllDigits(duration) && duration.size() <= 4 ? std::stoi(duration) : -1;
    if (minutes < 1 || minutes > kMaxContactMinutes)
      v.Add("duration_minutes", "Enter how long the contact took in minutes, a whole number from 1 to 720");
    else
      details.duration_minutes = minutes;
  }
  for (const auto& id : form.caregiver_ids) {
    if (std::find(family_caregiver_ids.begin(), family_caregiver_ids.end(), id) == family_caregiver_ids.end()) {
      if (!v.Has("caregiver_ids")) v.Add("caregiver_ids", "Select people from this family's list");
    } else if (std::find(details.caregiver_ids.begin(), details.caregiver_ids.end(), id) ==
               details.caregiver_ids.end()) {
      details.caregiver_ids.push_back(id);
    }
  }
  for (const auto& code : form.topics) {
    const auto topic = ContactTopicFromCode(Trim(code));
    if (!topic) {
      if (!v.Has("topics")) v.Add("topics", "Select topics from the list");
    } else if (std::find(details.topics.begin(), details.topics.end(), *topic) == details.topics.end()) {
      details.topics.push_back(*topic);
    }
  }
  details.others_present = Trim(form.others_present);
  CheckText(v, "others_present", details.others_present, kMaxShortText, "Who else was there");
  details.location = Trim(form.location);
  CheckText(v, "location", details.location, kMaxShortText, "Where");
  details.notes = Trim(form.notes);
  if (CharCount(details.notes) > kMaxNotes) v.Add("notes", "Notes must be 20,000 characters or fewer");
  return details;
}

void ValidateForSubmission(const ContactDetails& details, const Date& today, Validation& v) {
  if (!details.kind && !v.Has("kind")) v.Add("kind", "Select the kind of contact");
  if (!details.date && !v.Has("date")) v.Add("date", "Enter the date of the contact");
  if (details.date && *details.date > today) v.Add("date", "The date of a contact must be today or in the past");
  if (!details.duration_minutes && !v.Has("duration_minutes"))
    v.Add("duration_minutes", "Enter how long the contact took in minutes");
  if (details.caregiver_ids.empty() && details.others_present.empty() && !v.Has("caregiver_ids") &&
      !v.Has("others_present"))
    v.Add("caregiver_ids", "Select who from the family was there, or say who was there");
}

ContactForm FormOf(const ContactDetails& details) {
  ContactForm form;
  if (details.kind) form.kind = ContactKindCode(*details.kind);
  if (details.date) form.date = FormatDate(*details.date);
  if (details.start_minute) form.start_time = FormatStartTime(*details.start_minute);
  if (details.duration_minutes) form.duration_minutes = std::to_string(*details.duration_minutes);
  form.caregiver_ids = details.caregiver_ids;
  form.others_present = details.others_present;
  form.location = details.location;
  for (auto topic : details.topics) form.topics.emplace_back(ContactTopicCode(topic));
  form.notes = details.notes;
  return form;
}

}  // namespace alongside
