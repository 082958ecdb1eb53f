#include "core/framework/framework_document.hpp"

#include <boost/json.hpp>
#include <algorithm>
#include <set>

namespace alongside {
namespace json = boost::json;
namespace {

/// Reads the document's members into a Framework, noting wrong types as it goes; the rules
/// about the values themselves are CheckFramework's.
class Reader {
 public:
  explicit Reader(Validation& v) : v_(v) {}

  std::string Text(const json::object& object, std::string_view key, const std::string& where) {
    const auto* value = object.if_contains(key);
    if (value == nullptr) return {};
    if (!value->is_string()) {
      v_.Add(where + "." + std::string(key), "must be text");
      return {};
    }
    return std::string(value->as_string());
  }

  bool Flag(const json::object& object, std::string_view key, const std::string& where) {
    const auto* value = object.if_contains(key);
    if (value == nullptr) return false;
    if (!value->is_bool()) {
      v_.Add(where + "." + std::string(key), "must be true or false");
      return false;
    }
    return value->as_bool();
  }

  const json::array* List(const json::object& object, std::string_view key, const std::string& where) {
    const auto* value = object.if_contains(key);
    if (value == nullptr || !value->is_array()) {
      v_.Add(where.empty() ? std::string(key) : where + "." + std::string(key), "must be a list");
      return nullptr;
    }
    return &value->as_array();
  }

  const json::object* Object(const json::value& value, const std::string& where) {
    if (!value.is_object()) {
      v_.Add(where, "must be an object");
      return nullptr;
    }
    return &value.as_object();
  }

  std::map<std::string, std::string> Tags(const json::object& tags, std::string_view key) {
    std::map<std::string, std::string> out;
    const auto* value = tags.if_contains(key);
    if (value == nullptr) return out;
    if (!value->is_object()) {
      v_.Add("tags." + std::string(key), "must map codes to domain codes");
      return out;
    }
    for (const auto& [code, domain] : value->as_object()) {
      if (!domain.is_string()) {
        v_.Add("tags." + std::string(key) + "." + std::string(code), "must be a domain code");
        continue;
      }
      out[std::string(code)] = std::string(domain.as_string());
    }
    return out;
  }

 private:
  Validation& v_;
};

bool IsCode(const std::string& code) {
  if (code.empty() || code.size() > 60 || code.front() < 'a' || code.front() > 'z') return false;
  for (char c : code)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

/// `what` completes "Enter …" ("a name"); the length message names it the same way.
void CheckWords(const std::string& text, std::size_t max, const std::string& field, const char* what,
                Validation& v) {
  if (text.find_first_not_of(" \t\r\n") == std::string::npos)
    v.Add(field, std::string("Enter ") + what);
  else if (text.size() > max)
  {
    std::string named = what;  // "a name" -> "the name"
    if (named.starts_with("a ")) named = "the " + named.substr(2);
    if (named.starts_with("an ")) named = "the " + named.substr(3);
    v.Add(field, "Shorten " + named + " to " + std::to_string(max) + " characters or fewer");
  }
}

void CheckCode(const std::string& code, std::set<std::string>& seen, const std::string& field, Validation& v) {
  if (!IsCode(code))
    v.Add(field, "must be a code of lower-case letters, digits and underscores, starting with a letter");
  else if (!seen.insert(code).second)
    v.Add(field, "\"" + code + "\" is used twice");
}

}  // namespace

void CheckFramework(const Framework& f, Validation& v) {
  CheckWords(f.edition, kMaxFrameworkName, "edition", "an edition", v);
  CheckWords(f.title, kMaxFrameworkName, "title", "a title", v);
  if (f.domains.size() != kDomainCodes.size()) {
    v.Add("domains", "must be the three Domains of Caregiving, in order");
  }
  std::set<std::string> skill_codes;
  for (std::size_t d = 0; d < f.domains.size(); ++d) {
    const auto& domain = f.domains[d];
    const std::string at = "domains[" + std::to_string(d) + "]";
    if (d < kDomainCodes.size() && domain.code != kDomainCodes[d])
      v.Add(at + ".code", "must be \"" + kDomainCodes[d] + "\": the domains keep their codes and order");
    CheckWords(domain.name, kMaxFrameworkName, at + ".name", "a name", v);
    CheckWords(domain.for_parents, kMaxFrameworkText, at + ".for_parents", "words for parents", v);
    CheckWords(domain.for_practitioners, kMaxFrameworkText, at + ".for_practitioners", "words for practitioners", v);
    if (domain.skills.empty()) v.Add(at + ".skills", "must list at least one skill");
    for (std::size_t s = 0; s < domain.skills.size(); ++s) {
      const auto& skill = domain.skills[s];
      const std::string sat = at + ".skills[" + std::to_string(s) + "]";
      CheckCode(skill.code, skill_codes, sat + ".code", v);
      CheckWords(skill.name, kMaxFrameworkName, sat + ".name", "a name", v);
      CheckWords(skill.for_parents, kMaxFrameworkText, sat + ".for_parents", "words for parents", v);
      CheckWords(skill.for_practitioners, kMaxFrameworkText, sat + ".for_practitioners", "words for practitioners", v);
    }
  }
  std::set<std::string> pressure_codes;
  for (std::size_t p = 0; p < f.pressures.size(); ++p) {
    const std::string at = "pressures[" + std::to_string(p) + "]";
    CheckCode(f.pressures[p].code, pressure_codes, at + ".code", v);
    CheckWords(f.pressures[p].name, kMaxFrameworkName, at + ".name", "a name", v);
  }
  bool scale_ok = f.scale.size() == 5;
  for (std::size_t i = 0; scale_ok && i < f.scale.size(); ++i) scale_ok = f.scale[i].value == static_cast<int>(i) + 1;
  if (!scale_ok) v.Add("scale", "must have five steps valued 1 to 5, in order");
  for (std::size_t i = 0; i < f.scale.size(); ++i)
    CheckWords(f.scale[i].label, kMaxFrameworkName, "scale[" + std::to_string(i) + "].label",
               ("words for step " + std::to_string(i + 1) + " of the scale").c_str(), v);
  const auto check_tags = [&](const std::map<std::string, std::string>& tags, const std::string& key) {
    for (const auto& [code, domain] : tags)
      if (std::find(kDomainCodes.begin(), kDomainCodes.end(), domain) == kDomainCodes.end())
        v.Add("tags." + key + "." + code, "\"" + domain + "\" is not a domain");
  };
  check_tags(f.contact_topic_domains, "contact_topics");
  check_tags(f.goal_area_domains, "goal_areas");
}

Framework ReadFrameworkDocument(std::string_view text) {
  Validation v;
  json::value root;
  try {
    root = json::parse(text);
  } catch (const std::exception& e) {
    throw Invalid("document", std::string("is not valid JSON: ") + e.what());
  }
  if (!root.is_object()) throw Invalid("document", "must be a JSON object");
  const auto& doc = root.as_object();
  Reader read(v);
  Framework f;
  f.edition = read.Text(doc, "edition", "document");
  f.title = read.Text(doc, "title", "document");
  f.source = read.Text(doc, "source", "document");
  if (const auto* domains = read.List(doc, "domains", "")) {
    for (std::size_t d = 0; d < domains->size(); ++d) {
      const std::string at = "domains[" + std::to_string(d) + "]";
      const auto* object = read.Object((*domains)[d], at);
      if (object == nullptr) continue;
      FrameworkDomain domain{read.Text(*object, "code", at), read.Text(*object, "name", at),
                             read.Text(*object, "for_parents", at), read.Text(*object, "for_practitioners", at), {}};
      if (const auto* skills = read.List(*object, "skills", at)) {
        for (std::size_t s = 0; s < skills->size(); ++s) {
          const std::string sat = at + ".skills[" + std::to_string(s) + "]";
          if (const auto* skill = read.Object((*skills)[s], sat))
            domain.skills.push_back({read.Text(*skill, "code", sat), read.Text(*skill, "name", sat),
                                     read.Text(*skill, "for_parents", sat), read.Text(*skill, "for_practitioners", sat),
                                     read.Flag(*skill, "local", sat)});
        }
      }
      f.domains.push_back(std::move(domain));
    }
  }
  if (const auto* pressures = read.List(doc, "pressures", "")) {
    for (std::size_t p = 0; p < pressures->size(); ++p) {
      const std::string at = "pressures[" + std::to_string(p) + "]";
      if (const auto* pressure = read.Object((*pressures)[p], at))
        f.pressures.push_back({read.Text(*pressure, "code", at), read.Text(*pressure, "name", at),
                               read.Flag(*pressure, "local", at)});
    }
  }
  if (const auto* scale = read.List(doc, "scale", "")) {
    for (std::size_t i = 0; i < scale->size(); ++i) {
      const std::string at = "scale[" + std::to_string(i) + "]";
      const auto* step = read.Object((*scale)[i], at);
      if (step == nullptr) continue;
      const auto* value = step->if_contains("value");
      if (value == nullptr || !value->is_int64()) v.Add(at + ".value", "must be a whole number");
      f.scale.push_back({value != nullptr && value->is_int64() ? static_cast<int>(value->as_int64()) : 0,
                         read.Text(*step, "label", at)});
    }
  }
  if (const auto* tags = doc.if_contains("tags")) {
    if (tags->is_object()) {
      f.contact_topic_domains = read.Tags(tags->as_object(), "contact_topics");
      f.goal_area_domains = read.Tags(tags->as_object(), "goal_areas");
    } else {
      v.Add("tags", "must be an object");
    }
  }
  if (read.Text(doc, "format", "document") != kFrameworkFormat)
    v.Add("format", "must be \"" + std::string(kFrameworkFormat) + "\"");
  if (v.ok()) CheckFramework(f, v);
  v.ThrowIfAny();
  return f;
}

std::string WriteFrameworkDocument(const Framework& f) {
  json::object doc;
  doc["format"] = kFrameworkFormat;
  doc["edition"] = f.edition;
  doc["title"] = f.title;
  doc["source"] = f.source;
  json::array domains;
  for (const auto& domain : f.domains) {
    json::array skills;
    for (const auto& skill : domain.skills) {
      json::object s{{"code", skill.code}, {"name", skill.name}, {"for_parents", skill.for_parents},
                     {"for_practitioners", skill.for_practitioners}};
      if (skill.local) s["local"] = true;
      skills.push_back(std::move(s));
    }
    domains.push_back(json::object{{"code", domain.code}, {"name", domain.name}, {"for_parents", domain.for_parents},
                                   {"for_practitioners", domain.for_practitioners}, {"skills", std::move(skills)}});
  }
  doc["domains"] = std::move(domains);
  json::array pressures;
  for (const auto& pressure : f.pressures) {
    json::object p{{"code", pressure.code}, {"name", pressure.name}};
    if (pressure.local) p["local"] = true;
    pressures.push_back(std::move(p));
  }
  doc["pressures"] = std::move(pressures);
  json::array scale;
  for (const auto& step : f.scale) scale.push_back(json::object{{"value", step.value}, {"label", step.label}});
  doc["scale"] = std::move(scale);
  json::object topics, areas;
  for (const auto& [code, domain] : f.contact_topic_domains) topics[code] = domain;
  for (const auto& [code, domain] : f.goal_area_domains) areas[code] = domain;
  doc["tags"] = json::object{{"contact_topics", std::move(topics)}, {"goal_areas", std::move(areas)}};
  return json::serialize(doc);
}

}  // namespace alongside
