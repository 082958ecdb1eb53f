#pragma once
/// A contact between a family and someone supporting them: a home visit, a call, a group
/// session. Recorded as a draft (nothing typed is lost) and submitted when complete; only
/// submitted contacts count towards the supporter's hours, the family's last contact and the
/// timeline. Editing after submission keeps the version it replaced (ContactRevision).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/clock.hpp"
#include "core/families/calendar_date.hpp"

namespace alongside {

enum class ContactKind {
  kHomeVisit,
  kPhone,
  kVideo,
  kText,
  kGroupSession,
  kAppointment,  ///< going along to an appointment with the family
  kAntenatalClass,
  kBirthSupport,
};

/// What was talked about. A fixed list until the caregiving framework replaces it, so topics
/// are stored as codes beside the contact, never as columns.
enum class ContactTopic {
  kFeeding,
  kSleep,
  kBondingAndPlay,
  kEmotionalWellbeing,
  kRelationships,
  kBirthPreparation,
  kPracticalHelp,
  kHousingMoneyFood,
  kServicesAndAppointments,
  kOther,
};

enum class ContactStatus { kDraft, kSubmitted };

/// What a person records about one contact. In a draft any of kind, date and duration may
/// still be missing; a submitted contact has all three.
struct ContactDetails {
  std::optional<ContactKind> kind;
  std::optional<Date> date;              ///< the day in the UK
  std::optional<int> start_minute;       ///< minutes after midnight, UK time; optional
  std::optional<int> duration_minutes;   ///< 1..720
  std::vector<std::string> caregiver_ids;  ///< the family's caregivers who were there
  std::string others_present;            ///< anyone else, in words
  std::string location;
  std::vector<ContactTopic> topics;
  std::string notes;

  friend bool operator==(const ContactDetails&, const ContactDetails&) = default;
};

struct Contact {
  std::string id;
  std::string family_id;
  std::string author_user_id;  ///< who recorded it: the hours are theirs
  std::string author_name;
  ContactStatus status = ContactStatus::kDraft;
  ContactDetails details;
  std::optional<Millis> occurred_at;  ///< date and start time (or the start of the day) as UTC
  std::optional<Millis> submitted_at;
  int edit_count = 0;  ///< edits after submission
  Millis created_at = 0;
  std::string updated_by;  ///< user id
  Millis updated_at = 0;

  bool draft() const { return status == ContactStatus::kDraft; }
};

/// A version of a submitted contact as it was before an edit replaced it.
struct ContactRevision {
  int number = 1;  ///< 1 is the version first submitted
  ContactDetails details;
  std::string saved_by;  ///< user id of who saved this version
  std::string saved_by_name;
  Millis saved_at = 0;
  std::string replaced_by;  ///< user id of who edited it
  std::string replaced_by_name;
  Millis replaced_at = 0;
};

/// Stable codes stored in the database and used in the API ("home_visit"), and words for
/// people ("Home visit").
std::string_view ContactKindCode(ContactKind kind);
std::optional<ContactKind> ContactKindFromCode(std::string_view code);
std::string_view ContactKindLabel(ContactKind kind);
const std::vector<ContactKind>& AllContactKinds();

std::string_view ContactTopicCode(ContactTopic topic);
std::optional<ContactTopic> ContactTopicFromCode(std::string_view code);
std::string_view ContactTopicLabel(ContactTopic topic);
const std::vector<ContactTopic>& AllContactTopics();

std::string_view ContactStatusCode(ContactStatus status);
std::optional<ContactStatus> ContactStatusFromCode(std::string_view code);

/// "09:30" for a minute of the day, as stored and sent by the API.
std::string FormatStartTime(int start_minute);
/// The UTC instant of a UK date and time of day (the start of the day when no time is given).
Millis ContactInstant(const Date& date, std::optional<int> start_minute);

}  // namespace alongside
