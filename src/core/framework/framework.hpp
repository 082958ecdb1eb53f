#pragma once
/// The caregiving framework as data: Thriving Together's three Domains of Caregiving, the
/// skills under each, the structural pressures a family may face and the five-step scale a
/// parent uses to say how a domain is going. Every piece has words for parents and words for
/// practitioners, so families hear the same thing from everyone who supports them.
///
/// An area adapts the wording and adds local items; each adaptation is a new numbered
/// FrameworkVersion, and a record made against the framework keeps the version it used.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/common/clock.hpp"

namespace alongside {

/// A skill within a domain ("Noticing and responding to your baby's cues").
struct FrameworkSkill {
  std::string code;  ///< stable across versions; "responding_to_cues"
  std::string name;
  std::string for_parents;
  std::string for_practitioners;
  bool local = false;  ///< added by the area, not part of the shipped edition

  friend bool operator==(const FrameworkSkill&, const FrameworkSkill&) = default;
};

struct FrameworkDomain {
  std::string code;  ///< one of the three kDomainCodes
  std::string name;
  std::string for_parents;
  std::string for_practitioners;
  std::vector<FrameworkSkill> skills;

  friend bool operator==(const FrameworkDomain&, const FrameworkDomain&) = default;
};

/// A structural pressure on the family (housing, food, money, work, immigration, isolation).
struct FrameworkPressure {
  std::string code;
  std::string name;
  bool local = false;

  friend bool operator==(const FrameworkPressure&, const FrameworkPressure&) = default;
};

/// One step of the scale a parent uses for "how is this going?" (1 = really struggling …
/// 5 = going really well).
struct ScaleStep {
  int value = 0;
  std::string label;

  friend bool operator==(const ScaleStep&, const ScaleStep&) = default;
};

struct Framework {
  std::string edition;  ///< the shipped edition it goes back to: "thriving-together-2026.1"
  std::string title;
  std::string source;   ///< where the framework comes from, for the About text
  std::vector<FrameworkDomain> domains;  ///< always the three, in kDomainCodes order
  std::vector<FrameworkPressure> pressures;
  std::vector<ScaleStep> scale;          ///< five steps, values 1..5
  /// Which domain a contact topic or goal area belongs to, by code: used to tag contacts,
  /// goals, guidance and reports with the framework's language.
  std::map<std::string, std::string> contact_topic_domains;
  std::map<std::string, std::string> goal_area_domains;

  const FrameworkDomain* FindDomain(const std::string& code) const;
  const FrameworkPressure* FindPressure(const std::string& code) const;
  /// The label of a scale value, or empty when there is no such step.
  std::string ScaleLabel(int value) const;

  friend bool operator==(const Framework&, const Framework&) = default;
};

/// The three domains every version has, in order. Wording may change; these codes never do.
inline const std::vector<std::string> kDomainCodes = {"nurturing_relationship", "caregiver_self_capacity",
                                                      "navigating_support"};

/// One numbered version of an area's framework.
struct FrameworkVersion {
  std::string id;
  std::string area_id;
  int number = 1;
  std::string based_on_id;  ///< the version this one adapted; empty when loaded from a file
  std::string note;         ///< what changed, in the administrator's words
  std::string created_by;   ///< user id; empty when loaded by the system
  std::string created_by_name;  ///< filled when read
  Millis created_at = 0;
  Framework framework;
};

}  // namespace alongside
