#include "core/programme/expense_service.hpp"

#include <tuple>

#include "core/common/ids.hpp"
#include "core/common/text.hpp"

namespace alongside {

VolunteerExpenses ExpenseService::ForVolunteer(const Actor& actor, const std::string& volunteer_id) {
  auto tx = database_.Begin();
  VolunteerExpenses out;
  out.volunteer = access_.Require(*tx, actor, volunteer_id, Resource::kVolunteerActivity, Action::kRead);
  out.claims = expenses_.ForVolunteer(*tx, volunteer_id);
  out.pence_per_mile = expenses_.PencePerMile(*tx, out.volunteer.organisation_id);
  out.may_decide = access_.Allows(out.volunteer, actor, Resource::kVolunteer, Action::kUpdate);
  out.today = Today();
  access_.audit().Record(*tx, actor, "expense.list", "volunteer", volunteer_id);
  tx->Commit();
  return out;
}

ExpenseClaim ExpenseService::Submit(const Actor& actor, const std::string& volunteer_id, const ExpenseForm& form) {
  auto tx = database_.Begin();
  const auto volunteer = access_.Require(*tx, actor, volunteer_id, Resource::kVolunteerActivity, Action::kCreate);
  auto claim = ValidateExpenseForm(form, Today(), expenses_.PencePerMile(*tx, volunteer.organisation_id));
  claim.submitted_at = clock_.Now();
  claim.id = NewId(claim.submitted_at);
  claim.volunteer_id = volunteer_id;
  claim.status = ExpenseStatus::kSubmitted;
  claim.submitted_by = actor.user_id;
  expenses_.Insert(*tx, claim);
  access_.audit().Record(*tx, actor, "expense.create", "volunteer", volunteer_id);
  auto stored = expenses_.Find(*tx, claim.id);
  tx->Commit();
  return *stored;
}

ExpenseClaim ExpenseService::Decide(const Actor& actor, const std::string& claim_id, ExpenseStatus from,
                                    ExpenseStatus to, const std::string& reason, const char* verb) {
  auto tx = database_.Begin();
  const auto claim = IsUuid(claim_id) ? expenses_.Find(*tx, claim_id) : std::nullopt;
  if (!claim) throw NotFound("Expense claim not found");
  access_.Require(*tx, actor, claim->volunteer_id, Resource::kVolunteer, Action::kUpdate);
  if (to == ExpenseStatus::kRejected && reason.empty())
    throw Invalid("reason", "Say why the claim is rejected, so the volunteer knows what to do");
  if (reason.size() > 1000) throw Invalid("reason", "Reason must be 1,000 characters or fewer");
  if (!expenses_.Decide(*tx, claim_id, from, to, reason, actor.user_id, clock_.Now()))
    throw Conflict(from == ExpenseStatus::kSubmitted ? "This claim has already been decided."
                                                     : "Only an approved claim can be marked paid.");
  access_.audit().Record(*tx, actor, verb, "volunteer", claim->volunteer_id);
  auto stored = expenses_.Find(*tx, claim_id);
  tx->Commit();
  return *stored;
}

ExpenseClaim ExpenseService::Approve(const Actor& actor, const std::string& claim_id) {
  return Decide(actor, claim_id, ExpenseStatus::kSubmitted, ExpenseStatus::kApproved, "", "expense.approve");
}

ExpenseClaim ExpenseService::Reject(const Actor& actor, const std::string& claim_id, const std::string& reason) {
  return Decide(actor, claim_id, ExpenseStatus::kSubmitted, ExpenseStatus::kRejected, Trim(reason), "expense.reject");
}

ExpenseClaim ExpenseService::MarkPaid(const Actor& actor, const std::string& claim_id) {
  return Decide(actor, claim_id, ExpenseStatus::kApproved, ExpenseStatus::kPaid, "", "expense.pay");
}

ProgrammeExpenses ExpenseService::Summary(const Actor& actor, const std::string& organisation_id) {
  access_.RequireProgramme(actor, organisation_id, Resource::kVolunteer, Action::kUpdate);
  auto tx = database_.Begin();
  ProgrammeExpenses out;
  std::tie(out.awaiting, out.awaiting_pence) = expenses_.Awaiting(*tx, {organisation_id});
  access_.audit().Record(*tx, actor, "expense.summary", "organisation", organisation_id);
  tx->Commit();
  return out;
}

ProgrammeExpenses ExpenseService::ForProgrammes(const Actor& actor) {
  const auto programmes = access_.Programmes(actor, Resource::kVolunteer, Action::kUpdate);
  if (programmes.empty()) throw AccessRefused(Resource::kVolunteerActivity, Action::kList, "");
  auto tx = database_.Begin();
  ProgrammeExpenses out;
  out.claims = expenses_.ForProgrammes(*tx, programmes, 200);
  std::tie(out.awaiting, out.awaiting_pence) = expenses_.Awaiting(*tx, programmes);
  for (const auto& id : programmes) access_.audit().Record(*tx, actor, "expense.list", "organisation", id);
  tx->Commit();
  return out;
}

}  // namespace alongside
