#include "core/contacts/hours_service.hpp"

#include <algorithm>
#include <map>

namespace alongside {
namespace {

void Add(MonthHours& hours, const ActivityMinutes& minutes) {
  hours.total_minutes += minutes.minutes;
  if (minutes.activity == kContactActivity) {
    hours.contact_minutes += minutes.minutes;
    hours.contacts += minutes.count;
  }
}

}  // namespace

Month HoursService::ThisMonth() const { return MonthOf(LondonDateOf(clock_.Now())); }

SupporterHours HoursService::Mine(const Actor& actor) {
  if (!policy_.MayAtAll(actor, Resource::kFamily, Action::kUpdate))
    throw AccessRefused(Resource::kFamily, Action::kList, actor.user_id);
  SupporterHours hours;
  const Month now = ThisMonth();
  for (int i = 0; i < 12; ++i) hours.last_12_months.push_back(MonthHours{MonthBefore(now, i)});
  auto tx = database_.Begin(db::TxMode::kRead);
  for (const auto& row : hours_.ByMonth(*tx, actor.user_id, hours.last_12_months.back().month, now)) {
    for (auto& month : hours.last_12_months)
      if (month.month == row.month) Add(month, row);
  }
  hours.total_minutes = hours_.TotalMinutes(*tx, actor.user_id);
  tx->Commit();
  hours.this_month = hours.last_12_months.front();
  return hours;
}

std::vector<std::string> HoursService::ProgrammeOrganisations(const Actor& actor) const {
  // Someone who both lists the programme's people and reaches its families organisation-wide.
  const auto people = policy_.ScopeForList(actor, Resource::kUser);
  const auto families = policy_.ScopeForList(actor, Resource::kFamily);
  std::vector<std::string> out;
  for (const auto& id : families.organisation_ids)
    if (std::find(people.organisation_ids.begin(), people.organisation_ids.end(), id) != people.organisation_ids.end())
      out.push_back(id);
  return out;
}

bool HoursService::MaySeeProgramme(const Actor& actor) const { return !ProgrammeOrganisations(actor).empty(); }

ProgrammeHours HoursService::Programme(const Actor& actor, const Month& month) {
  const auto organisations = ProgrammeOrganisations(actor);
  if (organisations.empty()) throw AccessRefused(Resource::kUser, Action::kList, "");
  if (!IsMonth(month)) throw Invalid("month", "Enter a month like 2026-11");
  ProgrammeHours programme;
  programme.month = month;
  auto tx = database_.Begin();  // writes the audit entry
  std::map<std::string, std::size_t> index;
  for (const auto& row : hours_.ByPerson(*tx, organisations, month)) {
    auto [at, added] = index.try_emplace(row.user_id, programme.supporters.size());
    if (added) programme.supporters.push_back(SupporterMonth{row.user_id, row.name, MonthHours{month}});
    Add(programme.supporters[at->second].hours, row.minutes);
    programme.total_minutes += row.minutes.minutes;
  }
  for (const auto& id : organisations) audit_.Record(*tx, actor, "hours.read", "organisation", id);
  tx->Commit();
  return programme;
}

}  // namespace alongside
