#include "web/common/page_context.hpp"
#include "web/outcomes/distance_view.hpp"
#include "web/outcomes/outcome_pages.hpp"

namespace alongside::web {
namespace {

/// One family's scores as the parent sees them: in their own words, without the worker's tabs.
View ParentFamilyOutcomes(const FamilyOutcomes& outcomes, std::size_t index) {
  const auto& settings = outcomes.settings.settings;
  auto chart = FamilyChart(outcomes);
  chart.id = "my-distance-" + std::to_string(index);
  chart.title = "How things have changed for you";
  View family;
  family.set("family_name", outcomes.family_name);
  family.set("distance", DistanceView(chart, FamilyTable(outcomes),
                                      "Your scores at each point, from " + ScaleWords(settings.scale) + "."));
  View notes{View::type::list};
  for (const auto& scoring : outcomes.current) {
    if (scoring.note.empty()) continue;
    const auto* point = settings.FindPoint(scoring.point_code);
    View note;
    note.set("point", point ? point->label : scoring.point_code);
    note.set("scored_on", FormatDate(scoring.scored_on));
    note.set("note", scoring.note);
    notes.push_back(note);
  }
  family.set("notes", notes);
  if (outcomes.next) family.set("next", outcomes.next->point.label);
  return family;
}

}  // namespace

void AddParentOutcomePage(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/my-family/outcomes", [&services, &views](http::Request& request, http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    View families{View::type::list};
    std::size_t index = 0;
    for (const auto& family : services.parent_views.ForParent(actor))
      families.push_back(ParentFamilyOutcomes(services.outcomes.ForFamily(actor, family.summary.family_id), ++index));
    View data;
    data.set("families", families);
    data.set("has_families", index > 0);
    auto chrome = ChromeFor(request, context, "How things have changed for you");
    chrome.back_link = "/my-family";
    return views.Page("outcomes/my_family", data, chrome);
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
