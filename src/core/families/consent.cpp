#include "core/families/consent.hpp"

#include <array>

namespace alongside {
namespace {

struct KindInfo {
  ConsentKind kind;
  std::string_view code;
  std::string_view label;
};
constexpr std::array<KindInfo, 4> kKinds{{
    {ConsentKind::kSupport, "support", "Support from this programme"},
    {ConsentKind::kSharing, "sharing", "Sharing with a named service"},
    {ConsentKind::kTexts, "texts", "Text messages"},
    {ConsentKind::kEvaluation, "evaluation", "Taking part in evaluation"},
}};

struct MethodInfo {
  ConsentMethod method;
  std::string_view code;
  std::string_view label;
};
constexpr std::array<MethodInfo, 4> kMethods{{
    {ConsentMethod::kInPerson, "in_person", "In person"},
    {ConsentMethod::kPhone, "phone", "By phone"},
    {ConsentMethod::kWritten, "written", "In writing"},
    {ConsentMethod::kOnline, "online", "Online"},
}};

/// True when `a` supersedes `b`.
bool Supersedes(const ConsentRecord& a, const ConsentRecord& b) {
  if (a.decided_at != b.decided_at) return a.decided_at > b.decided_at;
  if (a.recorded_at != b.recorded_at) return a.recorded_at > b.recorded_at;
  return a.decision == ConsentDecision::kWithdrawn && b.decision == ConsentDecision::kGiven;
}

ConsentStanding* FindStanding(ConsentState& state, ConsentKind kind, std::string_view organisation_id) {
  for (auto& s : state.standings)
    if (s.kind == kind && s.organisation_id == organisation_id) return &s;
  return nullptr;
}

}  // namespace

const ConsentStanding* ConsentState::Find(ConsentKind kind, std::string_view organisation_id) const {
  for (const auto& s : standings)
    if (s.kind == kind && (kind != ConsentKind::kSharing || s.organisation_id == organisation_id)) return &s;
  return nullptr;
}

bool ConsentState::Given(ConsentKind kind) const {
  const auto* standing = Find(kind);
  return standing != nullptr && standing->given;
}

ConsentState CurrentConsent(const std::vector<ConsentRecord>& history) {
  ConsentState state;
  for (const auto& record : history) {
    if (record.kind == ConsentKind::kSharing && record.organisation_id.empty()) continue;  // names no service
    const std::string organisation = record.kind == ConsentKind::kSharing ? record.organisation_id : "";
    auto* standing = FindStanding(state, record.kind, organisation);
    if (standing == nullptr) {
      state.standings.push_back({record.kind, organisation, record.decision == ConsentDecision::kGiven, record});
    } else if (Supersedes(record, standing->latest)) {
      standing->given = record.decision == ConsentDecision::kGiven;
      standing->latest = record;
    }
  }
  return state;
}

bool HasSupportConsent(const ConsentState& state) { return state.Given(ConsentKind::kSupport); }

bool MayShareWith(const ConsentState& state, std::string_view organisation_id) {
  if (organisation_id.empty() || !HasSupportConsent(state)) return false;
  const auto* sharing = state.Find(ConsentKind::kSharing, organisation_id);
  return sharing != nullptr && sharing->given;
}

std::string_view ConsentKindCode(ConsentKind kind) {
  for (const auto& k : kKinds)
    if (k.kind == kind) return k.code;
  return "";
}

std::optional<ConsentKind> ConsentKindFromCode(std::string_view code) {
  for (const auto& k : kKinds)
    if (k.code == code) return k.kind;
  return std::nullopt;
}

std::string_view ConsentKindLabel(ConsentKind kind) {
  for (const auto& k : kKinds)
    if (k.kind == kind) return k.label;
  return "";
}

std::string_view ConsentDecisionCode(ConsentDecision decision) {
  return decision == ConsentDecision::kGiven ? "given" : "withdrawn";
}

std::optional<ConsentDecision> ConsentDecisionFromCode(std::string_view code) {
  if (code == "given") return ConsentDecision::kGiven;
  if (code == "withdrawn") return ConsentDecision::kWithdrawn;
  return std::nullopt;
}

std::string_view ConsentMethodCode(ConsentMethod method) {
  for (const auto& m : kMethods)
    if (m.method == method) return m.code;
  return "";
}

std::optional<ConsentMethod> ConsentMethodFromCode(std::string_view code) {
  for (const auto& m : kMethods)
    if (m.code == code) return m.method;
  return std::nullopt;
}

std::string_view ConsentMethodLabel(ConsentMethod method) {
  for (const auto& m : kMethods)
    if (m.method == method) return m.label;
  return "";
}

}  // namespace alongside
