#include "web/common/page_context.hpp"

#include <charconv>

namespace alongside::web {

Chrome ChromeFor(const http::Request& request, const http::RequestContext& context, std::string title) {
  Chrome chrome;
  chrome.title = std::move(title);
  chrome.actor = context.actor ? &*context.actor : nullptr;
  chrome.csrf_token = context.csrf_token;
  chrome.current_path = request.path;
  return chrome;
}

int PageNumber(const http::Request& request) {
  const std::string text = request.Query("page");
  int value = 1;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size() || value < 1 || value > 1000000) return 1;
  return value;
}

std::string UrlEncode(const std::string& value) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : value) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
        c == '.' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 0x0F]);
    }
  }
  return out;
}

namespace {

std::string LinkTo(const http::Request& request, int page) {
  std::string query;
  for (const auto& [key, value] : request.query) {
    if (key == "page") continue;
    query += (query.empty() ? "?" : "&") + UrlEncode(key) + "=" + UrlEncode(value);
  }
  query += (query.empty() ? "?" : "&") + std::string("page=") + std::to_string(page);
  return request.path + query;
}

}  // namespace

void AddPaginationLinks(View& data, const http::Request& request, int page, int page_count, std::int64_t total) {
  if (page_count <= 1) return;
  View pagination;
  if (page > 1) {
    pagination.set("previous", LinkTo(request, page - 1));
    pagination.set("previous_number", std::to_string(page - 1));
  }
  if (page < page_count) {
    pagination.set("next", LinkTo(request, page + 1));
    pagination.set("next_number", std::to_string(page + 1));
  }
  pagination.set("page", std::to_string(page));
  pagination.set("page_count", std::to_string(page_count));
  pagination.set("total", std::to_string(total));
  data.set("paging", pagination);  // not "pagination": that name is the partial itself
}

}  // namespace alongside::web
