#include "storage/families/caregiver_name_terms.hpp"

#include <set>
#include <sstream>

#include "core/families/name_match.hpp"
#include "storage/common/sql.hpp"
#include "storage/families/family_rows.hpp"

namespace alongside::storage {
namespace {

std::set<std::string> WordsOf(const std::string& normalised) {
  std::set<std::string> words;
  std::istringstream in(normalised);
  for (std::string word; in >> word;) words.insert(word);
  return words;
}

/// The least string greater than every string beginning with `prefix`, in byte order:
/// the prefix with its last byte raised (bytes 0xFF cannot end UTF-8, so one always can be).
std::string UpperBound(std::string prefix) {
  while (!prefix.empty() && static_cast<unsigned char>(prefix.back()) == 0xFF) prefix.pop_back();
  if (!prefix.empty()) prefix.back() = static_cast<char>(static_cast<unsigned char>(prefix.back()) + 1);
  return prefix;
}

/// The words of the names as NormaliseName gives them ("o'brien" -> "obrien"), and also split
/// at apostrophes, so "brien" finds O'Brien too.
std::set<std::string> TermsOf(const Caregiver& caregiver) {
  auto terms = WordsOf(NameSearch(caregiver));
  for (std::string name : {caregiver.name, caregiver.preferred_name}) {
    for (const std::string apostrophe : {"'", "\u2019"})
      for (auto at = name.find(apostrophe); at != std::string::npos; at = name.find(apostrophe, at))
        name.replace(at, apostrophe.size(), " ");
    for (const auto& word : WordsOf(NormaliseName(name))) terms.insert(word);
  }
  return terms;
}

}  // namespace

void WriteNameTerms(db::Transaction& tx, const Caregiver& caregiver) {
  tx.Execute("DELETE FROM caregiver_name_terms WHERE caregiver_id = $1", {caregiver.id});
  for (const auto& word : TermsOf(caregiver))
    tx.Execute("INSERT INTO caregiver_name_terms (term, family_id, caregiver_id, organisation_id) "
               "SELECT $1, $2, $3, organisation_id FROM families WHERE id = $2",
               {word, caregiver.family_id, caregiver.id});
}

std::string NameTermsCondition(db::Params& params, db::Dialect dialect, const ListScope& scope,
                               const std::string& normalised_query, const std::string& alias) {
  // When the list reaches only whole organisations (a coordinator's programme), read only
  // their words; the families' own scope condition still applies either way.
  const bool organisations_only = !scope.all && !scope.organisation_ids.empty() && scope.area_ids.empty() &&
                                  scope.caseload_user_id.empty() && scope.own_user_id.empty();
  // PostgreSQL compares the column in byte order ("C"), as SQLite does, so the range
  // below means "begins with" on both.
  const std::string term = dialect == db::Dialect::kPostgres ? "t.term COLLATE \"C\"" : "t.term";
  std::string sql;
  for (const auto& word : WordsOf(normalised_query)) {
    sql += " AND " + alias + ".id IN (SELECT t.family_id FROM caregiver_name_terms t WHERE ";
    if (organisations_only) sql += "t.organisation_id IN (" + BindList(params, scope.organisation_ids) + ") AND ";
    sql += term + " >= " + Bind(params, word) + " AND " + term + " < " + Bind(params, UpperBound(word)) + ")";
  }
  return sql;
}

}  // namespace alongside::storage
