#pragma once
/// Storage of a programme's training modules, sessions, attendance and completions
/// (storage/training/).

#include <optional>
#include <string>
#include <vector>

#include "core/training/training.hpp"
#include "db/database.hpp"

namespace alongside {

class TrainingRepository {
 public:
  virtual ~TrainingRepository() = default;
  virtual void InsertModule(db::Transaction& tx, const TrainingModule& module) = 0;
  virtual std::optional<TrainingModule> FindModule(db::Transaction& tx, const std::string& module_id) = 0;
  /// By name; archived ones too when asked.
  virtual std::vector<TrainingModule> Modules(db::Transaction& tx, const std::string& organisation_id,
                                              bool include_archived) = 0;

  virtual void InsertSession(db::Transaction& tx, const TrainingSession& session) = 0;
  /// Reads fill module_name and attended_count.
  virtual std::optional<TrainingSession> FindSession(db::Transaction& tx, const std::string& session_id) = 0;
  /// Newest first.
  virtual std::vector<TrainingSession> Sessions(db::Transaction& tx, const std::string& organisation_id) = 0;

  /// Inserts or replaces the volunteer's mark at the session.
  virtual void SetAttendance(db::Transaction& tx, const TrainingAttendance& attendance) = 0;
  virtual void DeleteAttendance(db::Transaction& tx, const std::string& session_id,
                                const std::string& volunteer_id) = 0;
  virtual std::vector<TrainingAttendance> Attendance(db::Transaction& tx, const std::string& session_id) = 0;
  /// The sessions the volunteer attended, newest first.
  virtual std::vector<TrainingSession> AttendedBy(db::Transaction& tx, const std::string& volunteer_id) = 0;

  virtual void InsertCompletion(db::Transaction& tx, const TrainingCompletion& completion) = 0;
  /// Removes the completion that attending this session wrote for the volunteer.
  virtual void DeleteSessionCompletion(db::Transaction& tx, const std::string& session_id,
                                       const std::string& volunteer_id) = 0;
  /// Newest first; module_name filled.
  virtual std::vector<TrainingCompletion> CompletionsOf(db::Transaction& tx, const std::string& volunteer_id) = 0;
  /// Every completion of the programmes' volunteers (for refreshers due), newest first.
  virtual std::vector<TrainingCompletion> CompletionsIn(db::Transaction& tx,
                                                        const std::vector<std::string>& organisation_ids) = 0;
};

}  // namespace alongside
