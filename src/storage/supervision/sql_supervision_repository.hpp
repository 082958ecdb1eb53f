#pragma once

#include "core/supervision/supervision_repository.hpp"

namespace alongside::storage {

/// Supervision sessions, attendees, reflective notes and wellbeing check-ins (0016).
class SqlSupervisionRepository final : public SupervisionRepository {
 public:
  void InsertSession(db::Transaction& tx, const SupervisionSession& session) override;
  std::optional<SupervisionSession> FindSession(db::Transaction& tx, const std::string& session_id) override;
  std::vector<SupervisionSession> SessionsOf(db::Transaction& tx, const std::string& volunteer_id) override;
  std::map<std::string, Date> LastSupervisionIn(db::Transaction& tx,
                                                const std::vector<std::string>& organisation_ids) override;
  void SaveNote(db::Transaction& tx, const SupervisionNote& note) override;
  std::optional<SupervisionNote> FindNote(db::Transaction& tx, const std::string& session_id) override;
  void InsertCheckIn(db::Transaction& tx, const WellbeingCheckIn& check_in) override;
  std::vector<WellbeingCheckIn> CheckInsOf(db::Transaction& tx, const std::string& volunteer_id) override;
};

}  // namespace alongside::storage
