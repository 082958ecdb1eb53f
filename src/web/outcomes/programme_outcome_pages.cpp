#include <algorithm>
#include <charconv>

#include "core/common/london_time.hpp"
#include "core/outcomes/outcome_settings_form.hpp"
#include "web/common/form_view.hpp"
#include "web/common/page_context.hpp"
#include "web/outcomes/distance_view.hpp"
#include "web/outcomes/outcome_pages.hpp"

namespace alongside::web {
namespace {

constexpr const char* kSettingsPath = "/programme/outcomes/settings";

/// The programme asked for (?programme=), else the one the person works in.
std::string ProgrammeId(const http::Request& request, const Actor& actor) {
  auto id = request.Query("programme");
  if (id.empty()) id = OutcomeSettingsService::ProgrammeOf(actor);
  if (id.empty()) throw NotFound("Outcomes belong to a peer support programme, and you do not work in one.");
  return id;
}

Options PointOptions(const OutcomeSettings& settings, const std::string& prompt) {
  Options options{{"", prompt}};
  for (const auto& point : settings.points) options.emplace_back(point.code, point.label);
  return options;
}

http::Response ProgrammePage(Services& services, const Views& views, const http::Request& request,
                             const http::RequestContext& context) {
  const Actor& actor = context.RequireActor();
  const auto programme_id = ProgrammeId(request, actor);
  const PointPairForm pair{request.Query("from"), request.Query("to")};
  std::vector<FieldError> errors;
  ProgrammeOutcomes outcomes;
  try {
    outcomes = services.outcomes.ForProgramme(actor, programme_id, pair);
  } catch (const Invalid& invalid) {
    errors = invalid.errors();
    outcomes = services.outcomes.ForProgramme(actor, programme_id, {});
  }
  const auto& settings = outcomes.settings.settings;
  FormView form(errors);
  form.Select("from", "From", PointOptions(settings, "First scored"), pair.from);
  form.Select("to", "To", PointOptions(settings, "Latest scored"), pair.to);
  View data;
  form.ApplyTo(data);
  data.set("programme_name", outcomes.programme.name);
  data.set("families_scored", outcomes.families_scored == 1
                                  ? std::string("1 family has")
                                  : std::to_string(outcomes.families_scored) + " families have");
  data.set("may_change", services.outcome_settings.MayChange(actor, programme_id));
  data.set("settings_href", std::string(kSettingsPath) +
                                (request.Query("programme").empty() ? "" : "?programme=" + UrlEncode(programme_id)));
  data.set("programme_id", request.Query("programme"));
  data.set("distance", DistanceView(ProgrammeChart(outcomes), ProgrammeTable(outcomes),
                                    "Average scores of families scored at both, from " + ScaleWords(settings.scale) +
                                        "."));
  auto chrome = ChromeFor(request, context, "Programme outcomes");
  chrome.has_errors = form.has_errors();
  return views.Page("outcomes/programme", data, chrome, form.has_errors() ? 422 : 200);
}

SettingsRowForm RowFrom(const http::RequestContext& context, const std::string& code, bool is_point) {
  auto field = [&](const std::string& part) { return is_point ? PointField(code, part) : AreaField(code, part); };
  return {code,
          context.form.Get(field("label")),
          context.form.Get(field("position")),
          context.form.Has(field("retired")),
          is_point ? context.form.Get(field("anchor")) : "",
          is_point ? context.form.Get(field("offset_weeks")) : ""};
}

OutcomeSettingsForm SettingsFormFromRequest(const http::RequestContext& context, const OutcomeSettings& current) {
  OutcomeSettingsForm form;
  form.question = context.form.Get("question");
  form.scale_min = context.form.Get("scale_min");
  form.scale_max = context.form.Get("scale_max");
  form.scale_low = context.form.Get("scale_low");
  form.scale_middle = context.form.Get("scale_middle");
  form.scale_high = context.form.Get("scale_high");
  for (const auto& area : current.areas) form.areas.push_back(RowFrom(context, area.code, false));
  for (const auto& point : current.points) form.points.push_back(RowFrom(context, point.code, true));
  form.new_area = context.form.Get("new_area");
  form.new_point = context.form.Get("new_point");
  form.new_point_anchor = context.form.Get("new_point_anchor");
  form.new_point_offset_weeks = context.form.Get("new_point_offset_weeks");
  form.note = context.form.Get("note");
  form.version = context.form.Get("version");
  return form;
}

Options AnchorOptions() {
  Options options;
  for (auto anchor : {PointAnchor::kStartOfSupport, PointAnchor::kDueDate, PointAnchor::kBirth}) {
    std::string label(PointAnchorLabel(anchor));
    label[0] = static_cast<char>(label[0] - 'a' + 'A');
    options.emplace_back(std::string(PointAnchorCode(anchor)), label);
  }
  return options;
}

void AddRowFields(FormView& form, const SettingsRowForm& row, bool is_point) {
  auto field = [&](const std::string& part) { return is_point ? PointField(row.code, part) : AreaField(row.code, part); };
  form.Text(field("label"), "Name", "text", row.label);
  form.Text(field("position"), "Place in the list", "text", row.position, {.width = "2"});
  if (!is_point) return;
  form.Select(field("anchor"), "Counted from", AnchorOptions(), row.anchor);
  form.Text(field("offset_weeks"), "Weeks after (negative for before)", "text", row.offset_weeks, {.width = "3"});
}

/// A copy of one field's view from the form's fields, to place it in a row.
View FieldOf(const View& data, const std::string& name) {
  const auto* fields = data.get("fields");
  const auto* field = fields ? fields->get(name) : nullptr;
  return field ? *field : View{};
}

/// One area or point: its fields under fixed keys, for the template's loop.
View RowView(const View& data, const SettingsRowForm& row, const std::string& current_label, bool is_point) {
  auto field = [&](const std::string& part) { return is_point ? PointField(row.code, part) : AreaField(row.code, part); };
  View item;
  item.set("legend", current_label);
  item.set("label_input", FieldOf(data, field("label")));
  item.set("position_input", FieldOf(data, field("position")));
  if (is_point) {
    item.set("anchor_input", FieldOf(data, field("anchor")));
    item.set("offset_input", FieldOf(data, field("offset_weeks")));
  }
  View retired;
  retired.set("name", field("retired"));
  retired.set("label", "Retired: no longer scored (earlier scores keep it)");
  retired.set("checked", row.retired);
  item.set("retired", retired);
  return item;
}

/// The form's rows carry the fields' names; the template finds each field's view by name.
http::Response SettingsPage(Services& services, const Views& views, const http::Request& request,
                            const http::RequestContext& context, const std::string& programme_id,
                            const OutcomeSettingsVersion& current, const OutcomeSettingsForm& input,
                            std::vector<FieldError> errors) {
  FormView form(errors);
  form.Text("question", "The question the parent is asked", "textarea", input.question);
  form.Text("scale_min", "Lowest score", "text", input.scale_min, {.width = "3"});
  form.Text("scale_max", "Highest score", "text", input.scale_max,
            {.hint = "The scale cannot change once families have been scored; its words can.", .width = "3"});
  form.Text("scale_low", "Words at the lowest score", "text", input.scale_low);
  form.Text("scale_middle", "Words at the middle", "text", input.scale_middle);
  form.Text("scale_high", "Words at the highest score", "text", input.scale_high);
  for (const auto& row : input.areas) AddRowFields(form, row, false);
  for (const auto& row : input.points) AddRowFields(form, row, true);
  form.Text("new_area", "Add an area (optional)", "text", input.new_area, {.hint = "Its name, as parents will see it"});
  form.Text("new_point", "Add a point (optional)", "text", input.new_point, {.hint = "For example, Six months after birth"});
  form.Select("new_point_anchor", "Counted from", AnchorOptions(), input.new_point_anchor);
  form.Text("new_point_offset_weeks", "Weeks after (negative for before)", "text", input.new_point_offset_weeks,
            {.width = "3"});
  form.Text("note", "What changed and why (optional)", "textarea", input.note);
  View data;
  form.ApplyTo(data);
  View areas{View::type::list};
  for (const auto& row : input.areas) {
    const auto* area = current.settings.FindArea(row.code);
    areas.push_back(RowView(data, row, area ? area->label : row.code, false));
  }
  View points{View::type::list};
  for (const auto& row : input.points) {
    const auto* point = current.settings.FindPoint(row.code);
    points.push_back(RowView(data, row, point ? point->label : row.code, true));
  }
  data.set("areas", areas);
  data.set("points", points);
  data.set("version", input.version);
  data.set("number", std::to_string(current.number));
  data.set("is_default", current.number == 0);
  data.set("saved_on", current.created_at ? FormatLondonDateTime(current.created_at) : "");
  if (!current.created_by_name.empty()) data.set("saved_by", current.created_by_name);
  data.set("action", std::string(kSettingsPath) +
                         (request.Query("programme").empty() ? "" : "?programme=" + UrlEncode(programme_id)));
  auto chrome = ChromeFor(request, context, "Outcome settings");
  chrome.has_errors = form.has_errors();
  chrome.back_link = "/programme/outcomes";
  chrome.flash = request.Query("done") == "saved" ? "Settings saved as version " + std::to_string(current.number) + "."
                                                  : "";
  return views.Page("outcomes/settings", data, chrome, form.has_errors() ? 422 : 200);
}

/// Errors of the service under the page's field names ("scale.max" -> "scale_max").
std::vector<FieldError> PageErrors(std::vector<FieldError> errors) {
  for (auto& e : errors) std::replace(e.field.begin(), e.field.end(), '.', '_');
  return errors;
}

int VersionNumber(const std::string& text) {
  int value = -1;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

}  // namespace

void AddProgrammeOutcomePages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/programme/outcomes", [&services, &views](http::Request& request, http::RequestContext& context) {
    return ProgrammePage(services, views, request, context);
  }, http::Access::kSignedIn);

  routes.Page("GET", kSettingsPath, [&services, &views](http::Request& request, http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    const auto programme_id = ProgrammeId(request, actor);
    const auto current = services.outcome_settings.Current(actor, programme_id);
    if (!services.outcome_settings.MayChange(actor, programme_id))
      throw AccessRefused(Resource::kProgrammeSettings, Action::kUpdate, programme_id);
    return SettingsPage(services, views, request, context, programme_id, current,
                        SettingsFormFrom(current.settings, current.number), {});
  }, http::Access::kSignedIn);

  routes.Page("POST", kSettingsPath, [&services, &views](http::Request& request, http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    const auto programme_id = ProgrammeId(request, actor);
    const auto current = services.outcome_settings.Current(actor, programme_id);
    const auto form = SettingsFormFromRequest(context, current.settings);
    try {
      Validation v;
      const auto proposed = ApplySettingsForm(current.settings, form, v);
      v.ThrowIfAny();
      services.outcome_settings.Save(actor, programme_id, proposed, form.note, VersionNumber(form.version));
    } catch (const Invalid& invalid) {
      return SettingsPage(services, views, request, context, programme_id, current, form, PageErrors(invalid.errors()));
    }
    return http::Response::Redirect(std::string(kSettingsPath) + "?done=saved" +
                                    (request.Query("programme").empty() ? "" : "&programme=" + UrlEncode(programme_id)));
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
