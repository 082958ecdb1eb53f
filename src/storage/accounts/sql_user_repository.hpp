#pragma once

#include "core/accounts/account_repositories.hpp"

namespace alongside::storage {

class SqlUserRepository final : public UserRepository {
 public:
  void Insert(db::Transaction& tx, const User& user) override;
  std::optional<User> FindById(db::Transaction& tx, const std::string& id) override;
  std::optional<User> FindByEmail(db::Transaction& tx, const std::string& email) override;
  void UpdateName(db::Transaction& tx, const std::string& id, const std::string& name) override;
  void SetPassword(db::Transaction& tx, const std::string& id, const std::string& hash) override;
  void MarkVerified(db::Transaction& tx, const std::string& id, Millis at) override;
  void SetDisabled(db::Transaction& tx, const std::string& id, std::optional<Millis> at) override;
  void AddGrant(db::Transaction& tx, const std::string& user_id, const RoleGrant& grant, Millis at) override;
  void RemoveGrant(db::Transaction& tx, const std::string& user_id, const std::string& grant_id) override;
  Page<User> List(db::Transaction& tx, const UserFilter& filter, const ListScope& scope) override;

 private:
  std::vector<RoleGrant> Grants(db::Transaction& tx, const std::string& user_id);
};

}  // namespace alongside::storage
