#pragma once
/// A family as the record pages and the API show it: the family with its people, who
/// supports them, and the history of assignments and of closing and reopening.

#include <optional>
#include <string>
#include <vector>

#include "core/common/clock.hpp"
#include "core/families/family.hpp"

namespace alongside {

/// One entry of the shared-care network, with the id that removing it needs.
struct SharedCareItem {
  std::string id;
  SharedCareEntry entry;
};

/// A period in which one peer supporter supported the family; open while ended_at is empty.
struct Assignment {
  std::string supporter_user_id;
  std::string supporter_name;
  std::string assigned_by_name;
  Millis assigned_at = 0;
  std::optional<Millis> ended_at;
};

/// A closing or a reopening.
struct StatusChange {
  FamilyStatus status = FamilyStatus::kOpen;
  std::optional<ClosingReason> reason;
  std::string summary;
  std::string changed_by_name;
  Millis changed_at = 0;
};

/// What is stored about a family besides the Family values.
struct FamilyRecord {
  Family family;
  std::vector<SharedCareItem> shared_care;  ///< family.shared_care holds the same entries
  std::string display_name;
  std::string supporter_user_id;  ///< empty when unassigned
  std::string supporter_name;
  std::string organisation_name;
  bool support_consent = false;
  std::int64_t version = 1;  ///< optimistic concurrency: edits name the version they started from
};

/// A peer supporter of a programme who can be assigned a family.
struct SupporterChoice {
  std::string user_id;
  std::string name;
};

/// A programme (organisation) in which the actor may record a family.
struct ProgrammeChoice {
  std::string organisation_id;
  std::string name;
  std::string area_id;
};

/// Keeps the columns that lists and search read in step with the record: the display name
/// (first caregiver's name) and the stage date (the latest due or birth date, ISO).
std::string DisplayNameOf(const std::vector<Caregiver>& caregivers);
std::string StageDateOf(const std::vector<Baby>& babies);

}  // namespace alongside
