#include "core/families/consent_form.hpp"

#include <algorithm>

#include "core/common/london_time.hpp"
#include "core/common/text.hpp"
#include "core/families/calendar_date.hpp"

namespace alongside {
namespace {

/// UTC milliseconds of midnight in London at the start of this date. The clocks change at
/// 01:00 UTC, so London midnight is never skipped or repeated.
Millis LondonMidnight(const Date& date) {
  const Millis utc_midnight = static_cast<Millis>(DaysSinceEpoch(date)) * kDay;
  return utc_midnight - LondonOffset(utc_midnight - kHour);
}

}  // namespace

ConsentRecord ValidateConsentForm(const ConsentForm& form, Millis now, const std::string& recorded_by_user_id,
                                  Validation& v) {
  ConsentRecord record;
  record.recorded_at = now;
  record.decided_at = now;
  record.recorded_by_user_id = recorded_by_user_id;
  const auto kind = ConsentKindFromCode(Trim(form.kind));
  if (!kind) v.Add("kind", "Select what the family is deciding about");
  else record.kind = *kind;
  record.organisation_id = Trim(form.organisation_id);
  if (kind == ConsentKind::kSharing && record.organisation_id.empty())
    v.Add("organisation_id", "Select the service the family agrees to share with");
  if (kind && kind != ConsentKind::kSharing) record.organisation_id.clear();
  const auto decision = ConsentDecisionFromCode(Trim(form.decision));
  if (!decision) v.Add("decision", "Select whether the family gives or withdraws consent");
  else record.decision = *decision;
  const auto method = ConsentMethodFromCode(Trim(form.method));
  if (!method) v.Add("method", "Select how the family told you");
  else record.method = *method;
  const std::string decided_on = Trim(form.decided_on);
  if (!decided_on.empty()) {
    const auto date = ParseDate(decided_on);
    if (!date) v.Add("decided_on", "Enter the date of the decision in the format 14 3 2027");
    else if (*date > LondonDateOf(now)) v.Add("decided_on", "The date of the decision cannot be in the future");
    else if (*date < LondonDateOf(now)) record.decided_at = LondonMidnight(*date);
    else record.decided_at = std::min(now, LondonMidnight(*date));
  }
  record.note = Trim(form.note);
  if (CharCount(record.note) > 1000) v.Add("note", "The note must be 1000 characters or fewer");
  return record;
}

}  // namespace alongside
