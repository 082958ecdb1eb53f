#pragma once
/// The services that handlers call, built once by the composition root (app/).

#include "core/accounts/account_service.hpp"
#include "core/accounts/session_service.hpp"
#include "core/accounts/user_admin_service.hpp"
#include "core/audit/audit_log.hpp"
#include "core/care_plans/care_plan_service.hpp"
#include "core/contacts/contact_service.hpp"
#include "core/contacts/hours_service.hpp"
#include "core/families/caseload_service.hpp"
#include "core/families/consent_service.hpp"
#include "core/families/family_access.hpp"
#include "core/families/family_service.hpp"
#include "core/families/parent_link_service.hpp"
#include "core/families/parent_view_service.hpp"
#include "core/families/sensitive_note_service.hpp"
#include "core/goals/goal_service.hpp"
#include "core/families/timeline_service.hpp"
#include "core/framework/framework_service.hpp"
#include "core/needs/needs_rules_service.hpp"
#include "core/needs/needs_service.hpp"
#include "core/organisations/organisation_service.hpp"
#include "core/outcomes/outcome_service.hpp"
#include "core/matching/matching_service.hpp"
#include "core/programme/expense_service.hpp"
#include "core/programme/programme_access.hpp"
#include "core/programme/volunteer_activity_service.hpp"
#include "core/programme/programme_dashboard.hpp"
#include "core/programme/volunteer_service.hpp"
#include "core/questionnaires/questionnaire_catalogue.hpp"
#include "core/questionnaires/questionnaire_service.hpp"
#include "core/questionnaires/safety_alert_service.hpp"
#include "core/referrals/referral_service.hpp"
#include "core/services/service_directory.hpp"
#include "core/signposts/signpost_service.hpp"
#include "core/suggestions/suggestion_service.hpp"
#include "core/supervision/supervision_service.hpp"
#include "core/tasks/schedule_service.hpp"
#include "core/tasks/task_digest.hpp"
#include "core/tasks/task_service.hpp"
#include "core/training/training_service.hpp"

namespace alongside {

struct Services {
  const AccessPolicy& policy;
  AuditLog& audit;
  SessionService& sessions;
  AccountService& accounts;
  UserAdminService& users;
  OrganisationService& organisations;
  FamilyAccess& family_access;
  FamilyService& families;
  CaseloadService& caseloads;
  ContactService& contacts;
  HoursService& hours;
  TimelineService& timeline;
  TaskService& tasks;
  ScheduleService& schedules;
  TaskDigestService& task_digests;
  GoalService& goals;
  CarePlanService& care_plans;
  ParentViewService& parent_views;
  ConsentService& consent;
  SensitiveNoteService& sensitive_notes;
  ParentLinkService& parent_links;
  ServiceDirectory& directory;
  ReferralService& referrals;
  SignpostService& signposts;
  SuggestionService& suggestions;
  FrameworkService& framework;
  OutcomeSettingsService& outcome_settings;
  OutcomeService& outcomes;
  NeedsService& needs;
  NeedsRulesService& needs_rules;
  QuestionnaireCatalogue& questionnaire_catalogue;
  QuestionnaireService& questionnaires;
  SafetyAlertService& safety_alerts;
  ProgrammeAccess& programme_access;
  VolunteerService& volunteers;
  ProgrammeDashboardService& programme_dashboard;
  TrainingService& training;
  SupervisionService& supervision;
  MatchingService& matching;
  VolunteerActivityService& volunteer_activity;
  ExpenseService& expenses;
};

}  // namespace alongside
