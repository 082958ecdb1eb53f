#pragma once
/// Expense claims a volunteer makes for the time they give (mileage, childcare, travel),
/// approved or rejected by the programme's coordinator and then marked paid. Money is
/// integer pence throughout; mileage is paid at the programme's rate a mile (45p by
/// default: HMRC's approved mileage rate, which volunteers can be paid tax-free).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/clock.hpp"
#include "core/common/errors.hpp"
#include "core/families/calendar_date.hpp"

namespace alongside {

enum class ExpenseKind { kMileage, kChildcare, kTravel, kOther };
enum class ExpenseStatus { kSubmitted, kApproved, kRejected, kPaid };

/// HMRC's approved mileage allowance for the first 10,000 business miles a year, in pence.
inline constexpr std::int64_t kDefaultPencePerMile = 45;

struct ExpenseClaim {
  std::string id;
  std::string volunteer_id;
  std::string volunteer_name;  ///< filled when read
  std::string organisation_id;  ///< the volunteer's programme, filled when read
  Date spent_on;
  ExpenseKind kind = ExpenseKind::kOther;
  std::optional<double> miles;  ///< for mileage, to one decimal place
  std::int64_t pence_per_mile = 0;  ///< the rate used, for mileage
  std::int64_t amount_pence = 0;
  std::string description;
  bool receipt_held = false;
  ExpenseStatus status = ExpenseStatus::kSubmitted;
  std::string decision_reason;  ///< why rejected
  std::string decided_by;
  std::optional<Millis> decided_at;
  std::optional<Millis> paid_at;
  std::string submitted_by;
  Millis submitted_at = 0;
};

std::string_view ExpenseKindCode(ExpenseKind kind);
std::optional<ExpenseKind> ExpenseKindFromCode(std::string_view code);
std::string_view ExpenseKindLabel(ExpenseKind kind);
const std::vector<ExpenseKind>& AllExpenseKinds();
std::string_view ExpenseStatusCode(ExpenseStatus status);
std::optional<ExpenseStatus> ExpenseStatusFromCode(std::string_view code);
std::string_view ExpenseStatusLabel(ExpenseStatus status);

/// "£12.60", "£0.45", "£1,234.00".
std::string FormatPence(std::int64_t pence);
/// Reads "12.60", "£12.6", "12" as pence; nothing for anything else or a negative amount.
std::optional<std::int64_t> ParsePounds(std::string_view text);
/// Miles at the rate, rounded to the nearest penny (half a penny up).
std::int64_t MileageAmount(double miles, std::int64_t pence_per_mile);

/// A claim as typed.
struct ExpenseForm {
  std::string spent_on;
  std::string kind;
  std::string miles;   ///< for mileage
  std::string amount;  ///< pounds, for the other kinds
  std::string description;
  bool receipt_held = false;
};

/// Checks the form (a message at each field; the date not in the future nor over a year
/// ago) and works out the amount: miles at the rate for mileage, the amount typed otherwise.
ExpenseClaim ValidateExpenseForm(const ExpenseForm& form, const Date& today, std::int64_t pence_per_mile);

}  // namespace alongside
