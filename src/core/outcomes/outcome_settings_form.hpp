#pragma once
/// The coordinator's settings form as typed: rename, reorder (a number per row), retire or bring
/// back each area and point, add one new area and one new point at a time, and the scale's words.
/// Applying it to the current settings gives the proposed settings, or a message at each field.

#include <string>
#include <vector>

#include "core/common/errors.hpp"
#include "core/outcomes/outcome_settings.hpp"

namespace alongside {

/// One existing area or point as the form sends it back (matched by its code, never changed).
struct SettingsRowForm {
  std::string code;
  std::string label;
  std::string position;  ///< "1", "2", …: the order to show it in
  bool retired = false;
  std::string anchor;        ///< points only
  std::string offset_weeks;  ///< points only
};

struct OutcomeSettingsForm {
  std::string question;
  std::string scale_min;
  std::string scale_max;
  std::string scale_low;
  std::string scale_middle;
  std::string scale_high;
  std::vector<SettingsRowForm> areas;
  std::vector<SettingsRowForm> points;
  std::string new_area;  ///< a label; empty adds nothing
  std::string new_point;
  std::string new_point_anchor;
  std::string new_point_offset_weeks;
  std::string note;
  std::string version;  ///< the version number the form was opened on
};

/// Field names on the page: "area_housing_label", "point_birth_offset_weeks".
std::string AreaField(const std::string& code, const std::string& part);
std::string PointField(const std::string& code, const std::string& part);

/// The form filled from settings, to show.
OutcomeSettingsForm SettingsFormFrom(const OutcomeSettings& settings, int version);

/// The settings the form asks for, built on `current`: rows in the order of their numbers
/// (ties keep the current order), new items last with a code made from their label. Adds a
/// message at the page's field for every problem, including those CheckOutcomeSettings finds.
OutcomeSettings ApplySettingsForm(const OutcomeSettings& current, const OutcomeSettingsForm& form, Validation& v);

}  // namespace alongside
