#include "storage/contacts/sql_hours_repository.hpp"

#include "storage/common/sql.hpp"

namespace alongside::storage {
namespace {

constexpr const char* kByMonth =
    "SELECT SUBSTR(c.contact_date, 1, 7) AS month, CAST(SUM(c.duration_minutes) AS BIGINT), COUNT(*) FROM contacts c "
    "WHERE c.author_user_id = $1 AND c.status = 'submitted' AND c.contact_date >= $2 AND c.contact_date < $3 "
    "GROUP BY SUBSTR(c.contact_date, 1, 7)";
constexpr const char* kTotal =
    "SELECT CAST(COALESCE(SUM(c.duration_minutes), 0) AS BIGINT) FROM contacts c "
    "WHERE c.author_user_id = $1 AND c.status = 'submitted'";
/// Time given beyond contacts (0015) by the volunteer records linked to the account.
constexpr const char* kTimeByMonth =
    "SELECT SUBSTR(t.on_date, 1, 7) AS month, t.activity, CAST(SUM(t.minutes) AS BIGINT), COUNT(*) "
    "FROM volunteer_time t JOIN volunteers v ON v.id = t.volunteer_id "
    "WHERE v.user_id = $1 AND t.on_date >= $2 AND t.on_date < $3 GROUP BY SUBSTR(t.on_date, 1, 7), t.activity";
constexpr const char* kTimeTotal =
    "SELECT CAST(COALESCE(SUM(t.minutes), 0) AS BIGINT) FROM volunteer_time t "
    "JOIN volunteers v ON v.id = t.volunteer_id WHERE v.user_id = $1";

/// The first day of a month and of the month after, as stored dates compare.
std::string FirstDay(const Month& month) { return month + "-01"; }
std::string FirstDayAfter(const Month& month) { return MonthBefore(month, -1) + "-01"; }

}  // namespace

std::vector<ActivityMinutes> SqlHoursRepository::ByMonth(db::Transaction& tx, const std::string& user_id,
                                                         const Month& from, const Month& to) {
  std::vector<ActivityMinutes> out;
  for (const auto& row : tx.Query(kByMonth, {user_id, FirstDay(from), FirstDayAfter(to)}))
    out.push_back({row.Text(0), std::string(kContactActivity), row.Int(1), row.Int(2)});
  for (const auto& row : tx.Query(kTimeByMonth, {user_id, FirstDay(from), FirstDayAfter(to)}))
    out.push_back({row.Text(0), row.Text(1), row.Int(2), row.Int(3)});
  return out;
}

std::int64_t SqlHoursRepository::TotalMinutes(db::Transaction& tx, const std::string& user_id) {
  return tx.QueryOne(kTotal, {user_id})->Int(0) + tx.QueryOne(kTimeTotal, {user_id})->Int(0);
}

std::vector<PersonMinutes> SqlHoursRepository::ByPerson(db::Transaction& tx,
                                                        const std::vector<std::string>& organisation_ids,
                                                        const Month& month) {
  db::Params params;
  const std::string sql =
      "SELECT c.author_user_id, u.name, CAST(SUM(c.duration_minutes) AS BIGINT), COUNT(*) FROM contacts c "
      "JOIN families f ON f.id = c.family_id JOIN users u ON u.id = c.author_user_id "
      "WHERE c.status = 'submitted' AND c.contact_date >= " + Bind(params, FirstDay(month)) +
      " AND c.contact_date < " + Bind(params, FirstDayAfter(month)) + " AND f.organisation_id IN (" +
      BindList(params, organisation_ids) + ") GROUP BY c.author_user_id, u.name ORDER BY u.name, c.author_user_id";
  std::vector<PersonMinutes> out;
  for (const auto& row : tx.Query(sql, params))
    out.push_back({row.Text(0), row.Text(1), {month, std::string(kContactActivity), row.Int(2), row.Int(3)}});
  // Time given beyond contacts by the programmes' volunteers; one without an account is
  // counted under their volunteer id.
  db::Params time_params;
  const std::string time_sql =
      "SELECT COALESCE(v.user_id, v.id), v.name, t.activity, CAST(SUM(t.minutes) AS BIGINT), COUNT(*) "
      "FROM volunteer_time t JOIN volunteers v ON v.id = t.volunteer_id WHERE t.on_date >= " +
      Bind(time_params, FirstDay(month)) + " AND t.on_date < " + Bind(time_params, FirstDayAfter(month)) +
      " AND v.organisation_id IN (" + BindList(time_params, organisation_ids) +
      ") GROUP BY COALESCE(v.user_id, v.id), v.name, t.activity ORDER BY v.name";
  for (const auto& row : tx.Query(time_sql, time_params))
    out.push_back({row.Text(0), row.Text(1), {month, row.Text(2), row.Int(3), row.Int(4)}});
  return out;
}

}  // namespace alongside::storage
