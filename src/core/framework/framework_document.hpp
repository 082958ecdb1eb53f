#pragma once
/// The framework's JSON document: the format of data/framework/thriving-together.json and of
/// every stored version ("format": "alongside.framework/1"). Reading checks everything a
/// version must have, so a bad file or a bad adaptation is refused with a message naming the
/// part that is wrong, never half-loaded.

#include <string>
#include <string_view>

#include "core/common/errors.hpp"
#include "core/framework/framework.hpp"

namespace alongside {

inline constexpr std::string_view kFrameworkFormat = "alongside.framework/1";
inline constexpr std::size_t kMaxFrameworkName = 200;
inline constexpr std::size_t kMaxFrameworkText = 2000;

/// Parses and checks a document. Throws Invalid with one message per problem; the field of
/// each message names the part ("domains[1].skills[0].name", "document" for malformed JSON).
Framework ReadFrameworkDocument(std::string_view json);

/// Adds a message to `v` for every rule the framework breaks: exactly the three domains in
/// order; codes of skills and pressures lower_snake_case and unique; names and words present
/// and not too long; a five-step scale valued 1..5; tags naming known domains.
void CheckFramework(const Framework& framework, Validation& v);

/// The document for a framework; ReadFrameworkDocument(WriteFrameworkDocument(f)) == f.
std::string WriteFrameworkDocument(const Framework& framework);

}  // namespace alongside
