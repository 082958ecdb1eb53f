#include "web/home/home_page.hpp"

#include "web/common/page_context.hpp"
#include "web/common/roles_view.hpp"

namespace alongside::web {
namespace {

struct Card {
  const char* href;
  const char* title;
  const char* description;
};

void AddCard(View& cards, const Card& card) {
  View item;
  item.set("href", card.href);
  item.set("title", card.title);
  item.set("description", card.description);
  cards.push_back(item);
}

/// What each role will find here as the product grows; shown honestly as "coming".
std::vector<std::string> ComingFor(const Actor& actor) {
  std::vector<std::string> items;
  if (actor.Has(Role::kPeerSupporter))
    items.insert(items.end(), {"Your training, supervision and record of service"});
  if (actor.Has(Role::kCoordinator))
    items.insert(items.end(), {"Matching volunteers with families", "Supervision and training due"});
  if (actor.Has(Role::kCommissioner))
    items.insert(items.end(), {"Outcome reports for your area"});
  if (actor.Has(Role::kMember))
    items.insert(items.end(), {"Guides, resources and community spaces"});
  return items;
}

}  // namespace

void AddHomePage(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/", [&services, &views](http::Request& request, http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    // The home page reads the person's current record, so role changes show at once.
    const User me = services.accounts.Me(actor);
    View data;
    data.set("greeting", "Hello, " + me.name);
    data.set("roles", RolesView(me.grants));
    View cards{View::type::list};
    if (services.policy.MayAtAll(actor, Resource::kUser, Action::kList))
      AddCard(cards, {"/admin/users", "People", "Find people and manage their roles."});
    if (services.policy.MayAtAll(actor, Resource::kOrganisation, Action::kCreate))
      AddCard(cards, {"/admin/organisations", "Organisations", "Areas and the organisations that work in them."});
    if (services.policy.MayAtAll(actor, Resource::kAuditLog, Action::kList))
      AddCard(cards, {"/admin/audit", "Audit log", "Who has read or changed what, and every refused access."});
    if (services.policy.MayAtAll(actor, Resource::kFamily, Action::kList) &&
        services.policy.MayAtAll(actor, Resource::kFamily, Action::kUpdate))
      AddCard(cards, {"/families", "Families", "Your caseload: stage, next task and last contact; find and record families."});
    if (services.policy.MayAtAll(actor, Resource::kFamily, Action::kUpdate))
      AddCard(cards, {"/tasks", "Tasks", "Contacts and reviews due, overdue ones first."});
    if (services.policy.MayAtAll(actor, Resource::kReferral, Action::kList))
      AddCard(cards, {"/referrals", "Referrals", "Referrals you have made and their progress; those needing attention."});
    if (actor.Has(Role::kPractitioner) || actor.Has(Role::kCoordinator))
      AddCard(cards, {"/referrals/inbox", "Referrals to your service", "Families referred to you, newest first."});
    if (services.policy.MayAtAll(actor, Resource::kService, Action::kList))
      AddCard(cards, {"/services", "Services", "The directory of services around families, by level of need."});
    if (actor.Has(Role::kCoordinator)) {
      AddCard(cards, {"/safety-alerts", "Safety alerts", "Answers that signalled risk, open until someone records what was done."});
      AddCard(cards, {"/programme/outcomes", "Outcomes", "Distance travelled in each goal area across the programme."});
    }
    if (services.policy.MayAtAll(actor, Resource::kFramework, Action::kRead))
      AddCard(cards, {"/framework", "The caregiving framework",
                      "The three Domains of Caregiving, in words for practitioners and for parents."});
    if (services.policy.MayAtAll(actor, Resource::kFramework, Action::kUpdate))
      AddCard(cards, {"/admin/framework", "Adapt the framework", "Local wording and items for your area; each change is a new version."});
    if (actor.Has(Role::kParent))
      AddCard(cards, {"/my-family", "Your family", "Your goals and plan, who supports you and who is involved."});
    AddCard(cards, {"/account", "Your account", "Your details, password and API tokens."});
    data.set("cards", cards);
    const auto coming = ComingFor(actor);
    if (!coming.empty()) {
      View list{View::type::list};
      for (const auto& item : coming) list.push_back(item);
      View section;
      section.set("items", list);
      data.set("coming", section);
    }
    return views.Page("home/home", data, ChromeFor(request, context, "Home"));
  }, http::Access::kSignedIn);
}

void AddInformationPages(http::RouteTable& routes, const Views& views) {
  struct Info {
    const char* path;
    const char* name;
    const char* title;
  };
  for (const Info& info : {Info{"/accessibility", "pages/accessibility", "Accessibility statement"},
                           Info{"/privacy", "pages/privacy", "Privacy notice"},
                           Info{"/cookies", "pages/cookies", "Cookies"}}) {
    routes.Page("GET", info.path, [&views, info](http::Request& request, http::RequestContext& context) {
      auto response = views.Page(info.name, View{}, ChromeFor(request, context, info.title));
      response.personal = context.actor.has_value();
      return response;
    }, http::Access::kPublic);
  }
}

}  // namespace alongside::web
