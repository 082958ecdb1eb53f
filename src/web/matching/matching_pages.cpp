#include "web/matching/matching_pages.hpp"

#include "core/common/text.hpp"
#include "web/common/form_view.hpp"
#include "web/common/page_context.hpp"
#include "web/programme/volunteer_tabs.hpp"
#include "web/programme/volunteer_view.hpp"

namespace alongside::web {
namespace {

std::string MessageAt(const std::vector<FieldError>& errors, const std::string& field) {
  for (const auto& e : errors)
    if (e.field == field) return e.message;
  return "";
}

View Strings(const std::vector<std::string>& items) {
  View list{View::type::list};
  for (const auto& item : items) list.push_back(View(item));
  return list;
}

View MatchView(const Match& m) {
  View v;
  v.set("id", m.id);
  v.set("volunteer_name", m.volunteer_name);
  v.set("volunteer_id", m.volunteer_id);
  v.set("status", std::string(MatchStatusLabel(m.status)));
  v.set("open", m.status == MatchStatus::kProposed);
  v.set("accepted", m.status == MatchStatus::kAccepted);
  v.set("note", m.note);
  v.set("reason", m.response_reason);
  v.set("proposed_on", FormatDate(LondonDateOf(m.proposed_at)));
  return v;
}

http::Response FamilyPage(Services& services, const Views& views, const http::Request& request,
                          const http::RequestContext& context, const std::string& family_id,
                          const std::string& volunteer_id, const std::string& note, std::vector<FieldError> errors) {
  const auto page = services.matching.ForFamily(context.RequireActor(), family_id);
  View data;
  data.set("family_id", family_id);
  data.set("display_name", page.display_name);
  data.set("district", page.district);
  data.set("stage", page.stage);
  data.set("waiting", page.waiting);
  std::vector<std::string> needs;
  for (const auto& l : page.facts.languages) needs.push_back("Speaks " + l);
  if (page.facts.neonatal_care) needs.emplace_back("A baby in neonatal care");
  if (page.facts.twins) needs.emplace_back("Twins or more");
  if (page.facts.young_parent) needs.emplace_back("A young parent");
  if (page.facts.father) needs.emplace_back("A father");
  for (const auto& f : page.facts.focus_areas)
    if (const auto area = FocusAreaFromCode(f)) needs.emplace_back(FocusAreaLabel(*area));
  data.set("needs", Strings(needs));
  data.set("has_needs", !needs.empty());
  if (page.open) {
    data.set("open", MatchView(*page.open));
    data.set("has_open", true);
  }
  View suggestions{View::type::list};
  bool first = true;
  for (const auto& s : page.suggestions) {
    View item;
    item.set("volunteer_id", s.volunteer_id);
    item.set("name", s.name);
    item.set("reasons", Strings(s.reasons));
    item.set("reasons_against", Strings(s.reasons_against));
    item.set("has_against", !s.reasons_against.empty());
    item.set("has_place", s.has_place);
    item.set("checked", s.volunteer_id == volunteer_id);
    item.set("input_id", first ? std::string("volunteer_id") : "volunteer_id-" + s.volunteer_id);
    first = false;
    suggestions.push_back(item);
  }
  data.set("suggestions", suggestions);
  data.set("has_suggestions", !page.suggestions.empty());
  if (const auto error = MessageAt(errors, "volunteer_id"); !error.empty()) data.set("volunteer_error", error);
  View history{View::type::list};
  for (const auto& m : page.history)
    if (m.status != MatchStatus::kProposed) history.push_back(MatchView(m));
  data.set("history", history);
  data.set("has_history", page.history.size() > (page.open ? 1u : 0u));
  FormView fields(errors);
  fields.Text("note", "A note for the volunteer (optional)", "textarea", note,
              {.hint = "What they may need to know to decide. Do not include the family's full name or address."});
  fields.ApplyTo(data);
  auto chrome = ChromeFor(request, context, "Find a supporter - " + page.display_name);
  chrome.back_link = "/programme/matching";
  chrome.has_errors = !errors.empty();
  const auto done = request.Query("done");
  if (done == "proposed") chrome.flash = "Offer sent. The volunteer will see it under Families offered.";
  else if (done == "withdrawn") chrome.flash = "Offer withdrawn.";
  return views.Page("matching/family", std::move(data), chrome, errors.empty() ? 200 : 422);
}

View OfferView(const Offer& offer) {
  auto v = MatchView(offer.match);
  v.set("first_name", offer.first_name.empty() ? std::string("A family") : offer.first_name);
  v.set("stage", offer.stage);
  v.set("district", offer.district);
  return v;
}

http::Response AnswerPage(Services& services, const Views& views, const http::Request& request,
                          const http::RequestContext& context, const std::string& volunteer_id,
                          const std::string& match_id, bool accept, const std::string& reason,
                          std::vector<FieldError> errors) {
  const auto offers = services.matching.Offers(context.RequireActor(), volunteer_id);
  const Offer* offer = nullptr;
  for (const auto& o : offers.offers)
    if (o.match.id == match_id) offer = &o;
  if (!offer) throw NotFound("Offer not found");
  auto data = OfferView(*offer);
  data.set("volunteer_id", volunteer_id);
  data.set("accept", accept);
  FormView fields(errors);
  fields.Text("reason", "Why can you not support this family?", "textarea", reason,
              {.hint = "For example, you are away, or you know the family. The coordinator will find someone else."});
  fields.ApplyTo(data);
  auto chrome = ChromeFor(request, context, accept ? "Accept this family" : "Decline this family");
  chrome.back_link = VolunteerPath(volunteer_id, "/matches");
  chrome.has_errors = !errors.empty();
  return views.Page("matching/answer", std::move(data), chrome, errors.empty() ? 200 : 422);
}

}  // namespace

void AddMatchingPages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/programme/matching", [&services, &views](http::Request& request, http::RequestContext& context) {
    const auto list = services.matching.Waiting(context.RequireActor());
    View data;
    View families{View::type::list};
    for (const auto& f : list.families) {
      View item;
      item.set("family_id", f.family_id);
      item.set("display_name", f.display_name);
      item.set("district", PostcodeDistrict(f.postcode));
      item.set("waiting", WaitingWords(f.waiting_since, list.now));
      item.set("offered_to", f.offered_to);
      families.push_back(item);
    }
    data.set("families", families);
    data.set("has_families", !list.families.empty());
    data.set("count", std::to_string(list.families.size()));
    auto chrome = ChromeFor(request, context, "Families waiting for a supporter");
    chrome.back_link = "/programme";
    return views.Page("matching/waiting", std::move(data), chrome);
  }, http::Access::kSignedIn);

  routes.Page("GET", "/programme/matching/{family_id}", [&services, &views](http::Request& request,
                                                                            http::RequestContext& context) {
    return FamilyPage(services, views, request, context, request.PathParam("family_id"), "", "", {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/programme/matching/{family_id}", [&services, &views](http::Request& request,
                                                                             http::RequestContext& context) {
    const auto family_id = request.PathParam("family_id");
    const auto volunteer_id = context.form.Get("volunteer_id");
    const auto note = context.form.Get("note");
    try {
      services.matching.Propose(context.RequireActor(), family_id, volunteer_id, note);
    } catch (const Invalid& invalid) {
      return FamilyPage(services, views, request, context, family_id, volunteer_id, note, invalid.errors());
    }
    return http::Response::Redirect("/programme/matching/" + family_id + "?done=proposed");
  }, http::Access::kSignedIn);

  routes.Page("POST", "/programme/matches/{id}/withdraw", [&services](http::Request& request,
                                                                      http::RequestContext& context) {
    const auto match = services.matching.Withdraw(context.RequireActor(), request.PathParam("id"),
                                                  context.form.Get("reason"));
    return http::Response::Redirect("/programme/matching/" + match.family_id + "?done=withdrawn");
  }, http::Access::kSignedIn);

  routes.Page("GET", "/programme/volunteers/{id}/matches", [&services, &views](http::Request& request,
                                                                               http::RequestContext& context) {
    const auto id = request.PathParam("id");
    const auto actor = context.RequireActor();
    const auto result = services.matching.Offers(actor, id);
    const auto& offers = result.offers;
    const auto& volunteer = result.volunteer;
    auto data = VolunteerSummary(volunteer, services.volunteer_activity.Today());
    data.set("tabs", VolunteerTabs(id, "matches"));
    data.set("is_self", result.is_self);
    View open{View::type::list}, past{View::type::list};
    bool any_open = false, any_past = false;
    for (const auto& o : offers) {
      const bool is_open = o.match.status == MatchStatus::kProposed;
      (is_open ? any_open : any_past) = true;
      (is_open ? open : past).push_back(OfferView(o));
    }
    data.set("has_open", any_open);
    data.set("has_past", any_past);
    data.set("open_offers", open);
    data.set("past_offers", past);
    auto chrome = ChromeFor(request, context, "Families offered - " + volunteer.name);
    const auto done = request.Query("done");
    if (done == "accepted") chrome.flash = "You accepted the family. They are now in your caseload.";
    else if (done == "declined") chrome.flash = "You declined the family. The coordinator will find someone else.";
    return views.Page("matching/offers", std::move(data), chrome);
  }, http::Access::kSignedIn);

  for (const bool accept : {true, false}) {
    const std::string verb = accept ? "accept" : "decline";
    routes.Page("GET", "/programme/volunteers/{id}/matches/{match_id}/" + verb,
                [&services, &views, accept](http::Request& request, http::RequestContext& context) {
                  return AnswerPage(services, views, request, context, request.PathParam("id"),
                                    request.PathParam("match_id"), accept, "", {});
                }, http::Access::kSignedIn);
    routes.Page("POST", "/programme/volunteers/{id}/matches/{match_id}/" + verb,
                [&services, &views, accept](http::Request& request, http::RequestContext& context) {
                  const auto id = request.PathParam("id");
                  const auto match_id = request.PathParam("match_id");
                  const auto reason = context.form.Get("reason");
                  try {
                    if (accept) services.matching.Accept(context.RequireActor(), match_id);
                    else services.matching.Decline(context.RequireActor(), match_id, reason);
                  } catch (const Invalid& invalid) {
                    return AnswerPage(services, views, request, context, id, match_id, accept, reason,
                                      invalid.errors());
                  }
                  return http::Response::Redirect(VolunteerPath(id, "/matches") +
                                                  (accept ? "?done=accepted" : "?done=declined"));
                }, http::Access::kSignedIn);
  }
}

}  // namespace alongside::web
