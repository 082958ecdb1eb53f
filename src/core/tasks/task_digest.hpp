#pragma once
/// The daily digest: one email a day to each peer supporter and coordinator who has open
/// tasks overdue or due today, with counts and family names only (nothing sensitive: an
/// email leaves the system), and a link to /tasks. Queued through the outbox; a digest sent
/// for a person and a UK day is recorded, so running the job again that day sends nothing.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/accounts/account_repositories.hpp"
#include "core/common/clock.hpp"
#include "core/mail/email.hpp"
#include "core/tasks/task_repository.hpp"

namespace alongside {

/// The subject and plain-text body of one person's digest, or nothing when no task is
/// overdue or due today. `tasks` are that person's open tasks due on or before `today`.
struct DigestText {
  std::string subject;
  std::string body;
};
std::optional<DigestText> ComposeDigest(const std::string& name, const std::vector<TaskOfFamily>& tasks,
                                        const Date& today, const std::string& public_url);

class TaskDigestService {
 public:
  TaskDigestService(db::Database& database, TaskRepository& tasks, DigestRepository& digests, UserRepository& users,
                    OutboxRepository& outbox, const AccessPolicy& policy, const Clock& clock, std::string public_url)
      : database_(database), tasks_(tasks), digests_(digests), users_(users), outbox_(outbox), policy_(policy),
        clock_(clock), public_url_(std::move(public_url)) {}

  /// Queues today's digests not yet sent; returns how many were queued. Stops early,
  /// between people, once `stopping` returns true.
  int SendDigests(const std::function<bool()>& stopping = {});

  /// Whether the daily job already finished today (UK day), in this or another process.
  bool DailyJobFinishedToday();
  void RecordDailyJobFinished();

 private:
  bool SendOne(const std::string& user_id, const Date& today);

  db::Database& database_;
  TaskRepository& tasks_;
  DigestRepository& digests_;
  UserRepository& users_;
  OutboxRepository& outbox_;
  const AccessPolicy& policy_;
  const Clock& clock_;
  std::string public_url_;
};

}  // namespace alongside
