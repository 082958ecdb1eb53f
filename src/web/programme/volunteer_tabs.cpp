#include "web/programme/volunteer_tabs.hpp"

namespace alongside::web {

std::string VolunteerPath(const std::string& volunteer_id, std::string_view suffix) {
  return "/programme/volunteers/" + volunteer_id + std::string(suffix);
}

View VolunteerTabs(const std::string& volunteer_id, std::string_view current) {
  struct Tab {
    const char* key;
    const char* label;
    const char* suffix;
  };
  static constexpr Tab kTabs[] = {
      {"record", "Record", ""},           {"training", "Training", "/training"},
      {"supervision", "Supervision", "/supervision"}, {"matches", "Families offered", "/matches"},
      {"hours", "Hours given", "/hours"}, {"availability", "Availability", "/availability"},
      {"expenses", "Expenses", "/expenses"},
  };
  View tabs{View::type::list};
  for (const auto& tab : kTabs) {
    View item;
    item.set("label", tab.label);
    item.set("href", VolunteerPath(volunteer_id, tab.suffix));
    item.set("current", current == tab.key);
    tabs.push_back(item);
  }
  return tabs;
}

}  // namespace alongside::web
