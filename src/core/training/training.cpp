#include "core/training/training.hpp"

#include <array>

namespace alongside {
namespace {

struct TopicRow {
  TrainingTopic topic;
  std::string_view code;
  std::string_view label;
};

constexpr std::array<TopicRow, 7> kTopics{{
    {TrainingTopic::kActiveListening, "active_listening", "Active listening"},
    {TrainingTopic::kSafeguarding, "safeguarding", "Safeguarding"},
    {TrainingTopic::kBoundaries, "boundaries", "Boundaries"},
    {TrainingTopic::kPerinatalMentalHealth, "perinatal_mental_health", "Perinatal mental health"},
    {TrainingTopic::kCaregivingFramework, "caregiving_framework", "The caregiving framework"},
    {TrainingTopic::kInfantFeeding, "infant_feeding", "Infant feeding"},
    {TrainingTopic::kOther, "other", "Other"},
}};

}  // namespace

std::string_view TrainingTopicCode(TrainingTopic topic) {
  for (const auto& row : kTopics)
    if (row.topic == topic) return row.code;
  return "other";
}

std::optional<TrainingTopic> TrainingTopicFromCode(std::string_view code) {
  for (const auto& row : kTopics)
    if (row.code == code) return row.topic;
  return std::nullopt;
}

std::string_view TrainingTopicLabel(TrainingTopic topic) {
  for (const auto& row : kTopics)
    if (row.topic == topic) return row.label;
  return "Other";
}

const std::vector<TrainingTopic>& AllTrainingTopics() {
  static const std::vector<TrainingTopic> all = [] {
    std::vector<TrainingTopic> out;
    for (const auto& row : kTopics) out.push_back(row.topic);
    return out;
  }();
  return all;
}

RefresherStatus RefresherFor(const Date& last_completed, std::optional<int> refresher_months, const Date& today) {
  if (!refresher_months || *refresher_months <= 0) return {};
  RefresherStatus status;
  status.due_on = AddMonths(last_completed, *refresher_months);
  const long days_left = DaysBetween(today, *status.due_on);
  if (days_left < 0)
    status.state = RefresherState::kOverdue;
  else if (days_left <= kRefresherSoonDays)
    status.state = RefresherState::kDueSoon;
  else
    status.state = RefresherState::kCurrent;
  return status;
}

std::string_view RefresherStateLabel(RefresherState state) {
  switch (state) {
    case RefresherState::kNotNeeded: return "No refresher needed";
    case RefresherState::kCurrent: return "Up to date";
    case RefresherState::kDueSoon: return "Refresher due soon";
    case RefresherState::kOverdue: return "Refresher overdue";
  }
  return "";
}

bool IsClockTime(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return false;
  for (int i : {0, 1, 3, 4})
    if (text[i] < '0' || text[i] > '9') return false;
  const int hours = (text[0] - '0') * 10 + (text[1] - '0');
  const int minutes = (text[3] - '0') * 10 + (text[4] - '0');
  return hours < 24 && minutes < 60;
}

}  // namespace alongside
