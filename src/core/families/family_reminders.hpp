#pragma once
/// Told when something a family's reminders are worked out from has changed (a contact
/// submitted or edited, a birth recorded, a care plan saved), so the reminders move in the
/// same transaction as the change. Implemented by TaskService; a service without one set
/// leaves the reminders to the daily task job.

#include <string>

#include "db/database.hpp"

namespace alongside {

class FamilyReminders {
 public:
  virtual ~FamilyReminders() = default;
  virtual void Refresh(db::Transaction& tx, const std::string& family_id) = 0;
};

}  // namespace alongside
