#include "core/common/london_time.hpp"
#include "web/common/form_view.hpp"
#include "web/common/page_context.hpp"
#include "web/questionnaires/questionnaire_pages.hpp"

namespace alongside::web {
namespace {

struct LoadInput {
  std::string area_id;
  std::string document;
};

/// The areas the actor may load a questionnaire for: an area administrator's own, every
/// area for a platform administrator.
std::vector<Area> LoadableAreas(Services& services, const Actor& actor) {
  std::vector<Area> out;
  for (auto& area : services.organisations.ListAreas(actor)) {
    RecordScope record;
    record.area_ids = {area.id};
    if (services.policy.Allows(actor, Resource::kQuestionnaire, Action::kCreate, record)) out.push_back(area);
  }
  return out;
}

http::Response AdminPage(Services& services, const Views& views, const http::Request& request,
                         const http::RequestContext& context, const LoadInput& input, std::vector<FieldError> errors) {
  const Actor& actor = context.RequireActor();
  const auto loaded = services.questionnaire_catalogue.Loaded(actor);
  View data;
  View rows{View::type::list};
  for (const auto& stored : loaded) {
    View row;
    row.set("title", stored.definition.short_title);
    row.set("code", stored.definition.code);
    row.set("edition", stored.definition.edition);
    row.set("area", stored.area_name);
    row.set("loaded_by", stored.loaded_by_name.empty() ? "Someone no longer with the service" : stored.loaded_by_name);
    row.set("loaded", FormatLondonDateTime(stored.loaded_at));
    row.set("status", stored.current() ? "In use for new answers" : "Replaced " + FormatLondonDate(*stored.replaced_at));
    rows.push_back(row);
  }
  data.set("loaded", rows);
  data.set("has_loaded", !loaded.empty());
  const auto areas = LoadableAreas(services, actor);
  View document_problems{View::type::list};
  for (const auto& e : errors)
    if (e.field == "document") document_problems.push_back(View("message", e.message));
  data.set("document_problems", document_problems);
  data.set("document_error", !document_problems.is_empty_list());
  data.set("document", input.document);
  FormView form(std::move(errors));
  Options area_options;
  if (areas.size() != 1) area_options.emplace_back("", "Select an area");
  for (const auto& area : areas) area_options.emplace_back(area.id, area.name);
  form.Select("area_id", "Area licensed to use it", area_options,
              input.area_id.empty() && areas.size() == 1 ? areas.front().id : input.area_id);
  form.ApplyTo(data);
  auto chrome = ChromeFor(request, context, "Questionnaires");
  chrome.has_errors = form.has_errors();
  if (request.Query("done") == "loaded") chrome.flash = "Questionnaire loaded. New answers use this edition.";
  return views.Page("questionnaires/admin", data, chrome, form.has_errors() ? 422 : 200);
}

}  // namespace

void AddQuestionnaireAdminPages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/admin/questionnaires", [&services, &views](http::Request& request, http::RequestContext& context) {
    return AdminPage(services, views, request, context, {}, {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/admin/questionnaires", [&services, &views](http::Request& request, http::RequestContext& context) {
    const LoadInput input{context.form.Get("area_id"), context.form.Get("document")};
    try {
      services.questionnaire_catalogue.Load(context.RequireActor(), input.area_id, input.document);
    } catch (const Invalid& invalid) {
      return AdminPage(services, views, request, context, input, invalid.errors());
    } catch (const Conflict& conflict) {
      return AdminPage(services, views, request, context, input, {{"document", conflict.what()}});
    }
    return http::Response::Redirect("/admin/questionnaires?done=loaded");
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
