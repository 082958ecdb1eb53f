#include "core/outcomes/outcome_settings.hpp"

#include <algorithm>
#include <array>
#include <set>

#include "core/common/code_table.hpp"
#include "core/common/text.hpp"

namespace alongside {
namespace {

constexpr std::array<Named<PointAnchor>, 3> kAnchors{{
    {PointAnchor::kStartOfSupport, "start_of_support", "the start of support"},
    {PointAnchor::kDueDate, "due_date", "the due date"},
    {PointAnchor::kBirth, "birth", "the birth"},
}};

bool IsCode(std::string_view code) {
  if (code.empty() || code.size() > 60 || code.front() < 'a' || code.front() > 'z') return false;
  for (char c : code)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

void CheckWords(const std::string& text, std::size_t max, const std::string& field, const std::string& what,
                Validation& v) {
  if (Trim(text).empty()) v.Add(field, "Enter " + what);
  else if (CharCount(text) > max) v.Add(field, what + " must be " + std::to_string(max) + " characters or fewer");
  else if (HasControlCharacters(text)) v.Add(field, what + " must not contain control characters");
}

/// Rules shared by areas and points: codes well-formed and unique, labels present and unique.
template <typename Item>
void CheckItems(const std::vector<Item>& items, const std::string& list, const std::string& noun, Validation& v) {
  if (items.empty() || items.size() > kMaxOutcomeItems) {
    v.Add(list, "Give between 1 and " + std::to_string(kMaxOutcomeItems) + " " + noun + "s");
    return;
  }
  std::set<std::string> codes;
  std::set<std::string> labels;
  bool any_in_use = false;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto& item = items[i];
    const std::string at = list + "[" + std::to_string(i) + "]";
    if (!IsCode(item.code)) v.Add(at + ".code", "The " + noun + " code \"" + item.code + "\" must be lower_snake_case");
    else if (!codes.insert(item.code).second) v.Add(at + ".code", "The " + noun + " code \"" + item.code + "\" is used twice");
    CheckWords(item.label, kMaxOutcomeLabel, at + ".label", "the name of the " + noun, v);
    if (!Trim(item.label).empty() && !labels.insert(AsciiLower(Trim(item.label))).second)
      v.Add(at + ".label", "Two " + noun + "s are called \"" + item.label + "\": give each its own name");
    any_in_use = any_in_use || !item.retired;
  }
  if (!any_in_use) v.Add(list, "Keep at least one " + noun + " in use");
}

}  // namespace

const OutcomeArea* OutcomeSettings::FindArea(std::string_view code) const {
  for (const auto& area : areas)
    if (area.code == code) return &area;
  return nullptr;
}

const OutcomePoint* OutcomeSettings::FindPoint(std::string_view code) const {
  for (const auto& point : points)
    if (point.code == code) return &point;
  return nullptr;
}

std::size_t OutcomeSettings::PointIndex(std::string_view code) const {
  for (std::size_t i = 0; i < points.size(); ++i)
    if (points[i].code == code) return i;
  return points.size();
}

std::string_view PointAnchorCode(PointAnchor anchor) { return CodeOf(kAnchors, anchor); }
std::optional<PointAnchor> PointAnchorFromCode(std::string_view code) { return FromCode(kAnchors, code); }
std::string_view PointAnchorLabel(PointAnchor anchor) { return LabelOf(kAnchors, anchor); }

std::string PointTimingLabel(const OutcomePoint& point) {
  const std::string anchor(PointAnchorLabel(point.anchor));
  if (point.offset_weeks == 0) return "At " + anchor;
  const int weeks = point.offset_weeks < 0 ? -point.offset_weeks : point.offset_weeks;
  return std::to_string(weeks) + (weeks == 1 ? " week " : " weeks ") + (point.offset_weeks < 0 ? "before " : "after ") +
         anchor;
}

void CheckOutcomeSettings(const OutcomeSettings& settings, Validation& v) {
  const auto& scale = settings.scale;
  if (scale.min < 0 || scale.min > 100) v.Add("scale.min", "The lowest score must be a whole number from 0 to 100");
  if (scale.max < 0 || scale.max > 100) v.Add("scale.max", "The highest score must be a whole number from 0 to 100");
  else if (scale.max <= scale.min) v.Add("scale.max", "The highest score must be more than the lowest");
  CheckWords(scale.low, kMaxOutcomeLabel, "scale.low", "the words for the lowest score", v);
  CheckWords(scale.middle, kMaxOutcomeLabel, "scale.middle", "the words for the middle of the scale", v);
  CheckWords(scale.high, kMaxOutcomeLabel, "scale.high", "the words for the highest score", v);
  CheckWords(settings.question, kMaxOutcomeText, "question", "the question the parent is asked", v);
  CheckItems(settings.areas, "areas", "area", v);
  CheckItems(settings.points, "points", "point", v);
  for (std::size_t i = 0; i < settings.points.size(); ++i) {
    const int offset = settings.points[i].offset_weeks;
    if (offset < kMinOffsetWeeks || offset > kMaxOffsetWeeks)
      v.Add("points[" + std::to_string(i) + "].offset_weeks",
            "The weeks from the anchor must be from " + std::to_string(kMinOffsetWeeks) + " to " +
                std::to_string(kMaxOffsetWeeks));
  }
}

void CheckSettingsChange(const OutcomeSettings& current, const OutcomeSettings& proposed, bool scored,
                         Validation& v) {
  for (const auto& area : current.areas)
    if (!proposed.FindArea(area.code))
      v.Add("areas", "The area \"" + area.label + "\" is missing. Retire an area instead of removing it, so earlier "
                     "scores keep it.");
  for (const auto& point : current.points)
    if (!proposed.FindPoint(point.code))
      v.Add("points", "The point \"" + point.label + "\" is missing. Retire a point instead of removing it, so "
                      "earlier scores keep it.");
  if (scored && (current.scale.min != proposed.scale.min || current.scale.max != proposed.scale.max))
    v.Add("scale.max", "The scale stays " + std::to_string(current.scale.min) + " to " +
                           std::to_string(current.scale.max) +
                           " once families have been scored, so that earlier and later scores compare. "
                           "The words may change.");
}

std::string CodeFromLabel(std::string_view label, const std::vector<std::string>& taken) {
  std::string code;
  for (char c : label) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (keep) code += c;
    else if (!code.empty() && code.back() != '_') code += '_';
    if (code.size() >= 50) break;
  }
  while (!code.empty() && code.back() == '_') code.pop_back();
  if (code.empty() || code.front() < 'a' || code.front() > 'z') code = "item_" + code;
  auto used = [&taken](const std::string& c) { return std::find(taken.begin(), taken.end(), c) != taken.end(); };
  if (!used(code)) return code;
  for (int n = 2;; ++n)
    if (auto next = code + "_" + std::to_string(n); !used(next)) return next;
}

}  // namespace alongside
