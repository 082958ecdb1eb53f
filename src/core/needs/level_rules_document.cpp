#include "core/needs/level_rules_document.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <set>

#include "core/framework/framework.hpp"
#include "core/needs/needs_conversation.hpp"
#include "core/services/service_need.hpp"

namespace alongside {
namespace json = boost::json;
namespace {

constexpr int kMaxDepth = 6;

/// Reads one rule at a time, naming it in every message.
class RuleReader {
 public:
  RuleReader(const std::optional<std::vector<std::string>>& pressures, std::vector<std::string>& problems)
      : pressures_(pressures), problems_(problems) {}

  void Problem(const std::string& message) { problems_.push_back(where_ + ": " + message); }
  void At(std::string where) { where_ = std::move(where); }

  std::string Text(const json::object& object, std::string_view key, bool required = true) {
    const auto* value = object.if_contains(key);
    if (!value) {
      if (required) Problem("\"" + std::string(key) + "\" is missing");
      return {};
    }
    if (!value->is_string()) {
      Problem("\"" + std::string(key) + "\" must be text");
      return {};
    }
    return std::string(value->as_string());
  }

  std::optional<ServiceLevel> Level(const json::object& object) {
    const auto code = Text(object, "level");
    const auto level = ServiceLevelFromCode(code);
    const auto& allowed = NeedsLevels();
    if (!level || std::find(allowed.begin(), allowed.end(), *level) == allowed.end()) {
      if (!code.empty()) Problem("level \"" + code + "\" is not one of community, universal, targeted, specialist");
      return std::nullopt;
    }
    return level;
  }

  std::optional<int> Bound(const json::object& object, std::string_view key, int lowest, int highest) {
    const auto* value = object.if_contains(key);
    if (!value) return std::nullopt;
    if (!value->is_int64() || value->as_int64() < lowest || value->as_int64() > highest) {
      Problem("\"" + std::string(key) + "\" must be a whole number from " + std::to_string(lowest) + " to " +
              std::to_string(highest));
      return std::nullopt;
    }
    return static_cast<int>(value->as_int64());
  }

  void Bounds(const json::object& object, RuleCondition& condition, int lowest, int highest) {
    condition.at_least = Bound(object, "at_least", lowest, highest);
    condition.at_most = Bound(object, "at_most", lowest, highest);
    if (!condition.at_least && !condition.at_most) Problem("give \"at_least\" or \"at_most\"");
    if (condition.at_least && condition.at_most && *condition.at_least > *condition.at_most)
      Problem("\"at_least\" is more than \"at_most\", so it can never fire");
  }

  RuleCondition Condition(const json::value& value, int depth) {
    RuleCondition condition;
    if (depth > kMaxDepth) {
      Problem("conditions are nested too deeply");
      return condition;
    }
    if (!value.is_object() || value.as_object().size() != 1) {
      Problem("each condition must be an object with exactly one of rating, pressure, pressures, adversity, "
              "focus_area, all, any");
      return condition;
    }
    const auto& [key, inner] = *value.as_object().begin();
    using Kind = RuleCondition::Kind;
    if (key == "all" || key == "any") {
      condition.kind = key == "all" ? Kind::kAll : Kind::kAny;
      if (!inner.is_array() || inner.as_array().empty()) {
        Problem("\"" + std::string(key) + "\" must be a list of one or more conditions");
        return condition;
      }
      for (const auto& part : inner.as_array()) condition.parts.push_back(Condition(part, depth + 1));
    } else if (key == "rating") {
      condition.kind = Kind::kRating;
      if (!inner.is_object()) {
        Problem("\"rating\" must be an object with domain and at_least or at_most");
        return condition;
      }
      condition.code = Text(inner.as_object(), "domain");
      const bool known = condition.code == "any" || condition.code == "every" ||
                         std::find(kDomainCodes.begin(), kDomainCodes.end(), condition.code) != kDomainCodes.end();
      if (!condition.code.empty() && !known) Problem("domain \"" + condition.code + "\" is not a domain code, any or every");
      Bounds(inner.as_object(), condition, 1, 5);
    } else if (key == "pressures") {
      condition.kind = Kind::kPressureCount;
      if (!inner.is_object()) {
        Problem("\"pressures\" must be an object with at_least or at_most");
        return condition;
      }
      Bounds(inner.as_object(), condition, 0, 100);
    } else if (key == "pressure" || key == "adversity" || key == "focus_area") {
      condition.kind = key == "pressure" ? Kind::kPressure : key == "adversity" ? Kind::kAdversity : Kind::kFocusArea;
      if (!inner.is_string()) {
        Problem("\"" + std::string(key) + "\" must be a code");
        return condition;
      }
      condition.code = std::string(inner.as_string());
      CheckCode(std::string(key), condition);
    } else {
      Problem("\"" + std::string(key) + "\" is not a kind of condition");
    }
    return condition;
  }

 private:
  void CheckCode(const std::string& key, const RuleCondition& condition) {
    const auto& code = condition.code;
    bool known = false;
    if (key == "pressure")
      known = code == "any" || !pressures_ || std::find(pressures_->begin(), pressures_->end(), code) != pressures_->end();
    else if (key == "adversity")
      known = code == "any" || SensitiveCategoryFromCode(code).has_value();
    else
      known = FocusAreaFromCode(code).has_value();
    if (!known) Problem(key + " \"" + code + "\" is not a known code");
  }

  const std::optional<std::vector<std::string>>& pressures_;
  std::vector<std::string>& problems_;
  std::string where_;
};

LevelRule ReadRule(const json::value& value, std::size_t index, std::set<std::string>& ids, RuleReader& reader) {
  LevelRule rule;
  reader.At("Rule " + std::to_string(index + 1));
  if (!value.is_object()) {
    reader.Problem("must be an object");
    return rule;
  }
  const auto& object = value.as_object();
  rule.id = reader.Text(object, "id");
  if (!rule.id.empty()) reader.At("Rule " + std::to_string(index + 1) + " (" + rule.id + ")");
  if (!rule.id.empty() && !ids.insert(rule.id).second) reader.Problem("another rule has the same id");
  for (const auto& member : object) {
    const auto key = member.key();
    if (key != "id" && key != "when" && key != "level" && key != "kinds" && key != "because")
      reader.Problem("\"" + std::string(key) + "\" is not part of a rule");
  }
  if (const auto level = reader.Level(object)) rule.level = *level;
  rule.because = reader.Text(object, "because");
  if (rule.because.size() > kMaxNeedsText) reader.Problem("\"because\" is too long");
  if (const auto* when = object.if_contains("when"))
    rule.when = reader.Condition(*when, 1);
  else
    reader.Problem("\"when\" is missing");
  if (const auto* kinds = object.if_contains("kinds")) {
    if (!kinds->is_array()) {
      reader.Problem("\"kinds\" must be a list of service need codes");
    } else {
      for (const auto& kind : kinds->as_array()) {
        const std::string code = kind.is_string() ? std::string(kind.as_string()) : "";
        if (!ServiceNeedFromCode(code))
          reader.Problem("kind \"" + code + "\" is not a service need code");
        else
          rule.kinds.push_back(code);
      }
    }
  }
  return rule;
}

}  // namespace

LevelRules ReadLevelRules(std::string_view text, const std::optional<std::vector<std::string>>& pressure_codes) {
  std::vector<std::string> problems;
  auto refuse = [&]() {
    Validation v;
    for (auto& problem : problems) v.Add("document", problem);
    v.ThrowIfAny();
  };
  if (text.size() > kMaxRulesDocument) {
    problems.push_back("The rules are too long");
    refuse();
  }
  json::error_code error;
  const auto document = json::parse(text, error);
  if (error || !document.is_object()) {
    problems.push_back("The rules are not a JSON object: check brackets, commas and quotes");
    refuse();
  }
  const auto& root = document.as_object();
  RuleReader reader(pressure_codes, problems);
  reader.At("The document");
  LevelRules rules;
  if (const auto format = reader.Text(root, "format"); !format.empty() && format != kLevelRulesFormat)
    reader.Problem("\"format\" must be \"" + std::string(kLevelRulesFormat) + "\"");
  reader.At("The default");
  const auto* fallback = root.if_contains("default");
  if (!fallback || !fallback->is_object()) {
    reader.Problem("\"default\" must be an object with level and because");
  } else {
    if (const auto level = reader.Level(fallback->as_object())) rules.default_level = *level;
    rules.default_because = reader.Text(fallback->as_object(), "because");
  }
  reader.At("The document");
  const auto* list = root.if_contains("rules");
  if (!list || !list->is_array()) {
    reader.Problem("\"rules\" must be a list");
  } else if (list->as_array().size() > kMaxLevelRules) {
    reader.Problem("at most " + std::to_string(kMaxLevelRules) + " rules");
  } else {
    std::set<std::string> ids;
    for (std::size_t i = 0; i < list->as_array().size(); ++i)
      rules.rules.push_back(ReadRule(list->as_array()[i], i, ids, reader));
  }
  refuse();
  return rules;
}

std::string WriteSuggestion(const NeedsSuggestion& suggestion) {
  json::array reasons;
  for (const auto& reason : suggestion.reasons)
    reasons.push_back(json::object{{"rule", reason.rule_id},
                                   {"level", ServiceLevelCode(reason.level)},
                                   {"because", reason.because}});
  json::array kinds;
  for (const auto& kind : suggestion.kinds) {
    json::array because;
    for (const auto& sentence : kind.because) because.push_back(json::string(sentence));
    kinds.push_back(json::object{{"code", kind.code}, {"because", because}});
  }
  return json::serialize(json::object{
      {"level", ServiceLevelCode(suggestion.level)}, {"reasons", reasons}, {"kinds", kinds}});
}

NeedsSuggestion ReadSuggestion(std::string_view text) {
  NeedsSuggestion suggestion;
  json::error_code error;
  const auto document = json::parse(text, error);
  if (error || !document.is_object()) return suggestion;
  const auto& root = document.as_object();
  auto text_of = [](const json::object& object, std::string_view key) {
    const auto* value = object.if_contains(key);
    return value && value->is_string() ? std::string(value->as_string()) : std::string();
  };
  suggestion.level = ServiceLevelFromCode(text_of(root, "level")).value_or(ServiceLevel::kUniversal);
  if (const auto* reasons = root.if_contains("reasons"); reasons && reasons->is_array())
    for (const auto& item : reasons->as_array())
      if (item.is_object())
        suggestion.reasons.push_back({text_of(item.as_object(), "rule"),
                                      ServiceLevelFromCode(text_of(item.as_object(), "level")).value_or(suggestion.level),
                                      text_of(item.as_object(), "because")});
  if (const auto* kinds = root.if_contains("kinds"); kinds && kinds->is_array())
    for (const auto& item : kinds->as_array()) {
      if (!item.is_object()) continue;
      SuggestedKind kind{text_of(item.as_object(), "code"), {}};
      if (const auto* because = item.as_object().if_contains("because"); because && because->is_array())
        for (const auto& sentence : because->as_array())
          if (sentence.is_string()) kind.because.emplace_back(sentence.as_string());
      suggestion.kinds.push_back(std::move(kind));
    }
  return suggestion;
}

}  // namespace alongside
