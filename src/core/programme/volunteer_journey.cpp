#include "core/programme/volunteer_journey.hpp"

namespace alongside {

std::optional<std::string> StageMoveRefusal(VolunteerStage from, VolunteerStage to) {
  if (from == to) return "They are already at this stage";
  if (from == VolunteerStage::kLeft && to != VolunteerStage::kEnquiry)
    return "Someone who has left comes back as a new enquiry first";
  if (to == VolunteerStage::kPaused && from != VolunteerStage::kActive) return "Only an active volunteer can pause";
  if (from == VolunteerStage::kPaused && to != VolunteerStage::kActive && to != VolunteerStage::kLeft)
    return "A paused volunteer returns to active or leaves";
  if (from == VolunteerStage::kActive && InPipeline(to))
    return "An active volunteer can pause or leave; to go back over a step, pause them first";
  return std::nullopt;
}

std::vector<std::string> ActivationGaps(const Volunteer& volunteer, const Date& on) {
  std::vector<std::string> gaps;
  if (!volunteer.dbs_checked_on)
    gaps.push_back("Record the date of their DBS check");
  else if (volunteer.dbs_renewal_due && !(on < *volunteer.dbs_renewal_due))
    gaps.push_back("Their DBS check needs renewing first");
  if (volunteer.references_received < kReferencesNeeded)
    gaps.push_back("Record their two references (" + std::to_string(volunteer.references_received) + " so far)");
  return gaps;
}

bool DbsRenewalDue(const Volunteer& volunteer, const Date& today, int days) {
  if (!volunteer.dbs_renewal_due) return false;
  return !(AddDays(today, days) < *volunteer.dbs_renewal_due);
}

}  // namespace alongside
