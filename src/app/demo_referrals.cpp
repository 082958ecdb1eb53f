#include "app/demo_referrals.hpp"

#include <algorithm>

#include "app/demo_actor.hpp"

namespace alongside::app {
namespace {

constexpr const char* kHealthVisiting = "Riverside Health Visiting (demo)";

std::string FamilyOf(Services& services, const Actor& coordinator, const std::string& caregiver) {
  CaseloadFilter filter;
  filter.query = caregiver;
  const auto found = services.caseloads.List(coordinator, filter).page.items;
  return found.empty() ? "" : found.front().family_id;
}

/// Records the family's agreement to share with health visiting and sends a referral there.
std::optional<Referral> ReferToHealthVisiting(Services& services, const Actor& coordinator, const std::string& family_id,
                                              const std::string& reason, const std::vector<std::string>& share) {
  if (family_id.empty() || !services.referrals.ForFamily(coordinator, family_id).referrals.empty()) return std::nullopt;
  const auto options = services.referrals.Options(coordinator, family_id);
  const auto service = std::find_if(options.services.begin(), options.services.end(),
                                    [](const ServiceChoice& s) { return s.organisation_name == kHealthVisiting; });
  if (service == options.services.end()) return std::nullopt;
  const auto consent = services.consent.Read(coordinator, family_id);
  const auto organisation = std::find_if(consent.services.begin(), consent.services.end(),
                                         [](const SharingService& s) { return s.name == kHealthVisiting; });
  if (organisation == consent.services.end()) return std::nullopt;
  services.consent.Record(coordinator, family_id,
                          {"sharing", organisation->organisation_id, "given", "in_person", "",
                           "Happy for the health visitor to have her details"},
                          false);
  const auto draft = services.referrals.Create(coordinator, family_id, {service->id, reason, share});
  services.referrals.Change(coordinator, draft.id, ReferralChange::kSend, {});
  return draft;
}

}  // namespace

void SeedDemoReferrals(Services& services, const Actor& system) {
  const auto coordinator = DemoActor(services, system, "coordinator@demo.alongside.test");
  const auto practitioner = DemoActor(services, system, "practitioner@demo.alongside.test");
  if (!coordinator || !practitioner) return;
  ReferToHealthVisiting(services, *coordinator, FamilyOf(services, *coordinator, "Bethan Hughes"),
                        "Feeling low most days since the birth and would like to talk to her health visitor about it",
                        {"caregivers", "contact_details", "babies"});
  const auto declined = ReferToHealthVisiting(services, *coordinator, FamilyOf(services, *coordinator, "Efe Adeyemi"),
                                              "Dad would like help with feeding and sleep routines",
                                              {"caregivers", "language"});
  if (declined)
    services.referrals.Change(*practitioner, declined->id, ReferralChange::kDecline,
                              {"The family is registered with another health visiting team", "", "", ""});
}

}  // namespace alongside::app
