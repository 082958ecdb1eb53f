#include "core/common/data_file.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace alongside {

std::string ReadDataFile(const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw std::runtime_error("Cannot read data file " + path.string());
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

}  // namespace alongside
