#pragma once
/// Settings from the command line, falling back to environment variables, then defaults.

#include <string>
#include "alongside_paths.hpp"  // ALONGSIDE_SOURCE_DIR

namespace alongside::app {

struct Config {
  std::string listen = "127.0.0.1:8080";             ///< ALONGSIDE_LISTEN
  std::string database = "sqlite:data/alongside.db";  ///< ALONGSIDE_DATABASE
  std::string public_url;                            ///< ALONGSIDE_PUBLIC_URL; default http://<listen>
  std::string root = ALONGSIDE_SOURCE_DIR;           ///< ALONGSIDE_ROOT: templates/, migrations/, data/, openapi/
  std::string assets = ALONGSIDE_ASSETS_DIR;         ///< ALONGSIDE_ASSETS
  int workers = 4;                                   ///< ALONGSIDE_WORKERS: handler threads
  bool log_emails = true;                            ///< development: write outgoing emails to the log

  /// Applies environment variables over the defaults (command-line flags are applied later).
  static Config FromEnvironment();
  std::string Host() const;
  unsigned short Port() const;  ///< throws std::invalid_argument for a bad --listen
  bool PublicHttps() const { return EffectivePublicUrl().rfind("https://", 0) == 0; }
  std::string EffectivePublicUrl() const;
};

}  // namespace alongside::app
