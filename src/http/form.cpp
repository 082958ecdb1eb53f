#include "http/form.hpp"

#include <boost/url/encoding_opts.hpp>
#include <boost/url/pct_string_view.hpp>

#include "http/bad_request.hpp"
#include "http/utf8.hpp"

namespace alongside::http {

namespace {

std::string DecodeComponent(std::string_view encoded) {
  const auto checked = boost::urls::make_pct_string_view(encoded);
  if (!checked) throw BadRequest("invalid percent-encoding in form data");
  boost::urls::encoding_opts options;
  options.space_as_plus = true;
  std::string decoded = checked->decode(options);
  if (!IsValidUtf8(decoded)) throw BadRequest("form data is not valid UTF-8");
  return decoded;
}

}  // namespace

std::multimap<std::string, std::string> ParseUrlEncoded(std::string_view encoded) {
  std::multimap<std::string, std::string> fields;
  while (!encoded.empty()) {
    const auto amp = encoded.find('&');
    const auto piece = encoded.substr(0, amp);
    encoded = amp == std::string_view::npos ? std::string_view{} : encoded.substr(amp + 1);
    if (piece.empty()) continue;
    const auto eq = piece.find('=');
    auto name = DecodeComponent(piece.substr(0, eq));
    auto value = eq == std::string_view::npos ? std::string{} : DecodeComponent(piece.substr(eq + 1));
    fields.emplace(std::move(name), std::move(value));
  }
  return fields;
}

std::string Form::Get(std::string_view name) const {
  const auto it = fields_.find(std::string(name));
  return it == fields_.end() ? std::string{} : it->second;
}

std::vector<std::string> Form::GetAll(std::string_view name) const {
  std::vector<std::string> values;
  const auto [first, last] = fields_.equal_range(std::string(name));
  for (auto it = first; it != last; ++it) values.push_back(it->second);
  return values;
}

bool Form::Has(std::string_view name) const { return fields_.count(std::string(name)) > 0; }

}  // namespace alongside::http
