#include "web/families/family_tabs.hpp"

namespace alongside::web {

View FamilyTabs(const std::string& family_id, std::string_view current, FamilyTabOptions options) {
  struct Tab {
    const char* key;
    const char* label;
    const char* suffix;
  };
  static constexpr Tab kTabs[] = {
      {"overview", "Overview", ""},       {"timeline", "Timeline", "/timeline"},
      {"contacts", "Contacts", "/contacts"}, {"goals", "Goals", "/goals"},
      {"plan", "Care plan", "/plan"},     {"needs", "Needs", "/needs"},
      {"outcomes", "Outcomes", "/outcomes"}, {"questionnaires", "Questionnaires", "/questionnaires"},
      {"tasks", "Tasks", "/tasks"},
      {"pathways", "Services", "/pathways"}, {"referrals", "Referrals", "/referrals"},
      {"consent", "Consent", "/consent"}, {"sensitive", "Sensitive", "/sensitive"},
  };
  View tabs{View::type::list};
  for (const auto& tab : kTabs) {
    const std::string_view key = tab.key;
    if ((key == "sensitive" || key == "questionnaires") && !options.show_sensitive) continue;
    View item;
    item.set("label", tab.label);
    item.set("href", "/families/" + family_id + tab.suffix);
    item.set("current", current == tab.key);
    tabs.push_back(item);
  }
  return tabs;
}

}  // namespace alongside::web
