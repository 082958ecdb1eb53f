#pragma once
/// Expense claims: made by the volunteer (their own, Resource::kVolunteerActivity) or by
/// the coordinator on their behalf; approved or rejected, then marked paid, by the
/// coordinator of the volunteer's programme only (Resource::kVolunteer, update). Every read
/// and write is audited against the volunteer.

#include <string>
#include <vector>

#include "core/programme/expense_repository.hpp"
#include "core/programme/programme_access.hpp"

namespace alongside {

struct VolunteerExpenses {
  Volunteer volunteer;
  std::vector<ExpenseClaim> claims;  ///< newest first
  std::int64_t pence_per_mile = kDefaultPencePerMile;
  bool may_decide = false;  ///< the actor coordinates their programme
  Date today;
};

struct ProgrammeExpenses {
  std::vector<ExpenseClaim> claims;  ///< awaiting approval first
  int awaiting = 0;
  std::int64_t awaiting_pence = 0;
};

class ExpenseService {
 public:
  ExpenseService(db::Database& database, ExpenseRepository& expenses, ProgrammeAccess& access, const Clock& clock)
      : database_(database), expenses_(expenses), access_(access), clock_(clock) {}

  VolunteerExpenses ForVolunteer(const Actor& actor, const std::string& volunteer_id);
  /// Invalid at each field (expense.hpp).
  ExpenseClaim Submit(const Actor& actor, const std::string& volunteer_id, const ExpenseForm& form);
  /// Conflict unless the claim awaits approval.
  ExpenseClaim Approve(const Actor& actor, const std::string& claim_id);
  /// Invalid{reason} without one; Conflict unless the claim awaits approval.
  ExpenseClaim Reject(const Actor& actor, const std::string& claim_id, const std::string& reason);
  /// Conflict unless approved.
  ExpenseClaim MarkPaid(const Actor& actor, const std::string& claim_id);
  /// The coordinator's programmes' claims; AccessRefused for anyone else.
  ProgrammeExpenses ForProgrammes(const Actor& actor);
  /// For the coordinator's dashboard: claims awaiting approval in the programme (count in
  /// `awaiting`, total in `awaiting_pence`; `claims` left empty).
  ProgrammeExpenses Summary(const Actor& actor, const std::string& organisation_id);
  Date Today() const { return LondonDateOf(clock_.Now()); }

 private:
  ExpenseClaim Decide(const Actor& actor, const std::string& claim_id, ExpenseStatus from, ExpenseStatus to,
                      const std::string& reason, const char* verb);

  db::Database& database_;
  ExpenseRepository& expenses_;
  ProgrammeAccess& access_;
  const Clock& clock_;
};

}  // namespace alongside
