#include "core/common/text.hpp"
#include "web/common/form_view.hpp"
#include "web/common/page_context.hpp"
#include "web/matching/matching_pages.hpp"
#include "web/programme/volunteer_tabs.hpp"
#include "web/programme/volunteer_view.hpp"
#include "web/signposts/signpost_view.hpp"

namespace alongside::web {
namespace {

std::string MilesText(double miles) {
  auto tenths = static_cast<long long>(miles * 10 + 0.5);
  return std::to_string(tenths / 10) + (tenths % 10 ? "." + std::to_string(tenths % 10) : "");
}

View ClaimView(const ExpenseClaim& c) {
  View v;
  v.set("id", c.id);
  v.set("volunteer_id", c.volunteer_id);
  v.set("volunteer_name", c.volunteer_name);
  v.set("date", FormatDate(c.spent_on));
  v.set("kind", std::string(ExpenseKindLabel(c.kind)));
  v.set("amount", FormatPence(c.amount_pence));
  v.set("description", c.description);
  v.set("detail", c.miles ? MilesText(*c.miles) + " miles at " + std::to_string(c.pence_per_mile) + "p a mile" : "");
  v.set("receipt", c.receipt_held ? "Yes" : "No");
  v.set("status", std::string(ExpenseStatusLabel(c.status)));
  v.set("status_tag", c.status == ExpenseStatus::kSubmitted  ? "yellow"
                      : c.status == ExpenseStatus::kRejected ? "red"
                      : c.status == ExpenseStatus::kPaid     ? "green"
                                                             : "blue");
  v.set("submitted", c.status == ExpenseStatus::kSubmitted);
  v.set("approved", c.status == ExpenseStatus::kApproved);
  v.set("reason", c.decision_reason);
  return v;
}

http::Response VolunteerPage(Services& services, const Views& views, const http::Request& request,
                             const http::RequestContext& context, const std::string& id, const ExpenseForm& input,
                             std::vector<FieldError> errors) {
  const auto page = services.expenses.ForVolunteer(context.RequireActor(), id);
  auto data = VolunteerSummary(page.volunteer, page.today);
  data.set("tabs", VolunteerTabs(id, "expenses"));
  View claims{View::type::list};
  for (const auto& c : page.claims) claims.push_back(ClaimView(c));
  data.set("claims", claims);
  data.set("has_claims", !page.claims.empty());
  data.set("may_decide", page.may_decide);
  Options kinds;
  for (auto k : AllExpenseKinds()) kinds.emplace_back(std::string(ExpenseKindCode(k)), std::string(ExpenseKindLabel(k)));
  data.set("kind_group", RadioGroup("kind", "What is the claim for?", kinds, input.kind, errors));
  FormView fields(errors);
  fields.Text("spent_on", "Date", "date", input.spent_on, {.hint = "The day you drove, or paid"});
  fields.Text("miles", "Miles driven (for mileage)", "text", input.miles,
              {.hint = "Paid at " + std::to_string(page.pence_per_mile) + "p a mile, like 12.5", .width = "5"});
  fields.Text("amount", "Amount in pounds (for anything else)", "text", input.amount,
              {.hint = "For example, 12.50", .width = "5"});
  fields.Text("description", "What it was for", "text", input.description,
              {.hint = "For example, home visit in Ashby and back"});
  fields.ApplyTo(data);
  data.set("receipt_held", input.receipt_held);
  auto chrome = ChromeFor(request, context, "Expenses - " + page.volunteer.name);
  chrome.has_errors = !errors.empty();
  if (request.Query("done") == "claimed") chrome.flash = "Claim sent to the coordinator for approval.";
  return views.Page("matching/expenses", std::move(data), chrome, errors.empty() ? 200 : 422);
}

http::Response DecidePage(Services& services, const Views& views, const http::Request& request,
                          const http::RequestContext& context, const std::string& claim_id, bool approve,
                          const std::string& reason, std::vector<FieldError> errors) {
  const auto all = services.expenses.ForProgrammes(context.RequireActor());
  const ExpenseClaim* claim = nullptr;
  for (const auto& c : all.claims)
    if (c.id == claim_id) claim = &c;
  if (!claim) throw NotFound("Expense claim not found");
  auto data = ClaimView(*claim);
  data.set("approve", approve);
  FormView fields(errors);
  fields.Text("reason", "Why is the claim rejected?", "textarea", reason,
              {.hint = "The volunteer sees this, so say what they can do"});
  fields.ApplyTo(data);
  auto chrome = ChromeFor(request, context, approve ? "Approve this claim?" : "Reject this claim?");
  chrome.back_link = "/programme/expenses";
  chrome.has_errors = !errors.empty();
  return views.Page("matching/decide_expense", std::move(data), chrome, errors.empty() ? 200 : 422);
}

}  // namespace

void AddExpensePages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/programme/volunteers/{id}/expenses", [&services, &views](http::Request& request,
                                                                                http::RequestContext& context) {
    ExpenseForm input;
    input.spent_on = IsoDate(services.expenses.Today());
    return VolunteerPage(services, views, request, context, request.PathParam("id"), input, {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/programme/volunteers/{id}/expenses", [&services, &views](http::Request& request,
                                                                                 http::RequestContext& context) {
    const auto id = request.PathParam("id");
    const ExpenseForm input{context.form.Get("spent_on"),    context.form.Get("kind"),
                            context.form.Get("miles"),       context.form.Get("amount"),
                            context.form.Get("description"), context.form.Get("receipt_held") == "1"};
    try {
      services.expenses.Submit(context.RequireActor(), id, input);
    } catch (const Invalid& invalid) {
      return VolunteerPage(services, views, request, context, id, input, invalid.errors());
    }
    return http::Response::Redirect(VolunteerPath(id, "/expenses") + "?done=claimed");
  }, http::Access::kSignedIn);

  routes.Page("GET", "/programme/expenses", [&services, &views](http::Request& request, http::RequestContext& context) {
    const auto page = services.expenses.ForProgrammes(context.RequireActor());
    View data;
    View waiting{View::type::list}, rest{View::type::list};
    bool any_waiting = false, any_rest = false;
    for (const auto& c : page.claims) {
      const bool is_waiting = c.status == ExpenseStatus::kSubmitted;
      (is_waiting ? any_waiting : any_rest) = true;
      (is_waiting ? waiting : rest).push_back(ClaimView(c));
    }
    data.set("waiting", waiting);
    data.set("rest", rest);
    data.set("awaiting", std::to_string(page.awaiting) + (page.awaiting == 1 ? " claim" : " claims"));
    data.set("has_waiting", any_waiting);
    data.set("has_rest", any_rest);
    data.set("awaiting_total", FormatPence(page.awaiting_pence));
    auto chrome = ChromeFor(request, context, "Expense claims");
    chrome.back_link = "/programme";
    const auto done = request.Query("done");
    if (done == "approved") chrome.flash = "Claim approved.";
    else if (done == "rejected") chrome.flash = "Claim rejected. The volunteer will see why.";
    else if (done == "paid") chrome.flash = "Claim marked paid.";
    return views.Page("matching/programme_expenses", std::move(data), chrome);
  }, http::Access::kSignedIn);

  for (const bool approve : {true, false}) {
    const std::string verb = approve ? "approve" : "reject";
    routes.Page("GET", "/programme/expenses/{id}/" + verb,
                [&services, &views, approve](http::Request& request, http::RequestContext& context) {
                  return DecidePage(services, views, request, context, request.PathParam("id"), approve, "", {});
                }, http::Access::kSignedIn);
    routes.Page("POST", "/programme/expenses/{id}/" + verb,
                [&services, &views, approve](http::Request& request, http::RequestContext& context) {
                  const auto id = request.PathParam("id");
                  const auto reason = context.form.Get("reason");
                  try {
                    if (approve) services.expenses.Approve(context.RequireActor(), id);
                    else services.expenses.Reject(context.RequireActor(), id, reason);
                  } catch (const Invalid& invalid) {
                    return DecidePage(services, views, request, context, id, approve, reason, invalid.errors());
                  }
                  return http::Response::Redirect(std::string("/programme/expenses?done=") +
                                                  (approve ? "approved" : "rejected"));
                }, http::Access::kSignedIn);
  }

  routes.Page("POST", "/programme/expenses/{id}/paid", [&services](http::Request& request,
                                                                   http::RequestContext& context) {
    services.expenses.MarkPaid(context.RequireActor(), request.PathParam("id"));
    return http::Response::Redirect("/programme/expenses?done=paid");
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
