#pragma once
/// The demo programme's training and supervision, recorded by the demo coordinator through
/// the services: the usual modules, a past safeguarding session that Sam Supporter and
/// Maya Okafor attended, Lena Novak's safeguarding refresher coming due, a one-to-one of Sam
/// by Chloe Coordinator with a reflective note, a group supervision some weeks ago (so Lena
/// is overdue), and a wellbeing check-in from Sam.

#include "core/services.hpp"

namespace alongside::app {

/// Does nothing when the demo coordinator or the demo volunteers are missing, or the
/// programme already has training modules.
void SeedDemoTraining(Services& services, const Actor& system);

}  // namespace alongside::app
