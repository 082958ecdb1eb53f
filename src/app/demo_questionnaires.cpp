#include "app/demo_questionnaires.hpp"

#include "app/demo_actor.hpp"
#include "core/families/calendar_date.hpp"

namespace alongside::app {
namespace {

std::map<std::string, std::string> Phq9Answers(const std::vector<int>& items, int difficulty) {
  std::map<std::string, std::string> answers;
  for (std::size_t i = 0; i < items.size(); ++i) answers[std::to_string(i + 1)] = std::to_string(items[i]);
  answers["difficulty"] = std::to_string(difficulty);
  return answers;
}

}  // namespace

void SeedDemoQuestionnaires(Services& services, const Actor& system) {
  const auto supporter = DemoActor(services, system, "supporter@demo.alongside.test");
  const auto parent = DemoActor(services, system, "parent@demo.alongside.test");
  if (!supporter || !parent) return;
  const auto families = services.parent_views.ForParent(*parent);
  if (families.empty()) return;
  const std::string& family_id = families.front().summary.family_id;
  if (!services.questionnaires.ForFamily(*supporter, family_id).responses.empty()) return;
  // 2+2+1+2+1+2+1+1+0 = 12 (moderate) six weeks ago, then 1+1+1+1+1+1+0+0+0 = 6 (mild) today.
  const Date today = LondonDateOf(SystemClock().Now());
  services.questionnaires.Answer(*supporter, family_id, "phq-9", Phq9Answers({2, 2, 1, 2, 1, 2, 1, 1, 0}, 1),
                                 IsoDate(AddDays(today, -42)));
  services.questionnaires.Answer(*supporter, family_id, "phq-9", Phq9Answers({1, 1, 1, 1, 1, 1, 0, 0, 0}, 0));
}

}  // namespace alongside::app
