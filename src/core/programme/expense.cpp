#include "core/programme/expense.hpp"

#include <cmath>

#include "core/common/text.hpp"

namespace alongside {

std::string_view ExpenseKindCode(ExpenseKind kind) {
  switch (kind) {
    case ExpenseKind::kMileage: return "mileage";
    case ExpenseKind::kChildcare: return "childcare";
    case ExpenseKind::kTravel: return "travel";
    case ExpenseKind::kOther: return "other";
  }
  return "other";
}

std::optional<ExpenseKind> ExpenseKindFromCode(std::string_view code) {
  for (auto kind : AllExpenseKinds())
    if (ExpenseKindCode(kind) == code) return kind;
  return std::nullopt;
}

std::string_view ExpenseKindLabel(ExpenseKind kind) {
  switch (kind) {
    case ExpenseKind::kMileage: return "Mileage";
    case ExpenseKind::kChildcare: return "Childcare";
    case ExpenseKind::kTravel: return "Bus, train or taxi fares";
    case ExpenseKind::kOther: return "Other";
  }
  return "Other";
}

const std::vector<ExpenseKind>& AllExpenseKinds() {
  static const std::vector<ExpenseKind> kAll{ExpenseKind::kMileage, ExpenseKind::kChildcare, ExpenseKind::kTravel,
                                             ExpenseKind::kOther};
  return kAll;
}

std::string_view ExpenseStatusCode(ExpenseStatus status) {
  switch (status) {
    case ExpenseStatus::kSubmitted: return "submitted";
    case ExpenseStatus::kApproved: return "approved";
    case ExpenseStatus::kRejected: return "rejected";
    case ExpenseStatus::kPaid: return "paid";
  }
  return "submitted";
}

std::optional<ExpenseStatus> ExpenseStatusFromCode(std::string_view code) {
  for (auto s : {ExpenseStatus::kSubmitted, ExpenseStatus::kApproved, ExpenseStatus::kRejected, ExpenseStatus::kPaid})
    if (ExpenseStatusCode(s) == code) return s;
  return std::nullopt;
}

std::string_view ExpenseStatusLabel(ExpenseStatus status) {
  switch (status) {
    case ExpenseStatus::kSubmitted: return "Awaiting approval";
    case ExpenseStatus::kApproved: return "Approved";
    case ExpenseStatus::kRejected: return "Rejected";
    case ExpenseStatus::kPaid: return "Paid";
  }
  return "";
}

std::string FormatPence(std::int64_t pence) {
  const bool negative = pence < 0;
  if (negative) pence = -pence;
  std::string pounds = std::to_string(pence / 100);
  for (int at = static_cast<int>(pounds.size()) - 3; at > 0; at -= 3) pounds.insert(static_cast<std::size_t>(at), ",");
  const auto p = pence % 100;
  return std::string(negative ? "-" : "") + "£" + pounds + "." + (p < 10 ? "0" : "") + std::to_string(p);
}

std::optional<std::int64_t> ParsePounds(std::string_view text) {
  std::string t = Trim(text);
  if (t.rfind("£", 0) == 0) t = t.substr(std::string("£").size());
  if (t.empty() || t.size() > 12) return std::nullopt;
  std::int64_t pounds = 0, pence = 0;
  int decimals = -1;
  for (char c : t) {
    if (c == '.') {
      if (decimals >= 0) return std::nullopt;
      decimals = 0;
    } else if (c >= '0' && c <= '9') {
      if (decimals < 0) pounds = pounds * 10 + (c - '0');
      else if (++decimals <= 2) pence = pence * 10 + (c - '0');
      else return std::nullopt;
    } else {
      return std::nullopt;
    }
  }
  if (decimals == 0) return std::nullopt;  // "12."
  if (decimals == 1) pence *= 10;
  return pounds * 100 + pence;
}

std::int64_t MileageAmount(double miles, std::int64_t pence_per_mile) {
  return static_cast<std::int64_t>(std::floor(miles * static_cast<double>(pence_per_mile) + 0.5 + 1e-9));
}

ExpenseClaim ValidateExpenseForm(const ExpenseForm& form, const Date& today, std::int64_t pence_per_mile) {
  Validation v;
  ExpenseClaim claim;
  const auto date = ParseDate(Trim(form.spent_on));
  if (Trim(form.spent_on).empty()) v.Add("spent_on", "Enter the date you spent the money");
  else if (!date) v.Add("spent_on", "Enter a real date, like 14 3 2026");
  else if (*date > today) v.Add("spent_on", "The date cannot be in the future");
  else if (*date < AddMonths(today, -12)) v.Add("spent_on", "Claims must be made within a year");
  else claim.spent_on = *date;
  const auto kind = ExpenseKindFromCode(form.kind);
  if (!kind) v.Add("kind", "Choose what the claim is for");
  else claim.kind = *kind;
  if (kind == ExpenseKind::kMileage) {
    const auto text = Trim(form.miles);
    char* end = nullptr;
    const double miles = text.empty() ? 0 : std::strtod(text.c_str(), &end);
    if (text.empty()) v.Add("miles", "Enter how many miles you drove");
    else if (end == nullptr || *end != '\0' || !(miles > 0)) v.Add("miles", "Enter the miles as a number, like 12.5");
    else if (miles > 1000) v.Add("miles", "Miles must be 1,000 or fewer for one claim");
    else {
      claim.miles = std::round(miles * 10) / 10;
      claim.pence_per_mile = pence_per_mile;
      claim.amount_pence = MileageAmount(*claim.miles, pence_per_mile);
    }
  } else if (kind) {
    const auto pence = ParsePounds(form.amount);
    if (Trim(form.amount).empty()) v.Add("amount", "Enter the amount, like 12.50");
    else if (!pence || *pence == 0) v.Add("amount", "Enter the amount in pounds and pence, like 12.50");
    else if (*pence > 100000) v.Add("amount", "The amount must be £1,000 or less");
    else claim.amount_pence = *pence;
  }
  claim.description = Trim(form.description);
  if (claim.description.empty()) v.Add("description", "Describe what the claim is for");
  else if (claim.description.size() > 500) v.Add("description", "Description must be 500 characters or fewer");
  claim.receipt_held = form.receipt_held;
  v.ThrowIfAny();
  return claim;
}

}  // namespace alongside
