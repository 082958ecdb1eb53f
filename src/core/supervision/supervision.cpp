#include "core/supervision/supervision.hpp"

#include <algorithm>

namespace alongside {

std::string_view SupervisionKindCode(SupervisionKind kind) {
  return kind == SupervisionKind::kGroup ? "group" : "one_to_one";
}

std::optional<SupervisionKind> SupervisionKindFromCode(std::string_view code) {
  if (code == "one_to_one") return SupervisionKind::kOneToOne;
  if (code == "group") return SupervisionKind::kGroup;
  return std::nullopt;
}

std::string_view SupervisionKindLabel(SupervisionKind kind) {
  return kind == SupervisionKind::kGroup ? "Group" : "One-to-one";
}

const std::vector<Choice>& SupervisionThemeChoices() {
  static const std::vector<Choice> choices{
      {"family_situation", "A family's situation"},
      {"safeguarding", "Safeguarding"},
      {"boundaries", "Boundaries"},
      {"own_wellbeing", "Their own wellbeing"},
      {"endings", "Endings with a family"},
      {"training_needs", "Training needs"},
      {"practical", "Practical matters"},
  };
  return choices;
}

bool IsSupervisionThemeCode(std::string_view code) {
  const auto& c = SupervisionThemeChoices();
  return std::any_of(c.begin(), c.end(), [&](const Choice& x) { return x.code == code; });
}

std::string_view WellbeingLabel(int score) {
  switch (score) {
    case 1: return "Struggling";
    case 2: return "Finding it hard";
    case 3: return "Getting by";
    case 4: return "Doing well";
    case 5: return "Really well";
  }
  return "";
}

SupervisionGaps GapsOf(const std::optional<ProgrammeRole>& role) {
  if (!role) return kDefaultSupervisionGaps;
  return {role->supervision_early_days, role->early_weeks, role->supervision_later_days};
}

SupervisionDue SupervisionDueFor(const std::optional<Date>& active_since, const SupervisionGaps& gaps,
                                 const std::optional<Date>& last_supervision, const Date& today) {
  SupervisionDue due;
  due.last = last_supervision;
  if (!active_since) return due;
  const Date from = last_supervision && *last_supervision > *active_since ? *last_supervision : *active_since;
  const Date early_ends = AddDays(*active_since, 7L * gaps.early_weeks);
  const int gap = from < early_ends ? gaps.early_days : gaps.later_days;
  due.next_due = AddDays(from, gap);
  due.overdue = today > *due.next_due;
  return due;
}

}  // namespace alongside
