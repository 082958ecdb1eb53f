#pragma once
/// A Transaction on a connection leased from a ConnectionPool, the same for every backend:
/// BEGIN at construction, COMMIT on Commit(), ROLLBACK when destroyed uncommitted.

#include <string_view>
#include <utility>
#include <vector>

#include "db/connection_pool.hpp"
#include "db/database.hpp"

namespace alongside::db {

/// What happens to a connection that could not even roll back.
enum class AfterFailedRollback {
  kDiscard,         ///< its state is unknown: close it (SQLite)
  kReturnForReset,  ///< hand it back; the pool's checkout notices and reconnects (PostgreSQL)
};

/// `Connection` needs Run(sql, params, rows*), ExecuteScript(sql) and bool TryRollback().
template <typename Connection>
class PooledTransaction final : public Transaction {
 public:
  PooledTransaction(typename ConnectionPool<Connection>::Lease lease, std::string_view begin, Dialect dialect,
                    AfterFailedRollback after_failed_rollback)
      : lease_(std::move(lease)), dialect_(dialect), after_failed_rollback_(after_failed_rollback) {
    lease_->Run(begin, {}, nullptr);
  }

  ~PooledTransaction() override {
    if (lease_) Abandon();
  }

  std::vector<Row> Query(std::string_view sql, const Params& params) override {
    std::vector<Row> rows;
    Active().Run(sql, params, &rows);
    return rows;
  }

  std::int64_t Execute(std::string_view sql, const Params& params) override {
    return Active().Run(sql, params, nullptr);
  }

  void ExecuteScript(std::string_view sql) override { Active().ExecuteScript(sql); }

  void Commit() override {
    Connection& connection = Active();
    try {
      connection.Run("COMMIT", {}, nullptr);
    } catch (...) {
      Abandon();
      throw;
    }
    lease_.Release();
  }

  Dialect dialect() const override { return dialect_; }

 private:
  Connection& Active() {
    if (!lease_) throw DatabaseError("Transaction used after Commit");
    return *lease_;
  }

  void Abandon() noexcept {
    if (!lease_->TryRollback() && after_failed_rollback_ == AfterFailedRollback::kDiscard) lease_.Discard();
    lease_.Release();
  }

  typename ConnectionPool<Connection>::Lease lease_;
  Dialect dialect_;
  AfterFailedRollback after_failed_rollback_;
};

}  // namespace alongside::db
