// The email outbox on SQLite and PostgreSQL: queued emails are sent once, never twice,
// and never lost; and the dispatcher that moves them to a sender.

#include <gtest/gtest.h>

#include <chrono>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "core/common/ids.hpp"
#include "core/mail/outbox_dispatcher.hpp"
#include "storage/mail/sql_outbox_repository.hpp"
#include "test_databases.hpp"

namespace alongside::storage {
namespace {

using test::MigratedBackendTest;

constexpr Millis kT0 = 1'750'064'400'000;
constexpr Millis kStale = 5 * kMinute;

class OutboxRepositoryTest : public MigratedBackendTest {
 protected:
  Email Enqueue(const std::string& to, Millis at, const std::string& subject = "Hello",
                const std::string& body = "Body") {
    Email email{NewId(at), to, subject, body, at, std::nullopt, 0};
    auto tx = database().Begin();
    outbox_.Enqueue(*tx, email);
    tx->Commit();
    return email;
  }

  std::vector<Email> Claim(const std::string& claimant, Millis now, int limit = 10) {
    auto tx = database().Begin();
    auto claimed = outbox_.Claim(*tx, claimant, now, now - kStale, limit);
    tx->Commit();
    return claimed;
  }

  void MarkSent(const std::string& id, Millis at) {
    auto tx = database().Begin();
    outbox_.MarkSent(*tx, id, at);
    tx->Commit();
  }

  void MarkFailed(const std::string& id, const std::string& error) {
    auto tx = database().Begin();
    outbox_.MarkFailed(*tx, id, error);
    tx->Commit();
  }

  std::vector<Email> Latest(int limit = 100) {
    auto tx = database().Begin(db::TxMode::kRead);
    return outbox_.Latest(*tx, limit);
  }

  static std::vector<std::string> Recipients(const std::vector<Email>& emails) {
    std::vector<std::string> out;
    for (const auto& email : emails) out.push_back(email.to);
    return out;
  }

  SqlOutboxRepository outbox_;
};

TEST_P(OutboxRepositoryTest, QueuedEmailIsReadBackByteForByte) {
  const std::string subject = "Robert'); DROP TABLE outbox;-- <script>alert(1)</script>";
  const std::string body = "Hello Zoë,\n\n<a href=\"x\">link</a> & 'quotes' $1 %s \\ 👪\r\nBye\n";
  const Email queued = Enqueue("zoe@example.org", kT0, subject, body);
  const auto latest = Latest();
  ASSERT_EQ(latest.size(), 1u);
  EXPECT_EQ(latest[0].id, queued.id);
  EXPECT_EQ(latest[0].to, "zoe@example.org");
  EXPECT_EQ(latest[0].subject, subject);
  EXPECT_EQ(latest[0].body, body);
  EXPECT_EQ(latest[0].created_at, kT0);
  EXPECT_FALSE(latest[0].sent_at.has_value());
  EXPECT_EQ(latest[0].attempts, 0);
}

TEST_P(OutboxRepositoryTest, LatestIsNewestFirst) {
  Enqueue("a@example.org", kT0);
  Enqueue("b@example.org", kT0 + 2);
  Enqueue("c@example.org", kT0 + 1);
  EXPECT_EQ(Recipients(Latest()), (std::vector<std::string>{"b@example.org", "c@example.org", "a@example.org"}));
  EXPECT_EQ(Recipients(Latest(1)), (std::vector<std::string>{"b@example.org"}));
}

TEST_P(OutboxRepositoryTest, ClaimTakesTheOldestUnsentUpToTheLimit) {
  Enqueue("second@example.org", kT0 + 2);
  Enqueue("first@example.org", kT0 + 1);
  Enqueue("third@example.org", kT0 + 3);
  const auto claimed = Claim("server-a", kT0 + kMinute, 2);
  EXPECT_EQ(Recipients(claimed), (std::vector<std::string>{"first@example.org", "second@example.org"}));
  for (const auto& email : claimed) EXPECT_EQ(email.attempts, 1);
  EXPECT_EQ(Recipients(Claim("server-a", kT0 + 2 * kMinute)), (std::vector<std::string>{"third@example.org"}));
}

TEST_P(OutboxRepositoryTest, AClaimedEmailIsNotClaimedAgainUntilTheClaimIsStale) {
  Enqueue("ann@example.org", kT0);
  ASSERT_EQ(Claim("server-a", kT0 + kSecond).size(), 1u);
  EXPECT_TRUE(Claim("server-b", kT0 + kSecond).empty()) << "same moment, another server";
  EXPECT_TRUE(Claim("server-b", kT0 + 4 * kMinute).empty());
  EXPECT_TRUE(Claim("server-a", kT0 + 4 * kMinute).empty()) << "nor by the same server";
  // Server A died without sending: after five minutes another server takes over.
  const auto taken_over = Claim("server-b", kT0 + kSecond + kStale + 1);
  ASSERT_EQ(taken_over.size(), 1u);
  EXPECT_EQ(taken_over[0].attempts, 2);
}

TEST_P(OutboxRepositoryTest, ASentEmailIsNeverClaimedAgain) {
  const Email email = Enqueue("ann@example.org", kT0);
  ASSERT_EQ(Claim("server-a", kT0).size(), 1u);
  MarkSent(email.id, kT0 + kSecond);
  EXPECT_TRUE(Claim("server-b", kT0 + kDay).empty());
  const auto latest = Latest();
  ASSERT_EQ(latest.size(), 1u);
  EXPECT_EQ(latest[0].sent_at, kT0 + kSecond);
}

TEST_P(OutboxRepositoryTest, AFailedEmailIsRetriedUpToTenAttempts) {
  const Email email = Enqueue("ann@example.org", kT0);
  for (int attempt = 1; attempt <= 10; ++attempt) {
    const auto claimed = Claim("server-a", kT0 + attempt * kMinute);
    ASSERT_EQ(claimed.size(), 1u) << "attempt " << attempt;
    EXPECT_EQ(claimed[0].attempts, attempt);
    MarkFailed(email.id, "SMTP 451 'try later'; DROP TABLE outbox;--");
  }
  EXPECT_TRUE(Claim("server-a", kT0 + kDay).empty()) << "after ten attempts it waits for an operator";
  auto tx = database().Begin(db::TxMode::kRead);
  EXPECT_EQ(tx->QueryOne("SELECT last_error FROM outbox WHERE id = $1", {email.id})->Text(0),
            "SMTP 451 'try later'; DROP TABLE outbox;--");
}

// Two servers claim at once: the second blocks on the first one's claim and, once that
// commits, must not take the same emails (each would otherwise be sent twice).
TEST_P(OutboxRepositoryTest, ConcurrentClaimsNeverShareAnEmail) {
  for (int i = 0; i < 3; ++i) Enqueue("person" + std::to_string(i) + "@example.org", kT0 + i);

  auto first_tx = database().Begin();
  const auto first = outbox_.Claim(*first_tx, "server-a", kT0 + kMinute, kT0 + kMinute - kStale, 10);
  ASSERT_EQ(first.size(), 3u);

  std::vector<Email> second;
  std::string second_error;
  std::thread other([&] {
    try {
      auto tx = database().Begin();
      second = outbox_.Claim(*tx, "server-b", kT0 + kMinute + 1, kT0 + kMinute + 1 - kStale, 10);
      tx->Commit();
    } catch (const std::exception& error) {
      second_error = error.what();
    }
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  first_tx->Commit();
  other.join();

  EXPECT_EQ(second_error, "");
  EXPECT_TRUE(second.empty()) << "server-b also claimed " << second.size() << " email(s) server-a holds";
  auto tx = database().Begin(db::TxMode::kRead);
  EXPECT_EQ(tx->QueryOne("SELECT COUNT(*) FROM outbox WHERE claimed_by = 'server-a' AND attempts = 1")->Int(0), 3);
}

class RecordingSender : public EmailSender {
 public:
  void Send(const Email& email) override {
    if (email.to == fail_for) throw std::runtime_error("mailbox unavailable");
    sent.push_back(email);
  }
  std::vector<Email> sent;
  std::string fail_for;
};

TEST_P(OutboxRepositoryTest, DispatcherSendsEachEmailOnceAndKeepsFailuresForARetry) {
  ManualClock clock(kT0);
  RecordingSender sender;
  sender.fail_for = "broken@example.org";
  OutboxDispatcher dispatcher(database(), outbox_, sender, clock, "server-a");
  Enqueue("ann@example.org", kT0 - 2, "Confirm your email address", "Hello Ann");
  Enqueue("broken@example.org", kT0 - 1);

  EXPECT_EQ(dispatcher.RunOnce(), 1);
  ASSERT_EQ(sender.sent.size(), 1u);
  EXPECT_EQ(sender.sent[0].to, "ann@example.org");
  EXPECT_EQ(sender.sent[0].subject, "Confirm your email address");
  EXPECT_EQ(sender.sent[0].body, "Hello Ann");

  clock.Advance(kMinute);
  sender.fail_for.clear();
  EXPECT_EQ(dispatcher.RunOnce(), 1) << "the failed email is retried";
  ASSERT_EQ(sender.sent.size(), 2u);
  EXPECT_EQ(sender.sent[1].to, "broken@example.org");

  clock.Advance(kDay);
  EXPECT_EQ(dispatcher.RunOnce(), 0) << "nothing is sent twice";
  for (const auto& email : Latest()) EXPECT_TRUE(email.sent_at.has_value()) << email.to;
}

INSTANTIATE_TEST_SUITE_P(Backends, OutboxRepositoryTest, ::testing::ValuesIn(test::TestBackends()),
                         test::BackendName);

}  // namespace
}  // namespace alongside::storage
