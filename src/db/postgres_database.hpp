#pragma once
/// The PostgreSQL backend: "postgresql://..." or "postgres://...", a pool of libpq
/// connections. Several stateless app servers may share one server.

#include <memory>
#include <string>

#include "db/connection_pool.hpp"
#include "db/database.hpp"
#include "db/postgres_connection.hpp"

namespace alongside::db {

class PostgresDatabase : public Database {
 public:
  /// Opens one connection at once, so a wrong URL or an unreachable server fails here.
  PostgresDatabase(const std::string& url, int pool_size);

  std::unique_ptr<Transaction> Begin(TxMode mode = TxMode::kWrite) override;
  void ExecuteScript(std::string_view sql) override;
  Dialect dialect() const override { return Dialect::kPostgres; }
  PoolStats Stats() const override { return pool_.Stats(); }

  /// The URL with its password masked, fit for logs.
  const std::string& redacted_url() const { return redacted_url_; }

 private:
  using Pool = ConnectionPool<PostgresConnection>;
  Pool::Lease Checkout();

  std::string redacted_url_;
  Pool pool_;
};

}  // namespace alongside::db
