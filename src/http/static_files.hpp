#pragma once
/// Static assets (CSS, JavaScript, fonts, images) held in memory and served with
/// fingerprinted URLs, strong ETags and precompressed gzip copies.

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "http/message.hpp"

namespace alongside::http {

class StaticFiles {
 public:
  /// Loads every regular file under `root` (recursively) at construction; later changes on
  /// disk are not seen. Throws std::filesystem::filesystem_error if `root` is unreadable.
  explicit StaticFiles(const std::filesystem::path& root, std::string url_prefix = "/assets");

  /// "/assets/<first 10 hex of the content hash>/<relative>" for a loaded file, so a page
  /// can let browsers cache it forever. Unknown files get the plain "/assets/<relative>".
  std::string Url(std::string_view relative) const;

  /// Answers GET and HEAD under the prefix: "/assets/<hash>/<path>" (immutable; a stale
  /// hash still gets the current file, with no-cache) and "/assets/<path>" (no-cache).
  /// ETag with If-None-Match -> 304; gzip when accepted. Unknown paths, traversal
  /// attempts ("..", '\\', NUL) -> 404; other methods -> 405. std::nullopt for paths
  /// outside the prefix. Every response has personal = false.
  std::optional<Response> Serve(const Request& request) const;

  bool Contains(std::string_view relative) const { return files_.count(std::string(relative)) > 0; }
  std::size_t size() const { return files_.size(); }

 private:
  struct File {
    std::string content;
    std::string gzipped;  ///< empty when not compressible or not smaller
    std::string content_type;
    std::string hash;  ///< 16 lowercase hex digits
    std::string etag;  ///< quoted hash
  };
  std::map<std::string, File> files_;
  std::string prefix_;  ///< "/assets/"
};

/// Content type for a file name by its extension; application/octet-stream when unknown.
std::string ContentTypeForPath(std::string_view path);

}  // namespace alongside::http
