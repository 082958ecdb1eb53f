#pragma once
/// Storage of signposts, and the small reads about the directory and a family's referrals
/// that signposting, suggestions and the family's own view need (storage/signposts/).

#include <optional>
#include <string>
#include <vector>

#include "core/services/service.hpp"
#include "core/signposts/involvement.hpp"
#include "core/signposts/signpost.hpp"
#include "db/database.hpp"

namespace alongside {

/// A directory service as the signpost form offers it.
struct DirectoryChoice {
  std::string id;
  std::string name;
  std::string area_id;
  ServiceType type = ServiceType::kPeerSupport;
  ServiceStatus status = ServiceStatus::kActive;
};

class SignpostRepository {
 public:
  virtual ~SignpostRepository() = default;
  virtual void Insert(db::Transaction& tx, const Signpost& signpost) = 0;
  /// Writes the outcome, its note and who followed up when.
  virtual void RecordFollowUp(db::Transaction& tx, const Signpost& signpost) = 0;
  /// Reads fill service_name from the directory when the signpost names a directory service.
  virtual std::optional<Signpost> Find(db::Transaction& tx, const std::string& family_id,
                                       const std::string& signpost_id) = 0;
  /// Newest first.
  virtual std::vector<Signpost> ListForFamily(db::Transaction& tx, const std::string& family_id) = 0;

  virtual std::optional<DirectoryChoice> FindService(db::Transaction& tx, const std::string& service_id) = 0;
  /// The area's active services, by name.
  virtual std::vector<DirectoryChoice> ServiceChoices(db::Transaction& tx, const std::string& area_id) = 0;
  /// Every referral of the family (drafts and withdrawn ones too), newest first, with only
  /// the fields a family may read.
  virtual std::vector<InvolvedReferral> Referrals(db::Transaction& tx, const std::string& family_id) = 0;
  /// The family's name for headings (the first caregiver's), "" when unknown.
  virtual std::string FamilyName(db::Transaction& tx, const std::string& family_id) = 0;
};

}  // namespace alongside
