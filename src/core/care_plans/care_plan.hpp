#pragma once
/// The care plan a family co-creates with their supporter: what matters to them, in their
/// words; who does what by when; and when to look at it together again. Every save is a new
/// numbered version, so the plan's history is never lost.

#include <optional>
#include <string>
#include <vector>

#include "core/common/clock.hpp"
#include "core/common/errors.hpp"
#include "core/families/calendar_date.hpp"

namespace alongside {

/// One row of "who does what by when".
struct CarePlanAction {
  std::string who;   ///< "Me", "Sam (supporter)", "Health visitor"
  std::string what;
  std::optional<Date> by_when;  ///< nothing for an ongoing action
};

struct CarePlanVersion {
  std::string id;
  std::string family_id;
  int number = 0;  ///< 1 for the first save
  std::string what_matters;
  Date review_date;
  std::vector<CarePlanAction> actions;
  std::string saved_by;       ///< user id
  std::string saved_by_name;  ///< filled when read
  Millis saved_at = 0;
};

inline constexpr std::size_t kMaxWhatMattersLength = 4000;
inline constexpr std::size_t kMaxActionTextLength = 500;
inline constexpr std::size_t kMaxActionWhoLength = 120;
inline constexpr int kMaxCarePlanActions = 30;

/// As typed. Rows left wholly blank are ignored.
struct CarePlanActionForm {
  std::string who;
  std::string what;
  std::string by_when;
};

struct CarePlanForm {
  std::string what_matters;
  std::string review_date;
  std::vector<CarePlanActionForm> actions;
};

struct CarePlanContent {
  std::string what_matters;
  Date review_date;
  std::vector<CarePlanAction> actions;
};

/// The field name of the Nth action row's part (1-based, as given): "action_2_who",
/// "action_2_what", "action_2_by_when".
std::string CarePlanActionField(std::size_t row, const char* part);

/// Fields "what_matters", "review_date" (a real date, not before `today`) and each action
/// row's fields: a row with anything in it needs who and what; by when is optional.
CarePlanContent ValidateCarePlanForm(const CarePlanForm& form, const Date& today, Validation& v);

}  // namespace alongside
