#pragma once
/// Search by name through an index: the words of each caregiver's names are kept in
/// caregiver_name_terms (migration 0007), and a search needs every word typed to begin one
/// of the family's words. A "contains anywhere" LIKE had to read every caregiver of the
/// area: 75 ms at 100,000 families, against a target of 20 ms.

#include <string>

#include "core/access/policy.hpp"
#include "core/families/family.hpp"
#include "db/database.hpp"

namespace alongside::storage {

/// Replaces the caregiver's words with those of its current names.
void WriteNameTerms(db::Transaction& tx, const Caregiver& caregiver);

/// " AND ..." keeping families (aliased `alias`) with a caregiver word beginning with each
/// word of `normalised_query` (NormaliseName form: lower case, single spaces).
std::string NameTermsCondition(db::Params& params, db::Dialect dialect, const ListScope& scope,
                               const std::string& normalised_query, const std::string& alias = "f");

}  // namespace alongside::storage
