#include "app/demo_outcomes.hpp"

#include <array>

#include "app/demo_actor.hpp"

namespace alongside::app {
namespace {

struct DemoScoring {
  const char* point;
  int days_ago;
  const char* note;
  /// A score for each of the eleven default areas in order; 0 for "not relevant now".
  std::array<int, 11> scores;
};

struct DemoFamilyScores {
  const char* name;
  std::array<DemoScoring, 2> scorings;
};

const DemoFamilyScores kFamilies[] = {
    {"Bethan Hughes",
     {{{"start_of_support", 70, "I don't really know anyone round here yet and I'm worried about the birth.",
        {2, 5, 6, 4, 4, 3, 5, 2, 5, 6, 7}},
       {"end_of_pregnancy", 3, "The antenatal group helped a lot. I feel ready-ish!",
        {6, 6, 7, 4, 7, 6, 6, 7, 6, 7, 7}}}}},
    {"Grace Mensah",
     {{{"start_of_support", 40, "Everything is happening so fast.", {5, 4, 5, 6, 3, 4, 4, 3, 4, 8, 8}},
       {"end_of_pregnancy", 2, "The twins are home. Feeding is hard but I have help.",
        {6, 0, 7, 6, 5, 4, 4, 0, 3, 8, 8}}}}},
    {"Dana Kowalska",
     {{{"start_of_support", 200, "", {1, 0, 4, 3, 5, 3, 6, 0, 4, 5, 3}},
       {"three_months_after_birth", 100, "I go to the walking group now.", {5, 0, 7, 4, 0, 6, 7, 0, 7, 6, 4}}}}},
};

std::optional<std::string> FamilyIdByName(Services& services, const Actor& coordinator, const std::string& name) {
  CaseloadFilter filter;
  filter.status.reset();
  filter.query = name;
  for (const auto& entry : services.caseloads.List(coordinator, filter).page.items)
    if (entry.display_name == name) return entry.family_id;
  return std::nullopt;
}

}  // namespace

void SeedDemoOutcomes(Services& services, const Actor& system) {
  const auto coordinator = DemoActor(services, system, "coordinator@demo.alongside.test");
  if (!coordinator) return;
  const auto& areas = services.outcome_settings.defaults().areas;
  const Date today = services.outcomes.Today();
  for (const auto& family : kFamilies) {
    const auto family_id = FamilyIdByName(services, *coordinator, family.name);
    if (!family_id || !services.outcomes.ForFamily(*coordinator, *family_id).current.empty()) continue;
    for (const auto& scoring : family.scorings) {
      ScoringForm form{scoring.point, IsoDate(AddDays(today, -scoring.days_ago)), scoring.note, {}};
      for (std::size_t i = 0; i < areas.size() && i < scoring.scores.size(); ++i)
        form.scores[areas[i].code] = scoring.scores[i] ? std::to_string(scoring.scores[i]) : std::string(kNotRelevant);
      services.outcomes.Score(*coordinator, *family_id, form);
    }
  }
}

}  // namespace alongside::app
