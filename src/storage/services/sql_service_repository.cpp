#include "storage/services/sql_service_repository.hpp"

#include <map>

#include "core/common/text.hpp"
#include "storage/common/sql.hpp"

namespace alongside::storage {
namespace {

constexpr const char* kColumns =
    "s.id, s.organisation_id, o.name, s.area_id, s.name, s.level, s.type, s.summary, s.eligibility, "
    "s.in_pregnancy, s.min_age_months, s.max_age_months, s.referral_route, s.referral_contact, s.hours, "
    "s.languages, s.accessibility, s.response_days, s.internal_notes, s.review_due, s.status, s.created_by, "
    "s.created_at, s.updated_at, s.version";
constexpr const char* kFrom = " FROM services s JOIN organisations o ON o.id = s.organisation_id";

constexpr const char* kInsert =
    "INSERT INTO services (id, organisation_id, area_id, name, name_search, level, type, summary, eligibility, "
    "in_pregnancy, min_age_months, max_age_months, referral_route, referral_contact, hours, languages, "
    "accessibility, response_days, internal_notes, review_due, status, created_by, created_at, updated_at, version) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, "
    "$23, $24, $25)";
constexpr const char* kUpdate =
    "UPDATE services SET name = $2, name_search = $3, level = $4, type = $5, summary = $6, eligibility = $7, "
    "in_pregnancy = $8, min_age_months = $9, max_age_months = $10, referral_route = $11, referral_contact = $12, "
    "hours = $13, languages = $14, accessibility = $15, response_days = $16, internal_notes = $17, "
    "review_due = $18, status = $19, updated_at = $20, version = $21 WHERE id = $1 AND version = $22";

/// What the text search reads: the name, what it offers and the type's words, lower-cased.
std::string SearchText(const Service& s) {
  return AsciiLower(s.name + " " + s.summary + " " + std::string(ServiceTypeLabel(s.type)));
}

db::Value OptionalInt(const std::optional<int>& value) {
  if (value) return static_cast<std::int64_t>(*value);
  return nullptr;
}

std::optional<int> ReadOptionalInt(const db::Row& row, std::size_t col) {
  if (row.IsNull(col)) return std::nullopt;
  return static_cast<int>(row.Int(col));
}

Service ReadService(const db::Row& row) {
  Service s;
  s.id = row.Text(0);
  s.organisation_id = row.Text(1);
  s.organisation_name = row.Text(2);
  s.area_id = row.Text(3);
  s.name = row.Text(4);
  s.level = ServiceLevelFromCode(row.Text(5)).value_or(ServiceLevel::kCommunity);
  s.type = ServiceTypeFromCode(row.Text(6)).value_or(ServiceType::kPeerSupport);
  s.summary = row.Text(7);
  s.eligibility = row.Text(8);
  s.in_pregnancy = row.Bool(9);
  s.min_age_months = ReadOptionalInt(row, 10);
  s.max_age_months = ReadOptionalInt(row, 11);
  s.referral_route = ReferralRouteFromCode(row.Text(12)).value_or(ReferralRoute::kAlongside);
  s.referral_contact = row.Text(13);
  s.hours = row.Text(14);
  s.languages = row.Text(15);
  s.accessibility = row.Text(16);
  s.response_days = static_cast<int>(row.Int(17));
  s.internal_notes = row.Text(18);
  s.review_due = row.Text(19);
  s.status = ServiceStatusFromCode(row.Text(20)).value_or(ServiceStatus::kActive);
  s.created_by = row.Text(21);
  s.created_at = row.Int(22);
  s.updated_at = row.Int(23);
  s.version = static_cast<int>(row.Int(24));
  return s;
}

void WriteDetails(db::Transaction& tx, const Service& s) {
  tx.Execute("DELETE FROM service_needs WHERE service_id = $1", {s.id});
  tx.Execute("DELETE FROM service_coverage WHERE service_id = $1", {s.id});
  for (const auto& need : s.needs)
    tx.Execute("INSERT INTO service_needs (service_id, need) VALUES ($1, $2)", {s.id, need});
  for (const auto& c : s.coverage)
    tx.Execute("INSERT INTO service_coverage (service_id, kind, value) VALUES ($1, $2, $3)",
               {s.id, std::string(CoverageKindCode(c.kind)), c.value});
}

/// Fills needs and coverage of every service read, two queries for the whole page.
void ReadDetails(db::Transaction& tx, std::vector<Service>& services) {
  if (services.empty()) return;
  std::map<std::string, Service*> by_id;
  std::vector<std::string> ids;
  for (auto& s : services) {
    by_id[s.id] = &s;
    ids.push_back(s.id);
  }
  db::Params params;
  const std::string in = BindList(params, ids);
  for (const auto& row : tx.Query("SELECT service_id, need FROM service_needs WHERE service_id IN (" + in +
                                      ") ORDER BY service_id, need",
                                  params))
    by_id[row.Text(0)]->needs.push_back(row.Text(1));
  for (const auto& row : tx.Query("SELECT service_id, kind, value FROM service_coverage WHERE service_id IN (" + in +
                                      ") ORDER BY service_id, kind, value",
                                  params))
    by_id[row.Text(0)]->coverage.push_back(
        {CoverageKindFromCode(row.Text(1)).value_or(CoverageKind::kPostcodeDistrict), row.Text(2)});
}

/// Splits the text typed into lower-cased words.
std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  std::string current;
  for (char c : AsciiLower(text) + " ") {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (!current.empty()) words.push_back(current);
      current.clear();
    } else {
      current += c;
    }
  }
  return words;
}

std::string Conditions(db::Params& params, const ServiceQuery& q) {
  std::string where = " WHERE s.area_id = " + Bind(params, q.area_id);
  if (!q.include_archived) where += " AND s.status = 'active'";
  for (const auto& word : Words(q.text))
    where += " AND s.name_search LIKE " + Bind(params, ContainsPattern(word)) + " ESCAPE '\\'";
  if (q.level) where += " AND s.level = " + Bind(params, std::string(ServiceLevelCode(*q.level)));
  if (q.type) where += " AND s.type = " + Bind(params, std::string(ServiceTypeCode(*q.type)));
  if (!q.organisation_id.empty()) where += " AND s.organisation_id = " + Bind(params, q.organisation_id);
  if (q.stale_only) where += " AND s.review_due < " + Bind(params, q.today);
  if (!q.need.empty())
    where += " AND EXISTS (SELECT 1 FROM service_needs n WHERE n.service_id = s.id AND n.need = " +
             Bind(params, q.need) + ")";
  if (!q.postcode_district.empty()) {
    // One probe a service: its district rows, if any, must include this one; with none it
    // covers its whole area.
    where += " AND COALESCE((SELECT MAX(CASE WHEN c.value = " + Bind(params, q.postcode_district) +
             " THEN 1 ELSE 0 END) FROM service_coverage c WHERE c.service_id = s.id AND c.kind = "
             "'postcode_district'), 1) = 1";
  }
  return where;
}

/// Levels in their PAIR order (community first), as SQL, for ordering. The same expression
/// as the services_directory_order index of migration 0008, so a page is read in index
/// order and stops at its last row instead of sorting the whole area.
constexpr const char* kLevelOrder =
    "CASE s.level WHEN 'community' THEN 0 WHEN 'universal' THEN 1 WHEN 'targeted' THEN 2 WHEN 'specialist' THEN 3 "
    "ELSE 4 END";

}  // namespace

void SqlServiceRepository::Insert(db::Transaction& tx, const Service& s) {
  tx.Execute(kInsert, {s.id, s.organisation_id, s.area_id, s.name, SearchText(s), std::string(ServiceLevelCode(s.level)),
                       std::string(ServiceTypeCode(s.type)), s.summary, s.eligibility,
                       static_cast<std::int64_t>(s.in_pregnancy ? 1 : 0), OptionalInt(s.min_age_months),
                       OptionalInt(s.max_age_months), std::string(ReferralRouteCode(s.referral_route)),
                       s.referral_contact, s.hours, s.languages, s.accessibility,
                       static_cast<std::int64_t>(s.response_days), s.internal_notes, s.review_due,
                       std::string(ServiceStatusCode(s.status)), s.created_by, s.created_at, s.updated_at,
                       static_cast<std::int64_t>(s.version)});
  WriteDetails(tx, s);
}

bool SqlServiceRepository::Update(db::Transaction& tx, const Service& s, int expected_version) {
  const auto changed = tx.Execute(
      kUpdate, {s.id, s.name, SearchText(s), std::string(ServiceLevelCode(s.level)), std::string(ServiceTypeCode(s.type)),
                s.summary, s.eligibility, static_cast<std::int64_t>(s.in_pregnancy ? 1 : 0),
                OptionalInt(s.min_age_months), OptionalInt(s.max_age_months),
                std::string(ReferralRouteCode(s.referral_route)), s.referral_contact, s.hours, s.languages,
                s.accessibility, static_cast<std::int64_t>(s.response_days), s.internal_notes, s.review_due,
                std::string(ServiceStatusCode(s.status)), s.updated_at, static_cast<std::int64_t>(s.version),
                static_cast<std::int64_t>(expected_version)});
  if (changed == 0) return false;
  WriteDetails(tx, s);
  return true;
}

std::optional<Service> SqlServiceRepository::Find(db::Transaction& tx, const std::string& id) {
  auto row = tx.QueryOne(std::string("SELECT ") + kColumns + kFrom + " WHERE s.id = $1", {id});
  if (!row) return std::nullopt;
  std::vector<Service> one{ReadService(*row)};
  ReadDetails(tx, one);
  return std::move(one.front());
}

Page<Service> SqlServiceRepository::Search(db::Transaction& tx, const ServiceQuery& query, const PageRequest& request) {
  Page<Service> page;
  page.page = request.page;
  page.page_size = request.page_size;
  db::Params params;
  const std::string where = Conditions(params, query);
  page.total = tx.QueryOne("SELECT COUNT(*) FROM services s" + where, params)->Int(0);
  if (page.total == 0) return page;
  const auto limit = Bind(params, static_cast<std::int64_t>(request.page_size));
  const auto offset = Bind(params, request.Offset());
  for (const auto& row : tx.Query(std::string("SELECT ") + kColumns + kFrom + where + " ORDER BY " + kLevelOrder +
                                      ", s.name, s.id LIMIT " + limit + " OFFSET " + offset,
                                  params))
    page.items.push_back(ReadService(row));
  ReadDetails(tx, page.items);
  return page;
}

}  // namespace alongside::storage
