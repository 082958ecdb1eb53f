#include "storage/needs/sql_needs_repository.hpp"

#include <map>

#include "core/needs/level_rules_document.hpp"
#include "storage/common/sql.hpp"

namespace alongside::storage {
namespace {

constexpr const char* kFamilyName = "SELECT display_name FROM families WHERE id = $1";
constexpr const char* kInsert =
    "INSERT INTO needs_conversations (id, family_id, framework_version_id, reviewed_from_id, status, pressure_note, "
    "started_by, started_at, updated_at) VALUES ($1, $2, $3, $4, 'draft', $5, $6, $7, $7)";
constexpr const char* kUpdateNote = "UPDATE needs_conversations SET pressure_note = $2, updated_at = $3 WHERE id = $1";
constexpr const char* kDeleteAnswers = "DELETE FROM needs_domain_answers WHERE conversation_id = $1";
constexpr const char* kInsertAnswer =
    "INSERT INTO needs_domain_answers (conversation_id, domain, rating, going_well, would_help) "
    "VALUES ($1, $2, $3, $4, $5)";
constexpr const char* kDeleteChoices = "DELETE FROM needs_choices WHERE conversation_id = $1 AND kind = $2";
constexpr const char* kInsertChoice =
    "INSERT INTO needs_choices (conversation_id, kind, code, position) VALUES ($1, $2, $3, $4)";
constexpr const char* kFinish =
    "UPDATE needs_conversations SET status = 'finished', finished_at = $2, updated_at = $2, rules_version_id = $3, "
    "suggested_level = $4, suggestion = $5 WHERE id = $1 AND status = 'draft'";
constexpr const char* kDecide =
    "UPDATE needs_conversations SET decided_level = $2, decision_reason = $3, decided_by = $4, decided_at = $5 "
    "WHERE id = $1 AND decided_at IS NULL";
constexpr const char* kSelect =
    "SELECT c.id, c.family_id, c.framework_version_id, COALESCE(c.reviewed_from_id, ''), c.status, c.pressure_note, "
    "c.started_by, COALESCE(s.name, ''), c.started_at, c.updated_at, c.finished_at, COALESCE(c.rules_version_id, ''), "
    "c.suggestion, c.decided_level, COALESCE(c.decision_reason, ''), COALESCE(c.decided_by, ''), COALESCE(d.name, ''), "
    "c.decided_at FROM needs_conversations c LEFT JOIN users s ON s.id = c.started_by "
    "LEFT JOIN users d ON d.id = c.decided_by ";
constexpr const char* kAnswers =
    "SELECT conversation_id, domain, rating, going_well, would_help FROM needs_domain_answers "
    "WHERE conversation_id IN (SELECT id FROM needs_conversations WHERE family_id = $1)";
constexpr const char* kChoices =
    "SELECT conversation_id, kind, code FROM needs_choices "
    "WHERE conversation_id IN (SELECT id FROM needs_conversations WHERE family_id = $1) ORDER BY position";

void ReplaceChoices(db::Transaction& tx, const std::string& id, const char* kind, const std::vector<std::string>& codes) {
  tx.Execute(kDeleteChoices, {id, kind});
  std::int64_t position = 0;
  for (const auto& code : codes) tx.Execute(kInsertChoice, {id, kind, code, ++position});
}

template <typename T, typename Code>
std::vector<std::string> Codes(const std::vector<T>& values, Code code) {
  std::vector<std::string> codes;
  for (const auto& value : values) codes.emplace_back(code(value));
  return codes;
}

NeedsConversation ReadConversation(const db::Row& row) {
  NeedsConversation c;
  c.id = row.Text(0);
  c.family_id = row.Text(1);
  c.framework_version_id = row.Text(2);
  c.reviewed_from_id = row.Text(3);
  c.status = NeedsStatusFromCode(row.Text(4)).value_or(NeedsStatus::kDraft);
  c.answers.pressure_note = row.Text(5);
  c.started_by = row.Text(6);
  c.started_by_name = row.Text(7);
  c.started_at = row.Int(8);
  c.updated_at = row.Int(9);
  c.finished_at = row.OptInt(10);
  c.rules_version_id = row.Text(11);
  if (auto suggestion = row.OptText(12)) c.suggestion = ReadSuggestion(*suggestion);
  if (auto level = row.OptText(13)) {
    NeedsDecision decision;
    decision.level = ServiceLevelFromCode(*level).value_or(ServiceLevel::kUniversal);
    decision.reason = row.Text(14);
    decision.decided_by = row.Text(15);
    decision.decided_by_name = row.Text(16);
    decision.decided_at = row.Int(17);
    c.decision = std::move(decision);
  }
  return c;
}

/// Reads the family's conversations (all, or the one with `id`) with their answers and choices.
std::vector<NeedsConversation> ReadFamily(db::Transaction& tx, const std::string& family_id, const std::string* id) {
  std::vector<NeedsConversation> list;
  const auto rows = id ? tx.Query(std::string(kSelect) + "WHERE c.family_id = $1 AND c.id = $2", {family_id, *id})
                       : tx.Query(std::string(kSelect) + "WHERE c.family_id = $1 ORDER BY c.started_at DESC, c.id DESC",
                                  {family_id});
  if (rows.empty()) return list;
  std::map<std::string, std::size_t> index;
  for (const auto& row : rows) {
    index[row.Text(0)] = list.size();
    list.push_back(ReadConversation(row));
  }
  std::map<std::string, std::map<std::string, DomainAnswer>> answers;
  for (const auto& row : tx.Query(kAnswers, {family_id}))
    answers[row.Text(0)][row.Text(1)] = DomainAnswer{
        row.Text(1), row.IsNull(2) ? std::nullopt : std::optional<int>(static_cast<int>(row.Int(2))), row.Text(3),
        row.Text(4)};
  for (auto& conversation : list)
    for (const auto& domain : kDomainCodes) {
      auto found = answers[conversation.id].find(domain);
      conversation.answers.domains.push_back(found != answers[conversation.id].end() ? found->second
                                                                                       : DomainAnswer{domain, {}, {}, {}});
    }
  for (const auto& row : tx.Query(kChoices, {family_id})) {
    const auto at = index.find(row.Text(0));
    if (at == index.end()) continue;
    auto& c = list[at->second];
    const auto kind = row.Text(1);
    const auto code = row.Text(2);
    if (kind == "pressure") {
      c.answers.pressures.push_back(code);
    } else if (kind == "focus_area") {
      if (auto area = FocusAreaFromCode(code)) c.answers.focus_areas.push_back(*area);
    } else if (kind == "adversity") {
      if (auto category = SensitiveCategoryFromCode(code)) c.answers.adversities.push_back(*category);
    } else if (kind == "decided_need" && c.decision) {
      c.decision->needs.push_back(code);
    }
  }
  return list;
}

}  // namespace

std::string SqlNeedsRepository::FamilyName(db::Transaction& tx, const std::string& family_id) {
  auto row = tx.QueryOne(kFamilyName, {family_id});
  return row ? row->Text(0) : "";
}

void SqlNeedsRepository::Insert(db::Transaction& tx, const NeedsConversation& c) {
  tx.Execute(kInsert, {c.id, c.family_id, c.framework_version_id, TextOrNull(c.reviewed_from_id),
                       c.answers.pressure_note, c.started_by, c.started_at});
  SaveAnswers(tx, c.id, c.answers, true, c.updated_at);
}

void SqlNeedsRepository::SaveAnswers(db::Transaction& tx, const std::string& id, const NeedsAnswers& answers,
                                     bool with_adversities, Millis updated_at) {
  tx.Execute(kUpdateNote, {id, answers.pressure_note, updated_at});
  tx.Execute(kDeleteAnswers, {id});
  for (const auto& domain : answers.domains)
    tx.Execute(kInsertAnswer, {id, domain.domain,
                               domain.rating ? db::Value(static_cast<std::int64_t>(*domain.rating)) : db::Value(nullptr),
                               domain.going_well, domain.would_help});
  ReplaceChoices(tx, id, "pressure", answers.pressures);
  ReplaceChoices(tx, id, "focus_area", Codes(answers.focus_areas, [](FocusArea a) { return FocusAreaCode(a); }));
  if (with_adversities)
    ReplaceChoices(tx, id, "adversity",
                   Codes(answers.adversities, [](SensitiveCategory a) { return SensitiveCategoryCode(a); }));
}

void SqlNeedsRepository::Finish(db::Transaction& tx, const NeedsConversation& c) {
  const auto& suggestion = c.suggestion.value_or(NeedsSuggestion{});
  tx.Execute(kFinish, {c.id, c.finished_at.value_or(c.updated_at), TextOrNull(c.rules_version_id),
                       std::string(ServiceLevelCode(suggestion.level)), WriteSuggestion(suggestion)});
}

void SqlNeedsRepository::SaveDecision(db::Transaction& tx, const std::string& id, const NeedsDecision& decision) {
  tx.Execute(kDecide, {id, std::string(ServiceLevelCode(decision.level)), decision.reason, decision.decided_by,
                       decision.decided_at});
  ReplaceChoices(tx, id, "decided_need", decision.needs);
}

std::optional<NeedsConversation> SqlNeedsRepository::Find(db::Transaction& tx, const std::string& family_id,
                                                          const std::string& id) {
  auto list = ReadFamily(tx, family_id, &id);
  if (list.empty()) return std::nullopt;
  return std::move(list.front());
}

std::vector<NeedsConversation> SqlNeedsRepository::ListForFamily(db::Transaction& tx, const std::string& family_id) {
  return ReadFamily(tx, family_id, nullptr);
}

namespace {

constexpr const char* kInsertRules =
    "INSERT INTO needs_rules_versions (id, area_id, number, document, note, created_by, created_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7)";
constexpr const char* kLatestRules =
    "SELECT r.id, r.area_id, r.number, r.document, r.note, COALESCE(r.created_by, ''), COALESCE(u.name, ''), "
    "r.created_at FROM needs_rules_versions r LEFT JOIN users u ON u.id = r.created_by WHERE r.area_id = $1 "
    "ORDER BY r.number DESC LIMIT 1";

}  // namespace

void SqlNeedsRulesRepository::Insert(db::Transaction& tx, const NeedsRulesVersion& v) {
  tx.Execute(kInsertRules, {v.id, v.area_id, static_cast<std::int64_t>(v.number), v.document, v.note,
                            TextOrNull(v.created_by), v.created_at});
}

std::optional<NeedsRulesVersion> SqlNeedsRulesRepository::Latest(db::Transaction& tx, const std::string& area_id) {
  auto row = tx.QueryOne(kLatestRules, {area_id});
  if (!row) return std::nullopt;
  NeedsRulesVersion v;
  v.id = row->Text(0);
  v.area_id = row->Text(1);
  v.number = static_cast<int>(row->Int(2));
  v.document = row->Text(3);
  v.note = row->Text(4);
  v.created_by = row->Text(5);
  v.created_by_name = row->Text(6);
  v.created_at = row->Int(7);
  return v;
}

}  // namespace alongside::storage
