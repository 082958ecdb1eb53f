#pragma once
/// Typed errors thrown by services. They are mapped to HTTP statuses in one place
/// (http/error_status.hpp) and rendered as a page (web/) or a problem document (api/).
/// Messages are written for the person using the system; details go to the log.

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace alongside {

/// 404: the record does not exist, or the actor may not know that it exists.
class NotFound : public std::runtime_error {
 public:
  explicit NotFound(const std::string& what = "Page not found") : std::runtime_error(what) {}
};

/// 403: signed in, but this role or scope may not do this.
class Forbidden : public std::runtime_error {
 public:
  explicit Forbidden(const std::string& what = "You do not have permission to do this")
      : std::runtime_error(what) {}
};

/// 401: no credential, or a wrong or expired one.
class Unauthorized : public std::runtime_error {
 public:
  explicit Unauthorized(const std::string& what = "Sign in to continue") : std::runtime_error(what) {}
};

/// 409: the change clashes with what is already stored (a duplicate email, say).
class Conflict : public std::runtime_error {
 public:
  explicit Conflict(const std::string& what) : std::runtime_error(what) {}
};

/// 429: too many attempts; try again later.
class TooManyRequests : public std::runtime_error {
 public:
  explicit TooManyRequests(const std::string& what = "Too many attempts. Try again later.")
      : std::runtime_error(what) {}
};

/// One message about one field, shown next to that field.
struct FieldError {
  std::string field;
  std::string message;
};

/// 422: input that the rules refuse, with a message for each field.
class Invalid : public std::runtime_error {
 public:
  explicit Invalid(std::vector<FieldError> errors)
      : std::runtime_error("Invalid input"), errors_(std::move(errors)) {}
  Invalid(std::string field, std::string message)
      : Invalid(std::vector<FieldError>{{std::move(field), std::move(message)}}) {}
  const std::vector<FieldError>& errors() const { return errors_; }

 private:
  std::vector<FieldError> errors_;
};

/// Collects field errors while validating a whole form, so every problem is reported at once.
class Validation {
 public:
  void Add(std::string field, std::string message) {
    errors_.push_back({std::move(field), std::move(message)});
  }
  bool ok() const { return errors_.empty(); }
  bool Has(const std::string& field) const {
    for (const auto& e : errors_)
      if (e.field == field) return true;
    return false;
  }
  /// Throws Invalid with every collected error, if any.
  void ThrowIfAny() const {
    if (!errors_.empty()) throw Invalid(errors_);
  }

 private:
  std::vector<FieldError> errors_;
};

}  // namespace alongside
