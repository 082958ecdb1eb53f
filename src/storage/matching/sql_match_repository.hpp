#pragma once

#include "core/matching/match_repository.hpp"

namespace alongside::storage {

/// Matches of families with volunteers, and the facts matching reads (0017).
class SqlMatchRepository final : public MatchRepository {
 public:
  std::vector<WaitingFamily> Waiting(db::Transaction& tx, const std::vector<std::string>& organisation_ids) override;
  std::map<std::string, int> OpenFamiliesBySupporter(db::Transaction& tx, const std::string& organisation_id) override;
  std::map<std::string, std::vector<std::string>> TrainingTopics(db::Transaction& tx,
                                                                 const std::string& organisation_id) override;
  void Insert(db::Transaction& tx, const Match& match) override;
  bool Respond(db::Transaction& tx, const std::string& match_id, MatchStatus status, const std::string& reason,
               const std::string& by, Millis at) override;
  std::optional<Match> Find(db::Transaction& tx, const std::string& match_id) override;
  std::optional<Match> OpenForFamily(db::Transaction& tx, const std::string& family_id) override;
  std::vector<Match> ForVolunteer(db::Transaction& tx, const std::string& volunteer_id) override;
  std::vector<Match> ForFamily(db::Transaction& tx, const std::string& family_id) override;
};

}  // namespace alongside::storage
