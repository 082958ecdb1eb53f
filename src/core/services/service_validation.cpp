#include "core/services/service_validation.hpp"

#include <algorithm>
#include <charconv>

#include "core/common/text.hpp"
#include "core/families/calendar_date.hpp"
#include "core/services/postcode_district.hpp"
#include "core/services/service_need.hpp"

namespace alongside {
namespace {

constexpr int kMaxAgeMonths = 60;
constexpr int kMaxResponseDays = 90;

std::optional<int> WholeNumber(const std::string& text) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

/// Checks a free-text field's length and characters; returns it trimmed.
std::string Words(Validation& v, const std::string& field, const std::string& text, std::size_t max,
                  const std::string& what) {
  std::string trimmed = Trim(text);
  if (CharCount(trimmed) > max)
    v.Add(field, what + " must be " + std::to_string(max) + " characters or fewer");
  else if (HasControlCharacters(trimmed))
    v.Add(field, what + " must not contain control characters");
  return trimmed;
}

std::optional<int> AgeMonths(Validation& v, const std::string& field, const std::string& text,
                             const std::string& which) {
  const std::string trimmed = Trim(text);
  if (trimmed.empty()) return std::nullopt;
  const auto months = WholeNumber(trimmed);
  if (!months || *months < 0 || *months > kMaxAgeMonths) {
    v.Add(field, "Enter the " + which + " age as a whole number of months from 0 to 60");
    return std::nullopt;
  }
  return months;
}

bool LooksLikePhone(const std::string& text) {
  int digits = 0;
  for (char c : text) {
    if (c >= '0' && c <= '9') ++digits;
    else if (c != ' ' && c != '+' && c != '(' && c != ')' && c != '-') return false;
  }
  return digits >= 10 && digits <= 15;
}

bool LooksLikeWebAddress(const std::string& text) {
  std::string_view rest = text;
  if (rest.starts_with("https://")) rest.remove_prefix(8);
  else if (rest.starts_with("http://")) rest.remove_prefix(7);
  else return false;
  const auto host = rest.substr(0, rest.find('/'));
  if (host.empty() || host.find('.') == std::string_view::npos) return false;
  return std::none_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '"' || c == '<' || c == '>'; });
}

void CheckContact(Validation& v, ReferralRoute route, const std::string& contact) {
  switch (route) {
    case ReferralRoute::kAlongside: return;
    case ReferralRoute::kPhone:
      if (contact.empty()) v.Add("referral_contact", "Enter the phone number families or workers call to refer");
      else if (!LooksLikePhone(contact)) v.Add("referral_contact", "Enter a phone number, like 01632 960 123");
      return;
    case ReferralRoute::kEmail:
      if (contact.empty()) v.Add("referral_contact", "Enter the email address referrals are sent to");
      else if (!LooksLikeEmail(contact)) v.Add("referral_contact", "Enter an email address, like referrals@example.org");
      return;
    case ReferralRoute::kWeb:
      if (contact.empty()) v.Add("referral_contact", "Enter the web address of the referral form");
      else if (!LooksLikeWebAddress(contact))
        v.Add("referral_contact", "Enter a web address starting with https://, like https://example.org/refer");
      return;
  }
}

/// Splits on commas, semicolons and line breaks (and spaces too when `on_spaces`).
std::vector<std::string> Split(const std::string& text, bool on_spaces) {
  std::vector<std::string> parts;
  std::string current;
  auto flush = [&] {
    auto trimmed = Trim(current);
    if (!trimmed.empty()) parts.push_back(std::move(trimmed));
    current.clear();
  };
  for (char c : text) {
    if (c == ',' || c == ';' || c == '\n' || c == '\r' || (on_spaces && (c == ' ' || c == '\t'))) flush();
    else current += c;
  }
  flush();
  return parts;
}

void AddUnique(std::vector<ServiceCoverage>& coverage, CoverageKind kind, const std::string& value) {
  for (const auto& c : coverage)
    if (c.kind == kind && c.value == value) return;
  coverage.push_back({kind, value});
}

}  // namespace

std::vector<std::string> ParseDistricts(const std::string& text, Validation& v) {
  std::vector<std::string> districts;
  for (const auto& part : Split(text, true)) {
    const auto district = PostcodeDistrictOf(part);
    if (!district) {
      v.Add("postcode_districts", "Enter postcode districts like RV1, RV2 separated by commas; \"" +
                                      part.substr(0, 20) + "\" is not a postcode district");
      return {};
    }
    if (std::find(districts.begin(), districts.end(), *district) == districts.end()) districts.push_back(*district);
  }
  return districts;
}

std::vector<std::string> ParseLocalAuthorities(const std::string& text, Validation& v) {
  std::vector<std::string> names;
  for (const auto& part : Split(text, false)) {
    if (CharCount(part) > 100 || HasControlCharacters(part)) {
      v.Add("local_authorities", "Enter each local authority's name in 100 characters or fewer, separated by commas");
      return {};
    }
    names.push_back(part);
  }
  return names;
}

void ReadServiceForm(const ServiceForm& form, Service& s, Validation& v) {
  s.name = Trim(form.name);
  if (s.name.empty()) v.Add("name", "Enter the name of the service");
  else s.name = Words(v, "name", s.name, 200, "The name");

  if (auto level = ServiceLevelFromCode(form.level)) s.level = *level;
  else v.Add("level", "Select the level of need the service works at");
  if (auto type = ServiceTypeFromCode(form.type)) s.type = *type;
  else v.Add("type", "Select the type of service");

  s.summary = Words(v, "summary", form.summary, 2000, "What the service offers");
  s.eligibility = Words(v, "eligibility", form.eligibility, 2000, "Who the service is for");
  s.in_pregnancy = form.in_pregnancy;
  s.min_age_months = AgeMonths(v, "min_age_months", form.min_age_months, "youngest");
  s.max_age_months = AgeMonths(v, "max_age_months", form.max_age_months, "oldest");
  if (s.min_age_months && s.max_age_months && *s.min_age_months > *s.max_age_months)
    v.Add("max_age_months", "The oldest age must be the same as or more than the youngest");

  s.needs.clear();
  for (const auto& code : form.needs) {
    if (!ServiceNeedFromCode(code)) {
      v.Add("needs", "Select the needs from the list");
      break;
    }
    if (std::find(s.needs.begin(), s.needs.end(), code) == s.needs.end()) s.needs.push_back(code);
  }

  s.coverage.clear();
  for (const auto& d : ParseDistricts(form.postcode_districts, v)) AddUnique(s.coverage, CoverageKind::kPostcodeDistrict, d);
  for (const auto& a : ParseLocalAuthorities(form.local_authorities, v))
    AddUnique(s.coverage, CoverageKind::kLocalAuthority, a);

  s.referral_contact = Words(v, "referral_contact", form.referral_contact, 300, "How to refer");
  if (auto route = ReferralRouteFromCode(form.referral_route)) {
    s.referral_route = *route;
    if (!v.Has("referral_contact")) CheckContact(v, *route, s.referral_contact);
  } else {
    v.Add("referral_route", "Select how families are referred");
  }

  s.hours = Words(v, "hours", form.hours, 500, "Opening hours");
  s.languages = Words(v, "languages", form.languages, 500, "Languages");
  s.accessibility = Words(v, "accessibility", form.accessibility, 500, "Accessibility");
  s.internal_notes = Words(v, "internal_notes", form.internal_notes, 4000, "Notes for workers");

  const auto days = WholeNumber(Trim(form.response_days));
  if (!days || *days < 1 || *days > kMaxResponseDays)
    v.Add("response_days", "Enter the expected response time as a whole number of days from 1 to 90");
  else s.response_days = *days;

  const std::string review = Trim(form.review_due);
  if (review.empty()) v.Add("review_due", "Enter the date to review this entry by");
  else if (auto date = ParseDate(review)) s.review_due = IsoDate(*date);
  else v.Add("review_due", "Enter the review date as a real date, like 14 3 2027");
}

}  // namespace alongside
