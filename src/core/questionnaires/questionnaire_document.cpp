#include "core/questionnaires/questionnaire_document.hpp"

#include <algorithm>
#include <set>

#include <boost/json.hpp>

#include "core/common/errors.hpp"

namespace alongside {
namespace {

namespace json = boost::json;

/// Reads members of one JSON object, noting a problem for each missing or mistyped one
/// under the object's place in the document ("items[2]").
class Reader {
 public:
  Reader(const json::object& object, std::string place, std::vector<std::string>& problems)
      : object_(object), place_(std::move(place)), problems_(problems) {}

  std::string Text(const char* name, bool required = true) const {
    const auto* value = object_.if_contains(name);
    if (!value || value->is_null()) {
      if (required) Problem(std::string("\"") + name + "\" is missing");
      return "";
    }
    if (!value->is_string()) {
      Problem(std::string("\"") + name + "\" must be text");
      return "";
    }
    std::string text(value->as_string());
    if (required && text.find_first_not_of(" \t\r\n") == std::string::npos)
      Problem(std::string("\"") + name + "\" is empty");
    return text;
  }

  std::optional<int> Integer(const char* name, bool required = true) const {
    const auto* value = object_.if_contains(name);
    if (!value || value->is_null()) {
      if (required) Problem(std::string("\"") + name + "\" is missing");
      return std::nullopt;
    }
    if (value->is_int64() && value->as_int64() >= -100000 && value->as_int64() <= 100000)
      return static_cast<int>(value->as_int64());
    if (value->is_uint64() && value->as_uint64() <= 100000) return static_cast<int>(value->as_uint64());
    Problem(std::string("\"") + name + "\" must be a whole number");
    return std::nullopt;
  }

  bool Flag(const char* name, bool otherwise) const {
    const auto* value = object_.if_contains(name);
    if (!value || value->is_null()) return otherwise;
    if (!value->is_bool()) {
      Problem(std::string("\"") + name + "\" must be true or false");
      return otherwise;
    }
    return value->as_bool();
  }

  const json::array* Array(const char* name, bool required = true) const {
    const auto* value = object_.if_contains(name);
    if (!value || value->is_null()) {
      if (required) Problem(std::string("\"") + name + "\" is missing");
      return nullptr;
    }
    if (!value->is_array()) {
      Problem(std::string("\"") + name + "\" must be a list");
      return nullptr;
    }
    return &value->as_array();
  }

  const json::object* Object(const char* name, bool required = true) const {
    const auto* value = object_.if_contains(name);
    if (!value || value->is_null()) {
      if (required) Problem(std::string("\"") + name + "\" is missing");
      return nullptr;
    }
    if (!value->is_object()) {
      Problem(std::string("\"") + name + "\" must be an object");
      return nullptr;
    }
    return &value->as_object();
  }

  void Problem(const std::string& message) const {
    problems_.push_back(place_.empty() ? message : place_ + ": " + message);
  }

 private:
  const json::object& object_;
  std::string place_;
  std::vector<std::string>& problems_;
};

bool IsCode(const std::string& code) {
  return !code.empty() && code.size() <= 40 && std::all_of(code.begin(), code.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

std::string Indexed(const std::string& list, std::size_t index) {
  return list + "[" + std::to_string(index) + "]";
}

std::string Quoted(const std::string& text) { return "\"" + text + "\""; }

void ReadOptionSets(const json::object& sets, QuestionnaireDefinition& q, std::vector<std::string>& problems) {
  for (const auto& [key, value] : sets) {
    const std::string name(key);
    const std::string place = "option_sets." + name;
    if (!value.is_array() || value.as_array().empty()) {
      problems.push_back(place + ": must be a list of at least one option");
      continue;
    }
    auto& options = q.option_sets[name];
    std::size_t index = 0;
    for (const auto& entry : value.as_array()) {
      const auto option_place = Indexed(place, index++);
      if (!entry.is_object()) {
        problems.push_back(option_place + ": must be an object with a label and a value");
        continue;
      }
      Reader option(entry.as_object(), option_place, problems);
      AnswerOption read{option.Text("label"), option.Integer("value").value_or(0)};
      options.push_back(std::move(read));
    }
  }
}

void ReadItems(const json::array& items, QuestionnaireDefinition& q, std::vector<std::string>& problems) {
  std::size_t index = 0;
  for (const auto& entry : items) {
    const auto place = Indexed("items", index++);
    if (!entry.is_object()) {
      problems.push_back(place + ": must be an object");
      continue;
    }
    Reader item(entry.as_object(), place, problems);
    QuestionnaireItem read;
    read.code = item.Text("code");
    read.text = item.Text("text");
    read.option_set = item.Text("options");
    read.scored = item.Flag("scored", true);
    q.items.push_back(std::move(read));
  }
}

void ReadBands(const json::array& bands, QuestionnaireDefinition& q, std::vector<std::string>& problems) {
  std::size_t index = 0;
  for (const auto& entry : bands) {
    const auto place = Indexed("bands", index++);
    if (!entry.is_object()) {
      problems.push_back(place + ": must be an object");
      continue;
    }
    Reader band(entry.as_object(), place, problems);
    ScoreBand read;
    read.min = band.Integer("min").value_or(0);
    read.max = band.Integer("max").value_or(0);
    read.label = band.Text("label");
    read.meaning = band.Text("meaning");
    read.follow_up_code = band.Text("follow_up", false);
    q.bands.push_back(std::move(read));
  }
}

void ReadAlerts(const json::array& alerts, QuestionnaireDefinition& q, std::vector<std::string>& problems) {
  std::size_t index = 0;
  for (const auto& entry : alerts) {
    const auto place = Indexed("alerts", index++);
    if (!entry.is_object()) {
      problems.push_back(place + ": must be an object");
      continue;
    }
    Reader alert(entry.as_object(), place, problems);
    AlertRule rule;
    rule.code = alert.Text("code");
    rule.title = alert.Text("title");
    const auto severity = alert.Text("severity");
    if (auto known = AlertSeverityFromCode(severity)) rule.severity = *known;
    else if (!severity.empty()) alert.Problem("\"severity\" must be \"urgent\" or \"high\", not " + Quoted(severity));
    if (const auto* when = alert.Object("when")) {
      Reader condition(*when, place + ".when", problems);
      rule.item_code = condition.Text("item", false);
      rule.at_least = condition.Integer("at_least").value_or(1);
      const bool on_score = when->if_contains("score") && when->at("score").is_bool() && when->at("score").as_bool();
      if (rule.item_code.empty() && !on_score)
        condition.Problem("say which \"item\" is watched, or \"score\": true to watch the score");
      if (!rule.item_code.empty() && on_score) condition.Problem("watch an \"item\" or the \"score\", not both");
    }
    if (const auto* steps = alert.Array("steps")) {
      for (const auto& step : *steps) {
        if (step.is_string() && !step.as_string().empty()) rule.steps.emplace_back(step.as_string());
        else alert.Problem("every entry of \"steps\" must be text");
      }
      if (steps->empty()) alert.Problem("\"steps\" must say at least one thing the worker does");
    }
    q.alerts.push_back(std::move(rule));
  }
}

void CheckOptions(const QuestionnaireDefinition& q, std::vector<std::string>& problems) {
  for (const auto& [name, options] : q.option_sets) {
    std::set<int> values;
    for (const auto& option : options)
      if (!values.insert(option.value).second)
        problems.push_back("option_sets." + name + ": the value " + std::to_string(option.value) + " is used twice");
  }
}

void CheckItems(const QuestionnaireDefinition& q, std::vector<std::string>& problems) {
  if (q.items.empty()) problems.push_back("\"items\" must list at least one item");
  std::set<std::string> codes;
  std::size_t index = 0;
  for (const auto& item : q.items) {
    const auto place = Indexed("items", index++) + (item.code.empty() ? "" : " (" + Quoted(item.code) + ")");
    if (!item.code.empty() && !IsCode(item.code))
      problems.push_back(place + ": the code may hold only lower-case letters, digits, - and _");
    if (!item.code.empty() && !codes.insert(item.code).second)
      problems.push_back(place + ": the code " + Quoted(item.code) + " is used by an earlier item");
    if (!item.option_set.empty() && !q.option_sets.contains(item.option_set))
      problems.push_back(place + ": option set " + Quoted(item.option_set) + " is not defined in \"option_sets\"");
  }
}

void CheckScoredItems(const QuestionnaireDefinition& q, std::vector<std::string>& problems) {
  if (q.scored_items.empty()) problems.push_back("score: no item is scored");
  std::set<std::string> seen;
  for (const auto& code : q.scored_items) {
    const auto* item = q.FindItem(code);
    if (!item) problems.push_back("score.items: " + Quoted(code) + " is not an item of this questionnaire");
    else if (!item->scored)
      problems.push_back("score.items: " + Quoted(code) + " is marked \"scored\": false");
    if (!seen.insert(code).second) problems.push_back("score.items: " + Quoted(code) + " is listed twice");
  }
}

void CheckBands(const QuestionnaireDefinition& q, std::vector<std::string>& problems) {
  if (q.bands.empty()) {
    problems.push_back("\"bands\" must list at least one band");
    return;
  }
  const int lowest = q.MinScore();
  const int highest = q.MaxScore();
  for (std::size_t i = 0; i < q.bands.size(); ++i) {
    const auto& band = q.bands[i];
    const auto place = Indexed("bands", i) + (band.label.empty() ? "" : " (" + Quoted(band.label) + ")");
    if (band.min > band.max)
      problems.push_back(place + ": min " + std::to_string(band.min) + " is above max " + std::to_string(band.max));
    if (!band.follow_up_code.empty() && !IsCode(band.follow_up_code))
      problems.push_back(place + ": \"follow_up\" must be a questionnaire code");
    if (i == 0) continue;
    const auto& before = q.bands[i - 1];
    if (band.min <= before.max)
      problems.push_back(place + ": overlaps the band before it (" + std::to_string(before.min) + "–" +
                         std::to_string(before.max) + "); list bands from the lowest score up");
    else if (band.min > before.max + 1)
      problems.push_back(place + ": leaves a gap: no band holds " + std::to_string(before.max + 1) +
                         (band.min - 1 > before.max + 1 ? "–" + std::to_string(band.min - 1) : ""));
  }
  if (q.bands.front().min > lowest)
    problems.push_back("bands: the lowest possible score, " + std::to_string(lowest) + ", is in no band");
  if (q.bands.back().max < highest)
    problems.push_back("bands: the highest possible score, " + std::to_string(highest) + ", is in no band");
  if (q.bands.front().min < lowest || q.bands.back().max > highest)
    problems.push_back("bands: reach beyond the possible scores " + std::to_string(lowest) + "–" +
                       std::to_string(highest));
}

void CheckAlerts(const QuestionnaireDefinition& q, std::vector<std::string>& problems) {
  std::set<std::string> codes;
  std::size_t index = 0;
  for (const auto& rule : q.alerts) {
    const auto place = Indexed("alerts", index++) + (rule.code.empty() ? "" : " (" + Quoted(rule.code) + ")");
    if (!rule.code.empty() && !IsCode(rule.code))
      problems.push_back(place + ": the code may hold only lower-case letters, digits, - and _");
    if (!rule.code.empty() && !codes.insert(rule.code).second)
      problems.push_back(place + ": the code " + Quoted(rule.code) + " is used by an earlier alert");
    if (rule.item_code.empty()) {
      if (rule.at_least > q.MaxScore())
        problems.push_back(place + ": a score of " + std::to_string(rule.at_least) +
                           " can never be reached (the highest is " + std::to_string(q.MaxScore()) + ")");
      continue;
    }
    const auto* item = q.FindItem(rule.item_code);
    if (!item) {
      problems.push_back(place + ": watches item " + Quoted(rule.item_code) + ", which is not in \"items\"");
      continue;
    }
    const auto& options = q.OptionsOf(*item);
    const bool reachable = std::any_of(options.begin(), options.end(),
                                       [&](const AnswerOption& o) { return o.value >= rule.at_least; });
    if (!options.empty() && !reachable)
      problems.push_back(place + ": no answer to item " + Quoted(rule.item_code) + " reaches " +
                         std::to_string(rule.at_least));
  }
}

}  // namespace

std::vector<std::string> CheckQuestionnaire(const QuestionnaireDefinition& q) {
  std::vector<std::string> problems;
  if (!q.code.empty() && !IsCode(q.code))
    problems.push_back("\"code\" may hold only lower-case letters, digits, - and _ (for example \"phq-9\")");
  CheckOptions(q, problems);
  CheckItems(q, problems);
  CheckScoredItems(q, problems);
  CheckBands(q, problems);
  CheckAlerts(q, problems);
  return problems;
}

QuestionnaireDefinition ParseQuestionnaireDocument(std::string_view text, const std::string& field) {
  const auto refuse = [&field](const std::vector<std::string>& problems) {
    std::vector<FieldError> errors;
    for (const auto& problem : problems) errors.push_back({field, problem});
    throw Invalid(std::move(errors));
  };
  boost::system::error_code error;
  const auto document = json::parse(json::string_view(text.data(), text.size()), error);
  if (error) refuse({"The document is not valid JSON (" + error.message() + ")"});
  if (!document.is_object()) refuse({"The document must be a JSON object"});

  std::vector<std::string> problems;
  const auto& root = document.as_object();
  Reader top(root, "", problems);
  const auto format = top.Text("format");
  if (!format.empty() && format != kQuestionnaireFormat)
    top.Problem("\"format\" must be " + Quoted(std::string(kQuestionnaireFormat)) + ", not " + Quoted(format));
  QuestionnaireDefinition q;
  q.code = top.Text("code");
  q.title = top.Text("title");
  q.short_title = top.Text("short_title", false);
  if (q.short_title.empty()) q.short_title = q.title;
  q.edition = top.Text("edition");
  q.source = top.Text("source");
  q.licence = top.Text("licence");
  q.instructions = top.Text("instructions");
  if (const auto* sets = top.Object("option_sets")) ReadOptionSets(*sets, q, problems);
  if (const auto* items = top.Array("items")) ReadItems(*items, q, problems);
  const json::array* scored = nullptr;
  if (const auto* score = top.Object("score", false)) scored = Reader(*score, "score", problems).Array("items", false);
  if (scored) {
    for (const auto& code : *scored) {
      if (code.is_string()) q.scored_items.emplace_back(code.as_string());
      else problems.push_back("score.items: every entry must be an item code (text)");
    }
  } else {
    for (const auto& item : q.items)
      if (item.scored) q.scored_items.push_back(item.code);
  }
  if (const auto* bands = top.Array("bands")) ReadBands(*bands, q, problems);
  if (const auto* alerts = top.Array("alerts", false)) ReadAlerts(*alerts, q, problems);
  if (problems.empty()) problems = CheckQuestionnaire(q);
  if (!problems.empty()) refuse(problems);
  return q;
}

}  // namespace alongside
