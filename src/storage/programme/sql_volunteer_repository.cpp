#include "storage/programme/sql_volunteer_repository.hpp"

#include "core/common/text.hpp"
#include "storage/common/sql.hpp"

namespace alongside::storage {
namespace {

constexpr const char* kVolunteerSelect =
    "SELECT v.id, v.organisation_id, o.area_id, COALESCE(v.user_id, ''), v.name, v.email, v.phone, v.postcode, "
    "v.stage, COALESCE(v.programme_role_id, ''), COALESCE(r.name, ''), v.languages, v.lived_experience, "
    "v.availability, v.max_families, v.enquired_on, v.interviewed_on, v.references_received, v.dbs_checked_on, "
    "v.dbs_renewal_due, v.active_since, v.left_on, v.left_reason, v.notes, v.created_by, v.created_at, "
    "v.updated_at, v.version "
    "FROM volunteers v JOIN organisations o ON o.id = v.organisation_id "
    "LEFT JOIN programme_roles r ON r.id = v.programme_role_id ";

constexpr const char* kInsertVolunteer =
    "INSERT INTO volunteers (id, organisation_id, user_id, name, email, phone, postcode, stage, programme_role_id, "
    "languages, lived_experience, availability, max_families, enquired_on, interviewed_on, references_received, "
    "dbs_checked_on, dbs_renewal_due, active_since, left_on, left_reason, notes, created_by, created_at, updated_at, "
    "version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, "
    "$21, $22, $23, $24, $25, 1)";

constexpr const char* kUpdateVolunteer =
    "UPDATE volunteers SET user_id = $3, name = $4, email = $5, phone = $6, postcode = $7, stage = $8, "
    "programme_role_id = $9, languages = $10, lived_experience = $11, availability = $12, max_families = $13, "
    "enquired_on = $14, interviewed_on = $15, references_received = $16, dbs_checked_on = $17, "
    "dbs_renewal_due = $18, active_since = $19, left_on = $20, left_reason = $21, notes = $22, updated_at = $23, "
    "version = version + 1 WHERE id = $1 AND version = $2";

constexpr const char* kStageChangeSelect =
    "SELECT c.id, c.volunteer_id, c.from_stage, c.to_stage, c.changed_on, c.note, c.changed_by, "
    "COALESCE(u.name, ''), c.changed_at FROM volunteer_stage_changes c LEFT JOIN users u ON u.id = c.changed_by "
    "WHERE c.volunteer_id = $1 ORDER BY c.changed_at, c.id";
constexpr const char* kInsertStageChange =
    "INSERT INTO volunteer_stage_changes (id, volunteer_id, from_stage, to_stage, changed_on, note, changed_by, "
    "changed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";

constexpr const char* kPositionSelect =
    "SELECT id, volunteer_id, position, started_on, ended_on, note, created_by, created_at "
    "FROM volunteer_positions WHERE volunteer_id = $1 ORDER BY started_on, created_at, id";
constexpr const char* kInsertPosition =
    "INSERT INTO volunteer_positions (id, volunteer_id, position, started_on, ended_on, note, created_by, "
    "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";
constexpr const char* kEndPositions =
    "UPDATE volunteer_positions SET ended_on = $2 WHERE volunteer_id = $1 AND ended_on IS NULL";

constexpr const char* kRoleSelect =
    "SELECT id, organisation_id, name, description, supervision_early_days, early_weeks, supervision_later_days, "
    "archived_at, created_at FROM programme_roles ";
constexpr const char* kInsertRole =
    "INSERT INTO programme_roles (id, organisation_id, name, description, supervision_early_days, early_weeks, "
    "supervision_later_days, archived_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";
constexpr const char* kUpdateRole =
    "UPDATE programme_roles SET name = $2, description = $3, supervision_early_days = $4, early_weeks = $5, "
    "supervision_later_days = $6, archived_at = $7 WHERE id = $1";

constexpr const char* kTimeSelect =
    "SELECT id, volunteer_id, activity, on_date, minutes, note, source_type, COALESCE(source_id, ''), logged_by, "
    "logged_at FROM volunteer_time WHERE volunteer_id = $1";
constexpr const char* kInsertTime =
    "INSERT INTO volunteer_time (id, volunteer_id, activity, on_date, minutes, note, source_type, source_id, "
    "logged_by, logged_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";
constexpr const char* kDeleteTimeOfSource =
    "DELETE FROM volunteer_time WHERE volunteer_id = $1 AND source_type = $2 AND source_id = $3";

db::Value DateOrNull(const std::optional<Date>& date) {
  return date ? db::Value(IsoDate(*date)) : db::Value(nullptr);
}

std::optional<Date> OptDate(const db::Row& row, int column) {
  if (row.IsNull(column)) return std::nullopt;
  return ParseDate(row.Text(column));
}

Volunteer ReadVolunteer(const db::Row& row) {
  Volunteer v;
  v.id = row.Text(0);
  v.organisation_id = row.Text(1);
  v.area_id = row.Text(2);
  v.user_id = row.Text(3);
  v.name = row.Text(4);
  v.email = row.Text(5);
  v.phone = row.Text(6);
  v.postcode = row.Text(7);
  v.stage = VolunteerStageFromCode(row.Text(8)).value_or(VolunteerStage::kEnquiry);
  v.programme_role_id = row.Text(9);
  v.programme_role_name = row.Text(10);
  v.languages = SplitCommaList(row.Text(11));
  v.lived_experience = SplitCommaList(row.Text(12));
  v.availability = SplitCommaList(row.Text(13));
  v.max_families = static_cast<int>(row.Int(14));
  v.enquired_on = ParseDate(row.Text(15)).value_or(Date{});
  v.interviewed_on = OptDate(row, 16);
  v.references_received = static_cast<int>(row.Int(17));
  v.dbs_checked_on = OptDate(row, 18);
  v.dbs_renewal_due = OptDate(row, 19);
  v.active_since = OptDate(row, 20);
  v.left_on = OptDate(row, 21);
  v.left_reason = row.Text(22);
  v.notes = row.Text(23);
  v.created_by = row.Text(24);
  v.created_at = row.Int(25);
  v.updated_at = row.Int(26);
  v.version = row.Int(27);
  return v;
}

/// Parameters $3… of both the insert (after id, organisation) and the update.
void AddFields(db::Params& params, const Volunteer& v) {
  params.push_back(TextOrNull(v.user_id));
  params.push_back(v.name);
  params.push_back(v.email);
  params.push_back(v.phone);
  params.push_back(v.postcode);
  params.push_back(std::string(VolunteerStageCode(v.stage)));
  params.push_back(TextOrNull(v.programme_role_id));
  params.push_back(JoinCommaList(v.languages));
  params.push_back(JoinCommaList(v.lived_experience));
  params.push_back(JoinCommaList(v.availability));
  params.push_back(static_cast<std::int64_t>(v.max_families));
  params.push_back(IsoDate(v.enquired_on));
  params.push_back(DateOrNull(v.interviewed_on));
  params.push_back(static_cast<std::int64_t>(v.references_received));
  params.push_back(DateOrNull(v.dbs_checked_on));
  params.push_back(DateOrNull(v.dbs_renewal_due));
  params.push_back(DateOrNull(v.active_since));
  params.push_back(DateOrNull(v.left_on));
  params.push_back(v.left_reason);
  params.push_back(v.notes);
}

ProgrammeRole ReadRole(const db::Row& row) {
  ProgrammeRole r;
  r.id = row.Text(0);
  r.organisation_id = row.Text(1);
  r.name = row.Text(2);
  r.description = row.Text(3);
  r.supervision_early_days = static_cast<int>(row.Int(4));
  r.early_weeks = static_cast<int>(row.Int(5));
  r.supervision_later_days = static_cast<int>(row.Int(6));
  r.archived_at = row.OptInt(7);
  r.created_at = row.Int(8);
  return r;
}

TimeEntry ReadTime(const db::Row& row) {
  TimeEntry t;
  t.id = row.Text(0);
  t.volunteer_id = row.Text(1);
  t.activity = TimeActivityFromCode(row.Text(2)).value_or(TimeActivity::kOther);
  t.on_date = ParseDate(row.Text(3)).value_or(Date{});
  t.minutes = row.Int(4);
  t.note = row.Text(5);
  t.source_type = row.Text(6);
  t.source_id = row.Text(7);
  t.logged_by = row.Text(8);
  t.logged_at = row.Int(9);
  return t;
}

}  // namespace

void SqlVolunteerRepository::Insert(db::Transaction& tx, const Volunteer& v) {
  db::Params params{v.id, v.organisation_id};
  AddFields(params, v);
  params.push_back(v.created_by);
  params.push_back(v.created_at);
  params.push_back(v.updated_at);
  tx.Execute(kInsertVolunteer, params);
}

bool SqlVolunteerRepository::Update(db::Transaction& tx, const Volunteer& v) {
  db::Params params{v.id, v.version};
  AddFields(params, v);
  params.push_back(v.updated_at);
  return tx.Execute(kUpdateVolunteer, params) == 1;
}

std::optional<Volunteer> SqlVolunteerRepository::Find(db::Transaction& tx, const std::string& volunteer_id) {
  auto row = tx.QueryOne(std::string(kVolunteerSelect) + "WHERE v.id = $1", {volunteer_id});
  if (!row) return std::nullopt;
  return ReadVolunteer(*row);
}

std::vector<Volunteer> SqlVolunteerRepository::FindByUser(db::Transaction& tx, const std::string& user_id) {
  std::vector<Volunteer> out;
  for (const auto& row : tx.Query(std::string(kVolunteerSelect) + "WHERE v.user_id = $1 ORDER BY v.created_at, v.id",
                                  {user_id}))
    out.push_back(ReadVolunteer(row));
  return out;
}

Page<Volunteer> SqlVolunteerRepository::List(db::Transaction& tx, const VolunteerFilter& filter) {
  Page<Volunteer> page;
  const auto request = filter.page.Normalised();
  page.page = request.page;
  page.page_size = request.page_size;
  db::Params params;
  std::string where = "WHERE v.organisation_id IN (" + BindList(params, filter.organisation_ids) + ")";
  if (filter.stage) where += " AND v.stage = " + Bind(params, std::string(VolunteerStageCode(*filter.stage)));
  if (!filter.name_contains.empty())
    where += " AND LOWER(v.name) LIKE " + Bind(params, ContainsPattern(AsciiLower(filter.name_contains))) +
             " ESCAPE '\\'";
  page.total = tx.QueryOne("SELECT COUNT(*) FROM volunteers v " + where, params)->Int(0);
  const auto limit = Bind(params, static_cast<std::int64_t>(request.page_size));
  const auto offset = Bind(params, request.Offset());
  for (const auto& row : tx.Query(std::string(kVolunteerSelect) + where + " ORDER BY v.name, v.id LIMIT " + limit +
                                      " OFFSET " + offset,
                                  params))
    page.items.push_back(ReadVolunteer(row));
  return page;
}

std::vector<Volunteer> SqlVolunteerRepository::ListAll(db::Transaction& tx,
                                                       const std::vector<std::string>& organisation_ids) {
  db::Params params;
  const auto in = BindList(params, organisation_ids);
  std::vector<Volunteer> out;
  for (const auto& row :
       tx.Query(std::string(kVolunteerSelect) + "WHERE v.organisation_id IN (" + in + ") ORDER BY v.name, v.id",
                params))
    out.push_back(ReadVolunteer(row));
  return out;
}

void SqlVolunteerRepository::InsertStageChange(db::Transaction& tx, const StageChange& c) {
  tx.Execute(kInsertStageChange,
             {c.id, c.volunteer_id, c.from_stage ? std::string(VolunteerStageCode(*c.from_stage)) : std::string(),
              std::string(VolunteerStageCode(c.to_stage)), IsoDate(c.changed_on), c.note, c.changed_by,
              c.changed_at});
}

std::vector<StageChange> SqlVolunteerRepository::StageChanges(db::Transaction& tx, const std::string& volunteer_id) {
  std::vector<StageChange> out;
  for (const auto& row : tx.Query(kStageChangeSelect, {volunteer_id})) {
    StageChange c;
    c.id = row.Text(0);
    c.volunteer_id = row.Text(1);
    c.from_stage = VolunteerStageFromCode(row.Text(2));
    c.to_stage = VolunteerStageFromCode(row.Text(3)).value_or(VolunteerStage::kEnquiry);
    c.changed_on = ParseDate(row.Text(4)).value_or(Date{});
    c.note = row.Text(5);
    c.changed_by = row.Text(6);
    c.changed_by_name = row.Text(7);
    c.changed_at = row.Int(8);
    out.push_back(std::move(c));
  }
  return out;
}

void SqlVolunteerRepository::InsertPosition(db::Transaction& tx, const Position& p) {
  tx.Execute(kInsertPosition, {p.id, p.volunteer_id, std::string(PathwayPositionCode(p.position)),
                               IsoDate(p.started_on), DateOrNull(p.ended_on), p.note, p.created_by, p.created_at});
}

void SqlVolunteerRepository::EndCurrentPositions(db::Transaction& tx, const std::string& volunteer_id,
                                                 const Date& ended_on) {
  tx.Execute(kEndPositions, {volunteer_id, IsoDate(ended_on)});
}

std::vector<Position> SqlVolunteerRepository::Positions(db::Transaction& tx, const std::string& volunteer_id) {
  std::vector<Position> out;
  for (const auto& row : tx.Query(kPositionSelect, {volunteer_id})) {
    Position p;
    p.id = row.Text(0);
    p.volunteer_id = row.Text(1);
    p.position = PathwayPositionFromCode(row.Text(2)).value_or(PathwayPosition::kVolunteer);
    p.started_on = ParseDate(row.Text(3)).value_or(Date{});
    p.ended_on = OptDate(row, 4);
    p.note = row.Text(5);
    p.created_by = row.Text(6);
    p.created_at = row.Int(7);
    out.push_back(std::move(p));
  }
  return out;
}

void SqlVolunteerRepository::InsertRole(db::Transaction& tx, const ProgrammeRole& r) {
  tx.Execute(kInsertRole, {r.id, r.organisation_id, r.name, r.description,
                           static_cast<std::int64_t>(r.supervision_early_days), static_cast<std::int64_t>(r.early_weeks),
                           static_cast<std::int64_t>(r.supervision_later_days), OptionalMillis(r.archived_at),
                           r.created_at});
}

void SqlVolunteerRepository::UpdateRole(db::Transaction& tx, const ProgrammeRole& r) {
  tx.Execute(kUpdateRole, {r.id, r.name, r.description, static_cast<std::int64_t>(r.supervision_early_days),
                           static_cast<std::int64_t>(r.early_weeks),
                           static_cast<std::int64_t>(r.supervision_later_days), OptionalMillis(r.archived_at)});
}

std::optional<ProgrammeRole> SqlVolunteerRepository::FindRole(db::Transaction& tx, const std::string& role_id) {
  auto row = tx.QueryOne(std::string(kRoleSelect) + "WHERE id = $1", {role_id});
  if (!row) return std::nullopt;
  return ReadRole(*row);
}

std::vector<ProgrammeRole> SqlVolunteerRepository::Roles(db::Transaction& tx, const std::string& organisation_id,
                                                         bool include_archived) {
  std::vector<ProgrammeRole> out;
  const std::string where = include_archived ? "WHERE organisation_id = $1 "
                                             : "WHERE organisation_id = $1 AND archived_at IS NULL ";
  for (const auto& row : tx.Query(std::string(kRoleSelect) + where + "ORDER BY name, id", {organisation_id}))
    out.push_back(ReadRole(row));
  return out;
}

void SqlVolunteerRepository::UpsertTime(db::Transaction& tx, const TimeEntry& t) {
  if (!t.source_type.empty() && !t.source_id.empty())
    tx.Execute(kDeleteTimeOfSource, {t.volunteer_id, t.source_type, t.source_id});
  tx.Execute(kInsertTime, {t.id, t.volunteer_id, std::string(TimeActivityCode(t.activity)), IsoDate(t.on_date),
                           t.minutes, t.note, t.source_type, TextOrNull(t.source_id), t.logged_by, t.logged_at});
}

void SqlVolunteerRepository::DeleteTimeBySource(db::Transaction& tx, const std::string& source_type,
                                                const std::string& source_id) {
  tx.Execute("DELETE FROM volunteer_time WHERE source_type = $1 AND source_id = $2", {source_type, source_id});
}

void SqlVolunteerRepository::DeleteTime(db::Transaction& tx, const std::string& volunteer_id,
                                        const std::string& entry_id) {
  tx.Execute("DELETE FROM volunteer_time WHERE volunteer_id = $1 AND id = $2", {volunteer_id, entry_id});
}

std::vector<TimeEntry> SqlVolunteerRepository::TimeFor(db::Transaction& tx, const std::string& volunteer_id,
                                                       const std::optional<Date>& from,
                                                       const std::optional<Date>& to) {
  db::Params params{volunteer_id};
  std::string sql = kTimeSelect;
  if (from) sql += " AND on_date >= " + Bind(params, IsoDate(*from));
  if (to) sql += " AND on_date <= " + Bind(params, IsoDate(*to));
  sql += " ORDER BY on_date DESC, logged_at DESC, id DESC";
  std::vector<TimeEntry> out;
  for (const auto& row : tx.Query(sql, params)) out.push_back(ReadTime(row));
  return out;
}

}  // namespace alongside::storage
