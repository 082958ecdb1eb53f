#pragma once
/// Matching families waiting for a supporter with volunteers. The coordinator of the
/// programme (Resource::kVolunteer, update) sees the waiting families and the suggestions
/// and offers a family to one volunteer; that volunteer alone (their own account,
/// Resource::kVolunteerActivity) accepts or declines. Accepting assigns the family to the
/// volunteer's account in the same transaction, as CaseloadService::Assign does. Every read
/// and write is audited against the volunteer (or the programme for the waiting list).

#include <optional>
#include <string>
#include <vector>

#include "core/families/family_repository.hpp"
#include "core/matching/match_repository.hpp"
#include "core/programme/programme_access.hpp"

namespace alongside {

struct WaitingList {
  std::vector<WaitingFamily> families;  ///< oldest first
  Millis now = 0;
};

/// The matching page of one family.
struct FamilyMatching {
  std::string family_id;
  std::string display_name;
  std::string district;
  std::string stage;  ///< "24 weeks pregnant"
  FamilyFacts facts;
  std::vector<VolunteerSuggestion> suggestions;
  std::optional<Match> open;   ///< the offer waiting for an answer
  std::vector<Match> history;  ///< newest first
  bool waiting = true;         ///< still without a supporter
};

/// An offer as the volunteer sees it before accepting: no more than they need to decide.
struct Offer {
  Match match;
  std::string first_name;
  std::string stage;
  std::string district;
};

/// The "Families offered" tab: the volunteer and the offers made to them, newest first.
struct VolunteerOffers {
  Volunteer volunteer;
  std::vector<Offer> offers;
  bool is_self = false;  ///< the actor is the volunteer (only they answer)
};

/// For the coordinator's dashboard.
struct MatchingSummary {
  int waiting = 0;
  std::optional<Millis> oldest_since;
  int free_places = 0;  ///< over active volunteers with an account
};

class MatchingService {
 public:
  MatchingService(db::Database& database, MatchRepository& matches, FamilyRepository& families,
                  ProgrammeAccess& access, const Clock& clock)
      : database_(database), matches_(matches), families_(families), access_(access), clock_(clock) {}

  WaitingList Waiting(const Actor& actor);
  FamilyMatching ForFamily(const Actor& actor, const std::string& family_id);
  /// Invalid{volunteer_id} unless a suggested volunteer; Conflict when the family has an
  /// open offer or a supporter already.
  Match Propose(const Actor& actor, const std::string& family_id, const std::string& volunteer_id,
                const std::string& note);
  /// The offers made to a volunteer, newest first.
  VolunteerOffers Offers(const Actor& actor, const std::string& volunteer_id);
  /// Only the volunteer offered the family; Conflict when no longer open or the family
  /// has a supporter by now.
  Match Accept(const Actor& actor, const std::string& match_id);
  Match Decline(const Actor& actor, const std::string& match_id, const std::string& reason);
  /// The coordinator takes back an open offer.
  Match Withdraw(const Actor& actor, const std::string& match_id, const std::string& reason);
  MatchingSummary Summary(const Actor& actor, const std::string& organisation_id);

 private:
  std::vector<VolunteerSuggestion> Suggest(db::Transaction& tx, const std::string& organisation_id, const FamilyFacts& facts);
  FamilyRecord RequireFamily(db::Transaction& tx, const Actor& actor, const std::string& family_id);
  Match RespondAsVolunteer(const Actor& actor, const std::string& match_id, MatchStatus status,
                           const std::string& reason);

  db::Database& database_;
  MatchRepository& matches_;
  FamilyRepository& families_;
  ProgrammeAccess& access_;
  const Clock& clock_;
};

}  // namespace alongside
