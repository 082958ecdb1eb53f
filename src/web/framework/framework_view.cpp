#include "web/framework/framework_view.hpp"

#include "core/common/london_time.hpp"
#include "web/common/page_context.hpp"

namespace alongside::web {
namespace {

void AddWords(View& item, const std::string& for_practitioners, const std::string& for_parents) {
  item.set("for_practitioners", for_practitioners);
  item.set("for_parents", for_parents);
}

}  // namespace

FrameworkWords FrameworkWordsFrom(std::string_view query_value) {
  if (query_value == "practitioners") return FrameworkWords::kPractitioners;
  if (query_value == "parents") return FrameworkWords::kParents;
  return FrameworkWords::kBoth;
}

std::string VersionMadeText(const FrameworkVersion& version) {
  const std::string when = FormatLondonDateTime(version.created_at);
  if (version.created_by.empty()) return "Loaded from the shipped edition, " + when;
  return "Made by " + version.created_by_name + ", " + when;
}

View FrameworkVersionView(const FrameworkVersion& version, FrameworkWords words) {
  const Framework& f = version.framework;
  View data;
  data.set("title", f.title);
  data.set("source", f.source);
  data.set("edition", f.edition);
  data.set("number", std::to_string(version.number));
  data.set("made", VersionMadeText(version));
  data.set("note", version.note);
  data.set("show_practitioners", words != FrameworkWords::kParents);
  data.set("show_parents", words != FrameworkWords::kPractitioners);
  data.set("side_by_side", words == FrameworkWords::kBoth);
  data.set("words_both", words == FrameworkWords::kBoth);
  data.set("words_practitioners", words == FrameworkWords::kPractitioners);
  data.set("words_parents", words == FrameworkWords::kParents);
  View domains{View::type::list};
  for (const auto& domain : f.domains) {
    View item;
    item.set("code", domain.code);
    item.set("name", domain.name);
    AddWords(item, domain.for_practitioners, domain.for_parents);
    View skills{View::type::list};
    for (const auto& skill : domain.skills) {
      View s;
      s.set("code", skill.code);
      s.set("name", skill.name);
      s.set("local", skill.local);
      AddWords(s, skill.for_practitioners, skill.for_parents);
      skills.push_back(s);
    }
    item.set("skills", skills);
    domains.push_back(item);
  }
  data.set("domains", domains);
  View pressures{View::type::list};
  for (const auto& pressure : f.pressures) {
    View p;
    p.set("name", pressure.name);
    p.set("local", pressure.local);
    pressures.push_back(p);
  }
  data.set("pressures", pressures);
  View scale{View::type::list};
  for (const auto& step : f.scale) {
    View s;
    s.set("value", std::to_string(step.value));
    s.set("label", step.label);
    scale.push_back(s);
  }
  data.set("scale", scale);
  return data;
}

View DomainsForParents(const Framework& framework) {
  View list{View::type::list};
  for (const auto& domain : framework.domains) {
    View item;
    item.set("name", domain.name);
    item.set("for_parents", domain.for_parents);
    list.push_back(item);
  }
  return list;
}

std::string WithArea(const std::string& path, const std::string& area_id) {
  if (area_id.empty()) return path;
  return path + (path.find('?') == std::string::npos ? "?" : "&") + "area=" + UrlEncode(area_id);
}

void AddAreaChoice(View& data, const std::vector<Area>& areas, const std::string& area_id) {
  View options{View::type::list};
  std::string area_name;
  for (const auto& area : areas) {
    View option;
    option.set("value", area.id);
    option.set("text", area.name);
    option.set("selected", area.id == area_id);
    options.push_back(option);
    if (area.id == area_id) area_name = area.name;
  }
  data.set("area_options", options);
  data.set("choose_area", areas.size() > 1);
  if (!area_name.empty()) data.set("area_name", area_name);  // a section key in the templates
  data.set("area_id", area_id);
}

}  // namespace alongside::web
