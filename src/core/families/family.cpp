#include "core/families/family.hpp"

#include <array>

namespace alongside {
namespace {

struct FocusInfo {
  FocusArea area;
  std::string_view code;
  std::string_view label;
};
constexpr std::array<FocusInfo, 4> kFocusAreas{{
    {FocusArea::kAntenatal, "antenatal", "Antenatal"},
    {FocusArea::kNeonatalCare, "neonatal_care", "Neonatal care"},
    {FocusArea::kParentalMentalHealth, "parental_mental_health", "Parental mental health"},
    {FocusArea::kChildrensSocialCare, "childrens_social_care", "Children's social care involvement"},
}};

struct ReasonInfo {
  ClosingReason reason;
  std::string_view code;
  std::string_view label;
};
constexpr std::array<ReasonInfo, 5> kReasons{{
    {ClosingReason::kGoalsMet, "goals_met", "Goals met"},
    {ClosingReason::kMovedAway, "moved_away", "Moved away"},
    {ClosingReason::kChildReachedAgeLimit, "child_reached_age_limit", "Child reached the age limit"},
    {ClosingReason::kDeclined, "declined", "Declined further support"},
    {ClosingReason::kLostContact, "lost_contact", "Lost contact"},
}};

}  // namespace

std::string_view FocusAreaCode(FocusArea area) {
  for (const auto& f : kFocusAreas)
    if (f.area == area) return f.code;
  return "";
}

std::optional<FocusArea> FocusAreaFromCode(std::string_view code) {
  for (const auto& f : kFocusAreas)
    if (f.code == code) return f.area;
  return std::nullopt;
}

std::string_view FocusAreaLabel(FocusArea area) {
  for (const auto& f : kFocusAreas)
    if (f.area == area) return f.label;
  return "";
}

const std::vector<FocusArea>& AllFocusAreas() {
  static const std::vector<FocusArea> all = [] {
    std::vector<FocusArea> out;
    for (const auto& f : kFocusAreas) out.push_back(f.area);
    return out;
  }();
  return all;
}

std::string_view FamilyStatusCode(FamilyStatus status) { return status == FamilyStatus::kOpen ? "open" : "closed"; }

std::optional<FamilyStatus> FamilyStatusFromCode(std::string_view code) {
  if (code == "open") return FamilyStatus::kOpen;
  if (code == "closed") return FamilyStatus::kClosed;
  return std::nullopt;
}

std::string_view ClosingReasonCode(ClosingReason reason) {
  for (const auto& r : kReasons)
    if (r.reason == reason) return r.code;
  return "";
}

std::optional<ClosingReason> ClosingReasonFromCode(std::string_view code) {
  for (const auto& r : kReasons)
    if (r.code == code) return r.reason;
  return std::nullopt;
}

std::string_view ClosingReasonLabel(ClosingReason reason) {
  for (const auto& r : kReasons)
    if (r.reason == reason) return r.label;
  return "";
}

const std::vector<ClosingReason>& AllClosingReasons() {
  static const std::vector<ClosingReason> all = [] {
    std::vector<ClosingReason> out;
    for (const auto& r : kReasons) out.push_back(r.reason);
    return out;
  }();
  return all;
}

}  // namespace alongside
