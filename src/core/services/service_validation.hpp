#pragma once
/// The rules for a directory entry: every field checked at once, each mistake reported at
/// its own field in words a worker can act on.

#include "core/common/errors.hpp"
#include "core/services/service.hpp"
#include "core/services/service_form.hpp"

namespace alongside {

/// Fills the entry's own fields (not ids, organisation, status or times) from the form,
/// adding a message to `v` for each field that is wrong.
void ReadServiceForm(const ServiceForm& form, Service& service, Validation& v);

/// "RV1, rv2 RV3" -> RV1, RV2, RV3 (commas, semicolons, spaces or lines between). Adds a
/// message at `postcode_districts` naming the first entry that is not a district.
std::vector<std::string> ParseDistricts(const std::string& text, Validation& v);
/// Local authority names, one per line or separated by commas; trimmed, empty ones dropped.
std::vector<std::string> ParseLocalAuthorities(const std::string& text, Validation& v);

}  // namespace alongside
