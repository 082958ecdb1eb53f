#include "core/programme/volunteer_activity_service.hpp"

#include <algorithm>

#include "core/common/ids.hpp"

namespace alongside {

HoursGiven VolunteerActivityService::Sum(db::Transaction& tx, const Volunteer& volunteer,
                                         std::vector<TimeEntry>* entries) {
  const Month now = MonthOf(Today());
  std::vector<ActivityMinutes> contacts;
  if (!volunteer.user_id.empty())
    for (auto& row : hours_.ByMonth(tx, volunteer.user_id, "1900-01", now))
      if (row.activity == kContactActivity) contacts.push_back(std::move(row));
  auto time = access_.volunteers().TimeFor(tx, volunteer.id, std::nullopt, std::nullopt);
  auto sum = SumHoursGiven(contacts, time, now);
  if (entries) *entries = std::move(time);
  return sum;
}

VolunteerHours VolunteerActivityService::Hours(const Actor& actor, const std::string& volunteer_id) {
  auto tx = database_.Begin();
  VolunteerHours out;
  out.volunteer = access_.Require(*tx, actor, volunteer_id, Resource::kVolunteerActivity, Action::kRead);
  out.hours = Sum(*tx, out.volunteer, &out.entries);
  out.today = Today();
  out.this_month = MonthOf(out.today);
  access_.audit().Record(*tx, actor, "hours.read", "volunteer", volunteer_id);
  tx->Commit();
  return out;
}

TimeEntry VolunteerActivityService::LogTime(const Actor& actor, const std::string& volunteer_id, const TimeForm& form) {
  auto tx = database_.Begin();
  access_.Require(*tx, actor, volunteer_id, Resource::kVolunteerActivity, Action::kCreate);
  auto entry = ValidateTimeForm(form, Today());
  entry.logged_at = clock_.Now();
  entry.id = NewId(entry.logged_at);
  entry.volunteer_id = volunteer_id;
  entry.logged_by = actor.user_id;
  access_.volunteers().UpsertTime(*tx, entry);
  access_.audit().Record(*tx, actor, "time.create", "volunteer", volunteer_id);
  tx->Commit();
  return entry;
}

void VolunteerActivityService::RemoveTime(const Actor& actor, const std::string& volunteer_id,
                                          const std::string& entry_id) {
  auto tx = database_.Begin();
  access_.Require(*tx, actor, volunteer_id, Resource::kVolunteerActivity, Action::kUpdate);
  const auto entries = access_.volunteers().TimeFor(*tx, volunteer_id, std::nullopt, std::nullopt);
  const auto entry = std::find_if(entries.begin(), entries.end(), [&](const TimeEntry& e) { return e.id == entry_id; });
  if (entry == entries.end()) throw NotFound("Time entry not found");
  if (!entry->source_type.empty())
    throw Conflict("This time comes from a training or supervision session; change it there.");
  access_.volunteers().DeleteTime(*tx, volunteer_id, entry_id);
  access_.audit().Record(*tx, actor, "time.delete", "volunteer", volunteer_id);
  tx->Commit();
}

Volunteer VolunteerActivityService::Availability(const Actor& actor, const std::string& volunteer_id) {
  auto tx = database_.Begin();
  auto v = access_.Require(*tx, actor, volunteer_id, Resource::kVolunteerActivity, Action::kRead);
  access_.audit().Record(*tx, actor, "availability.read", "volunteer", volunteer_id);
  tx->Commit();
  return v;
}

Volunteer VolunteerActivityService::UpdateAvailability(const Actor& actor, const std::string& volunteer_id,
                                                       const AvailabilityForm& form) {
  auto tx = database_.Begin();
  auto v = access_.Require(*tx, actor, volunteer_id, Resource::kVolunteerActivity, Action::kUpdate);
  const auto d = ValidateAvailabilityForm(form);
  v.availability = d.availability;
  v.max_families = d.max_families;
  v.languages = d.languages;
  v.lived_experience = d.lived_experience;
  v.updated_at = clock_.Now();
  if (!access_.volunteers().Update(*tx, v))
    throw Conflict("Someone else changed this volunteer's record at the same time. Try again.");
  access_.audit().Record(*tx, actor, "availability.update", "volunteer", volunteer_id);
  auto stored = access_.volunteers().Find(*tx, volunteer_id);
  tx->Commit();
  return *stored;
}

RecordOfService VolunteerActivityService::ServiceRecord(const Actor& actor, const std::string& volunteer_id) {
  auto tx = database_.Begin();
  RecordOfService out;
  out.volunteer = access_.Require(*tx, actor, volunteer_id, Resource::kVolunteer, Action::kRead);
  out.programme_name = records_.ProgrammeName(*tx, out.volunteer.organisation_id);
  out.coordinators = records_.Coordinators(*tx, out.volunteer.organisation_id);
  out.positions = access_.volunteers().Positions(*tx, volunteer_id);
  out.training = records_.Training(*tx, volunteer_id);
  out.hours = Sum(*tx, out.volunteer, nullptr);
  out.issued_on = Today();
  access_.audit().Record(*tx, actor, "service_record.read", "volunteer", volunteer_id);
  tx->Commit();
  return out;
}

std::vector<ProgrammeMonthActivity> VolunteerActivityService::ProgrammeHours(const Actor& actor) {
  const auto programmes = access_.Programmes(actor, Resource::kVolunteer, Action::kUpdate);
  if (programmes.empty()) throw AccessRefused(Resource::kVolunteerActivity, Action::kList, "");
  auto tx = database_.Begin();
  std::vector<ProgrammeMonthActivity> out;
  const Month now = MonthOf(Today());
  for (int i = 0; i < 12; ++i) {
    ProgrammeMonthActivity month{MonthBefore(now, i)};
    const auto empty = SumHoursGiven({}, {}, month.month);
    month.by_activity = empty.by_activity;
    for (const auto& row : hours_.ByPerson(*tx, programmes, month.month))
      for (auto& a : month.by_activity)
        if (a.activity == row.minutes.activity) {
          a.this_month += row.minutes.minutes;
          month.total += row.minutes.minutes;
        }
    out.push_back(std::move(month));
  }
  for (const auto& id : programmes) access_.audit().Record(*tx, actor, "hours.read", "organisation", id);
  tx->Commit();
  return out;
}

}  // namespace alongside
