#pragma once
/// What a referrer may choose to share with the receiving service, and the words the
/// service is shown. The reason is always shared; sensitive notes never are (they are not
/// in this list, and nothing here reads them).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/families/family_record.hpp"
#include "core/referrals/referral.hpp"

namespace alongside {

enum class ShareItem {
  kCaregivers,      ///< names and pronouns
  kContactDetails,  ///< phone and email
  kLanguage,        ///< preferred language and whether an interpreter is needed
  kAddress,
  kBabies,          ///< due and birth dates
  kFocusAreas,
  kStrengths,
};

std::string_view ShareItemCode(ShareItem item);
std::optional<ShareItem> ShareItemFromCode(std::string_view code);
std::string_view ShareItemLabel(ShareItem item);
std::vector<ShareItem> AllShareItems();

/// The items to show the service: the reason first, then each chosen item in the order of
/// AllShareItems, one row per person or baby. Items with nothing recorded are left out.
std::vector<SharedItem> BuildSharedItems(const FamilyRecord& record, const std::string& reason,
                                         const std::vector<ShareItem>& chosen);

/// "caregivers,address" <-> codes; unknown codes are dropped.
std::vector<ShareItem> ShareItemsFromCodes(const std::vector<std::string>& codes);

}  // namespace alongside
