#include "core/outcomes/outcome_settings_form.hpp"

#include <algorithm>
#include <charconv>

#include "core/common/text.hpp"

namespace alongside {
namespace {

std::optional<int> WholeNumber(const std::string& typed) {
  const auto text = Trim(typed);
  int value = 0;
  const char* begin = text.data();
  if (!text.empty() && text.front() == '+') ++begin;
  const auto* end = text.data() + text.size();
  const auto [ptr, error] = std::from_chars(begin, end, value);
  if (text.empty() || error != std::errc() || ptr != end) return std::nullopt;
  return value;
}

/// Where a row asks to go. On a tie, a row moved down goes after the row already there and a
/// row moved up before it, which is what the person meant; otherwise the current order holds.
struct Placed {
  int position;
  int bias;           ///< -1 moved up, 0 stayed, +1 moved down
  std::size_t order;  ///< where it was
};

template <typename Item>
void SortByPosition(std::vector<Item>& items, std::vector<Placed>& places) {
  std::vector<std::size_t> index(items.size());
  for (std::size_t i = 0; i < index.size(); ++i) index[i] = i;
  std::stable_sort(index.begin(), index.end(), [&places](std::size_t a, std::size_t b) {
    if (places[a].position != places[b].position) return places[a].position < places[b].position;
    if (places[a].bias != places[b].bias) return places[a].bias < places[b].bias;
    return places[a].order < places[b].order;
  });
  std::vector<Item> sorted;
  for (auto i : index) sorted.push_back(items[i]);
  items = std::move(sorted);
}

Placed Position(const SettingsRowForm& row, std::size_t order, const std::string& field, std::size_t count,
                Validation& v) {
  const auto number = WholeNumber(row.position);
  const int was = static_cast<int>(order) + 1;
  if (!number || *number < 1 || *number > static_cast<int>(count)) {
    v.Add(field, "Give \"" + Trim(row.label) + "\" a place from 1 to " + std::to_string(count));
    return {was, 0, order};
  }
  return {*number, *number > was ? 1 : (*number < was ? -1 : 0), order};
}

int Offset(const std::string& typed, const std::string& field, Validation& v) {
  const auto number = WholeNumber(typed);
  if (!number || *number < kMinOffsetWeeks || *number > kMaxOffsetWeeks) {
    v.Add(field, "Enter the weeks as a whole number from " + std::to_string(kMinOffsetWeeks) + " to " +
                     std::to_string(kMaxOffsetWeeks) + " (negative for before)");
    return 0;
  }
  return *number;
}

PointAnchor Anchor(const std::string& typed, const std::string& field, Validation& v) {
  if (auto anchor = PointAnchorFromCode(Trim(typed))) return *anchor;
  v.Add(field, "Choose what the point is counted from");
  return PointAnchor::kStartOfSupport;
}

/// "areas[2].label" -> the page's field for that row; "scale.min" -> "scale_min".
std::string PageField(const std::string& field, const OutcomeSettings& built) {
  auto row_field = [&](const std::string& list, auto field_of, const auto& items) -> std::string {
    if (field == list) return items.empty() ? list : field_of(items.front().code, "retired");
    const auto open = field.find('[');
    const auto close = field.find("].");
    if (field.rfind(list + "[", 0) != 0 || close == std::string::npos) return "";
    const auto i = static_cast<std::size_t>(std::stoul(field.substr(open + 1, close - open - 1)));
    if (i >= items.size()) return list;
    return field_of(items[i].code, field.substr(close + 2));
  };
  if (auto f = row_field("areas", AreaField, built.areas); !f.empty()) return f;
  if (auto f = row_field("points", PointField, built.points); !f.empty()) return f;
  std::string page = field;
  std::replace(page.begin(), page.end(), '.', '_');
  return page;
}

}  // namespace

std::string AreaField(const std::string& code, const std::string& part) { return "area_" + code + "_" + part; }
std::string PointField(const std::string& code, const std::string& part) { return "point_" + code + "_" + part; }

OutcomeSettingsForm SettingsFormFrom(const OutcomeSettings& settings, int version) {
  OutcomeSettingsForm form;
  form.question = settings.question;
  form.scale_min = std::to_string(settings.scale.min);
  form.scale_max = std::to_string(settings.scale.max);
  form.scale_low = settings.scale.low;
  form.scale_middle = settings.scale.middle;
  form.scale_high = settings.scale.high;
  for (std::size_t i = 0; i < settings.areas.size(); ++i) {
    const auto& area = settings.areas[i];
    form.areas.push_back({area.code, area.label, std::to_string(i + 1), area.retired, "", ""});
  }
  for (std::size_t i = 0; i < settings.points.size(); ++i) {
    const auto& point = settings.points[i];
    form.points.push_back({point.code, point.label, std::to_string(i + 1), point.retired,
                           std::string(PointAnchorCode(point.anchor)), std::to_string(point.offset_weeks)});
  }
  form.new_point_anchor = "birth";
  form.new_point_offset_weeks = "0";
  form.version = std::to_string(version);
  return form;
}

OutcomeSettings ApplySettingsForm(const OutcomeSettings& current, const OutcomeSettingsForm& form, Validation& v) {
  OutcomeSettings built;
  built.question = Trim(form.question);
  const auto min = WholeNumber(form.scale_min);
  const auto max = WholeNumber(form.scale_max);
  if (!min) v.Add("scale_min", "Enter the lowest score as a whole number");
  if (!max) v.Add("scale_max", "Enter the highest score as a whole number");
  built.scale = {min.value_or(current.scale.min), max.value_or(current.scale.max), Trim(form.scale_low),
                 Trim(form.scale_middle), Trim(form.scale_high)};

  std::vector<std::string> area_codes, point_codes;
  std::vector<Placed> area_places, point_places;
  const std::size_t area_count = form.areas.size();
  for (std::size_t i = 0; i < form.areas.size(); ++i) {
    const auto& row = form.areas[i];
    if (!current.FindArea(row.code)) continue;  // a stale or forged row: the change check reports the rest
    built.areas.push_back({row.code, Trim(row.label), row.retired});
    area_places.push_back(Position(row, i, AreaField(row.code, "position"), area_count, v));
    area_codes.push_back(row.code);
  }
  const std::size_t point_count = form.points.size();
  for (std::size_t i = 0; i < form.points.size(); ++i) {
    const auto& row = form.points[i];
    if (!current.FindPoint(row.code)) continue;
    OutcomePoint point{row.code, Trim(row.label), Anchor(row.anchor, PointField(row.code, "anchor"), v),
                       Offset(row.offset_weeks, PointField(row.code, "offset_weeks"), v), row.retired};
    built.points.push_back(point);
    point_places.push_back(Position(row, i, PointField(row.code, "position"), point_count, v));
    point_codes.push_back(row.code);
  }
  SortByPosition(built.areas, area_places);
  SortByPosition(built.points, point_places);

  if (!Trim(form.new_area).empty()) built.areas.push_back({CodeFromLabel(Trim(form.new_area), area_codes),
                                                           Trim(form.new_area), false});
  if (!Trim(form.new_point).empty()) {
    built.points.push_back({CodeFromLabel(Trim(form.new_point), point_codes), Trim(form.new_point),
                            Anchor(form.new_point_anchor, "new_point_anchor", v),
                            Offset(form.new_point_offset_weeks, "new_point_offset_weeks", v), false});
  }

  Validation rules;
  CheckOutcomeSettings(built, rules);
  try {
    rules.ThrowIfAny();
  } catch (const Invalid& invalid) {
    for (const auto& error : invalid.errors()) {
      auto field = PageField(error.field, built);
      // A new item's problems belong at the new item's box.
      if (!built.areas.empty() && field == AreaField(built.areas.back().code, "label") && !Trim(form.new_area).empty() &&
          !current.FindArea(built.areas.back().code))
        field = "new_area";
      if (!built.points.empty() && field == PointField(built.points.back().code, "label") &&
          !Trim(form.new_point).empty() && !current.FindPoint(built.points.back().code))
        field = "new_point";
      if (!v.Has(field)) v.Add(field, error.message);
    }
  }
  return built;
}

}  // namespace alongside
