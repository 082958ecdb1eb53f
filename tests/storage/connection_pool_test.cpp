// The generic pool: fixed size, blocking hand-out, counted waits.

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "db/connection_pool.hpp"

namespace alongside::db {
namespace {

struct FakeConnection {
  int id = 0;
};

ConnectionPool<FakeConnection>::Factory CountingFactory(std::atomic<int>& opened) {
  return [&opened] { return std::make_unique<FakeConnection>(FakeConnection{++opened}); };
}

TEST(ConnectionPoolTest, OpensConnectionsOnlyWhenNeededAndReusesThem) {
  std::atomic<int> opened{0};
  ConnectionPool<FakeConnection> pool(3, CountingFactory(opened));
  EXPECT_EQ(opened.load(), 0);
  for (int i = 0; i < 5; ++i) {
    auto lease = pool.Acquire();
    EXPECT_EQ(lease->id, 1);
  }
  EXPECT_EQ(opened.load(), 1);
  auto a = pool.Acquire();
  auto b = pool.Acquire();
  EXPECT_EQ(opened.load(), 2);
  EXPECT_EQ(pool.Stats().in_use, 2);
  EXPECT_EQ(pool.Stats().size, 3);
}

TEST(ConnectionPoolTest, BlocksWhenAllAreLentAndCountsTheWait) {
  std::atomic<int> opened{0};
  ConnectionPool<FakeConnection> pool(1, CountingFactory(opened));
  auto held = pool.Acquire();
  std::atomic<bool> got_it{false};
  std::thread waiter([&] {
    auto lease = pool.Acquire();
    got_it = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_FALSE(got_it.load()) << "a second caller must wait for the only connection";
  held.Release();
  waiter.join();
  EXPECT_TRUE(got_it.load());
  EXPECT_EQ(pool.Stats().waits, 1);
  EXPECT_EQ(pool.Stats().in_use, 0);
  EXPECT_EQ(opened.load(), 1);
}

TEST(ConnectionPoolTest, FailedOpenFreesTheSlot) {
  int attempts = 0;
  ConnectionPool<FakeConnection> pool(1, [&]() -> std::unique_ptr<FakeConnection> {
    if (++attempts == 1) throw DatabaseError("server down");
    return std::make_unique<FakeConnection>();
  });
  EXPECT_THROW(pool.Acquire(), DatabaseError);
  EXPECT_EQ(pool.Stats().in_use, 0);
  auto lease = pool.Acquire();  // would block forever if the slot had leaked
  EXPECT_TRUE(static_cast<bool>(lease));
}

TEST(ConnectionPoolTest, DiscardedConnectionIsReplaced) {
  std::atomic<int> opened{0};
  ConnectionPool<FakeConnection> pool(1, CountingFactory(opened));
  pool.Acquire().Discard();
  EXPECT_EQ(pool.Acquire()->id, 2);
  EXPECT_EQ(pool.Stats().in_use, 0);
}

TEST(ConnectionPoolTest, ManyThreadsNeverExceedTheSize) {
  std::atomic<int> opened{0};
  ConnectionPool<FakeConnection> pool(2, CountingFactory(opened));
  std::atomic<int> concurrent{0};
  std::atomic<int> peak{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 50; ++i) {
        auto lease = pool.Acquire();
        const int now = ++concurrent;
        int seen = peak.load();
        while (now > seen && !peak.compare_exchange_weak(seen, now)) {
        }
        std::this_thread::yield();
        --concurrent;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_LE(peak.load(), 2);
  EXPECT_LE(opened.load(), 2);
  EXPECT_EQ(pool.Stats().in_use, 0);
}

}  // namespace
}  // namespace alongside::db
