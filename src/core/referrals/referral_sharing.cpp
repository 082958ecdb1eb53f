#include "core/referrals/referral_sharing.hpp"

#include <algorithm>
#include <array>

#include "core/common/code_table.hpp"

namespace alongside {
namespace {

constexpr std::array<Named<ShareItem>, 7> kItems{{
    {ShareItem::kCaregivers, "caregivers", "Caregivers' names and pronouns"},
    {ShareItem::kContactDetails, "contact_details", "Contact details (phone and email)"},
    {ShareItem::kLanguage, "language", "Preferred language and interpreter"},
    {ShareItem::kAddress, "address", "Address"},
    {ShareItem::kBabies, "babies", "Babies (due and birth dates)"},
    {ShareItem::kFocusAreas, "focus_areas", "Focus of support"},
    {ShareItem::kStrengths, "strengths", "Strengths"},
}};

std::string JoinNonEmpty(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  for (const auto& part : parts) {
    if (part.empty()) continue;
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

void AddCaregivers(const Family& family, std::vector<SharedItem>& out) {
  for (const auto& c : family.caregivers) {
    std::string value = c.name;
    if (!c.preferred_name.empty() && c.preferred_name != c.name) value += " (known as " + c.preferred_name + ")";
    if (!c.pronouns.empty()) value += " (" + c.pronouns + ")";
    out.push_back({"caregivers", "Caregiver", value});
  }
}

void AddContactDetails(const Family& family, std::vector<SharedItem>& out) {
  for (const auto& c : family.caregivers) {
    const auto value = JoinNonEmpty({c.phone, c.email}, ", ");
    if (!value.empty()) out.push_back({"contact_details", "Contact for " + c.CalledBy(), value});
  }
}

void AddLanguage(const Family& family, std::vector<SharedItem>& out) {
  for (const auto& c : family.caregivers) {
    if (c.preferred_language.empty() && !c.interpreter_needed) continue;
    std::string value = c.preferred_language.empty() ? "Not recorded" : c.preferred_language;
    value += c.interpreter_needed ? "; needs an interpreter" : "; no interpreter needed";
    out.push_back({"language", "Language of " + c.CalledBy(), value});
  }
}

void AddBabies(const Family& family, std::vector<SharedItem>& out) {
  for (const auto& b : family.babies) {
    std::string value = b.name.empty() ? "Baby" : b.name;
    if (b.birth_date) value += ", born " + FormatDate(*b.birth_date);
    else if (b.due_date) value += ", due " + FormatDate(*b.due_date);
    out.push_back({"babies", "Baby", value});
  }
}

void AddItem(const FamilyRecord& record, ShareItem item, std::vector<SharedItem>& out) {
  const Family& f = record.family;
  switch (item) {
    case ShareItem::kCaregivers: AddCaregivers(f, out); break;
    case ShareItem::kContactDetails: AddContactDetails(f, out); break;
    case ShareItem::kLanguage: AddLanguage(f, out); break;
    case ShareItem::kAddress: {
      const auto value = JoinNonEmpty({f.address_line_1, f.address_line_2, f.town, f.postcode}, ", ");
      if (!value.empty()) out.push_back({"address", "Address", value});
      break;
    }
    case ShareItem::kBabies: AddBabies(f, out); break;
    case ShareItem::kFocusAreas: {
      std::vector<std::string> labels;
      for (auto area : f.focus_areas) labels.emplace_back(FocusAreaLabel(area));
      if (!labels.empty()) out.push_back({"focus_areas", "Focus of support", JoinNonEmpty(labels, ", ")});
      break;
    }
    case ShareItem::kStrengths:
      if (!f.strengths.empty()) out.push_back({"strengths", "Strengths", f.strengths});
      break;
  }
}

}  // namespace

std::string_view ShareItemCode(ShareItem item) { return CodeOf(kItems, item); }
std::optional<ShareItem> ShareItemFromCode(std::string_view code) { return FromCode(kItems, code); }
std::string_view ShareItemLabel(ShareItem item) { return LabelOf(kItems, item); }
std::vector<ShareItem> AllShareItems() { return ValuesOf(kItems); }

std::vector<SharedItem> BuildSharedItems(const FamilyRecord& record, const std::string& reason,
                                         const std::vector<ShareItem>& chosen) {
  std::vector<SharedItem> out{{"reason", "Reason for referral", reason}};
  for (auto item : AllShareItems())
    if (std::find(chosen.begin(), chosen.end(), item) != chosen.end()) AddItem(record, item, out);
  return out;
}

std::vector<ShareItem> ShareItemsFromCodes(const std::vector<std::string>& codes) {
  std::vector<ShareItem> out;
  for (const auto& code : codes)
    if (auto item = ShareItemFromCode(code); item && std::find(out.begin(), out.end(), *item) == out.end())
      out.push_back(*item);
  return out;
}

}  // namespace alongside
