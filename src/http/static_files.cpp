#include "http/static_files.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>

#include "http/gzip.hpp"

namespace alongside::http {

namespace {

constexpr std::size_t kFingerprintLength = 10;
constexpr std::string_view kImmutable = "public, max-age=31536000, immutable";
constexpr std::string_view kRevalidate = "no-cache";

std::string Fnv1aHex(std::string_view data) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char c : data) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
  return buffer;
}

bool IsCompressible(std::string_view content_type) {
  return content_type.starts_with("text/") || content_type.starts_with("application/javascript") ||
         content_type.starts_with("application/json") || content_type.starts_with("image/svg+xml");
}

bool IsHex(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

bool IsTraversal(std::string_view path) {
  if (path.find('\\') != std::string_view::npos || path.find('\0') != std::string_view::npos) return true;
  // ".." as a whole segment; "a..b.css" is a legitimate name.
  std::string_view rest = path;
  while (true) {
    const auto slash = rest.find('/');
    const auto segment = rest.substr(0, slash);
    if (segment == ".." || segment == ".") return true;
    if (slash == std::string_view::npos) return false;
    rest.remove_prefix(slash + 1);
  }
}

/// If-None-Match matches the entity tag (weak comparison, as RFC 9110 requires for it).
bool IfNoneMatchHits(std::string_view header, std::string_view etag) {
  while (!header.empty()) {
    const auto comma = header.find(',');
    auto tag = header.substr(0, comma);
    header = comma == std::string_view::npos ? std::string_view{} : header.substr(comma + 1);
    while (!tag.empty() && (tag.front() == ' ' || tag.front() == '\t')) tag.remove_prefix(1);
    while (!tag.empty() && (tag.back() == ' ' || tag.back() == '\t')) tag.remove_suffix(1);
    if (tag == "*") return true;
    if (tag.starts_with("W/")) tag.remove_prefix(2);
    if (tag == etag) return true;
  }
  return false;
}

}  // namespace

std::string ContentTypeForPath(std::string_view path) {
  const auto dot = path.rfind('.');
  const auto slash = path.rfind('/');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) {
    return "application/octet-stream";
  }
  std::string extension(path.substr(dot + 1));
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  static const std::map<std::string, std::string, std::less<>> kTypes = {
      {"css", "text/css; charset=utf-8"},
      {"js", "application/javascript; charset=utf-8"},
      {"mjs", "application/javascript; charset=utf-8"},
      {"svg", "image/svg+xml"},
      {"png", "image/png"},
      {"ico", "image/x-icon"},
      {"woff2", "font/woff2"},
      {"woff", "font/woff"},
      {"json", "application/json"},
      {"txt", "text/plain; charset=utf-8"},
      {"map", "application/json"},
  };
  const auto it = kTypes.find(extension);
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}

StaticFiles::StaticFiles(const std::filesystem::path& root, std::string url_prefix) : prefix_(std::move(url_prefix)) {
  if (prefix_.empty() || prefix_.back() != '/') prefix_ += '/';
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    if (!in) continue;
    File file;
    file.content.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    const auto relative = entry.path().lexically_relative(root).generic_string();
    file.content_type = ContentTypeForPath(relative);
    file.hash = Fnv1aHex(file.content);
    file.etag = "\"" + file.hash + "\"";
    if (IsCompressible(file.content_type) && !file.content.empty()) {
      auto gzipped = GzipCompress(file.content, 9);
      if (gzipped.size() < file.content.size()) file.gzipped = std::move(gzipped);
    }
    files_.emplace(relative, std::move(file));
  }
}

std::string StaticFiles::Url(std::string_view relative) const {
  while (!relative.empty() && relative.front() == '/') relative.remove_prefix(1);
  const auto it = files_.find(std::string(relative));
  if (it == files_.end()) return prefix_ + std::string(relative);
  return prefix_ + it->second.hash.substr(0, kFingerprintLength) + "/" + std::string(relative);
}

std::optional<Response> StaticFiles::Serve(const Request& request) const {
  if (!request.path.starts_with(prefix_)) return std::nullopt;
  Response response;
  response.personal = false;
  response.route = request.method + " " + prefix_ + "{path}";
  response.content_type = "text/plain; charset=utf-8";

  if (request.method != "GET" && request.method != "HEAD") {
    response.status = 405;
    response.body = "Method not allowed\n";
    response.SetHeader("Allow", "GET, HEAD");
    return response;
  }

  const std::string_view rest = std::string_view(request.path).substr(prefix_.size());
  const File* file = nullptr;
  std::string_view cache_control = kRevalidate;
  if (!IsTraversal(rest)) {
    const auto slash = rest.find('/');
    if (slash == kFingerprintLength && IsHex(rest.substr(0, slash))) {
      const auto it = files_.find(std::string(rest.substr(slash + 1)));
      if (it != files_.end()) {
        file = &it->second;
        // A page rendered before a deploy may ask for an old fingerprint: serve what we have,
        // but do not let it be cached under the old URL for a year.
        if (it->second.hash.compare(0, kFingerprintLength, rest.substr(0, slash)) == 0) cache_control = kImmutable;
      }
    }
    if (file == nullptr) {
      const auto it = files_.find(std::string(rest));
      if (it != files_.end()) file = &it->second;
    }
  }
  if (file == nullptr) {
    response.status = 404;
    response.body = "Not found\n";
    response.SetHeader("Cache-Control", "no-cache");
    return response;
  }

  // Each content-coding is its own representation, so it gets its own strong tag.
  const bool send_gzip = !file->gzipped.empty() && AcceptsGzip(request.Header("Accept-Encoding"));
  const std::string gzip_etag = "\"" + file->hash + "-gz\"";
  response.SetHeader("ETag", send_gzip ? gzip_etag : file->etag);
  response.SetHeader("Cache-Control", std::string(cache_control));
  if (!file->gzipped.empty()) response.SetHeader("Vary", "Accept-Encoding");
  const auto if_none_match = request.Header("If-None-Match");
  if (IfNoneMatchHits(if_none_match, file->etag) || (!file->gzipped.empty() && IfNoneMatchHits(if_none_match, gzip_etag))) {
    response.status = 304;
    response.content_type.clear();
    return response;
  }
  response.status = 200;
  response.content_type = file->content_type;
  if (send_gzip) {
    response.body = file->gzipped;
    response.SetHeader("Content-Encoding", "gzip");
  } else {
    response.body = file->content;
  }
  return response;
}

}  // namespace alongside::http
