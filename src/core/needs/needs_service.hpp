#pragma once
/// Needs conversations of one family, through the family gate. Reading needs the family's
/// read permission; starting, saving, finishing and deciding need update permission on an
/// open family that agrees to support (a parent's own account never has it). Adversities
/// are Resource::kFamilySensitive: read only by those the policy lets, written only by them;
/// anyone else reads the conversation without them, and without the suggestion and decision
/// (whose reasons may name an adversity). Every read and change is audited ("needs.list",
/// "needs.read", "needs.create", "needs.update", "needs.finish", "needs.decide").

#include <optional>
#include <string>
#include <vector>

#include "core/common/clock.hpp"
#include "core/families/family_access.hpp"
#include "core/framework/framework_service.hpp"
#include "core/needs/decided_needs.hpp"
#include "core/needs/needs_repository.hpp"
#include "core/needs/needs_review.hpp"
#include "core/needs/needs_rules_service.hpp"

namespace alongside {

/// Every conversation of a family, and how the latest compares with the first.
struct NeedsHistory {
  std::string family_name;
  std::vector<NeedsConversation> conversations;  ///< newest first
  Framework framework;                           ///< the area's current wording, for headings
  std::vector<DomainChange> changes;             ///< first vs latest finished; empty with fewer than two
  std::string draft_id;                          ///< the family's open draft, if any
  bool has_finished = false;
  bool may_start = false;
  bool show_sensitive = false;
};

/// One conversation with the wording it was made with.
struct NeedsView {
  std::string family_name;
  NeedsConversation conversation;
  Framework framework;
  int framework_number = 0;
  bool may_edit = false;    ///< a draft, and the actor may change it
  bool may_decide = false;  ///< finished, not yet decided, and the actor may change it
  bool show_sensitive = false;
};

/// What the form for a new conversation starts from.
struct NeedsStart {
  std::string family_name;
  Framework framework;
  NeedsAnswers answers;          ///< the last finished conversation's, for a review
  std::string reviewed_from_id;  ///< empty for a first conversation
  std::string draft_id;          ///< a draft already open: carry on with that instead
  bool show_sensitive = false;
};

class NeedsService : public DecidedNeedsSource {
 public:
  NeedsService(db::Database& database, NeedsRepository& conversations, FrameworkService& framework,
               NeedsRulesService& rules, FamilyAccess& access, const Clock& clock)
      : database_(database), conversations_(conversations), framework_(framework), rules_(rules), access_(access),
        clock_(clock) {}

  NeedsHistory History(const Actor& actor, const std::string& family_id);
  /// NotFound when the family has no such conversation.
  NeedsView Get(const Actor& actor, const std::string& family_id, const std::string& id);
  /// Refuses like Start would.
  NeedsStart Prepare(const Actor& actor, const std::string& family_id);
  /// A new draft with what was typed; a review (after a finished one) keeps the previous
  /// adversities when the form says nothing of them. Conflict when a draft is already open.
  NeedsConversation Start(const Actor& actor, const std::string& family_id, const NeedsForm& form);
  /// Saves a draft. Invalid for bad input (nothing saved); Conflict once finished.
  NeedsConversation Save(const Actor& actor, const std::string& family_id, const std::string& id,
                         const NeedsForm& form);
  /// Saves `form` when given, then finishes: every domain must be rated. When it is not, the
  /// answers are still saved and Invalid names each unrated domain. On finishing, the area's
  /// rules in force make the suggestion, kept with the conversation.
  NeedsConversation Finish(const Actor& actor, const std::string& family_id, const std::string& id,
                           const std::optional<NeedsForm>& form);
  /// Records the worker's decision once. Invalid (level, reason, needs); Conflict before
  /// finishing or when already decided.
  NeedsConversation Decide(const Actor& actor, const std::string& family_id, const std::string& id,
                           const NeedsDecisionForm& form);

  std::vector<FamilyNeed> DecidedNeedsIn(db::Transaction& tx, const std::string& family_id) override;

 private:
  NeedsConversation Draft(db::Transaction& tx, const std::string& family_id, const std::string& id);
  /// Validates the form against the conversation's framework, checks the sensitive gate when
  /// it carries adversities, and stores the answers in `conversation`.
  void Apply(db::Transaction& tx, const Actor& actor, NeedsConversation& conversation, const NeedsForm& form);
  void Withhold(NeedsConversation& conversation) const;

  db::Database& database_;
  NeedsRepository& conversations_;
  FrameworkService& framework_;
  NeedsRulesService& rules_;
  FamilyAccess& access_;
  const Clock& clock_;
};

}  // namespace alongside
