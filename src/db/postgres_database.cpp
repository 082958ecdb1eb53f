// PostgreSQL backend: pool of libpq connections, transactions over them.

#include "db/postgres_database.hpp"

#include "db/postgres_url.hpp"

namespace alongside::db {
namespace {

class PostgresTransaction : public Transaction {
 public:
  PostgresTransaction(ConnectionPool<PostgresConnection>::Lease lease, TxMode mode) : lease_(std::move(lease)) {
    lease_->Run(mode == TxMode::kWrite ? "BEGIN" : "BEGIN READ ONLY", {}, nullptr);
  }

  ~PostgresTransaction() override {
    // A connection that cannot roll back goes back broken; Checkout resets it.
    if (lease_) lease_->TryRollback();
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
    PostgresConnection& connection = Active();
    try {
      connection.Run("COMMIT", {}, nullptr);
    } catch (...) {
      connection.TryRollback();
      lease_.Release();
      throw;
    }
    lease_.Release();
  }

  Dialect dialect() const override { return Dialect::kPostgres; }

 private:
  PostgresConnection& Active() {
    if (!lease_) throw DatabaseError("Transaction used after Commit");
    return *lease_;
  }

  ConnectionPool<PostgresConnection>::Lease lease_;
};

}  // namespace

PostgresDatabase::PostgresDatabase(const std::string& url, int pool_size)
    : redacted_url_(RedactPostgresUrl(url)),
      pool_(pool_size, [url, redacted = redacted_url_] { return std::make_unique<PostgresConnection>(url, redacted); }) {
  pool_.Warm();
}

PostgresDatabase::Pool::Lease PostgresDatabase::Checkout() {
  auto lease = pool_.Acquire();
  lease->MakeReady();
  return lease;
}

std::unique_ptr<Transaction> PostgresDatabase::Begin(TxMode mode) {
  return std::make_unique<PostgresTransaction>(Checkout(), mode);
}

void PostgresDatabase::ExecuteScript(std::string_view sql) {
  auto lease = Checkout();
  try {
    lease->ExecuteScript(sql);
  } catch (...) {
    lease->TryRollback();
    throw;
  }
}

}  // namespace alongside::db
