#pragma once
/// Signposting: a quick record that a family was told about a service (in the directory or
/// not), with nothing about the family sent anywhere, and a follow-up some days later to
/// ask whether it helped.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/clock.hpp"
#include "core/families/calendar_date.hpp"

namespace alongside {

/// How the family was given the information.
enum class SignpostHow { kInPerson, kPhone, kText, kLeaflet };

/// What the family said when asked whether the service helped.
enum class SignpostOutcome { kHelped, kPartly, kNotHelped, kNotUsed };

struct Signpost {
  std::string id;
  std::string family_id;
  std::string service_id;    ///< a directory service, or empty for one named by hand
  std::string service_name;  ///< the directory's name when read, or the name typed
  SignpostHow how = SignpostHow::kInPerson;
  std::string note;
  std::string given_by;
  std::string given_by_name;  ///< filled when read
  Millis given_at = 0;
  std::string follow_up_task_id;  ///< the "Did … help?" task; empty if it was removed
  Date follow_up_due;
  std::optional<SignpostOutcome> outcome;  ///< empty until followed up
  std::string outcome_note;
  std::optional<Millis> followed_up_at;
  std::string followed_up_by;
  std::string followed_up_by_name;  ///< filled when read

  bool followed_up() const { return outcome.has_value(); }
};

/// The follow-up task's title: "Did Riverside Food Bank help?"
std::string FollowUpTitle(std::string_view service_name);

/// The days a follow-up may be set for, the first being the default.
const std::vector<int>& FollowUpDayChoices();
inline constexpr int kDefaultFollowUpDays = 14;

std::string_view SignpostHowCode(SignpostHow how);
std::optional<SignpostHow> SignpostHowFromCode(std::string_view code);
std::string_view SignpostHowLabel(SignpostHow how);
const std::vector<SignpostHow>& AllSignpostHows();

std::string_view SignpostOutcomeCode(SignpostOutcome outcome);
std::optional<SignpostOutcome> SignpostOutcomeFromCode(std::string_view code);
std::string_view SignpostOutcomeLabel(SignpostOutcome outcome);
const std::vector<SignpostOutcome>& AllSignpostOutcomes();

}  // namespace alongside
