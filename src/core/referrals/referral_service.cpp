#include "core/referrals/referral_service.hpp"

#include <algorithm>

#include "core/common/ids.hpp"
#include "core/common/text.hpp"

namespace alongside {
namespace {

constexpr std::size_t kMaxText = 2000;

/// The level a referral starts from: that of the referring organisation.
ServiceLevel LevelOfOrganisation(const Actor& actor, const std::string& organisation_id) {
  for (const auto& grant : actor.grants) {
    if (grant.organisation_id != organisation_id) continue;
    switch (OrganisationKindFromCode(grant.organisation_kind).value_or(OrganisationKind::kPeerSupportProgramme)) {
      case OrganisationKind::kUniversalService: return ServiceLevel::kUniversal;
      case OrganisationKind::kTargetedService: return ServiceLevel::kTargeted;
      case OrganisationKind::kSpecialistService: return ServiceLevel::kSpecialist;
      case OrganisationKind::kChildrensSocialCare: return ServiceLevel::kStatutory;
      default: return ServiceLevel::kCommunity;
    }
  }
  return ServiceLevel::kCommunity;
}

bool HoldsWorkerRoleIn(const Actor& actor, const std::string& organisation_id) {
  return std::any_of(actor.grants.begin(), actor.grants.end(), [&](const RoleGrant& g) {
    return g.organisation_id == organisation_id && (g.role == Role::kCoordinator || g.role == Role::kPractitioner);
  });
}

std::string Trimmed(const std::string& text) { return Trim(text); }

void CheckLength(Validation& v, const std::string& field, const std::string& text, const std::string& what) {
  if (text.size() > kMaxText) v.Add(field, what + " must be " + std::to_string(kMaxText) + " characters or fewer");
}

ReferralStatus StatusAfter(ReferralChange change, ReferralStatus current) {
  switch (change) {
    case ReferralChange::kSend: return ReferralStatus::kSent;
    case ReferralChange::kWithdraw: return ReferralStatus::kWithdrawn;
    case ReferralChange::kReceive: return ReferralStatus::kReceived;
    case ReferralChange::kAccept: return ReferralStatus::kAccepted;
    case ReferralChange::kDecline: return ReferralStatus::kDeclined;
    case ReferralChange::kFirstContact: return ReferralStatus::kFirstContact;
    case ReferralChange::kStartSupport: return ReferralStatus::kSupportStarted;
    case ReferralChange::kClose: return ReferralStatus::kClosed;
    default: return current;
  }
}

std::string AuditAction(ReferralChange change) {
  std::string code(ReferralChangeCode(change));
  std::replace(code.begin(), code.end(), '-', '_');
  return "referral." + code;
}

}  // namespace

RecordScope ScopeOfReferral(const Referral& r) {
  RecordScope scope;
  scope.organisation_ids = {r.from_organisation_id, r.to_organisation_id};
  scope.caseload_user_ids = {r.from_user_id};
  if (!r.family_supporter_user_id.empty()) scope.caseload_user_ids.push_back(r.family_supporter_user_id);
  return scope;
}

ReferralSides ReferralService::SidesOf(const Actor& actor, const Referral& r) const {
  ReferralSides sides;
  sides.receiving = HoldsWorkerRoleIn(actor, r.to_organisation_id);
  sides.referring = HoldsWorkerRoleIn(actor, r.from_organisation_id) || actor.user_id == r.from_user_id ||
                    (!r.family_supporter_user_id.empty() && actor.user_id == r.family_supporter_user_id);
  return sides;
}

Referral ReferralService::Load(db::Transaction& tx, const Actor& actor, const std::string& id, Action action) const {
  auto referral = IsUuid(id) ? referrals_.Find(tx, id) : std::nullopt;
  if (!referral) throw NotFound("Referral not found");
  access_.policy().Require(actor, Resource::kReferral, action, ScopeOfReferral(*referral), id);
  // Until it is sent (a draft, or a draft withdrawn) the service it is for does not know of it.
  if (!referral->sent_at && !SidesOf(actor, *referral).referring)
    throw NotFound("Referral not found");
  return *referral;
}

ConsentState ReferralService::ConsentOf(db::Transaction& tx, const std::string& family_id) {
  std::vector<ConsentRecord> records;
  for (auto& entry : consents_.History(tx, family_id)) records.push_back(std::move(entry.record));
  return CurrentConsent(records);
}

std::vector<ServiceChoice> ReferralService::Choices(db::Transaction& tx, const std::string& area_id,
                                                    bool alongside_only, const std::string& except_organisation_id,
                                                    std::optional<ServiceType> type) {
  ServiceQuery query;
  query.area_id = area_id;
  query.type = type;
  std::vector<ServiceChoice> out;
  PageRequest page{1, 100};
  for (;; ++page.page) {
    const auto found = services_.Search(tx, query, page);
    for (const auto& s : found.items)
      if ((!alongside_only || s.referral_route == ReferralRoute::kAlongside) &&
          s.organisation_id != except_organisation_id)
        out.push_back({s.id, s.name, s.organisation_name, s.level});
    if (!found.HasNext() || found.items.empty()) break;
  }
  return out;
}

ReferralOptions ReferralService::Options(const Actor& actor, const std::string& family_id) {
  auto tx = database_.Begin();
  const auto facts = access_.RequireWork(*tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  RecordScope scope{"", {facts.organisation_id}, {}, {facts.supporter_user_id, actor.user_id}};
  access_.policy().Require(actor, Resource::kReferral, Action::kCreate, scope, family_id);
  ReferralOptions out;
  out.family_name = referrals_.FamilyName(*tx, family_id);
  out.services = Choices(*tx, facts.area_id, true, facts.organisation_id);
  out.may_read_sensitive = access_.Allows(facts, actor, Resource::kFamilySensitive, Action::kRead);
  access_.audit().Record(*tx, actor, "referral.new", "family", family_id);
  tx->Commit();
  return out;
}

Referral ReferralService::Create(const Actor& actor, const std::string& family_id, const ReferralForm& form) {
  auto tx = database_.Begin();
  const auto facts = access_.RequireWork(*tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  RecordScope scope{"", {facts.organisation_id}, {}, {facts.supporter_user_id, actor.user_id}};
  access_.policy().Require(actor, Resource::kReferral, Action::kCreate, scope, family_id);

  Validation v;
  std::optional<Service> service;
  if (Trimmed(form.service_id).empty()) {
    v.Add("service_id", "Choose the service to refer to");
  } else {
    service = IsUuid(form.service_id) ? services_.Find(*tx, form.service_id) : std::nullopt;
    if (!service || service->area_id != facts.area_id || service->status != ServiceStatus::kActive ||
        service->referral_route != ReferralRoute::kAlongside || service->organisation_id == facts.organisation_id)
      v.Add("service_id", "Choose a service from the list");
  }
  const auto reason = Trimmed(form.reason);
  if (reason.empty()) v.Add("reason", "Say why you are referring the family, in words they agreed to share");
  CheckLength(v, "reason", reason, "The reason");
  const auto items = ShareItemsFromCodes(form.share);
  if (items.size() != form.share.size() &&
      std::any_of(form.share.begin(), form.share.end(), [](const std::string& c) { return !ShareItemFromCode(c); }))
    v.Add("share", "Choose what to share from the list");
  v.ThrowIfAny();

  const Millis now = clock_.Now();
  Referral r;
  r.id = NewId(now);
  r.family_id = family_id;
  r.service_id = service->id;
  r.from_organisation_id = facts.organisation_id;
  r.from_user_id = actor.user_id;
  r.to_organisation_id = service->organisation_id;
  r.family_supporter_user_id = facts.supporter_user_id;
  r.reason = reason;
  for (auto item : items) r.share_items.emplace_back(ShareItemCode(item));
  r.from_level = LevelOfOrganisation(actor, facts.organisation_id);
  r.to_level = service->level;
  r.created_at = r.updated_at = now;
  referrals_.Insert(*tx, r);
  AddEvent(*tx, actor, r, "", r.from_organisation_id, now);
  access_.audit().Record(*tx, actor, "referral.create", "family", family_id);
  tx->Commit();
  return r;
}

void ReferralService::AddEvent(db::Transaction& tx, const Actor& actor, const Referral& r, const std::string& note,
                               const std::string& organisation_id, Millis now) {
  ReferralEvent event;
  event.id = NewId(now);
  event.referral_id = r.id;
  event.status = r.status;
  event.note = note;
  event.by_user_id = actor.user_id;
  event.by_organisation_id = organisation_id;
  event.at = now;
  referrals_.InsertEvent(tx, event);
}

ReferralView ReferralService::ViewOf(db::Transaction& tx, const Actor& actor, const Referral& r,
                                     bool with_onward_choices) {
  ReferralView view;
  view.referral = r;
  view.sides = SidesOf(actor, r);
  const Date today = LondonDateOf(clock_.Now());
  view.events = referrals_.Events(tx, r.id);
  view.flags = FlagsOf(r, today);
  view.step = StepOf(r.from_level, r.to_level);
  view.days_to_first_contact = DaysToFirstContact(r);
  const auto consent = ConsentOf(tx, r.family_id);
  const bool may_share = MayShareWith(consent, r.to_organisation_id);
  if (view.sides.referring) view.family_name = referrals_.FamilyName(tx, r.family_id);
  if (r.status == ReferralStatus::kDraft) {
    view.may_share = may_share;
    if (auto record = families_.Find(tx, r.family_id))
      view.shared = BuildSharedItems(*record, r.reason, ShareItemsFromCodes(r.share_items));
  } else if (view.sides.referring || may_share) {
    view.shared = referrals_.SharedItems(tx, r.id);
  } else {
    view.shared_hidden = true;
    view.referral.reason.clear();
    view.referral.family_id.clear();
    const auto* standing = consent.Find(ConsentKind::kSharing, r.to_organisation_id);
    if (!standing || standing->given) standing = consent.Find(ConsentKind::kSupport);
    if (standing) view.consent_withdrawn_on = FormatDate(LondonDateOf(standing->latest.decided_at));
    for (auto& event : view.events)
      if (event.by_organisation_id != r.to_organisation_id) event.note.clear();
  }
  for (auto change : {ReferralChange::kSend, ReferralChange::kReceive, ReferralChange::kAccept,
                      ReferralChange::kDecline, ReferralChange::kFirstContact, ReferralChange::kStartSupport,
                      ReferralChange::kClose, ReferralChange::kAccompanied, ReferralChange::kResolveFlag,
                      ReferralChange::kWithdraw}) {
    if (change == ReferralChange::kAccompanied && !actor.Has(Role::kPeerSupporter)) continue;
    if (!RefusalOf(r, change, view.sides, today)) view.allowed.push_back(change);
  }
  // Onward choices are services of the same kind (another team that does what this one does);
  // anything else goes in the onward note. Every service of the area would be thousands of options.
  if (with_onward_choices &&
      std::find(view.allowed.begin(), view.allowed.end(), ReferralChange::kDecline) != view.allowed.end())
    if (auto service = services_.Find(tx, r.service_id)) view.onward_choices = Choices(tx, service->area_id, false, "", service->type);
  return view;
}

ReferralView ReferralService::Get(const Actor& actor, const std::string& referral_id, bool with_onward_choices) {
  auto tx = database_.Begin();  // not read-only: the read is audited, and may mark it received
  auto r = Load(*tx, actor, referral_id, Action::kRead);
  const auto sides = SidesOf(actor, r);
  const Millis now = clock_.Now();
  if (sides.receiving && r.status == ReferralStatus::kSent) {
    Apply(*tx, actor, r, ReferralChange::kReceive, {}, now);
    if (!referrals_.Update(*tx, r)) throw Conflict("Someone else changed this referral; open it again.");
    r = *referrals_.Find(*tx, r.id);
    access_.audit().Record(*tx, actor, "referral.receive", "family", r.family_id);
  }
  auto view = ViewOf(*tx, actor, r, with_onward_choices);
  access_.audit().Record(*tx, actor, "referral.read", "family", r.family_id);
  tx->Commit();
  return view;
}

ReferralView ReferralService::Change(const Actor& actor, const std::string& referral_id, ReferralChange change,
                                     const ReferralChangeForm& form) {
  auto tx = database_.Begin();
  auto r = Load(*tx, actor, referral_id, Action::kUpdate);
  const auto sides = SidesOf(actor, r);
  const Millis now = clock_.Now();
  if (auto refusal = RefusalOf(r, change, sides, LondonDateOf(now))) throw Conflict(*refusal);
  if (change == ReferralChange::kAccompanied && !actor.Has(Role::kPeerSupporter))
    throw Conflict("Going along to an appointment is recorded by the peer supporter who went.");
  Apply(*tx, actor, r, change, form, now);
  if (!referrals_.Update(*tx, r)) throw Conflict("Someone else changed this referral first; open it again.");
  r = *referrals_.Find(*tx, r.id);  // with the names of what the change points to
  access_.audit().Record(*tx, actor, AuditAction(change), "family", r.family_id);
  auto view = ViewOf(*tx, actor, r);
  tx->Commit();
  return view;
}

void ReferralService::Send(db::Transaction& tx, const Actor& actor, Referral& r, Millis now) {
  access_.RequireWork(tx, actor, r.family_id, Resource::kFamily, Action::kUpdate);
  const auto service = services_.Find(tx, r.service_id);
  if (!service || service->status != ServiceStatus::kActive)
    throw Conflict("This service no longer takes referrals; choose another.");
  if (!MayShareWith(ConsentOf(tx, r.family_id), r.to_organisation_id))
    throw Conflict("The family has not agreed to share with " + service->organisation_name +
                   "; record their consent first");
  auto record = families_.Find(tx, r.family_id);
  if (!record) throw NotFound("Family not found");
  referrals_.InsertSharedItems(tx, r.id, BuildSharedItems(*record, r.reason, ShareItemsFromCodes(r.share_items)));
  r.sent_at = now;
  r.respond_by = IsoDate(RespondBy(now, service->response_days));
}

void ReferralService::Apply(db::Transaction& tx, const Actor& actor, Referral& r, ReferralChange change,
                            const ReferralChangeForm& form, Millis now) {
  const auto note = Trimmed(form.note);
  Validation v;
  CheckLength(v, "note", note, "This");
  std::string event_note = note;
  switch (change) {
    case ReferralChange::kSend: v.ThrowIfAny(); Send(tx, actor, r, now); break;
    case ReferralChange::kWithdraw:
      r.withdrawn_at = now;
      r.withdrawn_reason = note;
      break;
    case ReferralChange::kResolveFlag:
      r.resolved_at = now;
      r.resolved_by = actor.user_id;
      r.resolved_note = note;
      event_note = "Flag resolved" + (note.empty() ? std::string() : ": " + note);
      break;
    case ReferralChange::kAccompanied:
      r.accompanied_at = now;
      r.accompanied_by = actor.user_id;
      event_note = "Went along to the first appointment" + (note.empty() ? std::string() : ": " + note);
      break;
    case ReferralChange::kReceive: r.received_at = now; break;
    case ReferralChange::kAccept:
      if (!r.received_at) r.received_at = now;
      r.answered_at = now;
      break;
    case ReferralChange::kDecline: {
      if (note.empty()) v.Add("note", "Say why the service cannot take this referral");
      const auto onward_id = Trimmed(form.onward_service_id);
      const auto onward_note = Trimmed(form.onward_note);
      CheckLength(v, "onward_note", onward_note, "The suggestion");
      std::optional<Service> onward;
      if (!onward_id.empty()) {
        const auto own = services_.Find(tx, r.service_id);
        onward = IsUuid(onward_id) ? services_.Find(tx, onward_id) : std::nullopt;
        if (!onward || !own || onward->area_id != own->area_id || onward->id == r.service_id)
          v.Add("onward_service_id", "Choose a service from the list, or leave it empty");
      }
      v.ThrowIfAny();
      if (!r.received_at) r.received_at = now;
      r.answered_at = now;
      r.decline_reason = note;
      r.onward_service_id = onward ? onward->id : "";
      r.onward_note = onward_note;
      if (onward) event_note += "\nSuggested instead: " + onward->name;
      if (!onward_note.empty()) event_note += "\n" + onward_note;
      break;
    }
    case ReferralChange::kFirstContact: {
      const auto date = ParseDate(Trimmed(form.date));
      const Date today = LondonDateOf(now);
      if (Trimmed(form.date).empty()) v.Add("date", "Enter the date of the first contact");
      else if (!date) v.Add("date", "Enter a real date, for example 14 3 2027");
      else if (r.sent_at && *date < LondonDateOf(*r.sent_at))
        v.Add("date", "The first contact cannot be before the referral was sent");
      else if (*date > today) v.Add("date", "The first contact cannot be in the future");
      v.ThrowIfAny();
      r.first_contact_at = InstantOfDate(*date);
      event_note = "First contact on " + FormatDate(*date) + (note.empty() ? std::string() : ": " + note);
      break;
    }
    case ReferralChange::kStartSupport: r.support_started_at = now; break;
    case ReferralChange::kClose:
      if (note.empty()) v.Add("note", "Describe the outcome for the family");
      v.ThrowIfAny();
      r.closed_at = now;
      r.outcome = note;
      break;
  }
  v.ThrowIfAny();
  r.status = StatusAfter(change, r.status);
  r.updated_at = now;
  AddEvent(tx, actor, r, event_note, IsReferringChange(change) ? r.from_organisation_id : r.to_organisation_id, now);
}

ReferralPage ReferralService::Inbox(const Actor& actor, std::optional<ReferralStatus> status, const PageRequest& page) {
  const auto scope = access_.policy().ScopeForList(actor, Resource::kReferral);
  if (scope.denied) throw AccessRefused(Resource::kReferral, Action::kList, "inbox");
  auto tx = database_.Begin();
  InboxQuery query{scope.organisation_ids, status, page.Normalised()};
  ReferralPage out{{}, query.page.page, query.page.page_size, false};
  if (!query.organisation_ids.empty()) out = referrals_.Inbox(*tx, query);
  // A list shows no personal data: the reason is read on the referral itself, and only
  // while the family's consent to share stands.
  for (auto& r : out.items) {
    r.reason.clear();
    r.family_id.clear();
  }
  access_.audit().Record(*tx, actor, "referral.list", "referral", "inbox");
  tx->Commit();
  return out;
}

ReferralPage ReferralService::Sent(const Actor& actor, const PageRequest& page) {
  const auto scope = access_.policy().ScopeForList(actor, Resource::kReferral);
  if (scope.denied) throw AccessRefused(Resource::kReferral, Action::kList, "sent");
  auto tx = database_.Begin();
  auto out = referrals_.Sent(*tx, scope, page.Normalised());
  access_.audit().Record(*tx, actor, "referral.list", "referral", "sent");
  tx->Commit();
  return out;
}

ReferralPage ReferralService::Attention(const Actor& actor, const PageRequest& page) {
  const auto scope = access_.policy().ScopeForList(actor, Resource::kReferral);
  if (scope.denied) throw AccessRefused(Resource::kReferral, Action::kList, "attention");
  auto tx = database_.Begin();
  auto out = referrals_.Attention(*tx, scope, IsoDate(LondonDateOf(clock_.Now())), page.Normalised());
  access_.audit().Record(*tx, actor, "referral.list", "referral", "attention");
  tx->Commit();
  return out;
}

std::int64_t ReferralService::AttentionCount(const Actor& actor) {
  const auto scope = access_.policy().ScopeForList(actor, Resource::kReferral);
  if (scope.denied) return 0;
  auto tx = database_.Begin(db::TxMode::kRead);
  const auto count = referrals_.AttentionCount(*tx, scope, IsoDate(LondonDateOf(clock_.Now())), kAttentionCountLimit);
  tx->Commit();
  return count;
}

FamilyReferrals ReferralService::ForFamily(const Actor& actor, const std::string& family_id) {
  auto tx = database_.Begin();
  const auto facts = access_.Require(*tx, actor, family_id, Resource::kFamily, Action::kRead);
  if (!access_.policy().MayAtAll(actor, Resource::kReferral, Action::kList))
    throw AccessRefused(Resource::kReferral, Action::kList, family_id);
  FamilyReferrals out;
  out.family_name = referrals_.FamilyName(*tx, family_id);
  out.referrals = referrals_.ForFamily(*tx, family_id);
  out.may_refer = facts.status == FamilyStatus::kOpen && facts.support_consent &&
                  access_.Allows(facts, actor, Resource::kFamily, Action::kUpdate) &&
                  access_.policy().MayAtAll(actor, Resource::kReferral, Action::kCreate);
  out.may_read_sensitive = access_.Allows(facts, actor, Resource::kFamilySensitive, Action::kRead);
  access_.audit().Record(*tx, actor, "referral.list", "family", family_id);
  tx->Commit();
  return out;
}

}  // namespace alongside
