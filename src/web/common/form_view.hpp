#pragma once
/// Builds the view of a form: each field with its value and its error, and the error
/// summary, following the NHS pattern (summary at the top, message at the field).

#include <string>
#include <utility>
#include <vector>

#include "core/common/errors.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

struct FieldOptions {
  std::string hint;
  std::string autocomplete;
  std::string width;  ///< nhsuk width class suffix: "20", "10", ...
  bool spellcheck_off = false;
};

class FormView {
 public:
  explicit FormView(std::vector<FieldError> errors = {}) : errors_(std::move(errors)) {}

  /// A text-like input; `value` is what the person typed (never a password).
  void Text(const std::string& name, const std::string& label, const std::string& type, const std::string& value,
            const FieldOptions& options = {});
  /// A select; `options` are (value, text) pairs, the first usually a "Select…" prompt.
  void Select(const std::string& name, const std::string& label,
              const std::vector<std::pair<std::string, std::string>>& options, const std::string& selected,
              const std::string& hint = {});
  /// Puts `fields`, `has_errors` and `error_list` into the page data.
  void ApplyTo(View& data) const;
  bool has_errors() const { return !errors_.empty(); }

 private:
  std::string ErrorFor(const std::string& name) const;
  std::vector<FieldError> errors_;
  View fields_;
};

/// Builds a Select field's (value, text) options.
using Options = std::vector<std::pair<std::string, std::string>>;

}  // namespace alongside::web
