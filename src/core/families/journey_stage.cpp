#include "core/families/journey_stage.hpp"

#include <algorithm>

namespace alongside {
namespace {

constexpr long kPregnancyDays = 280;  // 40 weeks: the due date
constexpr long kLongOverdueDays = 14; // past 42 weeks almost every baby has been born

std::string Plural(long n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

/// Who a label talks about: a baby's name, "Baby", "Child", or "Twins".
struct Subject {
  std::string name;     ///< empty for an unnamed single baby
  int count = 1;        ///< babies of the same birth
};

std::string MultipleWord(int count) {
  switch (count) {
    case 2: return "twins";
    case 3: return "triplets";
    case 4: return "quadruplets";
    default: return std::to_string(count) + " babies";
  }
}

std::string Capitalised(std::string word) {
  if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 'a' + 'A');
  return word;
}

/// "Baby is", "Amara is", "Child is", "Twins are".
std::string SubjectIs(const Subject& subject, bool toddler) {
  if (subject.count > 1) return Capitalised(MultipleWord(subject.count)) + " are";
  if (!subject.name.empty()) return subject.name + " is";
  return toddler ? "Child is" : "Baby is";
}

JourneyStage PregnancyStage(const Date& due, const Date& today, const Subject& subject) {
  JourneyStage stage;
  stage.band = JourneyBand::kPregnancy;
  const long until_due = DaysBetween(today, due);
  const std::string with = subject.count > 1 ? " with " + MultipleWord(subject.count) : "";
  if (until_due > kPregnancyDays) {
    stage.label = "Due date is more than 40 weeks away";
    stage.check = "Check the due date: it is more than 40 weeks away";
  } else if (until_due >= 0) {
    const long gestation = kPregnancyDays - until_due;
    stage.pregnancy_weeks = static_cast<int>(gestation / 7);
    stage.pregnancy_days = static_cast<int>(gestation % 7);
    stage.label = stage.pregnancy_weeks == 0 ? "Less than 1 week pregnant"
                                             : Plural(stage.pregnancy_weeks, "week", "weeks") + " pregnant";
    stage.label += with;
    if (until_due == 0) stage.label += " (due today)";
  } else {
    // Overdue: parents and midwives say "40+10", counting days past 40 weeks.
    stage.days_overdue = static_cast<int>(-until_due);
    stage.pregnancy_weeks = 40;
    stage.pregnancy_days = stage.days_overdue;
    stage.label = "40+" + std::to_string(stage.days_overdue) + " weeks pregnant" + with + " (" +
                  Plural(stage.days_overdue, "day", "days") + " past the due date)";
    if (stage.days_overdue > kLongOverdueDays)
      stage.check = "More than 2 weeks past the due date: has the baby been born? Add the birth date.";
  }
  stage.gestation = std::to_string(stage.pregnancy_weeks) + "+" + std::to_string(stage.pregnancy_days);
  stage.band_label = std::string(JourneyBandLabel(stage.band));
  return stage;
}

JourneyStage AgeStage(const Date& birth, const Date& today, const Subject& subject) {
  JourneyStage stage;
  const long days = DaysBetween(birth, today);
  if (days < 0) {
    stage.band = JourneyBand::kUnknown;
    stage.label = "Birth date is in the future";
    stage.check = "Check the birth date: it is after today";
    stage.band_label = std::string(JourneyBandLabel(stage.band));
    return stage;
  }
  const int months = WholeMonthsBetween(birth, today);
  const int years = months / 12;
  stage.age_days = days;
  stage.age_months = months;
  stage.band = years < 2 ? JourneyBand::kUnderTwo : years < 5 ? JourneyBand::kTwoToFive : JourneyBand::kBeyondFive;
  const std::string is = SubjectIs(subject, years >= 1);
  if (days == 0) {
    stage.label = subject.count > 1 ? Capitalised(MultipleWord(subject.count)) + " born today"
                  : subject.name.empty() ? "Born today" : subject.name + " was born today";
  } else if (days < 7) {
    stage.label = is + " " + Plural(days, "day", "days") + " old";
  } else if (months < 3) {
    stage.label = is + " " + Plural(days / 7, "week", "weeks") + " old";
  } else if (months < 12) {
    stage.label = is + " " + Plural(months, "month", "months") + " old";
  } else {
    std::string age = Plural(years, "year", "years");
    if (months % 12 != 0) age += " " + Plural(months % 12, "month", "months");
    stage.label = is + " " + age + " old";
  }
  if (stage.band == JourneyBand::kBeyondFive)
    stage.check = "Over 5: beyond the age range the programme supports";
  stage.band_label = std::string(JourneyBandLabel(stage.band));
  return stage;
}

JourneyStage StageWith(const Baby& baby, const Date& today, const Subject& subject) {
  if (baby.birth_date) return AgeStage(*baby.birth_date, today, subject);
  if (baby.due_date) return PregnancyStage(*baby.due_date, today, subject);
  JourneyStage stage;
  stage.label = "No due date or birth date recorded";
  stage.check = "Add the due date or the birth date";
  stage.band_label = std::string(JourneyBandLabel(stage.band));
  return stage;
}

/// Orders babies from least to most recent, as documented on StageOfFamily.
bool LessRecent(const Baby& a, const Baby& b) {
  const auto rank = [](const Baby& x) { return x.birth_date ? 1 : x.due_date ? 2 : 0; };
  if (rank(a) != rank(b)) return rank(a) < rank(b);
  if (a.birth_date && b.birth_date) return *a.birth_date < *b.birth_date;
  if (a.due_date && b.due_date) return *a.due_date < *b.due_date;
  return false;
}

}  // namespace

std::string_view JourneyBandLabel(JourneyBand band) {
  switch (band) {
    case JourneyBand::kPregnancy: return "Pregnancy";
    case JourneyBand::kUnderTwo: return "0\u20132";
    case JourneyBand::kTwoToFive: return "2\u20135";
    case JourneyBand::kBeyondFive: return "Over 5";
    case JourneyBand::kUnknown: return "Not known";
  }
  return "";
}

JourneyStage StageOfBaby(const Baby& baby, const Date& today) {
  return StageWith(baby, today, Subject{baby.name, 1});
}

JourneyStage StageOfFamily(const std::vector<Baby>& babies, const Date& today) {
  if (babies.empty()) {
    JourneyStage stage;
    stage.label = "No baby recorded yet";
    stage.check = "Add the baby's due date or birth date";
    stage.band_label = std::string(JourneyBandLabel(stage.band));
    return stage;
  }
  const Baby& latest = *std::max_element(babies.begin(), babies.end(), LessRecent);
  Subject subject{latest.name, 1};
  if (!latest.multiple_birth_group.empty()) {
    subject.count = static_cast<int>(std::count_if(babies.begin(), babies.end(), [&](const Baby& b) {
      return b.multiple_birth_group == latest.multiple_birth_group;
    }));
  }
  return StageWith(latest, today, subject);
}

JourneyStage StageOfFamily(const std::vector<Baby>& babies, Millis now) {
  return StageOfFamily(babies, LondonDateOf(now));
}

}  // namespace alongside
