#pragma once
/// One page of a list. Every list in the product is paginated.

#include <cstdint>
#include <vector>

namespace alongside {

struct PageRequest {
  int page = 1;        ///< 1-based
  int page_size = 25;  ///< capped by Normalised()

  PageRequest Normalised(int max_size = 100) const {
    PageRequest out = *this;
    if (out.page < 1) out.page = 1;
    if (out.page_size < 1) out.page_size = 25;
    if (out.page_size > max_size) out.page_size = max_size;
    return out;
  }
  std::int64_t Offset() const { return static_cast<std::int64_t>(page - 1) * page_size; }
};

template <typename T>
struct Page {
  std::vector<T> items;
  int page = 1;
  int page_size = 25;
  std::int64_t total = 0;

  int PageCount() const {
    return total == 0 ? 1 : static_cast<int>((total + page_size - 1) / page_size);
  }
  bool HasNext() const { return page < PageCount(); }
  bool HasPrevious() const { return page > 1; }
};

}  // namespace alongside
