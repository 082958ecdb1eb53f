#include "core/signposts/involvement.hpp"

#include "core/common/london_time.hpp"

namespace alongside {
namespace {

std::string Day(const std::optional<Millis>& at) { return at ? FormatLondonDate(*at) : std::string(); }

std::string Since(const char* words, const std::optional<Millis>& at) {
  return at ? std::string(words) + " since " + Day(at) : std::string(words);
}

}  // namespace

bool ShownToFamily(std::string_view status) { return status != "draft" && status != "withdrawn" && !status.empty(); }

std::string InvolvementStatusWords(const InvolvedReferral& r) {
  const auto& s = r.status;
  if (s == "sent" || s == "received")
    return r.sent_at ? "Referred on " + Day(r.sent_at) + ", waiting to hear" : "Referred, waiting to hear";
  if (s == "accepted") return r.answered_at ? "Accepted on " + Day(r.answered_at) : "Accepted";
  if (s == "first_contact") return Since("In touch with you", r.first_contact_at);
  if (s == "support_started") return Since("Seeing you", r.support_started_at);
  if (s == "declined") return "Not able to help this time";
  if (s == "closed") return r.closed_at ? "Finished on " + Day(r.closed_at) : "Finished";
  return "";
}

}  // namespace alongside
