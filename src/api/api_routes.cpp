#include "api/api_routes.hpp"

#include "api/accounts/session_api.hpp"
#include "api/care_plans/care_plan_api.hpp"
#include "api/contacts/contact_api.hpp"
#include "api/families/family_api.hpp"
#include "api/families/privacy_api.hpp"
#include "api/framework/framework_api.hpp"
#include "api/goals/goal_api.hpp"
#include "api/outcomes/outcome_api.hpp"
#include "api/matching/matching_api.hpp"
#include "api/programme/volunteer_api.hpp"
#include "api/training/training_api.hpp"
#include "api/needs/needs_api.hpp"
#include "api/questionnaires/questionnaire_api.hpp"
#include "api/referrals/referral_api.hpp"
#include "api/signposts/signpost_api.hpp"
#include "api/services/service_api.hpp"
#include "api/tasks/task_api.hpp"

namespace alongside::api {

void AddApiRoutes(http::RouteTable& routes, Services& services, std::string openapi_json) {
  AddSessionApi(routes, services);
  AddGoalApi(routes, services);
  AddMyFamilyApi(routes, services);
  AddCarePlanApi(routes, services);
  AddContactApi(routes, services);
  AddFamilyApi(routes, services);
  AddConsentApi(routes, services);
  AddSensitiveApi(routes, services);
  AddTaskApi(routes, services);
  AddSignpostApi(routes, services);
  AddServiceApi(routes, services);
  AddReferralApi(routes, services);
  AddOutcomeApi(routes, services);
  AddFrameworkApi(routes, services);
  AddNeedsApi(routes, services);
  AddQuestionnaireDefinitionApi(routes, services);
  AddFamilyQuestionnaireApi(routes, services);
  AddVolunteerApi(routes, services);
  AddTrainingApi(routes, services);
  AddSupervisionApi(routes, services);
  AddMatchingApi(routes, services);
  routes.Api("GET", "/api/v1/openapi.json", [document = std::move(openapi_json)](http::Request&, http::RequestContext&) {
    auto response = http::Response::Json(document);
    response.personal = false;
    return response;
  }, http::Access::kPublic);
}

}  // namespace alongside::api
