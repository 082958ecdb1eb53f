#include "core/contacts/contact.hpp"

#include <array>
#include <cstdio>

#include "core/common/london_time.hpp"

namespace alongside {
namespace {

template <typename E>
struct Named {
  E value;
  std::string_view code;
  std::string_view label;
};

constexpr std::array<Named<ContactKind>, 8> kKinds{{
    {ContactKind::kHomeVisit, "home_visit", "Home visit"},
    {ContactKind::kPhone, "phone", "Phone call"},
    {ContactKind::kVideo, "video", "Video call"},
    {ContactKind::kText, "text", "Text messages"},
    {ContactKind::kGroupSession, "group_session", "Group session"},
    {ContactKind::kAppointment, "appointment", "Going along to an appointment"},
    {ContactKind::kAntenatalClass, "antenatal_class", "Antenatal class"},
    {ContactKind::kBirthSupport, "birth_support", "Birth support"},
}};

constexpr std::array<Named<ContactTopic>, 10> kTopics{{
    {ContactTopic::kFeeding, "feeding", "Feeding"},
    {ContactTopic::kSleep, "sleep", "Sleep"},
    {ContactTopic::kBondingAndPlay, "bonding_and_play", "Bonding and play"},
    {ContactTopic::kEmotionalWellbeing, "emotional_wellbeing", "Emotional wellbeing"},
    {ContactTopic::kRelationships, "relationships", "Relationships"},
    {ContactTopic::kBirthPreparation, "birth_preparation", "Birth preparation"},
    {ContactTopic::kPracticalHelp, "practical_help", "Practical help"},
    {ContactTopic::kHousingMoneyFood, "housing_money_food", "Housing, money or food"},
    {ContactTopic::kServicesAndAppointments, "services_and_appointments", "Services and appointments"},
    {ContactTopic::kOther, "other", "Other"},
}};

constexpr std::array<Named<ContactStatus>, 2> kStatuses{{
    {ContactStatus::kDraft, "draft", "Draft"},
    {ContactStatus::kSubmitted, "submitted", "Submitted"},
}};

template <typename E, std::size_t N>
const Named<E>* ByValue(const std::array<Named<E>, N>& table, E value) {
  for (const auto& entry : table)
    if (entry.value == value) return &entry;
  return nullptr;
}

template <typename E, std::size_t N>
std::optional<E> ByCode(const std::array<Named<E>, N>& table, std::string_view code) {
  for (const auto& entry : table)
    if (entry.code == code) return entry.value;
  return std::nullopt;
}

template <typename E, std::size_t N>
std::vector<E> Values(const std::array<Named<E>, N>& table) {
  std::vector<E> out;
  for (const auto& entry : table) out.push_back(entry.value);
  return out;
}

}  // namespace

std::string_view ContactKindCode(ContactKind kind) { return ByValue(kKinds, kind)->code; }
std::optional<ContactKind> ContactKindFromCode(std::string_view code) { return ByCode(kKinds, code); }
std::string_view ContactKindLabel(ContactKind kind) { return ByValue(kKinds, kind)->label; }
const std::vector<ContactKind>& AllContactKinds() {
  static const auto all = Values(kKinds);
  return all;
}

std::string_view ContactTopicCode(ContactTopic topic) { return ByValue(kTopics, topic)->code; }
std::optional<ContactTopic> ContactTopicFromCode(std::string_view code) { return ByCode(kTopics, code); }
std::string_view ContactTopicLabel(ContactTopic topic) { return ByValue(kTopics, topic)->label; }
const std::vector<ContactTopic>& AllContactTopics() {
  static const auto all = Values(kTopics);
  return all;
}

std::string_view ContactStatusCode(ContactStatus status) { return ByValue(kStatuses, status)->code; }
std::optional<ContactStatus> ContactStatusFromCode(std::string_view code) { return ByCode(kStatuses, code); }

std::string FormatStartTime(int start_minute) {
  char text[16];
  std::snprintf(text, sizeof text, "%02d:%02d", start_minute / 60, start_minute % 60);
  return text;
}

Millis ContactInstant(const Date& date, std::optional<int> start_minute) {
  const Millis local = static_cast<Millis>(DaysSinceEpoch(date)) * kDay + start_minute.value_or(0) * kMinute;
  // The offset in force an hour before the local time, as seen from UTC: right on both sides
  // of a clock change, which happens at 01:00 UTC.
  return local - LondonOffset(local - LondonOffset(local) - kHour);
}

}  // namespace alongside
