// The OpenAPI document and the router must describe the same API: every /api/v1 route the
// application really registers is in openapi/openapi.json with its method, and every
// operation in the document has a route behind it.

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <utility>

#include "app/application.hpp"
#include "http/static_files.hpp"
#include "alongside_paths.hpp"  // ALONGSIDE_SOURCE_DIR

namespace alongside::app {
namespace {
namespace fs = std::filesystem;

using Operation = std::pair<std::string, std::string>;  // METHOD, path pattern

std::string Upper(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::toupper(c); });
  return text;
}

class OpenApiMatchesRouter : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("alongside-openapi-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    Config config;
    config.database = "sqlite:" + (dir_ / "test.db").string();
    config.workers = 1;
    log_ = std::make_shared<spdlog::logger>("openapi-test");
    application_ = std::make_unique<Application>(config, log_);
  }
  void TearDown() override {
    application_.reset();
    fs::remove_all(dir_);
  }

  std::set<Operation> RoutedApiOperations() {
    http::StaticFiles assets(application_->config().assets);
    web::Views views(fs::path(application_->config().root) / "templates", assets);
    http::Metrics metrics;
    std::set<Operation> operations;
    const http::RouteTable routes = application_->Routes(views, metrics);
    for (const auto& spec : routes.specs())
      if (spec.api) operations.insert({spec.method, spec.pattern});
    return operations;
  }

  static boost::json::object Document() {
    std::ifstream in(fs::path(ALONGSIDE_SOURCE_DIR) / "openapi" / "openapi.json");
    std::stringstream text;
    text << in.rdbuf();
    return boost::json::parse(text.str()).as_object();
  }

  fs::path dir_;
  std::shared_ptr<spdlog::logger> log_;
  std::unique_ptr<Application> application_;
};

TEST_F(OpenApiMatchesRouter, EveryApiRouteIsDocumentedAndEveryOperationIsRouted) {
  const auto routed = RoutedApiOperations();
  ASSERT_FALSE(routed.empty());

  const auto document = Document();
  EXPECT_EQ(document.at("openapi").as_string().subview().substr(0, 4), "3.1.");
  static const std::set<std::string> kMethods = {"get", "put", "post", "delete", "patch", "head", "options"};
  std::set<Operation> documented;
  for (const auto& [path, item] : document.at("paths").as_object())
    for (const auto& [method, operation] : item.as_object())
      if (kMethods.count(std::string(method))) documented.insert({Upper(std::string(method)), std::string(path)});

  for (const auto& [method, path] : routed)
    EXPECT_TRUE(documented.count({method, path})) << method << " " << path << " is routed but not in openapi.json";
  for (const auto& [method, path] : documented)
    EXPECT_TRUE(routed.count({method, path})) << method << " " << path << " is in openapi.json but not routed";
}

TEST_F(OpenApiMatchesRouter, EveryDocumentedOperationDescribesItsErrorsAsProblemDocuments) {
  const auto document = Document();
  for (const auto& [path, item] : document.at("paths").as_object()) {
    for (const auto& [method, operation] : item.as_object()) {
      if (!operation.is_object() || !operation.as_object().contains("responses")) continue;
      for (const auto& [status, response] : operation.at("responses").as_object()) {
        if (status.empty() || (status[0] != '4' && status[0] != '5')) continue;
        const auto* body = response.as_object().if_contains("content");
        const auto* ref = response.as_object().if_contains("$ref");
        EXPECT_TRUE(ref || (body && body->as_object().contains("application/problem+json")))
            << method << " " << path << " " << status << " should be application/problem+json";
      }
    }
  }
}

}  // namespace
}  // namespace alongside::app
