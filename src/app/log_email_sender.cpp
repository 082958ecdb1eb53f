#include "app/log_email_sender.hpp"

#include <boost/json.hpp>

namespace alongside::app {

void LogEmailSender::Send(const Email& email) {
  boost::json::object line{{"event", "email_sent_to_log"}, {"id", email.id}, {"to", email.to},
                           {"subject", email.subject}, {"body", email.body}};
  log_->info(boost::json::serialize(line));
}

}  // namespace alongside::app
