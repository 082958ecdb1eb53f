#pragma once
/// The rules of a volunteer's journey: which moves are allowed, and what becoming active
/// needs. Pure, so that each rule is tested on its own (tests/unit/core_volunteer_journey_test.cpp).
///
/// The steps before active (enquiry, application, interview, references, DBS check,
/// training) may be taken in any order and gone back over, because references and the DBS
/// check often run side by side. Only an active volunteer can pause; a paused one returns to
/// active or leaves; anyone can leave; someone who left can only come back as a new enquiry.
/// Becoming active needs a DBS check that has not run out and two references, since an
/// active volunteer visits families at home.

#include <optional>
#include <string>
#include <vector>

#include "core/programme/volunteer.hpp"

namespace alongside {

/// How many references a volunteer needs before becoming active.
inline constexpr int kReferencesNeeded = 2;
/// The usual time before a DBS check is renewed, when the coordinator does not say.
inline constexpr int kDbsRenewalYears = 3;

/// Empty when the move is allowed; otherwise a sentence for the coordinator saying why not.
std::optional<std::string> StageMoveRefusal(VolunteerStage from, VolunteerStage to);

/// What stops the volunteer becoming active on `on`, one sentence each; empty when nothing.
std::vector<std::string> ActivationGaps(const Volunteer& volunteer, const Date& on);

/// Whether the DBS check needs renewing within `days` of `today` (or already has).
bool DbsRenewalDue(const Volunteer& volunteer, const Date& today, int days);

}  // namespace alongside
