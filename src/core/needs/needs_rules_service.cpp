#include "core/needs/needs_rules_service.hpp"

#include "core/common/ids.hpp"
#include "core/needs/level_rules_document.hpp"

namespace alongside {
namespace {

constexpr std::size_t kMaxNoteLength = 500;

std::vector<std::string> PressureCodes(const Framework& framework) {
  std::vector<std::string> codes;
  for (const auto& pressure : framework.pressures) codes.push_back(pressure.code);
  return codes;
}

}  // namespace

NeedsRulesService::NeedsRulesService(db::Database& database, NeedsRulesRepository& versions,
                                     FrameworkService& framework, const AccessPolicy& policy, AuditLog& audit,
                                     const Clock& clock, std::string shipped_document)
    : database_(database), versions_(versions), framework_(framework), policy_(policy), audit_(audit), clock_(clock),
      shipped_document_(std::move(shipped_document)),
      shipped_(ReadLevelRules(shipped_document_, PressureCodes(framework.shipped()))) {}

bool NeedsRulesService::MayChange(const Actor& actor, const std::string& area_id) const {
  return policy_.Allows(actor, Resource::kFramework, Action::kCreate, FrameworkScope(area_id));
}

NeedsRulesVersion NeedsRulesService::Shipped(const std::string& area_id) const {
  NeedsRulesVersion version;
  version.area_id = area_id;
  version.document = shipped_document_;
  version.note = "The rules shipped with Alongside";
  version.rules = shipped_;
  return version;
}

NeedsRulesVersion NeedsRulesService::InForceIn(db::Transaction& tx, const std::string& area_id) {
  auto latest = versions_.Latest(tx, area_id);
  if (!latest) return Shipped(area_id);
  latest->rules = ReadLevelRules(latest->document, std::nullopt);
  return *latest;
}

NeedsRulesVersion NeedsRulesService::Current(const Actor& actor, const std::string& area_id) {
  // Whoever may change the rules may read them (a platform administrator holds create only).
  if (!policy_.Allows(actor, Resource::kFramework, Action::kCreate, FrameworkScope(area_id)))
    policy_.Require(actor, Resource::kFramework, Action::kRead, FrameworkScope(area_id), area_id);
  auto tx = database_.Begin(db::TxMode::kRead);
  auto current = InForceIn(*tx, area_id);
  tx->Commit();
  return current;
}

NeedsRulesVersion NeedsRulesService::Save(const Actor& actor, const std::string& area_id,
                                          const std::string& document, const std::string& note) {
  policy_.Require(actor, Resource::kFramework, Action::kCreate, FrameworkScope(area_id), area_id);
  auto tx = database_.Begin();
  const auto framework = framework_.CurrentIn(*tx, area_id);
  Validation v;
  NeedsRulesVersion version;
  try {
    version.rules = ReadLevelRules(document, PressureCodes(framework.framework));
  } catch (const Invalid& invalid) {
    for (const auto& error : invalid.errors()) v.Add(error.field, error.message);
  }
  if (note.size() > kMaxNoteLength) v.Add("note", "The note must be " + std::to_string(kMaxNoteLength) + " characters or fewer");
  v.ThrowIfAny();
  const Millis now = clock_.Now();
  const auto latest = versions_.Latest(*tx, area_id);
  version.id = NewId(now);
  version.area_id = area_id;
  version.number = latest ? latest->number + 1 : 1;
  version.document = document;
  version.note = note;
  version.created_by = actor.user_id;
  version.created_by_name = actor.name;
  version.created_at = now;
  try {
    versions_.Insert(*tx, version);
  } catch (const db::UniqueViolation&) {
    throw Conflict("Someone else saved the rules at the same moment. Look at their version, then save yours again.");
  }
  audit_.Record(*tx, actor, "needs_rules.update", "area", area_id);
  tx->Commit();
  return version;
}

}  // namespace alongside
