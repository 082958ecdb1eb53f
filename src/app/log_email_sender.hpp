#pragma once

#include <memory>

#include <spdlog/logger.h>

#include "core/mail/email.hpp"

namespace alongside::app {

/// Development sender: writes each email to the log instead of sending it. Swap for an
/// SMTP or API sender in production; the outbox stays the same.
class LogEmailSender final : public EmailSender {
 public:
  explicit LogEmailSender(std::shared_ptr<spdlog::logger> log) : log_(std::move(log)) {}
  void Send(const Email& email) override;

 private:
  std::shared_ptr<spdlog::logger> log_;
};

}  // namespace alongside::app
