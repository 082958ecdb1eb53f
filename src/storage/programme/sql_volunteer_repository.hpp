#pragma once

#include "core/programme/volunteer_repository.hpp"

namespace alongside::storage {

/// Volunteers, their journey and pathway, programme roles and time given (0015).
class SqlVolunteerRepository final : public VolunteerRepository {
 public:
  void Insert(db::Transaction& tx, const Volunteer& volunteer) override;
  bool Update(db::Transaction& tx, const Volunteer& volunteer) override;
  std::optional<Volunteer> Find(db::Transaction& tx, const std::string& volunteer_id) override;
  std::vector<Volunteer> FindByUser(db::Transaction& tx, const std::string& user_id) override;
  Page<Volunteer> List(db::Transaction& tx, const VolunteerFilter& filter) override;
  std::vector<Volunteer> ListAll(db::Transaction& tx, const std::vector<std::string>& organisation_ids) override;

  void InsertStageChange(db::Transaction& tx, const StageChange& change) override;
  std::vector<StageChange> StageChanges(db::Transaction& tx, const std::string& volunteer_id) override;

  void InsertPosition(db::Transaction& tx, const Position& position) override;
  void EndCurrentPositions(db::Transaction& tx, const std::string& volunteer_id, const Date& ended_on) override;
  std::vector<Position> Positions(db::Transaction& tx, const std::string& volunteer_id) override;

  void InsertRole(db::Transaction& tx, const ProgrammeRole& role) override;
  void UpdateRole(db::Transaction& tx, const ProgrammeRole& role) override;
  std::optional<ProgrammeRole> FindRole(db::Transaction& tx, const std::string& role_id) override;
  std::vector<ProgrammeRole> Roles(db::Transaction& tx, const std::string& organisation_id,
                                   bool include_archived) override;

  void UpsertTime(db::Transaction& tx, const TimeEntry& entry) override;
  void DeleteTimeBySource(db::Transaction& tx, const std::string& source_type, const std::string& source_id) override;
  void DeleteTime(db::Transaction& tx, const std::string& volunteer_id, const std::string& entry_id) override;
  std::vector<TimeEntry> TimeFor(db::Transaction& tx, const std::string& volunteer_id,
                                 const std::optional<Date>& from, const std::optional<Date>& to) override;
};

}  // namespace alongside::storage
