#pragma once
/// Storage of volunteers, their journey, pathway positions, the programme's named roles and
/// time logged beyond contacts (storage/programme/).

#include <optional>
#include <string>
#include <vector>

#include "core/common/page.hpp"
#include "core/programme/volunteer.hpp"
#include "core/programme/volunteer_time.hpp"
#include "db/database.hpp"

namespace alongside {

/// A list of a programme's volunteers. organisation_ids is the caller's list scope (never
/// empty: a list with no programme is refused before it gets here).
struct VolunteerFilter {
  std::vector<std::string> organisation_ids;
  std::optional<VolunteerStage> stage;
  std::string name_contains;  ///< case-insensitive, "" for all
  PageRequest page;
};

class VolunteerRepository {
 public:
  virtual ~VolunteerRepository() = default;
  virtual void Insert(db::Transaction& tx, const Volunteer& volunteer) = 0;
  /// Writes every field but id, organisation_id, created_*; bumps version. Returns false
  /// when the stored version is not volunteer.version (someone else saved first).
  virtual bool Update(db::Transaction& tx, const Volunteer& volunteer) = 0;
  /// Reads fill area_id and programme_role_name.
  virtual std::optional<Volunteer> Find(db::Transaction& tx, const std::string& volunteer_id) = 0;
  /// The volunteer records linked to this account (one per programme).
  virtual std::vector<Volunteer> FindByUser(db::Transaction& tx, const std::string& user_id) = 0;
  /// By name.
  virtual Page<Volunteer> List(db::Transaction& tx, const VolunteerFilter& filter) = 0;
  /// Every volunteer of these programmes, by name (for matching and the dashboard).
  virtual std::vector<Volunteer> ListAll(db::Transaction& tx, const std::vector<std::string>& organisation_ids) = 0;

  virtual void InsertStageChange(db::Transaction& tx, const StageChange& change) = 0;
  /// Oldest first.
  virtual std::vector<StageChange> StageChanges(db::Transaction& tx, const std::string& volunteer_id) = 0;

  virtual void InsertPosition(db::Transaction& tx, const Position& position) = 0;
  /// Sets ended_on of the volunteer's current positions (those with none).
  virtual void EndCurrentPositions(db::Transaction& tx, const std::string& volunteer_id, const Date& ended_on) = 0;
  /// Oldest first.
  virtual std::vector<Position> Positions(db::Transaction& tx, const std::string& volunteer_id) = 0;

  virtual void InsertRole(db::Transaction& tx, const ProgrammeRole& role) = 0;
  virtual void UpdateRole(db::Transaction& tx, const ProgrammeRole& role) = 0;
  virtual std::optional<ProgrammeRole> FindRole(db::Transaction& tx, const std::string& role_id) = 0;
  /// By name; archived ones too when asked.
  virtual std::vector<ProgrammeRole> Roles(db::Transaction& tx, const std::string& organisation_id,
                                           bool include_archived) = 0;

  /// Time entries. A sourced entry replaces any earlier one of the same volunteer and source.
  virtual void UpsertTime(db::Transaction& tx, const TimeEntry& entry) = 0;
  virtual void DeleteTimeBySource(db::Transaction& tx, const std::string& source_type,
                                  const std::string& source_id) = 0;
  virtual void DeleteTime(db::Transaction& tx, const std::string& volunteer_id, const std::string& entry_id) = 0;
  /// Newest first; dates in [from, to] when given.
  virtual std::vector<TimeEntry> TimeFor(db::Transaction& tx, const std::string& volunteer_id,
                                         const std::optional<Date>& from, const std::optional<Date>& to) = 0;
};

}  // namespace alongside
