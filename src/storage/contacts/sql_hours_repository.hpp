#pragma once

#include "core/contacts/hours.hpp"

namespace alongside::storage {

/// Hours from submitted contacts, by the month of their UK date ('YYYY-MM-DD' text, so a
/// month is a range of that text and the author's index serves it).
class SqlHoursRepository final : public HoursRepository {
 public:
  std::vector<ActivityMinutes> ByMonth(db::Transaction& tx, const std::string& user_id, const Month& from,
                                       const Month& to) override;
  std::int64_t TotalMinutes(db::Transaction& tx, const std::string& user_id) override;
  std::vector<PersonMinutes> ByPerson(db::Transaction& tx, const std::vector<std::string>& organisation_ids,
                                      const Month& month) override;
};

}  // namespace alongside::storage
