#pragma once

#include "core/programme/expense_repository.hpp"

namespace alongside::storage {

/// Volunteers' expense claims and programmes' mileage rates (0017).
class SqlExpenseRepository final : public ExpenseRepository {
 public:
  void Insert(db::Transaction& tx, const ExpenseClaim& claim) override;
  bool Decide(db::Transaction& tx, const std::string& claim_id, ExpenseStatus from, ExpenseStatus to,
              const std::string& reason, const std::string& by, Millis at) override;
  std::optional<ExpenseClaim> Find(db::Transaction& tx, const std::string& claim_id) override;
  std::vector<ExpenseClaim> ForVolunteer(db::Transaction& tx, const std::string& volunteer_id) override;
  std::vector<ExpenseClaim> ForProgrammes(db::Transaction& tx, const std::vector<std::string>& organisation_ids,
                                          int limit) override;
  std::pair<int, std::int64_t> Awaiting(db::Transaction& tx, const std::vector<std::string>& organisation_ids) override;
  std::int64_t PencePerMile(db::Transaction& tx, const std::string& organisation_id) override;
};

}  // namespace alongside::storage
