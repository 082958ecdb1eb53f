#include "app/demo_families.hpp"

#include "core/families/calendar_date.hpp"

namespace alongside::app {
namespace {

constexpr const char* kCoordinatorEmail = "coordinator@demo.alongside.test";
constexpr const char* kSupporterEmail = "supporter@demo.alongside.test";

std::optional<User> FindUser(Services& services, const Actor& system, const std::string& email) {
  UserFilter filter;
  filter.query = email;
  filter.page.page_size = 100;
  for (auto& user : services.users.List(system, filter).items)
    if (user.email == email) return user;
  return std::nullopt;
}

Actor ActorOf(const User& user) {
  Actor actor;
  actor.user_id = user.id;
  actor.name = user.name;
  actor.email = user.email;
  actor.grants = user.grants;
  actor.request_id = "seed-demo";
  return actor;
}

struct DemoFamily {
  NewFamilyInput input;
  bool assign_to_supporter = false;
};

NewFamilyInput Family(const std::string& name, const std::string& relationship, const std::string& postcode,
                      std::vector<std::string> focus, const std::string& strengths) {
  NewFamilyInput input;
  input.form.caregiver.name = name;
  input.form.caregiver.relationship_to_baby = relationship;
  input.form.address_line_1 = "1 Demo Street";
  input.form.town = "Riverside";
  input.form.postcode = postcode;
  input.form.focus_areas = std::move(focus);
  input.form.strengths = strengths;
  input.support_consent = true;
  input.save_anyway = true;
  return input;
}

std::vector<DemoFamily> DemoFamilies(const Date& today) {
  std::vector<DemoFamily> out;
  {  // early pregnancy: 9 weeks
    auto input = Family("Amara Okafor", "mother", "RW1 1AA", {"antenatal"}, "Close to her sister; loves to cook");
    input.form.baby.due_date = IsoDate(AddDays(today, 280 - 9 * 7));
    out.push_back({input, true});
  }
  {  // late pregnancy: 37 weeks
    auto input = Family("Bethan Hughes", "mother", "RW1 2AB", {"antenatal", "parental_mental_health"},
                        "Organised, and asks for help when she needs it");
    input.form.baby.due_date = IsoDate(AddDays(today, 280 - 37 * 7));
    out.push_back({input, true});
  }
  {  // twins born 3 weeks ago at 35 weeks, after time in neonatal care
    auto input = Family("Grace Mensah", "mother", "RW2 3BD", {"neonatal_care"}, "A big, warm church community");
    input.form.caregiver.preferred_name = "Gracie";
    const Date born = AddDays(today, -21);
    input.form.baby.birth_date = IsoDate(born);
    input.form.baby.due_date = IsoDate(AddDays(born, 5 * 7));
    input.form.baby.gestation_weeks_at_birth = "35";
    input.form.baby.born_early = true;
    input.form.baby.neonatal_care = true;
    input.form.baby.number_of_babies = "2";
    out.push_back({input, true});
  }
  {  // baby of 7 months; needs an interpreter
    auto input = Family("Dana Kowalska", "mother", "RW2 4EF", {}, "Walks every day with the pram");
    input.form.caregiver.preferred_language = "Polish";
    input.form.caregiver.interpreter_needed = true;
    input.form.baby.birth_date = IsoDate(AddMonths(today, -7));
    input.form.baby.name = "Zofia";
    out.push_back({input, false});
  }
  {  // toddler of 2 years 3 months
    auto input = Family("Efe Adeyemi", "father", "RW3 5GH", {"parental_mental_health"},
                        "A dad who shows up; good friends at the football club");
    input.form.baby.birth_date = IsoDate(AddMonths(today, -27));
    input.form.baby.name = "Tobi";
    out.push_back({input, false});
  }
  return out;
}

}  // namespace

void SeedDemoFamilies(Services& services, const Actor& system, Millis now) {
  const auto coordinator_user = FindUser(services, system, kCoordinatorEmail);
  const auto supporter = FindUser(services, system, kSupporterEmail);
  if (!coordinator_user || !supporter) return;
  const Actor coordinator = ActorOf(*coordinator_user);
  for (const auto& demo : DemoFamilies(LondonDateOf(now))) {
    CaseloadFilter existing;
    existing.status.reset();
    existing.query = demo.input.form.caregiver.name;
    if (services.caseloads.List(coordinator, existing).page.total > 0) continue;
    const auto created = services.families.Create(coordinator, demo.input);
    if (demo.assign_to_supporter) services.caseloads.Assign(coordinator, created.family_id, supporter->id);
  }
}

}  // namespace alongside::app
