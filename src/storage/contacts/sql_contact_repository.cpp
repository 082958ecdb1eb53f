#include "storage/contacts/sql_contact_repository.hpp"

#include <sstream>

#include "core/contacts/contact_validation.hpp"
#include "core/common/ids.hpp"
#include "storage/common/sql.hpp"
#include "storage/families/family_display_name.hpp"

namespace alongside::storage {
namespace {

constexpr const char* kInsert =
    "INSERT INTO contacts (id, family_id, author_user_id, status, kind, contact_date, start_time, occurred_at, "
    "duration_minutes, others_present, location, notes, edit_count, submitted_at, created_at, updated_by, updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)";
constexpr const char* kUpdate =
    "UPDATE contacts SET status = $4, kind = $5, contact_date = $6, start_time = $7, occurred_at = $8, "
    "duration_minutes = $9, others_present = $10, location = $11, notes = $12, edit_count = $13, submitted_at = $14, "
    "updated_by = $16, updated_at = $17 WHERE id = $1 AND family_id = $2 AND author_user_id = $3 AND created_at = $15";
constexpr const char* kSelect =
    "SELECT c.id, c.family_id, c.author_user_id, u.name, c.status, c.kind, c.contact_date, c.start_time, "
    "c.duration_minutes, c.others_present, c.location, c.notes, c.occurred_at, c.edit_count, c.submitted_at, "
    "c.created_at, c.updated_by, c.updated_at FROM contacts c JOIN users u ON u.id = c.author_user_id";
constexpr const char* kTopics = "SELECT topic FROM contact_topics WHERE contact_id = $1 ORDER BY topic";
constexpr const char* kCaregivers =
    "SELECT cc.caregiver_id FROM contact_caregivers cc JOIN caregivers g ON g.id = cc.caregiver_id "
    "WHERE cc.contact_id = $1 ORDER BY g.created_at, g.id";
constexpr const char* kInsertRevision =
    "INSERT INTO contact_revisions (id, contact_id, number, kind, contact_date, start_time, duration_minutes, "
    "others_present, location, notes, topics, caregiver_ids, saved_by, saved_at, replaced_by, replaced_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)";
constexpr const char* kRevisions =
    "SELECT r.number, r.kind, r.contact_date, r.start_time, r.duration_minutes, r.others_present, r.location, "
    "r.notes, r.topics, r.caregiver_ids, r.saved_by, COALESCE(s.name, ''), r.saved_at, r.replaced_by, "
    "COALESCE(e.name, ''), r.replaced_at FROM contact_revisions r LEFT JOIN users s ON s.id = r.saved_by "
    "LEFT JOIN users e ON e.id = r.replaced_by WHERE r.contact_id = $1 ORDER BY r.number";
constexpr const char* kRefreshLastContact =
    "UPDATE families SET last_contact_at = (SELECT MAX(c.occurred_at) FROM contacts c "
    "WHERE c.family_id = $1 AND c.status = 'submitted') WHERE id = $1";
constexpr const char* kFamilyCaregivers =
    "SELECT id, CASE WHEN preferred_name = '' THEN name ELSE preferred_name END FROM caregivers "
    "WHERE family_id = $1 ORDER BY created_at, id";

/// Reads the stored columns of ContactDetails starting at `col`: kind, date, start time,
/// duration, others present, location, notes.
ContactDetails ReadDetails(const db::Row& row, std::size_t col) {
  ContactDetails d;
  d.kind = ContactKindFromCode(row.Text(col));
  if (auto date = row.OptText(col + 1)) d.date = ParseDate(*date);
  if (auto time = row.Text(col + 2); !time.empty()) d.start_minute = ParseStartTime(time);
  if (auto minutes = row.OptInt(col + 3)) d.duration_minutes = static_cast<int>(*minutes);
  d.others_present = row.Text(col + 4);
  d.location = row.Text(col + 5);
  d.notes = row.Text(col + 6);
  return d;
}

Contact ReadContact(const db::Row& row) {
  Contact c;
  c.id = row.Text(0);
  c.family_id = row.Text(1);
  c.author_user_id = row.Text(2);
  c.author_name = row.Text(3);
  c.status = ContactStatusFromCode(row.Text(4)).value_or(ContactStatus::kDraft);
  c.details = ReadDetails(row, 5);
  c.occurred_at = row.OptInt(12);
  c.edit_count = static_cast<int>(row.Int(13));
  c.submitted_at = row.OptInt(14);
  c.created_at = row.Int(15);
  c.updated_by = row.Text(16);
  c.updated_at = row.Int(17);
  return c;
}

db::Value KindValue(const ContactDetails& d) { return d.kind ? std::string(ContactKindCode(*d.kind)) : std::string(); }
db::Value DateValue(const ContactDetails& d) { return d.date ? db::Value(IsoDate(*d.date)) : db::Value(nullptr); }
db::Value TimeValue(const ContactDetails& d) {
  return d.start_minute ? FormatStartTime(*d.start_minute) : std::string();
}
db::Value MinutesValue(const ContactDetails& d) {
  return d.duration_minutes ? db::Value(static_cast<std::int64_t>(*d.duration_minutes)) : db::Value(nullptr);
}

db::Params ContactParams(const Contact& c) {
  const auto& d = c.details;
  return {c.id, c.family_id, c.author_user_id, std::string(ContactStatusCode(c.status)), KindValue(d), DateValue(d),
          TimeValue(d), OptionalMillis(c.occurred_at), MinutesValue(d), d.others_present, d.location, d.notes,
          static_cast<std::int64_t>(c.edit_count), OptionalMillis(c.submitted_at), c.created_at, c.updated_by,
          c.updated_at};
}

void WriteLinks(db::Transaction& tx, const Contact& c) {
  tx.Execute("DELETE FROM contact_topics WHERE contact_id = $1", {c.id});
  tx.Execute("DELETE FROM contact_caregivers WHERE contact_id = $1", {c.id});
  for (auto topic : c.details.topics)
    tx.Execute("INSERT INTO contact_topics (contact_id, topic) VALUES ($1, $2)",
               {c.id, std::string(ContactTopicCode(topic))});
  for (const auto& caregiver_id : c.details.caregiver_ids)
    tx.Execute("INSERT INTO contact_caregivers (contact_id, caregiver_id) VALUES ($1, $2)", {c.id, caregiver_id});
}

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string word; in >> word;) out.push_back(word);
  return out;
}

template <typename T, typename ToText>
std::string Joined(const std::vector<T>& values, ToText to_text) {
  std::string out;
  for (const auto& value : values) out += (out.empty() ? "" : " ") + std::string(to_text(value));
  return out;
}

}  // namespace

void SqlContactRepository::Insert(db::Transaction& tx, const Contact& contact) {
  tx.Execute(kInsert, ContactParams(contact));
  WriteLinks(tx, contact);
}

void SqlContactRepository::Update(db::Transaction& tx, const Contact& contact) {
  tx.Execute(kUpdate, ContactParams(contact));
  WriteLinks(tx, contact);
}

void SqlContactRepository::Delete(db::Transaction& tx, const std::string& contact_id) {
  tx.Execute("DELETE FROM contact_topics WHERE contact_id = $1", {contact_id});
  tx.Execute("DELETE FROM contact_caregivers WHERE contact_id = $1", {contact_id});
  tx.Execute("DELETE FROM contacts WHERE id = $1 AND status = 'draft'", {contact_id});
}

std::optional<Contact> SqlContactRepository::Find(db::Transaction& tx, const std::string& family_id,
                                                  const std::string& contact_id) {
  auto row = tx.QueryOne(std::string(kSelect) + " WHERE c.id = $1 AND c.family_id = $2", {contact_id, family_id});
  if (!row) return std::nullopt;
  auto contact = ReadContact(*row);
  for (const auto& r : tx.Query(kTopics, {contact_id}))
    if (auto topic = ContactTopicFromCode(r.Text(0))) contact.details.topics.push_back(*topic);
  for (const auto& r : tx.Query(kCaregivers, {contact_id})) contact.details.caregiver_ids.push_back(r.Text(0));
  return contact;
}

Page<Contact> SqlContactRepository::List(db::Transaction& tx, const std::string& family_id,
                                         const DraftVisibility& drafts, const PageRequest& request) {
  Page<Contact> page;
  page.page = request.page;
  page.page_size = request.page_size;
  db::Params params;
  std::string where = " WHERE c.family_id = " + Bind(params, family_id);
  if (!drafts.all) {
    where += drafts.author_user_id.empty()
                 ? std::string(" AND c.status = 'submitted'")
                 : " AND (c.status = 'submitted' OR c.author_user_id = " + Bind(params, drafts.author_user_id) + ")";
  }
  page.total = tx.QueryOne("SELECT COUNT(*) FROM contacts c" + where, params)->Int(0);
  const auto limit = Bind(params, static_cast<std::int64_t>(request.page_size));
  const auto offset = Bind(params, request.Offset());
  const std::string sql = std::string(kSelect) + where +
                          " ORDER BY CASE WHEN c.occurred_at IS NULL THEN 0 ELSE 1 END, c.occurred_at DESC, "
                          "c.created_at DESC, c.id DESC LIMIT " + limit + " OFFSET " + offset;
  for (const auto& row : tx.Query(sql, params)) page.items.push_back(ReadContact(row));
  return page;
}

void SqlContactRepository::InsertRevision(db::Transaction& tx, const std::string& contact_id,
                                          const ContactRevision& r) {
  const auto& d = r.details;
  tx.Execute(kInsertRevision,
             {NewId(r.replaced_at), contact_id, static_cast<std::int64_t>(r.number), KindValue(d), DateValue(d),
              TimeValue(d), MinutesValue(d), d.others_present, d.location, d.notes,
              Joined(d.topics, ContactTopicCode), Joined(d.caregiver_ids, [](const std::string& s) { return s; }),
              r.saved_by, r.saved_at, r.replaced_by, r.replaced_at});
}

std::vector<ContactRevision> SqlContactRepository::Revisions(db::Transaction& tx, const std::string& contact_id) {
  std::vector<ContactRevision> out;
  for (const auto& row : tx.Query(kRevisions, {contact_id})) {
    ContactRevision r;
    r.number = static_cast<int>(row.Int(0));
    r.details = ReadDetails(row, 1);
    for (const auto& code : Words(row.Text(8)))
      if (auto topic = ContactTopicFromCode(code)) r.details.topics.push_back(*topic);
    r.details.caregiver_ids = Words(row.Text(9));
    r.saved_by = row.Text(10);
    r.saved_by_name = row.Text(11);
    r.saved_at = row.Int(12);
    r.replaced_by = row.Text(13);
    r.replaced_by_name = row.Text(14);
    r.replaced_at = row.Int(15);
    out.push_back(std::move(r));
  }
  return out;
}

void SqlContactRepository::RefreshLastContact(db::Transaction& tx, const std::string& family_id) {
  tx.Execute(kRefreshLastContact, {family_id});
}

std::vector<CaregiverChoice> SqlContactRepository::Caregivers(db::Transaction& tx, const std::string& family_id) {
  std::vector<CaregiverChoice> out;
  for (const auto& row : tx.Query(kFamilyCaregivers, {family_id})) out.push_back({row.Text(0), row.Text(1)});
  return out;
}

std::string SqlContactRepository::FamilyName(db::Transaction& tx, const std::string& family_id) {
  return FamilyDisplayName(tx, family_id);
}

}  // namespace alongside::storage
