#pragma once

#include "core/training/training_repository.hpp"

namespace alongside::storage {

/// Training modules and completions (0015), sessions and attendance (0016).
class SqlTrainingRepository final : public TrainingRepository {
 public:
  void InsertModule(db::Transaction& tx, const TrainingModule& module) override;
  std::optional<TrainingModule> FindModule(db::Transaction& tx, const std::string& module_id) override;
  std::vector<TrainingModule> Modules(db::Transaction& tx, const std::string& organisation_id,
                                      bool include_archived) override;
  void InsertSession(db::Transaction& tx, const TrainingSession& session) override;
  std::optional<TrainingSession> FindSession(db::Transaction& tx, const std::string& session_id) override;
  std::vector<TrainingSession> Sessions(db::Transaction& tx, const std::string& organisation_id) override;
  void SetAttendance(db::Transaction& tx, const TrainingAttendance& attendance) override;
  void DeleteAttendance(db::Transaction& tx, const std::string& session_id, const std::string& volunteer_id) override;
  std::vector<TrainingAttendance> Attendance(db::Transaction& tx, const std::string& session_id) override;
  std::vector<TrainingSession> AttendedBy(db::Transaction& tx, const std::string& volunteer_id) override;
  void InsertCompletion(db::Transaction& tx, const TrainingCompletion& completion) override;
  void DeleteSessionCompletion(db::Transaction& tx, const std::string& session_id,
                               const std::string& volunteer_id) override;
  std::vector<TrainingCompletion> CompletionsOf(db::Transaction& tx, const std::string& volunteer_id) override;
  std::vector<TrainingCompletion> CompletionsIn(db::Transaction& tx,
                                                const std::vector<std::string>& organisation_ids) override;
};

}  // namespace alongside::storage
