#include "web/web_routes.hpp"

#include "web/accounts/sign_in_pages.hpp"
#include "web/admin/admin_pages.hpp"
#include "web/care_plans/care_plan_pages.hpp"
#include "web/common/page_context.hpp"
#include "web/contacts/contact_pages.hpp"
#include "web/families/family_pages.hpp"
#include "web/families/privacy_pages.hpp"
#include "web/framework/framework_pages.hpp"
#include "web/goals/goal_pages.hpp"
#include "web/home/home_page.hpp"
#include "web/outcomes/outcome_pages.hpp"
#include "web/needs/needs_pages.hpp"
#include "web/parents/my_family_page.hpp"
#include "web/questionnaires/questionnaire_pages.hpp"
#include "web/referrals/referral_pages.hpp"
#include "web/pathways/pathways_page.hpp"
#include "web/matching/matching_pages.hpp"
#include "web/programme/dashboard_page.hpp"
#include "web/programme/volunteer_pages.hpp"
#include "web/supervision/supervision_pages.hpp"
#include "web/training/training_pages.hpp"
#include "web/signposts/signpost_pages.hpp"
#include "web/services/service_pages.hpp"
#include "web/tasks/task_pages.hpp"

namespace alongside::web {

void AddWebRoutes(http::RouteTable& routes, Services& services, const Views& views) {
  AddHomePage(routes, services, views);
  AddInformationPages(routes, views);
  AddSignInPages(routes, services, views);
  AddRegistrationPages(routes, services, views);
  AddPasswordResetPages(routes, services, views);
  AddAccountPages(routes, services, views);
  AddOrganisationPages(routes, services, views);
  AddUserPages(routes, services, views);
  AddAuditPages(routes, services, views);
  AddGoalPages(routes, services, views);
  AddGoalDetailPages(routes, services, views);
  AddCarePlanPages(routes, services, views);
  AddMyFamilyPage(routes, services, views);
  AddContactPages(routes, services, views);
  AddHoursPages(routes, services, views);
  AddTimelinePage(routes, services, views);
  AddFamilyPages(routes, services, views);
  AddFamilyPrivacyPages(routes, services, views);
  AddFamilyTaskPages(routes, services, views);
  AddMyTasksPage(routes, services, views);
  AddSchedulePages(routes, services, views);
  AddPathwaysPage(routes, services, views);
  AddSignpostPages(routes, services, views);
  AddServicePages(routes, services, views);
  AddFamilyReferralPages(routes, services, views);
  AddReferralListPages(routes, services, views);
  AddReferralDetailPages(routes, services, views);
  AddPublicDirectoryPages(routes, services, views);
  AddQuestionnairePages(routes, services, views);
  AddSafetyAlertPages(routes, services, views);
  AddQuestionnaireAdminPages(routes, services, views);
  AddFamilyOutcomePages(routes, services, views);
  AddProgrammeOutcomePages(routes, services, views);
  AddParentOutcomePage(routes, services, views);
  AddNeedsPages(routes, services, views);
  AddProgrammeDashboardPage(routes, services, views);
  AddVolunteerPages(routes, services, views);
  AddVolunteerChangePages(routes, services, views);
  AddProgrammeRolePages(routes, services, views);
  AddTrainingPages(routes, services, views);
  AddSupervisionPages(routes, services, views);
  AddMatchingPages(routes, services, views);
  AddHoursGivenPages(routes, services, views);
  AddExpensePages(routes, services, views);
  AddNeedsRulesPages(routes, services, views);
  AddFrameworkPages(routes, services, views);
  AddFrameworkAdminPages(routes, services, views);
}

http::Response ErrorPage(const Views& views, const http::Request& request, const http::RequestContext& context,
                         int status, const std::string& heading, const std::string& message) {
  View data;
  data.set("heading", heading);
  data.set("message", message);
  if (status >= 500) data.set("request_id", request.request_id);
  return views.Page("errors/error", data, ChromeFor(request, context, heading), status);
}

}  // namespace alongside::web
