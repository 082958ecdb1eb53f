#include "web/questionnaires/questionnaire_pages.hpp"

#include <map>

#include "core/common/london_time.hpp"
#include "web/common/form_view.hpp"
#include "web/common/page_context.hpp"
#include "web/families/family_tabs.hpp"
#include "web/families/privacy_pages.hpp"
#include "web/questionnaires/questionnaire_view.hpp"
#include "web/questionnaires/trend_chart.hpp"

namespace alongside::web {
namespace {

std::string StartPath(const std::string& family_id, const std::string& code) {
  return QuestionnairesPath(family_id) + "/new?code=" + code;  // codes hold only [a-z0-9_-]
}

View Tabs(const std::string& family_id) { return FamilyTabs(family_id, "questionnaires", {.show_sensitive = true}); }

View TrendView(const QuestionnaireTrend& trend) {
  View item;
  item.set("title", trend.short_title);
  item.set("summary", trend.Summary());
  item.set("chart", TrendChartSvg(trend));
  View points{View::type::list};
  for (const auto& point : trend.points) {
    View row;
    row.set("date", FormatDate(point.on));
    row.set("total", std::to_string(point.total));
    row.set("band", point.band_label);
    points.push_back(row);
  }
  item.set("points", points);
  return item;
}

http::Response ListPage(Services& services, const Views& views, const http::Request& request,
                        const http::RequestContext& context) {
  const std::string family_id = request.PathParam("id");
  const auto page = services.questionnaires.ForFamily(context.RequireActor(), family_id);
  View data;
  data.set("family_name", page.family_name);
  data.set("tabs", Tabs(family_id));
  data.set("open_alerts", AlertList(page.open_alerts));
  data.set("has_open_alerts", !page.open_alerts.empty());
  View trends{View::type::list};
  for (const auto& trend : page.trends) trends.push_back(TrendView(trend));
  data.set("trends", trends);
  data.set("has_trends", !page.trends.empty());
  std::map<std::string, int> max_scores;
  for (const auto& stored : page.available) max_scores[stored.definition.code] = stored.definition.MaxScore();
  View responses{View::type::list};
  for (const auto& response : page.responses) {
    View row;
    row.set("title", response.short_title);
    row.set("date", FormatDate(response.answered_on));
    row.set("total", std::to_string(response.total));
    if (auto max = max_scores.find(response.code); max != max_scores.end())
      row.set("max", std::to_string(max->second));
    row.set("band", response.band_label);
    row.set("recorded_by", RecorderName(response.recorded_by_name));
    row.set("href", QuestionnairesPath(family_id) + "/" + response.id);
    responses.push_back(row);
  }
  data.set("responses", responses);
  data.set("has_responses", !page.responses.empty());
  View available{View::type::list};
  for (const auto& stored : page.available) {
    View item;
    item.set("title", stored.definition.title);
    item.set("short_title", stored.definition.short_title);
    item.set("items", std::to_string(stored.definition.items.size()));
    item.set("href", StartPath(family_id, stored.definition.code));
    item.set("licensed", !stored.shipped());
    available.push_back(item);
  }
  data.set("available", available);
  data.set("may_answer", page.may_answer && !page.available.empty());
  return views.Page("questionnaires/family", data,
                    ChromeFor(request, context, FamilyPageTitle("Questionnaires", page.family_name)));
}

/// Item code -> value as sent, from the answer form.
std::map<std::string, std::string> AnswersFrom(const QuestionnaireDefinition& definition,
                                               const http::RequestContext& context) {
  std::map<std::string, std::string> raw;
  for (const auto& item : definition.items) raw[item.code] = context.form.Get(AnswerField(item.code));
  return raw;
}

http::Response AnswerPage(const Views& views, const http::Request& request, const http::RequestContext& context,
                          const std::string& family_id, const QuestionnaireToAnswer& form,
                          const std::map<std::string, std::string>& sent, const std::string& answered_on,
                          const std::vector<FieldError>& errors) {
  const auto& definition = form.questionnaire.definition;
  std::map<std::string, std::string> error_at;
  for (const auto& error : errors) error_at[error.field] = error.message;
  View data;
  data.set("family_name", form.family_name);
  data.set("tabs", Tabs(family_id));
  data.set("title", definition.title);
  data.set("short_title", definition.short_title);
  data.set("code", definition.code);
  data.set("instructions", definition.instructions);
  data.set("source", definition.source);
  data.set("licence", definition.licence);
  data.set("action", QuestionnairesPath(family_id));
  View items{View::type::list};
  int number = 0;
  for (const auto& item : definition.items) {
    ++number;
    const auto name = AnswerField(item.code);
    const auto value = sent.count(item.code) ? sent.at(item.code) : "";
    View field;
    field.set("name", name);
    field.set("legend", std::to_string(number) + ". " + item.text);
    if (!item.scored) field.set("hint", "Asked to understand the answers above; not added to the score.");
    std::string described_by = item.scored ? "" : name + "-hint";
    if (auto error = error_at.find(name); error != error_at.end()) {
      field.set("error", error->second);
      described_by += (described_by.empty() ? "" : " ") + name + "-error";
    }
    if (!described_by.empty()) field.set("described_by", described_by);
    View choices{View::type::list};
    int index = 0;
    for (const auto& option : definition.OptionsOf(item)) {
      View choice;
      choice.set("id", index++ == 0 ? name : name + "-" + std::to_string(index));
      choice.set("value", std::to_string(option.value));
      choice.set("label", option.label);
      choice.set("checked", value == std::to_string(option.value));
      choices.push_back(choice);
    }
    field.set("choices", choices);
    items.push_back(field);
  }
  data.set("questions", items);
  FormView day_field(errors);
  FieldOptions day;
  day.hint = "Leave empty for today. For a paper copy filled in at an earlier visit, the day of that visit, "
             "for example 14 3 2027.";
  day.width = "10";
  day_field.Text("answered_on", "Day it was done (optional)", "text", answered_on, day);
  day_field.ApplyTo(data);
  auto chrome = ChromeFor(request, context, FamilyPageTitle(definition.short_title, form.family_name));
  chrome.has_errors = !errors.empty();
  chrome.back_link = QuestionnairesPath(family_id);
  return views.Page("questionnaires/answer", data, chrome, errors.empty() ? 200 : 422);
}

http::Response ResultPage(Services& services, const Views& views, const http::Request& request,
                          const http::RequestContext& context) {
  const std::string family_id = request.PathParam("id");
  const auto result = services.questionnaires.Get(context.RequireActor(), family_id, request.PathParam("response_id"));
  const auto& definition = result.definition;
  View data;
  data.set("family_name", result.family_name);
  data.set("tabs", Tabs(family_id));
  data.set("title", definition.title);
  data.set("short_title", definition.short_title);
  data.set("date", FormatDate(result.response.answered_on));
  data.set("recorded", FormatLondonDateTime(result.response.recorded_at));
  data.set("recorded_by", RecorderName(result.response.recorded_by_name));
  data.set("total", std::to_string(result.score.total));
  data.set("max", std::to_string(result.score.max));
  data.set("band", result.score.band.label);
  data.set("meaning", result.score.band.meaning);
  if (!result.score.band.follow_up_code.empty())
    data.set("follow_up_href", StartPath(family_id, result.score.band.follow_up_code));
  data.set("edition", result.response.edition);
  data.set("source", definition.source);
  data.set("licence", definition.licence);
  data.set("alerts", AlertList(result.alerts));
  data.set("has_alerts", !result.alerts.empty());
  View answers{View::type::list};
  for (const auto& item : definition.items) {
    View row;
    row.set("question", item.text);
    const auto found = result.response.answers.find(item.code);
    for (const auto& option : definition.OptionsOf(item))
      if (found != result.response.answers.end() && option.value == found->second) {
        row.set("answer", option.label);
        row.set("value", item.scored ? std::to_string(option.value) : "not scored");
      }
    answers.push_back(row);
  }
  data.set("answers", answers);
  data.set("list_href", QuestionnairesPath(family_id));
  auto chrome = ChromeFor(request, context, FamilyPageTitle(definition.short_title + " result", result.family_name));
  if (request.Query("done") == "saved") chrome.flash = "Answers saved.";
  return views.Page("questionnaires/result", data, chrome);
}

}  // namespace

void AddQuestionnairePages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/families/{id}/questionnaires", [&services, &views](http::Request& request, http::RequestContext& context) {
    return ListPage(services, views, request, context);
  }, http::Access::kSignedIn);

  routes.Page("GET", "/families/{id}/questionnaires/new", [&services, &views](http::Request& request, http::RequestContext& context) {
    const auto family_id = request.PathParam("id");
    const auto form = services.questionnaires.Start(context.RequireActor(), family_id, request.Query("code"));
    return AnswerPage(views, request, context, family_id, form, {}, "", {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/questionnaires", [&services, &views](http::Request& request, http::RequestContext& context) {
    const auto family_id = request.PathParam("id");
    const auto& actor = context.RequireActor();
    const auto form = services.questionnaires.Start(actor, family_id, context.form.Get("code"));
    const auto sent = AnswersFrom(form.questionnaire.definition, context);
    const auto answered_on = context.form.Get("answered_on");
    try {
      const auto result =
          services.questionnaires.Answer(actor, family_id, form.questionnaire.definition.code, sent, answered_on);
      return http::Response::Redirect(QuestionnairesPath(family_id) + "/" + result.response.id + "?done=saved");
    } catch (const Invalid& invalid) {
      return AnswerPage(views, request, context, family_id, form, sent, answered_on, invalid.errors());
    }
  }, http::Access::kSignedIn);

  routes.Page("GET", "/families/{id}/questionnaires/{response_id}", [&services, &views](http::Request& request, http::RequestContext& context) {
    return ResultPage(services, views, request, context);
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
