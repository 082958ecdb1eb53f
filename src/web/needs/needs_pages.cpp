#include "web/needs/needs_pages.hpp"

#include "core/common/london_time.hpp"
#include "core/services/service_need.hpp"
#include "web/common/form_view.hpp"
#include "web/common/page_context.hpp"
#include "web/goals/goal_view.hpp"
#include "web/needs/needs_view.hpp"

namespace alongside::web {
namespace {

std::string NeedsPath(const std::string& family_id) { return "/families/" + family_id + "/needs"; }
std::string ConversationPath(const std::string& family_id, const std::string& id) {
  return NeedsPath(family_id) + "/" + id;
}

/// The form as posted. Adversities are part of it only when the page showed them
/// ("adversities_shown"), so a save by someone who may not see them leaves them alone.
NeedsForm FormFrom(const http::RequestContext& context) {
  NeedsForm form;
  for (const auto& domain : kDomainCodes)
    form.domains.push_back({context.form.Get(DomainField(domain, "rating")), context.form.Get(DomainField(domain, "going_well")),
                            context.form.Get(DomainField(domain, "would_help"))});
  form.pressures = context.form.GetAll("pressures");
  form.pressure_note = context.form.Get("pressure_note");
  if (context.form.Get("adversities_shown") == "1") form.adversities = context.form.GetAll("adversities");
  form.focus_areas = context.form.GetAll("focus_areas");
  return form;
}

std::string LevelText(const NeedsConversation& conversation) {
  if (conversation.decision) return std::string(ServiceLevelLabel(conversation.decision->level));
  if (conversation.suggestion) return std::string(ServiceLevelLabel(conversation.suggestion->level)) + " (suggested)";
  return "";
}

std::string RatingNumber(const NeedsConversation& conversation, const std::string& domain) {
  const auto* answer = conversation.answers.Domain(domain);
  return answer && answer->rating ? std::to_string(*answer->rating) : "–";
}

http::Response ListPage(Services& services, const Views& views, const http::Request& request,
                        const http::RequestContext& context) {
  const Actor& actor = context.RequireActor();
  const std::string family_id = request.PathParam("id");
  const auto history = services.needs.History(actor, family_id);
  View data;
  data.set("family_name", history.family_name);
  data.set("tabs", FamilyPageTabs(services, actor, family_id, "needs"));
  View headings{View::type::list};
  for (const auto& domain : history.framework.domains) headings.push_back(View(domain.name));
  data.set("domain_headings", headings);
  View rows{View::type::list};
  for (const auto& conversation : history.conversations) {
    View row;
    row.set("href", ConversationPath(family_id, conversation.id));
    row.set("date", FormatLondonDate(conversation.finished_at.value_or(conversation.started_at)));
    row.set("status", conversation.finished() ? std::string("Finished") : std::string("Draft"));
    View ratings{View::type::list};
    for (const auto& domain : history.framework.domains) ratings.push_back(View(RatingNumber(conversation, domain.code)));
    row.set("ratings", ratings);
    const auto level = LevelText(conversation);
    row.set("level", level.empty() ? std::string("–") : level);
    rows.push_back(row);
  }
  data.set("conversations", rows);
  data.set("has_conversations", !history.conversations.empty());
  data.set("show_level", history.show_sensitive);
  View changes{View::type::list};
  for (const auto& change : history.changes) {
    View row;
    row.set("domain_name", change.name);
    row.set("from", RatingWords(history.framework, change.from));
    row.set("to", RatingWords(history.framework, change.to));
    row.set("words", change.words);
    changes.push_back(row);
  }
  data.set("changes", changes);
  data.set("has_changes", !history.changes.empty());
  if (!history.draft_id.empty()) {
    data.set("draft_href", ConversationPath(family_id, history.draft_id) + "/edit");
  } else if (history.may_start) {
    data.set("start_href", NeedsPath(family_id) + "/new");
    data.set("start_label", history.has_finished ? std::string("Review: talk again") : std::string("Start a needs conversation"));
  }
  data.set("may_continue", history.may_start && !history.draft_id.empty());
  auto chrome = ChromeFor(request, context, "Needs conversations");
  return views.Page("needs/list", data, chrome);
}

http::Response FormPage(Services& services, const Views& views, const http::Request& request,
                        const http::RequestContext& context, const NeedsForm& form, const Framework& framework,
                        bool with_adversities, const std::string& action, const std::string& note,
                        const std::string& family_name, const std::vector<FieldError>& errors) {
  const Actor& actor = context.RequireActor();
  const std::string family_id = request.PathParam("id");
  View data;
  AddNeedsForm(data, framework, form, with_adversities, errors);
  data.set("adversities_shown", with_adversities);
  data.set("family_name", family_name);
  data.set("tabs", FamilyPageTabs(services, actor, family_id, "needs"));
  data.set("action", action);
  if (!note.empty()) data.set("note", note);
  auto chrome = ChromeFor(request, context, "Needs conversation");
  chrome.has_errors = !errors.empty();
  chrome.back_link = NeedsPath(family_id);
  return views.Page("needs/form", data, chrome, errors.empty() ? 200 : 422);
}

http::Response NewPage(Services& services, const Views& views, const http::Request& request,
                       const http::RequestContext& context) {
  const std::string family_id = request.PathParam("id");
  const auto start = services.needs.Prepare(context.RequireActor(), family_id);
  if (!start.draft_id.empty())
    return http::Response::Redirect(ConversationPath(family_id, start.draft_id) + "/edit");
  const auto note = start.reviewed_from_id.empty()
                        ? std::string()
                        : std::string("This review starts from what the family said last time. Change anything that is different now.");
  return FormPage(services, views, request, context, FormOfAnswers(start.answers, start.show_sensitive),
                  start.framework, start.show_sensitive, NeedsPath(family_id), note, start.family_name, {});
}

http::Response EditPage(Services& services, const Views& views, const http::Request& request,
                        const http::RequestContext& context, const std::optional<NeedsForm>& typed,
                        const std::vector<FieldError>& errors) {
  const Actor& actor = context.RequireActor();
  const std::string family_id = request.PathParam("id");
  const std::string id = request.PathParam("nid");
  const auto view = services.needs.Get(actor, family_id, id);
  if (!view.may_edit) return http::Response::Redirect(ConversationPath(family_id, id));
  const auto form = typed ? *typed : FormOfAnswers(view.conversation.answers, view.show_sensitive);
  return FormPage(services, views, request, context, form, view.framework, view.show_sensitive,
                  ConversationPath(family_id, id),
                  "Saved as a draft on " + FormatLondonDateTime(view.conversation.updated_at) + ".", view.family_name,
                  errors);
}

/// The decision form under a finished conversation: the level (suggested one first checked),
/// a reason, and the needs to act on (the suggested kinds ticked). The reason field and the
/// error summary go into the page's own data.
void AddDecisionForm(View& page, View& data, const NeedsDecisionForm& typed, const std::vector<FieldError>& errors) {
  View levels{View::type::list};
  for (auto level : NeedsLevels()) {
    View item;
    const std::string code(ServiceLevelCode(level));
    item.set("id", level == NeedsLevels().front() ? std::string("level") : "level-" + code);
    item.set("value", code);
    item.set("label", std::string(ServiceLevelLabel(level)));
    item.set("checked", typed.level == code);
    levels.push_back(item);
  }
  data.set("levels", levels);
  for (const auto& e : errors)
    if (e.field == "level") data.set("level_error", e.message);
  FormView fields(errors);
  fields.Text("reason", "Why (needed when your decision differs from the suggestion)", "textarea", typed.reason);
  fields.ApplyTo(page);
  Options needs;
  for (auto need : AllServiceNeeds()) needs.emplace_back(std::string(ServiceNeedCode(need)), std::string(ServiceNeedLabel(need)));
  data.set("needs", CheckboxGroup("needs", "Needs to act on", "These show on the family's Services tab", needs,
                                  typed.needs, errors));
}

http::Response ShowPage(Services& services, const Views& views, const http::Request& request,
                        const http::RequestContext& context, const std::optional<NeedsDecisionForm>& typed,
                        const std::vector<FieldError>& errors) {
  const Actor& actor = context.RequireActor();
  const std::string family_id = request.PathParam("id");
  const std::string id = request.PathParam("nid");
  const auto view = services.needs.Get(actor, family_id, id);
  const auto& conversation = view.conversation;
  View data;
  AddNeedsAnswers(data, conversation, view.framework);
  data.set("family_name", view.family_name);
  data.set("tabs", FamilyPageTabs(services, actor, family_id, "needs"));
  data.set("finished", conversation.finished());
  data.set("date", FormatLondonDate(conversation.finished_at.value_or(conversation.started_at)));
  data.set("started_by", conversation.started_by_name);
  data.set("framework_number", std::to_string(view.framework_number));
  data.set("show_sensitive", view.show_sensitive);
  if (view.may_edit) data.set("edit_href", ConversationPath(family_id, id) + "/edit");
  if (view.may_decide) {
    NeedsDecisionForm form;
    if (typed) {
      form = *typed;
    } else if (conversation.suggestion) {
      form.level = std::string(ServiceLevelCode(conversation.suggestion->level));
      for (const auto& kind : conversation.suggestion->kinds) form.needs.push_back(kind.code);
    }
    View decision_form;
    AddDecisionForm(data, decision_form, form, errors);
    decision_form.set("action", ConversationPath(family_id, id) + "/decision");
    data.set("decision_form", decision_form);
  }
  auto chrome = ChromeFor(request, context, conversation.finished() ? "Needs conversation" : "Needs conversation (draft)");
  chrome.has_errors = !errors.empty();
  chrome.back_link = NeedsPath(family_id);
  const auto done = request.Query("done");
  if (done == "finished") chrome.flash = "Conversation finished. Look at the suggestion, then record what you decided.";
  if (done == "decided") chrome.flash = "Decision recorded. The needs to act on now show on the Services tab.";
  if (done == "saved") chrome.flash = "Saved as a draft. You can carry on later.";
  return views.Page("needs/show", data, chrome, errors.empty() ? 200 : 422);
}

/// Saves (already done for a new draft: `saved`) or finishes, by the button pressed; bad
/// input or an unfinished conversation shows the draft's form again with every entry kept.
http::Response Submit(Services& services, const Views& views, http::Request& request,
                      const http::RequestContext& context, const std::string& id, const NeedsForm& form, bool saved) {
  const Actor& actor = context.RequireActor();
  const std::string family_id = request.PathParam("id");
  try {
    if (context.form.Get("action") == "finish") {
      services.needs.Finish(actor, family_id, id, saved ? std::nullopt : std::optional<NeedsForm>(form));
      return http::Response::Redirect(ConversationPath(family_id, id) + "?done=finished");
    }
    if (!saved) services.needs.Save(actor, family_id, id, form);
  } catch (const Invalid& invalid) {
    request.path_params["nid"] = id;
    return EditPage(services, views, request, context, form, invalid.errors());
  }
  return http::Response::Redirect(ConversationPath(family_id, id) + "?done=saved");
}

}  // namespace

void AddNeedsPages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/families/{id}/needs", [&services, &views](http::Request& request, http::RequestContext& context) {
    return ListPage(services, views, request, context);
  }, http::Access::kSignedIn);

  routes.Page("GET", "/families/{id}/needs/new", [&services, &views](http::Request& request, http::RequestContext& context) {
    return NewPage(services, views, request, context);
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/needs", [&services, &views](http::Request& request, http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    const std::string family_id = request.PathParam("id");
    const auto form = FormFrom(context);
    std::string id;
    try {
      id = services.needs.Start(actor, family_id, form).id;
    } catch (const Invalid& invalid) {
      const auto start = services.needs.Prepare(actor, family_id);
      return FormPage(services, views, request, context, form, start.framework, start.show_sensitive,
                      NeedsPath(family_id), "", start.family_name, invalid.errors());
    }
    return Submit(services, views, request, context, id, form, true);
  }, http::Access::kSignedIn);

  routes.Page("GET", "/families/{id}/needs/{nid}", [&services, &views](http::Request& request, http::RequestContext& context) {
    return ShowPage(services, views, request, context, std::nullopt, {});
  }, http::Access::kSignedIn);

  routes.Page("GET", "/families/{id}/needs/{nid}/edit", [&services, &views](http::Request& request, http::RequestContext& context) {
    return EditPage(services, views, request, context, std::nullopt, {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/needs/{nid}", [&services, &views](http::Request& request, http::RequestContext& context) {
    return Submit(services, views, request, context, request.PathParam("nid"), FormFrom(context), false);
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/needs/{nid}/decision", [&services, &views](http::Request& request, http::RequestContext& context) {
    const std::string family_id = request.PathParam("id");
    const std::string id = request.PathParam("nid");
    NeedsDecisionForm form{context.form.Get("level"), context.form.Get("reason"), context.form.GetAll("needs")};
    try {
      services.needs.Decide(context.RequireActor(), family_id, id, form);
    } catch (const Invalid& invalid) {
      return ShowPage(services, views, request, context, form, invalid.errors());
    }
    return http::Response::Redirect(ConversationPath(family_id, id) + "?done=decided");
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
