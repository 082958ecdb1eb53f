#pragma once

#include <string>

namespace alongside::web {

/// "2 hours", "1 hour 30 minutes", "45 minutes".
std::string DurationWords(int minutes);

}  // namespace alongside::web
