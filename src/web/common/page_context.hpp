#pragma once
/// Helpers every page handler uses: the chrome for the layout, pagination links, and
/// reading a page number from the query string.

#include <string>

#include "core/common/page.hpp"
#include "http/message.hpp"
#include "http/request_context.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

Chrome ChromeFor(const http::Request& request, const http::RequestContext& context, std::string title);

/// page=N from the query string; 1 when absent or not a positive number.
int PageNumber(const http::Request& request);

/// Sets `paging` (previous/next links keeping the other query parameters) when there
/// is more than one page.
template <typename T>
void AddPagination(View& data, const http::Request& request, const Page<T>& page);
void AddPaginationLinks(View& data, const http::Request& request, int page, int page_count, std::int64_t total);

template <typename T>
void AddPagination(View& data, const http::Request& request, const Page<T>& page) {
  AddPaginationLinks(data, request, page.page, page.PageCount(), page.total);
}

/// Percent-encodes a query value.
std::string UrlEncode(const std::string& value);

}  // namespace alongside::web
