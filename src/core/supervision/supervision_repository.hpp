#pragma once
/// Storage of supervision sessions, their reflective notes and wellbeing check-ins
/// (storage/supervision/).

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/supervision/supervision.hpp"
#include "db/database.hpp"

namespace alongside {

class SupervisionRepository {
 public:
  virtual ~SupervisionRepository() = default;
  /// The session and its attendees (session.volunteer_ids).
  virtual void InsertSession(db::Transaction& tx, const SupervisionSession& session) = 0;
  /// Reads fill supervisor_name, volunteer_ids and has_note.
  virtual std::optional<SupervisionSession> FindSession(db::Transaction& tx, const std::string& session_id) = 0;
  /// The sessions the volunteer attended, newest first.
  virtual std::vector<SupervisionSession> SessionsOf(db::Transaction& tx, const std::string& volunteer_id) = 0;
  /// The latest supervision date of each volunteer of these programmes who has had one.
  virtual std::map<std::string, Date> LastSupervisionIn(db::Transaction& tx,
                                                        const std::vector<std::string>& organisation_ids) = 0;

  /// Inserts or replaces the note of a session.
  virtual void SaveNote(db::Transaction& tx, const SupervisionNote& note) = 0;
  virtual std::optional<SupervisionNote> FindNote(db::Transaction& tx, const std::string& session_id) = 0;

  virtual void InsertCheckIn(db::Transaction& tx, const WellbeingCheckIn& check_in) = 0;
  /// Newest first.
  virtual std::vector<WellbeingCheckIn> CheckInsOf(db::Transaction& tx, const std::string& volunteer_id) = 0;
};

}  // namespace alongside
