#include "app/demo_services.hpp"

#include "app/organisation_lookup.hpp"
#include "core/common/clock.hpp"
#include "core/families/calendar_date.hpp"
#include "core/services/service_review.hpp"

namespace alongside::app {
namespace {

struct DemoService {
  const char* organisation;
  OrganisationKind kind;  ///< for creating the organisation when it is missing
  const char* name;
  const char* level;
  const char* type;
  const char* summary;
  const char* eligibility;
  const char* route;
  const char* contact;
  const char* response_days;
  const char* districts;
  std::vector<std::string> needs;
  const char* notes;
  bool stale = false;
};

/// Phone numbers are from Ofcom's ranges kept for drama (01632 960xxx, 0808 157 0xxx);
/// web and email addresses use the reserved .example domain.
const std::vector<DemoService>& DemoServices() {
  static const std::vector<DemoService> all = {
      {"Riverside Community Parents (demo)", OrganisationKind::kPeerSupportProgramme, "Riverside Parent Peers",
       "community", "peer_support",
       "A trained volunteer parent who has been there meets you weekly from pregnancy until your baby is one.",
       "Any parent-to-be or parent of a baby under 12 months living in Riverside.", "alongside", "", "7", "",
       {"isolation", "parental_mental_health", "antenatal"}, "Waiting list is short; matched within a fortnight."},
      {"Riverside Health Visiting (demo)", OrganisationKind::kUniversalService, "Riverside Health Visiting",
       "universal", "health_visiting",
       "Health visitors see every family from late pregnancy until the child is five: feeding, sleep, growth "
       "and how you are feeling.",
       "Every family with a baby or young child.", "alongside", "", "5", "", {"feeding", "parental_mental_health"},
       "Duty health visitor covers urgent referrals the same day."},
      {"Riverside Maternity Unit (demo)", OrganisationKind::kUniversalService, "Riverside Community Midwives",
       "universal", "midwifery", "Antenatal appointments, birth planning and care for ten days after birth.",
       "Anyone who is pregnant and registered with a Riverside GP.", "phone", "01632 960 210", "3", "",
       {"antenatal", "feeding"}, ""},
      {"Riverside Family Hub (demo)", OrganisationKind::kUniversalService, "Riverside Family Hub", "universal",
       "family_hub", "Drop-in stay and play, infant feeding support, baby clinic and advice under one roof.",
       "Families with children up to five.", "web", "https://riverside-family-hub.example/refer", "10", "RV1, RV2",
       {"feeding", "isolation"}, "Wednesday mornings are busiest; suggest Friday for anxious parents."},
      {"Riverside Family Hub (demo)", OrganisationKind::kUniversalService, "Bringing Up Baby course", "targeted",
       "parenting_programme", "An eight-week group for new parents on play, bonding and everyday routines.",
       "Parents of babies under 12 months.", "web", "https://riverside-family-hub.example/courses", "14", "",
       {"infant_relationship", "isolation"}, "", true},
      {"Riverside Perinatal Mental Health Team (demo)", OrganisationKind::kSpecialistService,
       "Riverside Perinatal Mental Health Team", "specialist", "perinatal_mental_health",
       "Assessment and treatment for moderate to severe mental health difficulties in pregnancy and the first year.",
       "Referral by a midwife, health visitor, GP or peer support programme.", "alongside", "", "14", "",
       {"parental_mental_health"}, "Urgent concerns: call the crisis line, do not wait for a referral."},
      {"Riverside Parent-Infant Relationship Team (demo)", OrganisationKind::kSpecialistService,
       "Little Bonds parent-infant team", "specialist", "parent_infant_relationship",
       "Therapeutic support for parents and babies when the relationship is under strain.",
       "Babies under two and their parents.", "alongside", "", "21", "", {"infant_relationship"}, ""},
      {"Riverside Children's Social Care (demo)", OrganisationKind::kChildrensSocialCare,
       "Riverside Children's Services front door", "statutory", "childrens_social_care",
       "Advice and referrals where a child may be at risk of harm or a family needs early help.",
       "Any child in Riverside.", "phone", "01632 960 999", "1", "", {"childrens_social_care"},
       "Out of hours: emergency duty team on the same number."},
      {"Riverside Housing Advice (demo)", OrganisationKind::kTargetedService, "Riverside Housing Options",
       "targeted", "housing", "Help for families facing eviction, homelessness or unsafe housing.",
       "Riverside residents.", "email", "housing@riverside-council.example", "10", "", {"housing"}, ""},
      {"Riverside Food Bank (demo)", OrganisationKind::kTargetedService, "Riverside Food Bank", "community",
       "food_bank", "Three days of emergency food, baby milk and nappies, with a voucher.",
       "Anyone referred with a food bank voucher.", "phone", "01632 960 450", "2", "RV1, RV3", {"food", "money"},
       "Vouchers can be issued by peer supporters."},
      {"Riverside Money Advice (demo)", OrganisationKind::kTargetedService, "Riverside Money and Debt Advice",
       "targeted", "money_advice", "Free advice on benefits, maternity pay, debts and budgeting.",
       "Any Riverside household.", "web", "https://riverside-money-advice.example/refer", "10", "", {"money"}, ""},
      {"Riverside Domestic Abuse Service (demo)", OrganisationKind::kTargetedService,
       "Riverside Domestic Abuse Helpline", "targeted", "domestic_abuse",
       "A confidential helpline, safety planning and refuge referrals, open day and night.",
       "Anyone affected by domestic abuse.", "phone", "0808 157 0123", "1", "", {"domestic_abuse"},
       "Never leave a message on a shared phone."},
  };
  return all;
}

std::string OrganisationFor(Services& services, const Actor& system, const std::string& area_id,
                            const DemoService& demo) {
  if (auto organisation = FindOrganisationNamed(services, system, demo.organisation)) return organisation->id;
  return services.organisations
      .Create(system, NewOrganisation{area_id, demo.organisation, std::string(OrganisationKindCode(demo.kind))})
      .id;
}

bool Listed(Services& services, const Actor& system, const std::string& area_id, const std::string& organisation_id,
            const std::string& name) {
  ServiceSearch search;
  search.area_id = area_id;
  search.organisation_id = organisation_id;
  search.include_archived = true;
  PageRequest page;
  page.page_size = 100;
  for (const auto& service : services.directory.Search(system, search, page).page.items)
    if (service.name == name) return true;
  return false;
}

}  // namespace

void SeedDemoServices(Services& services, const Actor& system, const std::string& area_id) {
  const Date today = LondonDateOf(SystemClock().Now());
  for (const auto& demo : DemoServices()) {
    ServiceForm form;
    form.organisation_id = OrganisationFor(services, system, area_id, demo);
    if (Listed(services, system, area_id, form.organisation_id, demo.name)) continue;
    form.name = demo.name;
    form.level = demo.level;
    form.type = demo.type;
    form.summary = demo.summary;
    form.eligibility = demo.eligibility;
    form.max_age_months = "24";
    form.referral_route = demo.route;
    form.referral_contact = demo.contact;
    form.response_days = demo.response_days;
    form.postcode_districts = demo.districts;
    form.needs = demo.needs;
    form.internal_notes = demo.notes;
    form.hours = std::string(demo.type) == "domestic_abuse" ? "24 hours a day, every day" : "Monday to Friday, 9am to 5pm";
    form.languages = "English; interpreters on request";
    form.review_due = demo.stale ? IsoDate(AddMonths(today, -2)) : NextReviewDate(today);
    services.directory.Create(system, form);
  }
}

}  // namespace alongside::app
