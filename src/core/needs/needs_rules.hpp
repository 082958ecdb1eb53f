#pragma once
/// One version of an area's level rules. Number 0 (and no id) is the shipped default, in
/// force until the area saves its own.

#include <string>

#include "core/common/clock.hpp"
#include "core/needs/level_rules.hpp"

namespace alongside {

struct NeedsRulesVersion {
  std::string id;  ///< empty for the shipped default
  std::string area_id;
  int number = 0;
  std::string document;  ///< the JSON as saved
  std::string note;      ///< what changed, in the administrator's words
  std::string created_by;
  std::string created_by_name;  ///< filled when read
  Millis created_at = 0;
  LevelRules rules;  ///< read from the document

  bool is_default() const { return id.empty(); }
};

}  // namespace alongside
