#include "core/services/service_review.hpp"

namespace alongside {

bool IsStale(const Service& service, const Date& today) {
  // ISO dates order as text.
  return !service.review_due.empty() && service.review_due < IsoDate(today);
}

std::string NextReviewDate(const Date& today) { return IsoDate(AddMonths(today, kReviewMonths)); }

}  // namespace alongside
