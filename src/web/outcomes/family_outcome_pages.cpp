#include "core/common/london_time.hpp"
#include "web/common/form_view.hpp"
#include "web/common/page_context.hpp"
#include "web/goals/goal_view.hpp"
#include "web/outcomes/distance_view.hpp"
#include "web/outcomes/outcome_pages.hpp"

namespace alongside::web {
namespace {

std::string Flash(const std::string& done) {
  if (done == "scored") return "Scores saved.";
  return "";
}

std::string PointLabelOf(const OutcomeSettings& settings, const std::string& code) {
  const auto* point = settings.FindPoint(code);
  return point ? point->label : code;
}

/// A scoring as a list of "area: score" lines in the settings' order.
View ScoringView(const OutcomeSettings& settings, const OutcomeScoring& scoring) {
  View item;
  item.set("point", PointLabelOf(settings, scoring.point_code));
  item.set("scored_on", FormatDate(scoring.scored_on));
  item.set("note", scoring.note);
  item.set("has_note", !scoring.note.empty());
  item.set("recorded_by", scoring.recorded_by_name);
  item.set("recorded_at", FormatLondonDateTime(scoring.recorded_at));
  View scores{View::type::list};
  for (const auto& area : settings.areas) {
    const auto* score = scoring.Find(area.code);
    if (!score) continue;
    View line;
    line.set("area", area.label);
    line.set("score", score->score ? std::to_string(*score->score) : std::string("Not relevant now"));
    scores.push_back(line);
  }
  item.set("scores", scores);
  return item;
}

http::Response FamilyPage(Services& services, const Views& views, const http::Request& request,
                          const http::RequestContext& context) {
  const Actor& actor = context.RequireActor();
  const std::string family_id = request.PathParam("id");
  const auto outcomes = services.outcomes.ForFamily(actor, family_id);
  const auto& settings = outcomes.settings.settings;
  View data;
  data.set("family_name", outcomes.family_name);
  data.set("tabs", FamilyPageTabs(services, actor, family_id, "outcomes"));
  data.set("stage", outcomes.stage.label);
  data.set("question", settings.question);
  data.set("scale", ScaleWords(settings.scale));
  data.set("may_score", outcomes.may_score);
  View points{View::type::list};
  for (const auto& status : outcomes.points) {
    View item;
    item.set("label", status.point.label);
    item.set("timing", PointTimingLabel(status.point));
    item.set("state", PointStateLabel(status));
    item.set("scored", status.state == PointState::kScored);
    item.set("score_href", OutcomesPath(family_id) + "/score?point=" + UrlEncode(status.point.code));
    points.push_back(item);
  }
  data.set("points", points);
  if (outcomes.next) {
    View next;
    next.set("label", outcomes.next->point.label);
    next.set("state", PointStateLabel(*outcomes.next));
    next.set("score_href", OutcomesPath(family_id) + "/score?point=" + UrlEncode(outcomes.next->point.code));
    data.set("next", next);
  }
  data.set("distance", DistanceView(FamilyChart(outcomes), FamilyTable(outcomes),
                                    "Scores at each point, from " + ScaleWords(settings.scale) + "."));
  View current{View::type::list};
  for (const auto& scoring : outcomes.current) current.push_back(ScoringView(settings, scoring));
  data.set("scorings", current);
  data.set("has_scorings", !outcomes.current.empty());
  View earlier{View::type::list};
  for (const auto& scoring : outcomes.earlier) earlier.push_back(ScoringView(settings, scoring));
  data.set("earlier", earlier);
  data.set("has_earlier", !outcomes.earlier.empty());
  auto chrome = ChromeFor(request, context, "Outcomes");
  chrome.flash = Flash(request.Query("done"));
  return views.Page("outcomes/family", data, chrome);
}

ScoringForm ScoringFormFrom(const http::RequestContext& context, const OutcomeSettings& settings) {
  ScoringForm form{context.form.Get("point"), context.form.Get("date"), context.form.Get("note"), {}};
  for (const auto& area : settings.areas)
    if (!area.retired) form.scores[area.code] = context.form.Get(ScoreField(area.code));
  return form;
}

http::Response ScorePage(Services& services, const Views& views, const http::Request& request,
                         const http::RequestContext& context, const FamilyOutcomes& outcomes, const ScoringForm& input,
                         std::vector<FieldError> errors) {
  const Actor& actor = context.RequireActor();
  const auto& family_id = outcomes.family_id;
  const auto& settings = outcomes.settings.settings;
  FormView form(errors);
  Options point_options{{"", "Choose a point"}};
  for (const auto& status : outcomes.points)
    point_options.emplace_back(status.point.code, status.point.label + " – " + PointStateLabel(status));
  form.Select("point", "Point of the journey", point_options, input.point);
  form.Text("date", "Date the parent gave these scores", "text", input.date,
            {.hint = "For example, 14 3 2027", .width = "10"});
  form.Text("note", "Anything the parent wants to say, in their own words (optional)", "textarea", input.note);
  View data;
  form.ApplyTo(data);
  data.set("family_name", outcomes.family_name);
  data.set("tabs", FamilyPageTabs(services, actor, family_id, "outcomes"));
  data.set("action", OutcomesPath(family_id));
  data.set("question", settings.question);
  data.set("low", std::to_string(settings.scale.min) + " – " + settings.scale.low);
  data.set("middle", settings.scale.middle);
  data.set("high", std::to_string(settings.scale.max) + " – " + settings.scale.high);
  View areas{View::type::list};
  for (const auto& area : settings.areas) {
    if (area.retired) continue;
    const auto field = ScoreField(area.code);
    const auto found = input.scores.find(area.code);
    const std::string chosen = found == input.scores.end() ? "" : found->second;
    View group;
    group.set("name", field);
    group.set("legend", area.label);
    group.set("inline", true);
    for (const auto& e : errors)
      if (e.field == field) {
        group.set("error", e.message);
        group.set("described_by", field + "-error");
      }
    View choices{View::type::list};
    bool first = true;
    // The first radio carries the field's own id, so the error summary's link lands on it.
    auto add = [&](const std::string& value, const std::string& label) {
      View choice;
      choice.set("id", first ? field : field + "-" + value);
      first = false;
      choice.set("value", value);
      choice.set("label", label);
      choice.set("checked", chosen == value);
      choices.push_back(choice);
    };
    for (int value = settings.scale.min; value <= settings.scale.max; ++value)
      add(std::to_string(value), std::to_string(value));
    add(std::string(kNotRelevant), "Not relevant now");
    group.set("choices", choices);
    areas.push_back(group);
  }
  data.set("areas", areas);
  auto chrome = ChromeFor(request, context, "Score a point");
  chrome.has_errors = form.has_errors();
  chrome.back_link = OutcomesPath(family_id);
  return views.Page("outcomes/score", data, chrome, form.has_errors() ? 422 : 200);
}

}  // namespace

std::string OutcomesPath(const std::string& family_id) { return "/families/" + family_id + "/outcomes"; }

void AddFamilyOutcomePages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/families/{id}/outcomes", [&services, &views](http::Request& request, http::RequestContext& context) {
    return FamilyPage(services, views, request, context);
  }, http::Access::kSignedIn);

  routes.Page("GET", "/families/{id}/outcomes/score", [&services, &views](http::Request& request, http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    // Refuses (403) or explains (409) before showing a form that could not be saved.
    services.outcomes.CheckMayScore(actor, request.PathParam("id"));
    const auto outcomes = services.outcomes.ForFamily(actor, request.PathParam("id"));
    ScoringForm input;
    input.point = request.Query("point");
    if (input.point.empty() && outcomes.next) input.point = outcomes.next->point.code;
    input.date = FormatDate(services.outcomes.Today());
    return ScorePage(services, views, request, context, outcomes, input, {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/outcomes", [&services, &views](http::Request& request, http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    const std::string family_id = request.PathParam("id");
    services.outcomes.CheckMayScore(actor, family_id);
    auto outcomes = services.outcomes.ForFamily(actor, family_id);
    const auto form = ScoringFormFrom(context, outcomes.settings.settings);
    try {
      services.outcomes.Score(actor, family_id, form);
    } catch (const Invalid& invalid) {
      return ScorePage(services, views, request, context, outcomes, form, invalid.errors());
    }
    return http::Response::Redirect(OutcomesPath(family_id) + "?done=scored");
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
