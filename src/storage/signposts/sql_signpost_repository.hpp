#pragma once

#include "core/signposts/signpost_repository.hpp"

namespace alongside::storage {

/// Signposts (0010), and the narrow reads of services (0008) and referrals (0009) that
/// signposting, suggestions and the family's own view need.
class SqlSignpostRepository final : public SignpostRepository {
 public:
  void Insert(db::Transaction& tx, const Signpost& signpost) override;
  void RecordFollowUp(db::Transaction& tx, const Signpost& signpost) override;
  std::optional<Signpost> Find(db::Transaction& tx, const std::string& family_id,
                               const std::string& signpost_id) override;
  std::vector<Signpost> ListForFamily(db::Transaction& tx, const std::string& family_id) override;
  std::optional<DirectoryChoice> FindService(db::Transaction& tx, const std::string& service_id) override;
  std::vector<DirectoryChoice> ServiceChoices(db::Transaction& tx, const std::string& area_id) override;
  std::vector<InvolvedReferral> Referrals(db::Transaction& tx, const std::string& family_id) override;
  std::string FamilyName(db::Transaction& tx, const std::string& family_id) override;
};

}  // namespace alongside::storage
