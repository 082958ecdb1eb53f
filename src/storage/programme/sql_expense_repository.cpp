#include "storage/programme/sql_expense_repository.hpp"

#include "storage/common/sql.hpp"

namespace alongside::storage {
namespace {

constexpr const char* kClaimSelect =
    "SELECT c.id, c.volunteer_id, v.name, v.organisation_id, c.spent_on, c.kind, c.tenth_miles, c.pence_per_mile, "
    "c.amount_pence, c.description, c.receipt_held, c.status, c.decision_reason, COALESCE(c.decided_by, ''), "
    "c.decided_at, c.paid_at, c.submitted_by, c.submitted_at FROM expense_claims c "
    "JOIN volunteers v ON v.id = c.volunteer_id ";
constexpr const char* kInsertClaim =
    "INSERT INTO expense_claims (id, volunteer_id, spent_on, kind, tenth_miles, pence_per_mile, amount_pence, "
    "description, receipt_held, status, submitted_by, submitted_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'submitted', $10, $11)";
constexpr const char* kDecide =
    "UPDATE expense_claims SET status = $3, decision_reason = $4, decided_by = $5, decided_at = $6 "
    "WHERE id = $1 AND status = $2";
constexpr const char* kPay = "UPDATE expense_claims SET status = $3, paid_at = $4 WHERE id = $1 AND status = $2";
constexpr const char* kRate = "SELECT pence_per_mile FROM programme_expense_rates WHERE organisation_id = $1";

ExpenseClaim ReadClaim(const db::Row& row) {
  ExpenseClaim c;
  c.id = row.Text(0);
  c.volunteer_id = row.Text(1);
  c.volunteer_name = row.Text(2);
  c.organisation_id = row.Text(3);
  c.spent_on = ParseDate(row.Text(4)).value_or(Date{});
  c.kind = ExpenseKindFromCode(row.Text(5)).value_or(ExpenseKind::kOther);
  if (!row.IsNull(6)) c.miles = static_cast<double>(row.Int(6)) / 10.0;
  c.pence_per_mile = row.Int(7);
  c.amount_pence = row.Int(8);
  c.description = row.Text(9);
  c.receipt_held = row.Bool(10);
  c.status = ExpenseStatusFromCode(row.Text(11)).value_or(ExpenseStatus::kSubmitted);
  c.decision_reason = row.Text(12);
  c.decided_by = row.Text(13);
  if (!row.IsNull(14)) c.decided_at = row.Int(14);
  if (!row.IsNull(15)) c.paid_at = row.Int(15);
  c.submitted_by = row.Text(16);
  c.submitted_at = row.Int(17);
  return c;
}

}  // namespace

void SqlExpenseRepository::Insert(db::Transaction& tx, const ExpenseClaim& c) {
  db::Value tenths = nullptr;
  if (c.miles) tenths = static_cast<std::int64_t>(*c.miles * 10 + 0.5);
  tx.Execute(kInsertClaim, {c.id, c.volunteer_id, IsoDate(c.spent_on), std::string(ExpenseKindCode(c.kind)), tenths,
                            c.pence_per_mile, c.amount_pence, c.description, std::int64_t{c.receipt_held ? 1 : 0},
                            c.submitted_by, c.submitted_at});
}

bool SqlExpenseRepository::Decide(db::Transaction& tx, const std::string& claim_id, ExpenseStatus from,
                                  ExpenseStatus to, const std::string& reason, const std::string& by, Millis at) {
  const std::string from_code(ExpenseStatusCode(from)), to_code(ExpenseStatusCode(to));
  if (to == ExpenseStatus::kPaid) return tx.Execute(kPay, {claim_id, from_code, to_code, at}) == 1;
  return tx.Execute(kDecide, {claim_id, from_code, to_code, reason, by, at}) == 1;
}

std::optional<ExpenseClaim> SqlExpenseRepository::Find(db::Transaction& tx, const std::string& claim_id) {
  const auto row = tx.QueryOne(std::string(kClaimSelect) + "WHERE c.id = $1", {claim_id});
  if (!row) return std::nullopt;
  return ReadClaim(*row);
}

std::vector<ExpenseClaim> SqlExpenseRepository::ForVolunteer(db::Transaction& tx, const std::string& volunteer_id) {
  std::vector<ExpenseClaim> out;
  for (const auto& row : tx.Query(std::string(kClaimSelect) +
                                      "WHERE c.volunteer_id = $1 ORDER BY c.spent_on DESC, c.submitted_at DESC, c.id",
                                  {volunteer_id}))
    out.push_back(ReadClaim(row));
  return out;
}

std::vector<ExpenseClaim> SqlExpenseRepository::ForProgrammes(db::Transaction& tx,
                                                              const std::vector<std::string>& organisation_ids,
                                                              int limit) {
  db::Params params;
  const std::string sql = std::string(kClaimSelect) + "WHERE v.organisation_id IN (" +
                          BindList(params, organisation_ids) +
                          ") ORDER BY CASE WHEN c.status = 'submitted' THEN 0 ELSE 1 END, "
                          "CASE WHEN c.status = 'submitted' THEN c.submitted_at ELSE -c.submitted_at END, c.id LIMIT " +
                          Bind(params, std::int64_t{limit});
  std::vector<ExpenseClaim> out;
  for (const auto& row : tx.Query(sql, params)) out.push_back(ReadClaim(row));
  return out;
}

std::pair<int, std::int64_t> SqlExpenseRepository::Awaiting(db::Transaction& tx,
                                                           const std::vector<std::string>& organisation_ids) {
  db::Params params;
  const std::string sql =
      "SELECT COUNT(*), CAST(COALESCE(SUM(c.amount_pence), 0) AS BIGINT) FROM expense_claims c "
      "JOIN volunteers v ON v.id = c.volunteer_id WHERE c.status = 'submitted' AND v.organisation_id IN (" +
      BindList(params, organisation_ids) + ")";
  const auto row = tx.QueryOne(sql, params);
  return {static_cast<int>(row->Int(0)), row->Int(1)};
}

std::int64_t SqlExpenseRepository::PencePerMile(db::Transaction& tx, const std::string& organisation_id) {
  const auto row = tx.QueryOne(kRate, {organisation_id});
  return row ? row->Int(0) : kDefaultPencePerMile;
}

}  // namespace alongside::storage
