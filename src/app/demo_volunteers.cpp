#include "app/demo_volunteers.hpp"

#include "app/demo_actor.hpp"

namespace alongside::app {
namespace {

struct DemoRole {
  const char* name;
  const char* description;
  const char* early_days;
  const char* early_weeks;
  const char* later_days;
};

const DemoRole kRoles[] = {
    {"Pregnancy Pal", "Visits a family from early pregnancy until the baby is born", "7", "12", "14"},
    {"Birth Buddy", "Alongside the family in the weeks around the birth", "7", "8", "14"},
    {"Community Father", "A dad who supports dads and partners", "14", "0", "14"},
};

struct DemoVolunteer {
  const char* name;
  const char* email;
  const char* role;
  const char* languages;
  std::vector<std::string> lived_experience;
  int enquired_days_ago;
  /// Stages after the enquiry, each with how many days ago it happened.
  std::vector<std::pair<const char*, int>> steps;
  bool checks_done;
  int dbs_days_ago;  ///< when checks_done
  const char* account;  ///< the demo account to link, or nullptr
};

std::string DaysAgo(const Date& today, int days) { return IsoDate(AddDays(today, -days)); }

}  // namespace

void SeedDemoVolunteers(Services& services, const Actor& system) {
  const auto coordinator = DemoActor(services, system, "coordinator@demo.alongside.test");
  if (!coordinator) return;
  const auto programmes = services.volunteers.Programmes(*coordinator);
  const auto& programme = programmes.front().organisation_id;
  if (services.volunteers.List(*coordinator, {}).page.total > 0) return;

  std::vector<ProgrammeRole> roles;
  for (const auto& role : kRoles)
    roles.push_back(services.volunteers.CreateRole(*coordinator, programme,
                                                   {role.name, role.description, role.early_days, role.early_weeks,
                                                    role.later_days}));
  auto role_id = [&roles](const char* name) {
    for (const auto& role : roles)
      if (role.name == name) return role.id;
    return std::string();
  };

  const Date today = services.volunteers.Today();
  const std::vector<DemoVolunteer> people{
      {"Sam Supporter", "supporter@demo.alongside.test", "Pregnancy Pal", "English, Urdu", {"young_parent"}, 200,
       {{"application", 190}, {"interview", 180}, {"references", 170}, {"dbs_check", 160}, {"training", 150}, {"active", 120}},
       true, 160, "supporter@demo.alongside.test"},
      {"Lena Novak", "lena@example.org", "Birth Buddy", "English, Polish", {"twins"}, 1100,
       {{"training", 1090}, {"active", 1060}}, true, 1070, nullptr},
      {"Maya Okafor", "maya@example.org", "Pregnancy Pal", "English, Yoruba", {"neonatal_care"}, 60,
       {{"application", 55}, {"interview", 45}, {"references", 40}, {"dbs_check", 30}, {"training", 14}}, true, 20,
       nullptr},
      {"Tom Reid", "tom@example.org", "Community Father", "English", {"father"}, 30,
       {{"application", 25}, {"interview", 18}, {"dbs_check", 10}}, false, 0, nullptr},
      {"Aisha Khan", "aisha@example.org", "", "English, Bengali", {}, 3, {}, false, 0, nullptr},
      {"Jo Brennan", "jo@example.org", "Pregnancy Pal", "English", {"perinatal_mental_health"}, 400,
       {{"training", 380}, {"active", 360}, {"paused", 40}}, true, 370, nullptr},
  };
  for (const auto& person : people) {
    VolunteerForm form;
    form.name = person.name;
    form.email = person.email;
    form.postcode = "RV1 2AB";
    form.programme_role_id = *person.role ? role_id(person.role) : "";
    form.languages = person.languages;
    form.lived_experience = person.lived_experience;
    form.max_families = "2";
    form.enquired_on = DaysAgo(today, person.enquired_days_ago);
    auto volunteer = services.volunteers.Enquire(*coordinator, programme, form);
    if (person.checks_done) {
      for (const auto& [stage, days_ago] : person.steps)
        if (std::string_view(stage) == "interview") form.interviewed_on = DaysAgo(today, days_ago);
      form.references_received = "2";
      form.dbs_checked_on = DaysAgo(today, person.dbs_days_ago);
      volunteer = services.volunteers.Update(*coordinator, volunteer.id, volunteer.version, form);
    }
    for (const auto& [stage, days_ago] : person.steps)
      services.volunteers.MoveStage(*coordinator, volunteer.id, {stage, DaysAgo(today, days_ago), "", ""});
    if (person.account) services.volunteers.LinkAccount(*coordinator, volunteer.id, person.account);
  }
}

}  // namespace alongside::app
