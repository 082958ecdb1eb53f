#include "web/signposts/signpost_pages.hpp"

#include "web/common/form_view.hpp"
#include "web/common/page_context.hpp"
#include "web/families/family_tabs.hpp"
#include "web/signposts/signpost_view.hpp"

namespace alongside::web {
namespace {

std::string ServicesTab(const std::string& family_id) { return "/families/" + family_id + "/pathways"; }

SignpostForm ReadSignpostForm(const http::RequestContext& context) {
  return {context.form.Get("service_id"), context.form.Get("service_name"), context.form.Get("how"),
          context.form.Get("note"), context.form.Get("follow_up_days")};
}

Options HowOptions() {
  Options options;
  for (SignpostHow how : AllSignpostHows())
    options.emplace_back(std::string(SignpostHowCode(how)), std::string(SignpostHowLabel(how)));
  return options;
}

Options FollowUpOptions() {
  Options options;
  for (int days : FollowUpDayChoices())
    options.emplace_back(std::to_string(days), "In " + std::to_string(days) + " days" +
                                                   (days == kDefaultFollowUpDays ? " (usual)" : ""));
  return options;
}

Options OutcomeOptions() {
  Options options;
  for (SignpostOutcome outcome : AllSignpostOutcomes())
    options.emplace_back(std::string(SignpostOutcomeCode(outcome)), std::string(SignpostOutcomeLabel(outcome)));
  return options;
}

bool ShowSensitiveTab(Services& services, const Actor& actor) {
  return services.policy.MayAtAll(actor, Resource::kFamilySensitive, Action::kRead);
}

http::Response NewSignpostPage(Services& services, const Views& views, const http::Request& request,
                               const http::RequestContext& context, const std::string& family_id,
                               const SignpostForm& input, std::vector<FieldError> errors) {
  const Actor& actor = context.RequireActor();
  const auto choices = services.signposts.ChoicesFor(actor, family_id);
  View data;
  data.set("family_id", family_id);
  data.set("family_name", choices.family_name);
  data.set("tabs", FamilyTabs(family_id, "pathways", {.show_sensitive = ShowSensitiveTab(services, actor)}));
  const bool has_errors = !errors.empty();
  FormView form(errors);
  Options directory{{"", "Not in the directory (type the name below)"}};
  for (const auto& service : choices.services)
    directory.emplace_back(service.id, service.name + " (" + std::string(ServiceTypeLabel(service.type)) + ")");
  form.Select("service_id", "Service from the directory", directory, input.service_id);
  form.Text("service_name", "Or the name of a service that is not in the directory", "text", input.service_name,
            {.hint = "For example, the baby bank at St Mark's church"});
  form.Text("note", "Note for the team (optional)", "text", input.note,
            {.hint = "What you told the family, or what they will do. Not sent anywhere."});
  form.ApplyTo(data);
  data.set("how_group", RadioGroup("how", "How did you give them the information?", HowOptions(), input.how, errors,
                                   {.hint = "", .inline_choices = true}));
  data.set("follow_up_days_group",
           RadioGroup("follow_up_days", "When should we ask whether it helped?", FollowUpOptions(),
                      input.follow_up_days, errors,
                      {.hint = "A task \"Did this service help?\" goes to the family's peer supporter.",
                       .inline_choices = false}));
  auto chrome = ChromeFor(request, context, "Signpost to a service" +
                                                (choices.family_name.empty() ? "" : " - " + choices.family_name));
  chrome.back_link = ServicesTab(family_id);
  chrome.has_errors = has_errors;
  return views.Page("signposts/new", data, chrome, has_errors ? 422 : 200);
}

http::Response FollowUpPage(Services& services, const Views& views, const http::Request& request,
                            const http::RequestContext& context, const std::string& family_id,
                            const std::string& signpost_id, const FollowUpForm& input, std::vector<FieldError> errors) {
  const Actor& actor = context.RequireActor();
  const auto signpost = services.signposts.Get(actor, family_id, signpost_id);
  if (signpost.followed_up()) throw Conflict("Someone has already recorded whether this service helped.");
  View data = SignpostView(signpost, services.signposts.Today());
  data.set("family_id", family_id);
  data.set("signpost_id", signpost_id);
  data.set("tabs", FamilyTabs(family_id, "pathways", {.show_sensitive = ShowSensitiveTab(services, actor)}));
  const bool has_errors = !errors.empty();
  FormView form(errors);
  form.Text("outcome_note", "What did they say? (optional)", "text", input.note);
  form.ApplyTo(data);
  data.set("outcome_group", RadioGroup("outcome", "What did the family say?", OutcomeOptions(), input.outcome, errors));
  auto chrome = ChromeFor(request, context, "Did " + signpost.service_name + " help?");
  chrome.back_link = ServicesTab(family_id);
  chrome.has_errors = has_errors;
  return views.Page("signposts/follow_up", data, chrome, has_errors ? 422 : 200);
}

}  // namespace

void AddSignpostPages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/families/{id}/signposts/new", [&services, &views](http::Request& request,
                                                                         http::RequestContext& context) {
    SignpostForm blank;
    blank.service_id = request.Query("service");
    blank.follow_up_days = std::to_string(kDefaultFollowUpDays);
    return NewSignpostPage(services, views, request, context, request.PathParam("id"), blank, {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/signposts", [&services, &views](http::Request& request,
                                                                      http::RequestContext& context) {
    const auto family_id = request.PathParam("id");
    const auto input = ReadSignpostForm(context);
    try {
      services.signposts.Record(context.RequireActor(), family_id, input);
    } catch (const Invalid& invalid) {
      return NewSignpostPage(services, views, request, context, family_id, input, invalid.errors());
    }
    return http::Response::Redirect(ServicesTab(family_id) + "?done=signposted");
  }, http::Access::kSignedIn);

  routes.Page("GET", "/families/{id}/signposts/{sid}/follow-up", [&services, &views](http::Request& request,
                                                                                     http::RequestContext& context) {
    return FollowUpPage(services, views, request, context, request.PathParam("id"), request.PathParam("sid"), {}, {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/signposts/{sid}/follow-up", [&services, &views](http::Request& request,
                                                                                      http::RequestContext& context) {
    const auto family_id = request.PathParam("id");
    const auto signpost_id = request.PathParam("sid");
    const FollowUpForm input{context.form.Get("outcome"), context.form.Get("outcome_note")};
    try {
      services.signposts.FollowUp(context.RequireActor(), family_id, signpost_id, input);
    } catch (const Invalid& invalid) {
      return FollowUpPage(services, views, request, context, family_id, signpost_id, input, invalid.errors());
    }
    return http::Response::Redirect(ServicesTab(family_id) + "?done=followed_up");
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
