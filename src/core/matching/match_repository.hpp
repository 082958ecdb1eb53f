#pragma once
/// Storage of matches and the facts matching reads (storage/matching/).

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/matching/match.hpp"
#include "db/database.hpp"

namespace alongside {

class MatchRepository {
 public:
  virtual ~MatchRepository() = default;
  /// Open families of these programmes that consent to support and have no supporter,
  /// oldest first, with the volunteer of any open offer.
  virtual std::vector<WaitingFamily> Waiting(db::Transaction& tx, const std::vector<std::string>& organisation_ids) = 0;
  /// Open families by supporter account, over the programme's families.
  virtual std::map<std::string, int> OpenFamiliesBySupporter(db::Transaction& tx, const std::string& organisation_id) = 0;
  /// The topics of the training modules each volunteer of the programme has completed.
  virtual std::map<std::string, std::vector<std::string>> TrainingTopics(db::Transaction& tx,
                                                                         const std::string& organisation_id) = 0;

  virtual void Insert(db::Transaction& tx, const Match& match) = 0;
  /// Moves a proposed match to `status`; false when it was no longer proposed.
  virtual bool Respond(db::Transaction& tx, const std::string& match_id, MatchStatus status, const std::string& reason,
                       const std::string& by, Millis at) = 0;
  virtual std::optional<Match> Find(db::Transaction& tx, const std::string& match_id) = 0;
  virtual std::optional<Match> OpenForFamily(db::Transaction& tx, const std::string& family_id) = 0;
  /// Newest first.
  virtual std::vector<Match> ForVolunteer(db::Transaction& tx, const std::string& volunteer_id) = 0;
  virtual std::vector<Match> ForFamily(db::Transaction& tx, const std::string& family_id) = 0;
};

}  // namespace alongside
