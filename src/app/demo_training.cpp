#include "app/demo_training.hpp"

#include <map>

#include "app/demo_actor.hpp"

namespace alongside::app {
namespace {

std::string DaysAgo(const Date& today, int days) { return IsoDate(AddDays(today, -days)); }

}  // namespace

void SeedDemoTraining(Services& services, const Actor& system) {
  const auto coordinator = DemoActor(services, system, "coordinator@demo.alongside.test");
  if (!coordinator) return;
  const auto programmes = services.volunteers.Programmes(*coordinator);
  const auto& programme = programmes.front().organisation_id;
  if (!services.training.Modules(*coordinator, programme).empty()) return;
  std::map<std::string, std::string> volunteer;
  for (const auto& v : services.volunteers.List(*coordinator, {}).page.items) volunteer[v.name] = v.id;
  for (const char* name : {"Sam Supporter", "Lena Novak", "Maya Okafor"})
    if (!volunteer.count(name)) return;

  const Date today = services.training.Today();
  services.training.AddUsualModules(*coordinator, programme);
  std::map<std::string, std::string> module;
  for (const auto& m : services.training.Modules(*coordinator, programme)) module[m.name] = m.id;
  services.training.AddModule(*coordinator, programme,
                              {"Level 2 Certificate in Peer Support", "other", "The accredited course, taken at the college.",
                               "", true, "60", "Open College Network"});

  const auto session = services.training.CreateSession(
      *coordinator, programme,
      {module["Safeguarding adults and children"], DaysAgo(today, 30), "18:30", "150", "Tess Trainer",
       "Riverside Children's Centre", "12"});
  services.training.MarkAttendance(*coordinator, session.id,
                                   {{volunteer["Sam Supporter"], true},
                                    {volunteer["Maya Okafor"], true},
                                    {volunteer["Lena Novak"], false}});
  services.training.CreateSession(*coordinator, programme,
                                  {module["Perinatal mental health"], IsoDate(AddDays(today, 14)), "10:00", "180",
                                   "Dr Priya Shah", "Riverside Children's Centre", "15"});
  services.training.RecordCompletion(*coordinator, volunteer["Lena Novak"],
                                     {module["Safeguarding adults and children"], DaysAgo(today, 350),
                                      "With the council's safeguarding team"});

  SupervisionForm group;
  group.kind = "group";
  group.held_on = DaysAgo(today, 40);
  group.duration_minutes = "90";
  group.volunteer_ids = {volunteer["Sam Supporter"], volunteer["Lena Novak"]};
  group.themes = {"endings", "own_wellbeing"};
  group.actions = "Share the endings leaflet with every family at the start";
  services.supervision.Log(*coordinator, programme, group);

  SupervisionForm one;
  one.kind = "one_to_one";
  one.held_on = DaysAgo(today, 5);
  one.duration_minutes = "60";
  one.volunteer_ids = {volunteer["Sam Supporter"]};
  one.themes = {"family_situation", "boundaries"};
  one.actions = "Sam to check in with the family's health visitor before the next visit";
  one.note = "Sam felt pulled to do more than the role asks for one family and we talked through where the line is. "
             "Sam is proud of how the family has settled and would like the perinatal mental health session.";
  services.supervision.Log(*coordinator, programme, one);

  services.supervision.CheckIn(*coordinator, volunteer["Sam Supporter"],
                               {DaysAgo(today, 5), "4", "Busy month, feeling supported", false});
}

}  // namespace alongside::app
