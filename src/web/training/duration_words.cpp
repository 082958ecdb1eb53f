#include "web/training/duration_words.hpp"

namespace alongside::web {

std::string DurationWords(int minutes) {
  const int hours = minutes / 60;
  const int rest = minutes % 60;
  std::string out;
  if (hours > 0) out = std::to_string(hours) + (hours == 1 ? " hour" : " hours");
  if (rest > 0) out += (out.empty() ? "" : " ") + std::to_string(rest) + (rest == 1 ? " minute" : " minutes");
  return out.empty() ? "0 minutes" : out;
}

}  // namespace alongside::web
