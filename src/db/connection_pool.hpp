#pragma once
/// A fixed-size, thread-safe pool of database connections of any kind.
/// Connections are created on demand up to the size (so a large pool costs nothing until
/// it is used) and lent out one at a time; when all are lent, Acquire blocks on a
/// condition variable until one comes back, and counts that wait.

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

#include "db/database.hpp"

namespace alongside::db {

template <typename Connection>
class ConnectionPool {
 public:
  using Factory = std::function<std::unique_ptr<Connection>()>;

  /// A connection on loan; returned to the pool when the lease is destroyed or released.
  /// The pool must outlive every lease taken from it.
  class Lease {
   public:
    Lease() = default;
    Lease(ConnectionPool* pool, std::unique_ptr<Connection> connection)
        : pool_(pool), connection_(std::move(connection)) {}
    Lease(Lease&& other) noexcept
        : pool_(std::exchange(other.pool_, nullptr)), connection_(std::move(other.connection_)) {}
    Lease& operator=(Lease&& other) noexcept {
      if (this != &other) {
        Release();
        pool_ = std::exchange(other.pool_, nullptr);
        connection_ = std::move(other.connection_);
      }
      return *this;
    }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease() { Release(); }

    Connection& operator*() const { return *connection_; }
    Connection* operator->() const { return connection_.get(); }
    explicit operator bool() const { return connection_ != nullptr; }

    /// Gives the connection back now; the lease is empty afterwards.
    void Release() noexcept {
      if (pool_ != nullptr && connection_ != nullptr) pool_->Return(std::move(connection_));
      pool_ = nullptr;
      connection_.reset();
    }

    /// Closes the connection instead of returning it (it is broken); the pool may open a
    /// fresh one in its place later.
    void Discard() noexcept {
      if (pool_ != nullptr && connection_ != nullptr) {
        connection_.reset();
        pool_->Forget();
      }
      pool_ = nullptr;
    }

   private:
    ConnectionPool* pool_ = nullptr;
    std::unique_ptr<Connection> connection_;
  };

  ConnectionPool(int size, Factory factory) : size_(size < 1 ? 1 : size), factory_(std::move(factory)) {}
  ConnectionPool(const ConnectionPool&) = delete;
  ConnectionPool& operator=(const ConnectionPool&) = delete;

  /// Opens one connection now, so that a bad URL or an unreachable server is reported
  /// when the pool is built rather than on the first request.
  void Warm() { Acquire().Release(); }

  /// Blocks until a connection is free (or may be opened). Throws whatever the factory throws.
  Lease Acquire() {
    std::unique_lock lock(mutex_);
    if (idle_.empty() && opened_ >= size_) {
      ++waits_;
      available_.wait(lock, [this] { return !idle_.empty() || opened_ < size_; });
    }
    ++in_use_;
    if (!idle_.empty()) {
      auto connection = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(connection));
    }
    ++opened_;
    lock.unlock();
    try {
      return Lease(this, factory_());
    } catch (...) {
      lock.lock();
      --opened_;
      --in_use_;
      lock.unlock();
      available_.notify_one();
      throw;
    }
  }

  PoolStats Stats() const {
    std::lock_guard lock(mutex_);
    return PoolStats{size_, in_use_, waits_};
  }

  int size() const { return size_; }

 private:
  void Return(std::unique_ptr<Connection> connection) {
    {
      std::lock_guard lock(mutex_);
      idle_.push_back(std::move(connection));
      --in_use_;
    }
    available_.notify_one();
  }

  void Forget() {
    {
      std::lock_guard lock(mutex_);
      --opened_;
      --in_use_;
    }
    available_.notify_one();
  }

  const int size_;
  Factory factory_;
  mutable std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<Connection>> idle_;
  int opened_ = 0;
  int in_use_ = 0;
  std::int64_t waits_ = 0;
};

}  // namespace alongside::db
