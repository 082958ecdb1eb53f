#pragma once
/// A PHQ-9 done twice with the demo family whose caregiver the demo parent's account is
/// linked to, the score going down (moderate, then mild) and item 9 "not at all" both times,
/// so the family's Questionnaires tab shows the change over time with no open alert.

#include "core/services.hpp"

namespace alongside::app {

/// Does nothing until the demo parent is linked to a family, and nothing again once that
/// family has answered any questionnaire.
void SeedDemoQuestionnaires(Services& services, const Actor& system);

}  // namespace alongside::app
