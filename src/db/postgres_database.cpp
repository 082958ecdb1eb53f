// PostgreSQL backend: pool of libpq connections, transactions over them.

#include "db/postgres_database.hpp"

#include "db/pooled_transaction.hpp"
#include "db/postgres_url.hpp"

namespace alongside::db {

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
  return std::make_unique<PooledTransaction<PostgresConnection>>(
      Checkout(), mode == TxMode::kWrite ? "BEGIN" : "BEGIN READ ONLY", Dialect::kPostgres,
      AfterFailedRollback::kReturnForReset);
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
