#pragma once
/// Every repository and service of the application, built once in dependency order.
/// The server, the commands and the service tests all use this one wiring, so what is
/// tested is what runs; only the clock and the password list differ in tests.

#include <filesystem>

#include "core/accounts/account_settings.hpp"
#include "core/accounts/password.hpp"
#include "core/common/clock.hpp"
#include "core/common/data_file.hpp"
#include "core/services.hpp"
#include "db/database.hpp"
#include "storage/accounts/sql_session_repositories.hpp"
#include "storage/accounts/sql_user_repository.hpp"
#include "storage/audit/sql_audit_repository.hpp"
#include "storage/care_plans/sql_care_plan_repository.hpp"
#include "storage/contacts/sql_contact_repository.hpp"
#include "storage/contacts/sql_hours_repository.hpp"
#include "storage/families/sql_consent_repository.hpp"
#include "storage/families/sql_family_repository.hpp"
#include "storage/framework/sql_framework_repository.hpp"
#include "storage/families/sql_family_scope_repository.hpp"
#include "storage/families/sql_parent_link_repository.hpp"
#include "storage/families/sql_sensitive_note_repository.hpp"
#include "storage/families/sql_timeline_repository.hpp"
#include "storage/goals/sql_goal_repository.hpp"
#include "storage/goals/sql_parent_view_repository.hpp"
#include "storage/mail/sql_outbox_repository.hpp"
#include "storage/needs/sql_needs_repository.hpp"
#include "storage/organisations/sql_organisation_repository.hpp"
#include "storage/outcomes/sql_outcome_repository.hpp"
#include "storage/matching/sql_match_repository.hpp"
#include "storage/programme/sql_expense_repository.hpp"
#include "storage/programme/sql_service_record_repository.hpp"
#include "storage/programme/sql_volunteer_repository.hpp"
#include "storage/questionnaires/sql_questionnaire_repository.hpp"
#include "storage/referrals/sql_referral_repository.hpp"
#include "storage/services/sql_service_repository.hpp"
#include "storage/signposts/sql_signpost_repository.hpp"
#include "storage/supervision/sql_supervision_repository.hpp"
#include "storage/training/sql_training_repository.hpp"
#include "storage/tasks/sql_task_repository.hpp"
#include "alongside_paths.hpp"  // ALONGSIDE_SOURCE_DIR

namespace alongside::app {

/// Where the shipped data documents live (data/ in the source tree unless ALONGSIDE_ROOT says otherwise).
inline std::filesystem::path DefaultDataDir() { return std::filesystem::path(ALONGSIDE_SOURCE_DIR) / "data"; }

struct Wiring {
  const Clock& clock;  ///< must outlive the wiring
  std::filesystem::path data_dir;  ///< data/: the framework, questionnaires, default settings
  AccessPolicy policy;
  PasswordHasher hasher;
  PasswordRules rules;
  AccountSettings settings;

  storage::SqlUserRepository users;
  storage::SqlSessionRepository sessions;
  storage::SqlEmailTokenRepository tokens;
  storage::SqlSignInThrottleRepository throttle;
  storage::SqlOrganisationRepository organisations;
  storage::SqlQuestionnaireRepository questionnaire_records;
  storage::SqlAuditRepository audit_entries;
  storage::SqlOutboxRepository outbox;
  storage::SqlFamilyScopeRepository family_scopes;
  storage::SqlFamilyRepository families;
  storage::SqlContactRepository contacts;
  storage::SqlHoursRepository hours;
  storage::SqlTimelineRepository timeline;
  storage::SqlTaskRepository tasks;
  storage::SqlScheduleRepository schedules;
  storage::SqlDigestRepository task_digests;
  storage::SqlGoalRepository goals;
  storage::SqlCarePlanRepository care_plans;
  storage::SqlParentViewRepository parent_views;
  storage::SqlConsentRepository consents;
  storage::SqlSensitiveNoteRepository sensitive_notes;
  storage::SqlParentLinkRepository parent_links;
  storage::SqlServiceRepository directory_entries;
  storage::SqlReferralRepository referrals;
  storage::SqlSignpostRepository signposts;
  storage::SqlFrameworkRepository framework_versions;
  storage::SqlOutcomeRepository outcome_records;
  storage::SqlNeedsRepository needs_conversations;
  storage::SqlNeedsRulesRepository needs_rules_versions;
  storage::SqlVolunteerRepository volunteer_records;
  storage::SqlTrainingRepository training_records;
  storage::SqlSupervisionRepository supervision_records;
  storage::SqlMatchRepository match_records;
  storage::SqlExpenseRepository expense_claims;
  storage::SqlServiceRecordRepository service_records;

  AuditLog audit;
  SessionService session_service;
  AccountService account_service;
  UserAdminService user_admin;
  OrganisationService organisation_service;
  FamilyAccess family_access;
  FamilyService family_service;
  CaseloadService caseload_service;
  ContactService contact_service;
  HoursService hours_service;
  TimelineService timeline_service;
  TaskService task_service;
  ScheduleService schedule_service;
  TaskDigestService task_digest_service;
  GoalService goal_service;
  CarePlanService care_plan_service;
  ParentViewService parent_view_service;
  ConsentService consent_service;
  SensitiveNoteService sensitive_note_service;
  ParentLinkService parent_link_service;
  ServiceDirectory service_directory;
  ReferralService referral_service;
  SignpostService signpost_service;
  SuggestionService suggestion_service;
  FrameworkService framework_service;
  OutcomeSettingsService outcome_settings_service;
  OutcomeService outcome_service;
  NeedsRulesService needs_rules_service;
  NeedsService needs_service;
  QuestionnaireCatalogue questionnaire_catalogue;
  QuestionnaireService questionnaire_service;
  SafetyAlertService safety_alert_service;
  ProgrammeAccess programme_access;
  VolunteerService volunteer_service;
  ProgrammeDashboardService programme_dashboard;
  TrainingService training_service;
  SupervisionService supervision_service;
  MatchingService matching_service;
  VolunteerActivityService volunteer_activity_service;
  ExpenseService expense_service;
  Services services;

  Wiring(db::Database& database, const Clock& time, PasswordRules loaded_rules, AccountSettings account_settings,
         std::filesystem::path data = DefaultDataDir())
      : clock(time),
        data_dir(std::move(data)),
        rules(std::move(loaded_rules)),
        settings(std::move(account_settings)),
        audit(database, audit_entries, policy, clock),
        session_service(database, users, sessions, throttle, audit, hasher, clock, settings),
        account_service(database, users, sessions, tokens, outbox, audit, hasher, rules, clock, settings),
        user_admin(database, users, sessions, organisations, account_service, policy, audit, hasher, rules, clock),
        organisation_service(database, organisations, policy, audit, clock),
        family_access(family_scopes, policy, audit),
        family_service(database, families, family_access, clock),
        caseload_service(database, families, family_access, clock),
        contact_service(database, contacts, family_access, clock),
        hours_service(database, hours, policy, audit, clock),
        timeline_service(database, timeline, family_access),
        task_service(database, tasks, schedules, family_access, clock),
        schedule_service(database, schedules, tasks, task_service, audit, clock),
        task_digest_service(database, tasks, task_digests, users, outbox, policy, clock, settings.public_url),
        goal_service(database, goals, family_access, clock),
        care_plan_service(database, care_plans, family_access, clock),
        parent_view_service(database, parent_views, goals, care_plans, family_access),
        consent_service(database, consents, family_access, clock),
        sensitive_note_service(database, sensitive_notes, family_access, clock),
        parent_link_service(database, parent_links, users, family_access),
        service_directory(database, directory_entries, organisations, policy, audit, clock),
        referral_service(database, referrals, directory_entries, families, consents, family_access, clock),
        signpost_service(database, signposts, tasks, family_access, clock),
        suggestion_service(database, families, directory_entries, signposts, family_access, clock),
        framework_service(database, framework_versions, organisations, family_access, policy, audit, clock,
                          ReadDataFile(data_dir / "framework" / "thriving-together.json")),
        outcome_settings_service(database, outcome_records, policy, audit, clock,
                                 LoadDefaultOutcomeSettings(ReadDataFile(data_dir / "outcomes" / "default-settings.json"))),
        outcome_service(database, outcome_records, outcome_settings_service, family_access, clock),
        needs_rules_service(database, needs_rules_versions, framework_service, policy, audit, clock,
                            ReadDataFile(data_dir / "needs" / "level-rules.json")),
        needs_service(database, needs_conversations, framework_service, needs_rules_service, family_access, clock),
        questionnaire_catalogue(database, questionnaire_records, policy, audit, clock,
                                ReadQuestionnaireDocuments(data_dir / "questionnaires")),
        questionnaire_service(database, questionnaire_records, tasks, family_access, clock),
        safety_alert_service(database, questionnaire_records, family_access, clock),
        programme_access(volunteer_records, policy, audit),
        volunteer_service(database, volunteer_records, users, programme_access, clock),
        programme_dashboard(database, programme_access, clock),
        training_service(database, training_records, programme_access, clock,
                         ParseUsualModules(ReadDataFile(data_dir / "programme" / "training-modules.json"))),
        supervision_service(database, supervision_records, programme_access, clock),
        matching_service(database, match_records, families, programme_access, clock),
        volunteer_activity_service(database, hours, service_records, programme_access, clock),
        expense_service(database, expense_claims, programme_access, clock),
        services{policy, audit, session_service, account_service, user_admin, organisation_service,
                 family_access, family_service, caseload_service, contact_service, hours_service, timeline_service, task_service,
                 schedule_service, task_digest_service, goal_service, care_plan_service, parent_view_service,
                 consent_service, sensitive_note_service, parent_link_service, service_directory,
                 referral_service, signpost_service, suggestion_service, framework_service, outcome_settings_service, outcome_service,
                 needs_service, needs_rules_service, questionnaire_catalogue, questionnaire_service,
                 safety_alert_service, programme_access, volunteer_service,
                 programme_dashboard, training_service, supervision_service, matching_service,
                 volunteer_activity_service, expense_service} {
    contact_service.SetReminders(task_service);
    family_service.SetReminders(task_service);
    care_plan_service.SetReminders(task_service);
    suggestion_service.SetDecidedNeeds(needs_service);
    questionnaire_catalogue.InstallShipped();
  }
};

}  // namespace alongside::app
