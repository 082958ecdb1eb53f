#pragma once
/// application/x-www-form-urlencoded bodies and URL query strings.

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace alongside::http {

/// Decodes "a=1&b=x+y&a=2" into {a:1, a:2, b:"x y"}, keeping repeated keys in order.
/// '+' is a space; a key without '=' has the value ""; empty pieces ("a=1&&b=2") are
/// skipped. Throws BadRequest on an invalid percent escape ("%zz", "%4") or when a
/// decoded key or value is not valid UTF-8.
std::multimap<std::string, std::string> ParseUrlEncoded(std::string_view encoded);

/// The submitted fields of a form (or a query string), read by name.
class Form {
 public:
  Form() = default;
  explicit Form(std::multimap<std::string, std::string> fields) : fields_(std::move(fields)) {}
  /// Parses an urlencoded body; throws BadRequest like ParseUrlEncoded.
  static Form Parse(std::string_view encoded) { return Form(ParseUrlEncoded(encoded)); }

  /// First value of the field, or "" when absent.
  std::string Get(std::string_view name) const;
  /// Every value of the field in the order submitted (checkboxes, multi-selects).
  std::vector<std::string> GetAll(std::string_view name) const;
  bool Has(std::string_view name) const;
  const std::multimap<std::string, std::string>& fields() const { return fields_; }

 private:
  std::multimap<std::string, std::string> fields_;
};

}  // namespace alongside::http
