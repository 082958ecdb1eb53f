#include "app/config.hpp"

#include <charconv>
#include <cstdlib>
#include <stdexcept>

namespace alongside::app {
namespace {

void FromEnv(std::string& target, const char* name) {
  if (const char* value = std::getenv(name); value && *value) target = value;
}

}  // namespace

Config Config::FromEnvironment() {
  Config config;
  FromEnv(config.listen, "ALONGSIDE_LISTEN");
  FromEnv(config.database, "ALONGSIDE_DATABASE");
  FromEnv(config.public_url, "ALONGSIDE_PUBLIC_URL");
  FromEnv(config.root, "ALONGSIDE_ROOT");
  FromEnv(config.assets, "ALONGSIDE_ASSETS");
  if (const char* workers = std::getenv("ALONGSIDE_WORKERS"); workers && *workers) config.workers = std::atoi(workers);
  if (config.workers < 1 || config.workers > 64) config.workers = 4;
  return config;
}

std::string Config::Host() const {
  const auto colon = listen.rfind(':');
  if (colon == std::string::npos || colon == 0) throw std::invalid_argument("--listen must be HOST:PORT, like 127.0.0.1:8080");
  return listen.substr(0, colon);
}

unsigned short Config::Port() const {
  const auto colon = listen.rfind(':');
  if (colon == std::string::npos) throw std::invalid_argument("--listen must be HOST:PORT, like 127.0.0.1:8080");
  const std::string text = listen.substr(colon + 1);
  unsigned value = 0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size() || value > 65535)
    throw std::invalid_argument("--listen must end in a port number from 0 to 65535");
  return static_cast<unsigned short>(value);
}

std::string Config::EffectivePublicUrl() const {
  if (!public_url.empty()) return public_url;
  return "http://" + listen;
}

}  // namespace alongside::app
