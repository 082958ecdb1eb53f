#pragma once
/// The questionnaires an area may use: those shipped with Alongside (data/questionnaires/,
/// free to reproduce) and those an area's administrator loads from a file the area is
/// licensed to use. A new edition of a code replaces the old one for new answers; answers
/// already given keep the edition they used. Loading is audited.

#include <filesystem>
#include <string>
#include <vector>

#include "core/access/policy.hpp"
#include "core/audit/audit_log.hpp"
#include "core/common/clock.hpp"
#include "core/questionnaires/questionnaire_repository.hpp"

namespace alongside {

class QuestionnaireCatalogue {
 public:
  /// `shipped_documents` are the texts of data/questionnaires/*.json; they are read and
  /// checked here (Invalid for a bad one), so a broken file stops the server at start-up.
  QuestionnaireCatalogue(db::Database& database, QuestionnaireRepository& questionnaires, const AccessPolicy& policy,
                         AuditLog& audit, const Clock& clock, std::vector<std::string> shipped_documents);

  /// At start-up: stores each shipped document's edition unless already stored, and makes it
  /// the current one for its code (a release with a new edition replaces the old for new
  /// answers). Safe to run from several servers at once.
  void InstallShipped();

  /// The current questionnaires the actor's areas may use (every area's for a platform
  /// administrator), shipped ones included. AccessRefused for roles that may not read them.
  std::vector<StoredQuestionnaire> Available(const Actor& actor);
  /// The current edition of `code` that the actor may read; NotFound otherwise.
  StoredQuestionnaire Get(const Actor& actor, const std::string& code);

  /// An administrator loads a licensed questionnaire for `area_id`. Invalid with a message
  /// for each problem of the document (field "document") or a missing area ("area_id");
  /// Conflict when the code is a shipped one or this edition is already loaded.
  StoredQuestionnaire Load(const Actor& actor, const std::string& area_id, const std::string& document);
  /// Every edition loaded by the areas the actor administers, newest first.
  std::vector<StoredQuestionnaire> Loaded(const Actor& actor);

 private:

  db::Database& database_;
  QuestionnaireRepository& questionnaires_;
  const AccessPolicy& policy_;
  AuditLog& audit_;
  const Clock& clock_;
  std::vector<std::string> shipped_;
};

/// The texts of every *.json directly in `directory` (data/questionnaires), by file name.
/// Throws std::runtime_error naming the directory or file that cannot be read.
std::vector<std::string> ReadQuestionnaireDocuments(const std::filesystem::path& directory);

}  // namespace alongside
