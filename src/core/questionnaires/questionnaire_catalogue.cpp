#include "core/questionnaires/questionnaire_catalogue.hpp"

#include <algorithm>
#include <stdexcept>

#include "core/common/data_file.hpp"
#include "core/common/ids.hpp"
#include "core/questionnaires/questionnaire_document.hpp"

namespace alongside {
namespace {

const std::string kDocumentField = "document";

/// The areas whose questionnaires the actor reads: their own areas' (list grant), or every
/// area for a platform administrator, whose grant to load questionnaires reaches any area.
ListScope QuestionnaireScope(const AccessPolicy& policy, const Actor& actor) {
  auto scope = policy.ScopeForList(actor, Resource::kQuestionnaire);
  if (policy.Allows(actor, Resource::kQuestionnaire, Action::kCreate, RecordScope{})) {
    scope.denied = false;
    scope.all = true;
  }
  return scope;
}

}  // namespace

QuestionnaireCatalogue::QuestionnaireCatalogue(db::Database& database, QuestionnaireRepository& questionnaires,
                                               const AccessPolicy& policy, AuditLog& audit, const Clock& clock,
                                               std::vector<std::string> shipped_documents)
    : database_(database), questionnaires_(questionnaires), policy_(policy), audit_(audit), clock_(clock),
      shipped_(std::move(shipped_documents)) {
  for (const auto& document : shipped_) ParseQuestionnaireDocument(document);
}

void QuestionnaireCatalogue::InstallShipped() {
  for (const auto& document : shipped_) {
    const auto definition = ParseQuestionnaireDocument(document);
    auto tx = database_.Begin();
    if (questionnaires_.FindShipped(*tx, definition.code, definition.edition)) continue;  // rolls back: nothing to do
    const Millis now = clock_.Now();
    if (auto current = questionnaires_.FindCurrent(*tx, "", definition.code))
      questionnaires_.MarkReplaced(*tx, current->id, now);
    StoredQuestionnaire stored;
    stored.id = NewId(now);
    stored.document = document;
    stored.definition = definition;
    stored.loaded_at = now;
    try {
      questionnaires_.InsertDefinition(*tx, stored);
      tx->Commit();
    } catch (const db::UniqueViolation&) {
      // Another server installed the same edition a moment ago.
    }
  }
}

std::vector<StoredQuestionnaire> QuestionnaireCatalogue::Available(const Actor& actor) {
  const auto scope = QuestionnaireScope(policy_, actor);
  if (scope.denied) throw AccessRefused(Resource::kQuestionnaire, Action::kList, "");
  auto tx = database_.Begin(db::TxMode::kRead);
  auto list = questionnaires_.ListCurrent(*tx, scope.area_ids, scope.all);
  tx->Commit();
  return list;
}

StoredQuestionnaire QuestionnaireCatalogue::Get(const Actor& actor, const std::string& code) {
  for (auto& stored : Available(actor))
    if (stored.definition.code == code) return stored;
  throw NotFound("Questionnaire not found");
}

StoredQuestionnaire QuestionnaireCatalogue::Load(const Actor& actor, const std::string& area_id,
                                                 const std::string& document) {
  if (!policy_.MayAtAll(actor, Resource::kQuestionnaire, Action::kCreate))
    throw AccessRefused(Resource::kQuestionnaire, Action::kCreate, area_id);
  Validation v;
  if (area_id.empty()) v.Add("area_id", "Choose the area that is licensed to use this questionnaire");
  if (document.find_first_not_of(" \t\r\n") == std::string::npos)
    v.Add(kDocumentField, "Paste the questionnaire document, or choose its file");
  v.ThrowIfAny();
  RecordScope record;
  record.area_ids = {area_id};
  policy_.Require(actor, Resource::kQuestionnaire, Action::kCreate, record, area_id);
  const auto definition = ParseQuestionnaireDocument(document, kDocumentField);

  auto tx = database_.Begin();
  if (questionnaires_.FindShipped(*tx, definition.code, definition.edition) ||
      questionnaires_.FindCurrent(*tx, "", definition.code))
    throw Conflict("\"" + definition.code + "\" is shipped with Alongside, so every area has it already. "
                   "Give a licensed questionnaire its own code.");
  const Millis now = clock_.Now();
  if (auto current = questionnaires_.FindCurrent(*tx, area_id, definition.code)) {
    if (current->definition.edition == definition.edition)
      throw Conflict("Edition \"" + definition.edition + "\" of " + definition.short_title +
                     " is already loaded for this area. Change \"edition\" in the document to load a new one.");
    questionnaires_.MarkReplaced(*tx, current->id, now);
  }
  StoredQuestionnaire stored;
  stored.id = NewId(now);
  stored.area_id = area_id;
  stored.document = document;
  stored.definition = definition;
  stored.loaded_by = actor.user_id;
  stored.loaded_by_name = actor.name;
  stored.loaded_at = now;
  try {
    questionnaires_.InsertDefinition(*tx, stored);
  } catch (const db::UniqueViolation&) {
    throw Conflict("Edition \"" + definition.edition + "\" of " + definition.short_title +
                   " was loaded for this area before. Change \"edition\" in the document to load a new one.");
  }
  audit_.Record(*tx, actor, "questionnaire.definition.load", "area", area_id);
  tx->Commit();
  return stored;
}

std::vector<StoredQuestionnaire> QuestionnaireCatalogue::Loaded(const Actor& actor) {
  if (!policy_.MayAtAll(actor, Resource::kQuestionnaire, Action::kCreate))
    throw AccessRefused(Resource::kQuestionnaire, Action::kList, "");
  const auto scope = QuestionnaireScope(policy_, actor);
  auto tx = database_.Begin(db::TxMode::kRead);
  auto list = questionnaires_.ListLoaded(*tx, scope.area_ids, scope.all);
  tx->Commit();
  return list;
}

std::vector<std::string> ReadQuestionnaireDocuments(const std::filesystem::path& directory) {
  namespace fs = std::filesystem;
  std::error_code error;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(directory, error))
    if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
  if (error) throw std::runtime_error("cannot read the questionnaires in " + directory.string() + ": " + error.message());
  std::sort(files.begin(), files.end());
  std::vector<std::string> documents;
  for (const auto& file : files) documents.push_back(ReadDataFile(file));
  return documents;
}

}  // namespace alongside
