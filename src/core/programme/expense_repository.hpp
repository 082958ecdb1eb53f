#pragma once
/// Storage of expense claims and a programme's mileage rate (storage/programme/).

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/programme/expense.hpp"
#include "db/database.hpp"

namespace alongside {

class ExpenseRepository {
 public:
  virtual ~ExpenseRepository() = default;
  virtual void Insert(db::Transaction& tx, const ExpenseClaim& claim) = 0;
  /// Moves a claim from `from` to `to`; false when it was not at `from`.
  virtual bool Decide(db::Transaction& tx, const std::string& claim_id, ExpenseStatus from, ExpenseStatus to,
                      const std::string& reason, const std::string& by, Millis at) = 0;
  /// Reads fill volunteer_name and organisation_id.
  virtual std::optional<ExpenseClaim> Find(db::Transaction& tx, const std::string& claim_id) = 0;
  /// Newest first.
  virtual std::vector<ExpenseClaim> ForVolunteer(db::Transaction& tx, const std::string& volunteer_id) = 0;
  /// Claims of these programmes' volunteers: awaiting approval first (oldest first), then
  /// the rest newest first, at most `limit`.
  virtual std::vector<ExpenseClaim> ForProgrammes(db::Transaction& tx, const std::vector<std::string>& organisation_ids,
                                                  int limit) = 0;
  /// Claims awaiting approval in these programmes: how many, and their total in pence.
  virtual std::pair<int, std::int64_t> Awaiting(db::Transaction& tx, const std::vector<std::string>& organisation_ids) = 0;
  /// The programme's pence a mile; kDefaultPencePerMile when it set none.
  virtual std::int64_t PencePerMile(db::Transaction& tx, const std::string& organisation_id) = 0;
};

}  // namespace alongside
