/// Reading and writing the outcome settings document with Boost.JSON.
#include <boost/json.hpp>

#include "core/outcomes/outcome_settings.hpp"

namespace alongside {
namespace {

namespace json = boost::json;

class DocumentReader {
 public:
  explicit DocumentReader(Validation& v) : v_(v) {}

  std::string Text(const json::object& object, std::string_view key, const std::string& at) {
    const auto* value = object.if_contains(key);
    if (!value || !value->is_string()) {
      v_.Add(at, "Give " + at + " as text");
      return "";
    }
    return std::string(value->as_string());
  }

  int Number(const json::object& object, std::string_view key, const std::string& at, int fallback) {
    const auto* value = object.if_contains(key);
    if (!value) return fallback;
    if (!value->is_int64() || value->as_int64() < -100000 || value->as_int64() > 100000) {
      v_.Add(at, "Give " + at + " as a whole number");
      return fallback;
    }
    return static_cast<int>(value->as_int64());
  }

  bool Flag(const json::object& object, std::string_view key, const std::string& at) {
    const auto* value = object.if_contains(key);
    if (!value) return false;
    if (!value->is_bool()) {
      v_.Add(at, "Give " + at + " as true or false");
      return false;
    }
    return value->as_bool();
  }

  const json::array* Array(const json::object& object, std::string_view key) {
    const auto* value = object.if_contains(key);
    if (!value || !value->is_array()) {
      v_.Add(std::string(key), "Give " + std::string(key) + " as a list");
      return nullptr;
    }
    return &value->as_array();
  }

  const json::object* Object(const json::value& value, const std::string& at) {
    if (!value.is_object()) {
      v_.Add(at, "Give " + at + " as an object");
      return nullptr;
    }
    return &value.as_object();
  }

 private:
  Validation& v_;
};

}  // namespace

OutcomeSettings ReadOutcomeSettingsDocument(std::string_view text) {
  boost::system::error_code error;
  const auto document = json::parse(text, error);
  if (error || !document.is_object())
    throw Invalid("document", "The outcome settings are not a JSON object" +
                                  (error ? " (" + error.message() + ")" : std::string()));
  Validation v;
  DocumentReader read(v);
  const auto& root = document.as_object();
  if (read.Text(root, "format", "format") != kOutcomeSettingsFormat)
    v.Add("format", "The format must be \"" + std::string(kOutcomeSettingsFormat) + "\"");
  OutcomeSettings settings;
  settings.question = read.Text(root, "question", "question");
  if (const auto* scale_value = root.if_contains("scale"); scale_value && scale_value->is_object()) {
    const auto& scale = scale_value->as_object();
    settings.scale.min = read.Number(scale, "min", "scale.min", 1);
    settings.scale.max = read.Number(scale, "max", "scale.max", 10);
    settings.scale.low = read.Text(scale, "low", "scale.low");
    settings.scale.middle = read.Text(scale, "middle", "scale.middle");
    settings.scale.high = read.Text(scale, "high", "scale.high");
  } else {
    v.Add("scale", "Give the scale as an object with min, max, low, middle and high");
  }
  if (const auto* areas = read.Array(root, "areas")) {
    for (std::size_t i = 0; i < areas->size(); ++i) {
      const std::string at = "areas[" + std::to_string(i) + "]";
      const auto* item = read.Object((*areas)[i], at);
      if (!item) continue;
      settings.areas.push_back(
          {read.Text(*item, "code", at + ".code"), read.Text(*item, "label", at + ".label"),
           read.Flag(*item, "retired", at + ".retired")});
    }
  }
  if (const auto* points = read.Array(root, "points")) {
    for (std::size_t i = 0; i < points->size(); ++i) {
      const std::string at = "points[" + std::to_string(i) + "]";
      const auto* item = read.Object((*points)[i], at);
      if (!item) continue;
      OutcomePoint point;
      point.code = read.Text(*item, "code", at + ".code");
      point.label = read.Text(*item, "label", at + ".label");
      const auto anchor = read.Text(*item, "anchor", at + ".anchor");
      if (auto known = PointAnchorFromCode(anchor)) point.anchor = *known;
      else if (!anchor.empty())
        v.Add(at + ".anchor", "The anchor \"" + anchor + "\" is not one of start_of_support, due_date, birth");
      point.offset_weeks = read.Number(*item, "offset_weeks", at + ".offset_weeks", 0);
      point.retired = read.Flag(*item, "retired", at + ".retired");
      settings.points.push_back(point);
    }
  }
  if (v.ok()) CheckOutcomeSettings(settings, v);
  v.ThrowIfAny();
  return settings;
}

std::string WriteOutcomeSettingsDocument(const OutcomeSettings& settings) {
  json::array areas;
  for (const auto& area : settings.areas) {
    json::object item{{"code", area.code}, {"label", area.label}};
    if (area.retired) item["retired"] = true;
    areas.push_back(std::move(item));
  }
  json::array points;
  for (const auto& point : settings.points) {
    json::object item{{"code", point.code},
                      {"label", point.label},
                      {"anchor", std::string(PointAnchorCode(point.anchor))},
                      {"offset_weeks", point.offset_weeks}};
    if (point.retired) item["retired"] = true;
    points.push_back(std::move(item));
  }
  const auto& s = settings.scale;
  return json::serialize(json::object{
      {"format", std::string(kOutcomeSettingsFormat)},
      {"question", settings.question},
      {"scale", json::object{{"min", s.min}, {"max", s.max}, {"low", s.low}, {"middle", s.middle}, {"high", s.high}}},
      {"areas", std::move(areas)},
      {"points", std::move(points)},
  });
}

}  // namespace alongside
