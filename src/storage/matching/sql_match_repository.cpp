#include "storage/matching/sql_match_repository.hpp"

#include "storage/common/sql.hpp"

namespace alongside::storage {
namespace {

constexpr const char* kMatchSelect =
    "SELECT m.id, m.family_id, m.volunteer_id, v.name, m.status, m.note, m.response_reason, m.proposed_by, "
    "m.proposed_at, COALESCE(m.responded_by, ''), m.responded_at FROM volunteer_matches m "
    "JOIN volunteers v ON v.id = m.volunteer_id ";
constexpr const char* kInsertMatch =
    "INSERT INTO volunteer_matches (id, family_id, volunteer_id, status, note, proposed_by, proposed_at) "
    "VALUES ($1, $2, $3, 'proposed', $4, $5, $6)";
constexpr const char* kRespond =
    "UPDATE volunteer_matches SET status = $2, response_reason = $3, responded_by = $4, responded_at = $5 "
    "WHERE id = $1 AND status = 'proposed'";
constexpr const char* kOpenFamilies =
    "SELECT f.supporter_user_id, COUNT(*) FROM families f WHERE f.organisation_id = $1 AND f.status = 'open' "
    "AND f.supporter_user_id IS NOT NULL GROUP BY f.supporter_user_id";
constexpr const char* kTrainingTopics =
    "SELECT DISTINCT c.volunteer_id, m.topic FROM training_completions c "
    "JOIN training_modules m ON m.id = c.module_id JOIN volunteers v ON v.id = c.volunteer_id "
    "WHERE v.organisation_id = $1 ORDER BY c.volunteer_id, m.topic";

Match ReadMatch(const db::Row& row) {
  Match m;
  m.id = row.Text(0);
  m.family_id = row.Text(1);
  m.volunteer_id = row.Text(2);
  m.volunteer_name = row.Text(3);
  m.status = MatchStatusFromCode(row.Text(4)).value_or(MatchStatus::kProposed);
  m.note = row.Text(5);
  m.response_reason = row.Text(6);
  m.proposed_by = row.Text(7);
  m.proposed_at = row.Int(8);
  m.responded_by = row.Text(9);
  if (!row.IsNull(10)) m.responded_at = row.Int(10);
  return m;
}

std::vector<Match> ReadMatches(db::Transaction& tx, const std::string& where, const std::string& id) {
  std::vector<Match> out;
  for (const auto& row : tx.Query(std::string(kMatchSelect) + where + " ORDER BY m.proposed_at DESC, m.id DESC", {id}))
    out.push_back(ReadMatch(row));
  return out;
}

}  // namespace

std::vector<WaitingFamily> SqlMatchRepository::Waiting(db::Transaction& tx,
                                                       const std::vector<std::string>& organisation_ids) {
  db::Params params;
  const std::string sql =
      "SELECT f.id, f.organisation_id, f.display_name, f.postcode, f.created_at, COALESCE(v.name, '') "
      "FROM families f LEFT JOIN volunteer_matches m ON m.family_id = f.id AND m.status = 'proposed' "
      "LEFT JOIN volunteers v ON v.id = m.volunteer_id "
      "WHERE f.status = 'open' AND f.support_consent = 1 AND f.supporter_user_id IS NULL AND f.organisation_id IN (" +
      BindList(params, organisation_ids) + ") ORDER BY f.created_at, f.id";
  std::vector<WaitingFamily> out;
  for (const auto& row : tx.Query(sql, params))
    out.push_back({row.Text(0), row.Text(1), row.Text(2), row.Text(3), row.Int(4), row.Text(5)});
  return out;
}

std::map<std::string, int> SqlMatchRepository::OpenFamiliesBySupporter(db::Transaction& tx,
                                                                      const std::string& organisation_id) {
  std::map<std::string, int> out;
  for (const auto& row : tx.Query(kOpenFamilies, {organisation_id}))
    out[row.Text(0)] = static_cast<int>(row.Int(1));
  return out;
}

std::map<std::string, std::vector<std::string>> SqlMatchRepository::TrainingTopics(db::Transaction& tx,
                                                                                   const std::string& organisation_id) {
  std::map<std::string, std::vector<std::string>> out;
  for (const auto& row : tx.Query(kTrainingTopics, {organisation_id})) out[row.Text(0)].push_back(row.Text(1));
  return out;
}

void SqlMatchRepository::Insert(db::Transaction& tx, const Match& m) {
  tx.Execute(kInsertMatch, {m.id, m.family_id, m.volunteer_id, m.note, m.proposed_by, m.proposed_at});
}

bool SqlMatchRepository::Respond(db::Transaction& tx, const std::string& match_id, MatchStatus status,
                                 const std::string& reason, const std::string& by, Millis at) {
  return tx.Execute(kRespond, {match_id, std::string(MatchStatusCode(status)), reason, by, at}) == 1;
}

std::optional<Match> SqlMatchRepository::Find(db::Transaction& tx, const std::string& match_id) {
  auto rows = ReadMatches(tx, "WHERE m.id = $1", match_id);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::optional<Match> SqlMatchRepository::OpenForFamily(db::Transaction& tx, const std::string& family_id) {
  auto rows = ReadMatches(tx, "WHERE m.family_id = $1 AND m.status = 'proposed'", family_id);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<Match> SqlMatchRepository::ForVolunteer(db::Transaction& tx, const std::string& volunteer_id) {
  return ReadMatches(tx, "WHERE m.volunteer_id = $1", volunteer_id);
}

std::vector<Match> SqlMatchRepository::ForFamily(db::Transaction& tx, const std::string& family_id) {
  return ReadMatches(tx, "WHERE m.family_id = $1", family_id);
}

}  // namespace alongside::storage
