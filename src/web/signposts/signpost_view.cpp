#include "web/signposts/signpost_view.hpp"

#include "core/common/london_time.hpp"

namespace alongside::web {

View SignpostView(const Signpost& signpost, const Date& today) {
  View view;
  view.set("id", signpost.id);
  view.set("service_name", signpost.service_name);
  view.set("in_directory", !signpost.service_id.empty());
  view.set("service_id", signpost.service_id);
  view.set("how", std::string(SignpostHowLabel(signpost.how)));
  view.set("given_on", FormatLondonDate(signpost.given_at));
  view.set("given_by", signpost.given_by_name);
  if (!signpost.note.empty()) view.set("note", signpost.note);
  view.set("follow_up_due", FormatDate(signpost.follow_up_due));
  view.set("followed_up", signpost.followed_up());
  view.set("follow_up_overdue", !signpost.followed_up() && signpost.follow_up_due < today);
  if (signpost.outcome) {
    view.set("outcome", std::string(SignpostOutcomeLabel(*signpost.outcome)));
    view.set("followed_up_on", signpost.followed_up_at ? FormatLondonDate(*signpost.followed_up_at) : "");
    view.set("followed_up_by", signpost.followed_up_by_name);
    if (!signpost.outcome_note.empty()) view.set("outcome_note", signpost.outcome_note);
  }
  return view;
}

View RadioGroup(const std::string& name, const std::string& legend,
                const std::vector<std::pair<std::string, std::string>>& options, const std::string& checked,
                const std::vector<FieldError>& errors, const RadioGroupOptions& more) {
  View group;
  group.set("name", name);
  group.set("legend", legend);
  group.set("inline", more.inline_choices);
  std::string described_by;
  if (!more.hint.empty()) {
    group.set("hint", more.hint);
    described_by = name + "-hint";
  }
  for (const auto& e : errors)
    if (e.field == name) {
      group.set("error", e.message);
      described_by += (described_by.empty() ? "" : " ") + name + "-error";
      break;
    }
  if (!described_by.empty()) group.set("described_by", described_by);
  View list{View::type::list};
  bool first = true;
  for (const auto& [value, label] : options) {
    View item;
    item.set("id", first ? name : name + "-" + value);
    item.set("name", name);
    item.set("value", value);
    item.set("label", label);
    item.set("checked", value == checked);
    list.push_back(item);
    first = false;
  }
  group.set("choices", list);
  return group;
}

}  // namespace alongside::web
