#pragma once
/// Documents shipped in the repository's data/ folder (the caregiving framework, questionnaires,
/// default settings) and read once at start-up.

#include <filesystem>
#include <string>

namespace alongside {

/// The whole file as text. Throws std::runtime_error naming the file when it cannot be read,
/// so a server with a missing data file stops at start-up with a clear message.
std::string ReadDataFile(const std::filesystem::path& path);

}  // namespace alongside
