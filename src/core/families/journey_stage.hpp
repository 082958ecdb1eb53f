#pragma once
/// Where a family is on its journey, worked out from the babies' dates and today's date in
/// the UK. Supporters read it on the caseload and parents on their own page, so every
/// stage carries a label in plain words ("24 weeks pregnant", "Baby is 3 weeks old").
///
/// Pregnancy is counted the way midwives count it: 40 weeks on the due date, so pregnancy
/// "starts" 280 days before it. After birth the age is in days for the first week, weeks
/// until 3 whole months, months until the first birthday, then years and months.

#include <string>
#include <vector>

#include "core/common/clock.hpp"
#include "core/families/calendar_date.hpp"
#include "core/families/family.hpp"

namespace alongside {

/// The bands the programme works in: pregnancy, 0–2 (its core), 2–5, and beyond.
enum class JourneyBand {
  kPregnancy,
  kUnderTwo,     ///< from birth to the day before the second birthday: "0–2"
  kTwoToFive,    ///< from the second birthday to the day before the fifth: "2–5"
  kBeyondFive,   ///< past the age range the programme supports
  kUnknown,      ///< no usable dates
};

struct JourneyStage {
  JourneyBand band = JourneyBand::kUnknown;
  /// In pregnancy: completed weeks and days ("24+3"); 40+N when N days past the due date.
  int pregnancy_weeks = 0;
  int pregnancy_days = 0;
  int days_overdue = 0;  ///< past the due date and not yet born
  /// After birth: age in days and in whole calendar months.
  long age_days = 0;
  int age_months = 0;
  std::string label;       ///< "24 weeks pregnant", "Baby is 7 months old", "Child is 1 year 2 months old"
  std::string gestation;   ///< in pregnancy, the midwife's notation: "24+3"
  std::string band_label;  ///< "Pregnancy", "0–2", "2–5", "Over 5"
  std::string check;       ///< non-empty when the dates need a second look, said why
};

/// The stage of one baby on `today` (a date in the UK).
JourneyStage StageOfBaby(const Baby& baby, const Date& today);

/// The stage of a family: that of its most recent baby, because the newest baby is where
/// the support is now (a new pregnancy in a family with a toddler is "24 weeks pregnant").
/// An unborn baby counts as more recent than any born one; among unborn babies the latest
/// due date wins, among born babies the latest birth date. Babies without dates are used
/// only when no baby has one. Twins and more (babies sharing a multiple_birth_group) are
/// named together: "Twins are 3 weeks old", "24 weeks pregnant with twins".
JourneyStage StageOfFamily(const std::vector<Baby>& babies, const Date& today);
/// The same, with today taken as the UK date at this instant.
JourneyStage StageOfFamily(const std::vector<Baby>& babies, Millis now);

std::string_view JourneyBandLabel(JourneyBand band);

}  // namespace alongside
