#pragma once
/// A programme's outcome settings (Resource::kProgrammeSettings): read by the programme's
/// workers, changed by its coordinator (and the area's administrators). Each change stores the
/// whole settings as the next numbered version.
///
/// Defaults: a programme that never changed its settings reads the shipped defaults
/// (data/outcomes/default-settings.json, read by the composition root) as "version 0".
/// They are stored as the programme's version 1 the first time they are used for a record:
/// the first change, or the first scoring of a family (StoredIn), so every scoring names a
/// stored version and an improvement to the shipped file never rewrites what a programme used.
/// Reading never writes.

#include <string>

#include "core/audit/audit_log.hpp"
#include "core/common/clock.hpp"
#include "core/outcomes/outcome_repository.hpp"

namespace alongside {

/// The shipped defaults document read and checked; a bad file stops start-up with a
/// std::runtime_error naming every problem ("areas[2].label: Enter the name of the area").
OutcomeSettings LoadDefaultOutcomeSettings(std::string_view document);

class OutcomeSettingsService {
 public:
  /// `defaults`: the shipped defaults, checked (see LoadDefaultOutcomeSettings).
  OutcomeSettingsService(db::Database& database, OutcomeRepository& outcomes, const AccessPolicy& policy,
                         AuditLog& audit, const Clock& clock, OutcomeSettings defaults)
      : database_(database), outcomes_(outcomes), policy_(policy), audit_(audit), clock_(clock),
        defaults_(std::move(defaults)) {}

  const OutcomeSettings& defaults() const { return defaults_; }

  /// The programme the actor works in: the first peer support programme among their roles,
  /// or "" when they hold a role in none (a platform administrator must name one).
  static std::string ProgrammeOf(const Actor& actor);

  /// NotFound for an unknown organisation or one that is not a peer support programme.
  OutcomeSettingsVersion Current(const Actor& actor, const std::string& organisation_id);
  bool MayChange(const Actor& actor, const std::string& organisation_id);
  /// Stores `proposed` as the next version. Invalid for settings that break a rule (see
  /// CheckOutcomeSettings and CheckSettingsChange); Conflict when `based_on_number` is not the
  /// current number any more (someone else saved in between).
  OutcomeSettingsVersion Save(const Actor& actor, const std::string& organisation_id, const OutcomeSettings& proposed,
                              const std::string& note, int based_on_number);

  /// For other services, inside their transaction, after their own access check.
  ProgrammeFacts ProgrammeIn(db::Transaction& tx, const std::string& organisation_id);
  OutcomeSettingsVersion CurrentIn(db::Transaction& tx, const std::string& organisation_id);
  /// The current version, storing the defaults as version 1 first when none is stored.
  OutcomeSettingsVersion StoredIn(db::Transaction& tx, const std::string& organisation_id);

 private:
  RecordScope ScopeOf(const ProgrammeFacts& programme) const;
  OutcomeSettingsVersion Insert(db::Transaction& tx, const std::string& organisation_id, OutcomeSettings settings,
                                const std::string& note, int number, const std::string& by);

  db::Database& database_;
  OutcomeRepository& outcomes_;
  const AccessPolicy& policy_;
  AuditLog& audit_;
  const Clock& clock_;
  OutcomeSettings defaults_;
};

}  // namespace alongside
