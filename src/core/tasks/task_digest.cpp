#include "core/tasks/task_digest.hpp"

#include <algorithm>
#include <set>

#include "core/common/ids.hpp"

namespace alongside {
namespace {

constexpr int kMostTasksInDigest = 500;
constexpr std::size_t kMostFamiliesNamed = 30;

std::string Plural(std::size_t count, const char* one, const char* many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

/// Family names in order of first appearance (the tasks come earliest due first).
std::vector<std::string> FamiliesOf(const std::vector<TaskOfFamily>& tasks, bool overdue, const Date& today) {
  std::vector<std::string> names;
  std::set<std::string> seen;
  for (const auto& item : tasks) {
    if ((item.task.due < today) != overdue || item.task.due > today) continue;
    if (seen.insert(item.task.family_id).second) names.push_back(item.family_display_name);
  }
  return names;
}

void AppendSection(std::string& body, const char* heading, const std::vector<std::string>& names) {
  if (names.empty()) return;
  body += std::string(heading) + "\n";
  for (std::size_t i = 0; i < names.size() && i < kMostFamiliesNamed; ++i) body += "- " + names[i] + "\n";
  if (names.size() > kMostFamiliesNamed)
    body += "- and " + Plural(names.size() - kMostFamiliesNamed, "more family", "more families") + "\n";
  body += "\n";
}

}  // namespace

std::optional<DigestText> ComposeDigest(const std::string& name, const std::vector<TaskOfFamily>& tasks,
                                        const Date& today, const std::string& public_url) {
  const auto overdue = std::count_if(tasks.begin(), tasks.end(), [&](const auto& t) { return t.task.due < today; });
  const auto due_today = std::count_if(tasks.begin(), tasks.end(), [&](const auto& t) { return t.task.due == today; });
  if (overdue == 0 && due_today == 0) return std::nullopt;
  DigestText text;
  text.subject = "Your tasks for " + FormatDate(today) + ": " +
                 (overdue ? Plural(overdue, "overdue", "overdue") + (due_today ? ", " : "") : "") +
                 (due_today ? Plural(due_today, "due today", "due today") : "");
  text.body = "Hello " + name + ",\n\n";
  if (overdue) text.body += "You have " + Plural(overdue, "task", "tasks") + " overdue.\n";
  if (due_today) text.body += "You have " + Plural(due_today, "task", "tasks") + " due today.\n";
  text.body += "\n";
  AppendSection(text.body, "Families with overdue tasks:", FamiliesOf(tasks, true, today));
  AppendSection(text.body, "Families with tasks due today:", FamiliesOf(tasks, false, today));
  text.body += "See your tasks at " + public_url + "/tasks\n\n"
               "You get this email on mornings when you have tasks overdue or due that day.\n";
  return text;
}

int TaskDigestService::SendDigests(const std::function<bool()>& stopping) {
  const Date today = LondonDateOf(clock_.Now());
  std::vector<std::string> recipients;
  {
    auto tx = database_.Begin(db::TxMode::kRead);
    recipients = digests_.Recipients(*tx);
    tx->Commit();
  }
  int queued = 0;
  for (const auto& user_id : recipients) {
    if (stopping && stopping()) break;
    try {
      if (SendOne(user_id, today)) ++queued;
    } catch (const db::UniqueViolation&) {
      // Another server recorded this person's digest for today first.
    }
  }
  return queued;
}

bool TaskDigestService::SendOne(const std::string& user_id, const Date& today) {
  auto tx = database_.Begin();
  if (digests_.WasSent(*tx, user_id, today)) return false;
  const auto user = users_.FindById(*tx, user_id);
  if (!user || user->disabled()) return false;
  Actor actor;
  actor.user_id = user->id;
  actor.name = user->name;
  actor.grants = user->grants;
  const auto scope = policy_.ScopeForList(actor, Resource::kFamily);
  if (scope.denied) return false;
  PageRequest page;
  page.page_size = kMostTasksInDigest;
  const auto tasks = tasks_.ListOpenForWorker(*tx, actor.user_id, scope, today, page);
  const auto text = ComposeDigest(user->name, tasks.items, today, public_url_);
  if (!text) return false;
  Email email;
  email.created_at = clock_.Now();
  email.id = NewId(email.created_at);
  email.to = user->email;
  email.subject = text->subject;
  email.body = text->body;
  outbox_.Enqueue(*tx, email);
  digests_.RecordSent(*tx, user_id, today, email.created_at);
  tx->Commit();
  return true;
}

bool TaskDigestService::DailyJobFinishedToday() {
  auto tx = database_.Begin();
  const bool finished = digests_.DailyJobFinished(*tx, LondonDateOf(clock_.Now()));
  tx->Commit();
  return finished;
}

void TaskDigestService::RecordDailyJobFinished() {
  const Millis now = clock_.Now();
  auto tx = database_.Begin();
  digests_.RecordDailyJobFinished(*tx, LondonDateOf(now), now);
  tx->Commit();
}

}  // namespace alongside
