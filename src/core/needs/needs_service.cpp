#include "core/needs/needs_service.hpp"

#include "core/common/ids.hpp"
#include "core/needs/level_rules_document.hpp"
#include "core/services/service_need.hpp"

namespace alongside {
namespace {

bool MayWork(const FamilyAccess& access, const FamilyScopeFacts& facts, const Actor& actor) {
  return facts.status == FamilyStatus::kOpen && facts.support_consent &&
         access.Allows(facts, actor, Resource::kFamily, Action::kUpdate);
}

const NeedsConversation* LatestFinished(const std::vector<NeedsConversation>& newest_first) {
  for (const auto& conversation : newest_first)
    if (conversation.finished()) return &conversation;
  return nullptr;
}

}  // namespace

void NeedsService::Withhold(NeedsConversation& conversation) const {
  conversation.answers.adversities.clear();
  conversation.adversities_withheld = true;
  conversation.suggestion.reset();
  conversation.decision.reset();
}

NeedsHistory NeedsService::History(const Actor& actor, const std::string& family_id) {
  auto tx = database_.Begin();  // not read-only: the read is audited in it
  const auto facts = access_.Require(*tx, actor, family_id, Resource::kFamily, Action::kRead);
  NeedsHistory history;
  history.family_name = conversations_.FamilyName(*tx, family_id);
  history.framework = framework_.CurrentIn(*tx, facts.area_id).framework;
  history.conversations = conversations_.ListForFamily(*tx, family_id);
  history.show_sensitive = access_.Allows(facts, actor, Resource::kFamilySensitive, Action::kRead);
  history.may_start = MayWork(access_, facts, actor);
  const NeedsConversation* first = nullptr;
  for (auto& conversation : history.conversations) {
    if (!history.show_sensitive) Withhold(conversation);
    if (!conversation.finished()) history.draft_id = conversation.id;
    if (conversation.finished()) first = &conversation;
  }
  const auto* latest = LatestFinished(history.conversations);
  history.has_finished = latest != nullptr;
  if (latest && first && latest != first) history.changes = CompareConversations(*first, *latest, history.framework);
  access_.audit().Record(*tx, actor, "needs.list", "family", family_id);
  tx->Commit();
  return history;
}

NeedsView NeedsService::Get(const Actor& actor, const std::string& family_id, const std::string& id) {
  auto tx = database_.Begin();  // not read-only: the read is audited in it
  const auto facts = access_.Require(*tx, actor, family_id, Resource::kFamily, Action::kRead);
  auto conversation = conversations_.Find(*tx, family_id, id);
  if (!conversation) throw NotFound("There is no such needs conversation");
  NeedsView view;
  view.family_name = conversations_.FamilyName(*tx, family_id);
  const auto version = framework_.VersionIn(*tx, conversation->framework_version_id);
  if (!version) throw NotFound("The framework version of this conversation is missing");
  view.framework = version->framework;
  view.framework_number = version->number;
  view.show_sensitive = access_.Allows(facts, actor, Resource::kFamilySensitive, Action::kRead);
  if (!view.show_sensitive) Withhold(*conversation);
  const bool may_work = MayWork(access_, facts, actor);
  view.may_edit = may_work && !conversation->finished();
  view.may_decide = may_work && conversation->finished() && !conversation->decision && view.show_sensitive;
  view.conversation = std::move(*conversation);
  access_.audit().Record(*tx, actor, "needs.read", "family", family_id);
  tx->Commit();
  return view;
}

NeedsStart NeedsService::Prepare(const Actor& actor, const std::string& family_id) {
  auto tx = database_.Begin();
  const auto facts = access_.RequireWork(*tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  NeedsStart start;
  start.family_name = conversations_.FamilyName(*tx, family_id);
  start.framework = framework_.CurrentIn(*tx, facts.area_id).framework;
  start.show_sensitive = access_.Allows(facts, actor, Resource::kFamilySensitive, Action::kCreate);
  const auto all = conversations_.ListForFamily(*tx, family_id);
  for (const auto& conversation : all)
    if (!conversation.finished()) start.draft_id = conversation.id;
  if (const auto* latest = LatestFinished(all)) {
    start.answers = latest->answers;
    start.reviewed_from_id = latest->id;
    if (!start.show_sensitive) start.answers.adversities.clear();
  }
  access_.audit().Record(*tx, actor, "needs.read", "family", family_id);
  tx->Commit();
  return start;
}

void NeedsService::Apply(db::Transaction& tx, const Actor& actor, NeedsConversation& conversation,
                         const NeedsForm& form) {
  const auto version = framework_.VersionIn(tx, conversation.framework_version_id);
  if (!version) throw NotFound("The framework version of this conversation is missing");
  Validation v;
  auto answers = ValidateNeedsForm(form, version->framework, v);
  v.ThrowIfAny();
  if (form.adversities)
    access_.Require(tx, actor, conversation.family_id, Resource::kFamilySensitive, Action::kCreate);
  else
    answers.adversities = conversation.answers.adversities;
  conversation.answers = std::move(answers);
}

NeedsConversation NeedsService::Start(const Actor& actor, const std::string& family_id, const NeedsForm& form) {
  auto tx = database_.Begin();
  const auto facts = access_.RequireWork(*tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  const auto all = conversations_.ListForFamily(*tx, family_id);
  for (const auto& existing : all)
    if (!existing.finished())
      throw Conflict("This family already has a needs conversation in draft. Carry on with that one.");
  const Millis now = clock_.Now();
  NeedsConversation conversation;
  conversation.id = NewId(now);
  conversation.family_id = family_id;
  conversation.framework_version_id = framework_.CurrentIn(*tx, facts.area_id).id;
  if (const auto* latest = LatestFinished(all)) {
    conversation.reviewed_from_id = latest->id;
    conversation.answers.adversities = latest->answers.adversities;
  }
  conversation.started_by = actor.user_id;
  conversation.started_by_name = actor.name;
  conversation.started_at = now;
  conversation.updated_at = now;
  Apply(*tx, actor, conversation, form);
  try {
    conversations_.Insert(*tx, conversation);
  } catch (const db::UniqueViolation&) {
    throw Conflict("Someone else started a needs conversation for this family at the same moment. Carry on with theirs.");
  }
  access_.audit().Record(*tx, actor, "needs.create", "family", family_id);
  tx->Commit();
  return conversation;
}

NeedsConversation NeedsService::Draft(db::Transaction& tx, const std::string& family_id, const std::string& id) {
  auto conversation = conversations_.Find(tx, family_id, id);
  if (!conversation) throw NotFound("There is no such needs conversation");
  if (conversation->finished())
    throw Conflict("This needs conversation is finished and can no longer change. Start a review to talk again.");
  return *conversation;
}

NeedsConversation NeedsService::Save(const Actor& actor, const std::string& family_id, const std::string& id,
                                     const NeedsForm& form) {
  auto tx = database_.Begin();
  access_.RequireWork(*tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  auto conversation = Draft(*tx, family_id, id);
  Apply(*tx, actor, conversation, form);
  conversation.updated_at = clock_.Now();
  conversations_.SaveAnswers(*tx, id, conversation.answers, form.adversities.has_value(), conversation.updated_at);
  access_.audit().Record(*tx, actor, "needs.update", "family", family_id);
  tx->Commit();
  return conversation;
}

NeedsConversation NeedsService::Finish(const Actor& actor, const std::string& family_id, const std::string& id,
                                       const std::optional<NeedsForm>& form) {
  auto tx = database_.Begin();
  const auto facts = access_.RequireWork(*tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  auto conversation = Draft(*tx, family_id, id);
  const Millis now = clock_.Now();
  if (form) {
    Apply(*tx, actor, conversation, *form);
    conversation.updated_at = now;
    conversations_.SaveAnswers(*tx, id, conversation.answers, form->adversities.has_value(), now);
    access_.audit().Record(*tx, actor, "needs.update", "family", family_id);
  }
  const auto version = framework_.VersionIn(*tx, conversation.framework_version_id);
  Validation v;
  CheckNeedsComplete(conversation.answers, version->framework, v);
  if (!v.ok()) {
    tx->Commit();  // what was typed is kept as the draft
    v.ThrowIfAny();
  }
  const auto rules = rules_.InForceIn(*tx, facts.area_id);
  conversation.status = NeedsStatus::kFinished;
  conversation.finished_at = now;
  conversation.updated_at = now;
  conversation.rules_version_id = rules.id;
  conversation.suggestion = Suggest(rules.rules, conversation.answers);
  conversations_.Finish(*tx, conversation);
  access_.audit().Record(*tx, actor, "needs.finish", "family", family_id);
  tx->Commit();
  return conversation;
}

NeedsConversation NeedsService::Decide(const Actor& actor, const std::string& family_id, const std::string& id,
                                       const NeedsDecisionForm& form) {
  auto tx = database_.Begin();
  access_.RequireWork(*tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  access_.Require(*tx, actor, family_id, Resource::kFamilySensitive, Action::kRead);  // the reasons may name adversities
  auto conversation = conversations_.Find(*tx, family_id, id);
  if (!conversation) throw NotFound("There is no such needs conversation");
  if (!conversation->finished() || !conversation->suggestion)
    throw Conflict("Finish the conversation before recording a decision.");
  if (conversation->decision) throw Conflict("A decision has already been recorded for this conversation.");
  Validation v;
  auto decision = ValidateNeedsDecision(form, conversation->suggestion->level, v);
  v.ThrowIfAny();
  decision.decided_by = actor.user_id;
  decision.decided_by_name = actor.name;
  decision.decided_at = clock_.Now();
  conversations_.SaveDecision(*tx, id, decision);
  conversation->decision = std::move(decision);
  access_.audit().Record(*tx, actor, "needs.decide", "family", family_id);
  tx->Commit();
  return *conversation;
}

std::vector<FamilyNeed> NeedsService::DecidedNeedsIn(db::Transaction& tx, const std::string& family_id) {
  std::vector<FamilyNeed> needs;
  for (const auto& conversation : conversations_.ListForFamily(tx, family_id)) {
    if (!conversation.decision) continue;
    for (const auto& code : conversation.decision->needs)
      if (const auto need = ServiceNeedFromCode(code))
        needs.push_back({code, std::string(ServiceNeedLabel(*need)), kFromNeedsConversation});
    break;
  }
  return needs;
}

}  // namespace alongside
