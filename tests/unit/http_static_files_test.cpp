#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "http/static_files.hpp"
#include "http/gzip.hpp"

namespace alongside::http {
namespace {

namespace fs = std::filesystem;

class HttpStaticFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("alongside-static-" + std::to_string(std::random_device{}()));
    fs::create_directories(root_ / "css");
    css_.clear();
    for (int i = 0; i < 200; ++i) css_ += ".nhsuk-button { color: #005eb8; }\n";
    Write("css/main.css", css_);
    Write("logo.png", std::string("\x89PNG\r\n\x1a\n binary", 16));
    Write("tiny.txt", "hi");
    files_ = std::make_unique<StaticFiles>(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

  void Write(const std::string& relative, const std::string& content) {
    std::ofstream(root_ / relative, std::ios::binary) << content;
  }

  static Request Get(std::string path, std::string accept_encoding = "") {
    Request request;
    request.method = "GET";
    request.path = path;
    request.target = path;
    if (!accept_encoding.empty()) request.headers.Add("Accept-Encoding", accept_encoding);
    return request;
  }

  fs::path root_;
  std::string css_;
  std::unique_ptr<StaticFiles> files_;
};

TEST_F(HttpStaticFiles, FingerprintedUrlIsCachedForever) {
  const auto url = files_->Url("css/main.css");
  ASSERT_TRUE(url.starts_with("/assets/"));
  ASSERT_TRUE(url.ends_with("/css/main.css"));
  EXPECT_EQ(url.size(), std::string("/assets/0123456789/css/main.css").size());

  const auto response = files_->Serve(Get(url));
  ASSERT_TRUE(response.has_value());
  EXPECT_EQ(response->status, 200);
  EXPECT_EQ(response->body, css_);
  EXPECT_EQ(response->content_type, "text/css; charset=utf-8");
  EXPECT_EQ(response->Header("Cache-Control"), "public, max-age=31536000, immutable");
  EXPECT_FALSE(response->personal);
  EXPECT_FALSE(response->Header("ETag").empty());
}

TEST_F(HttpStaticFiles, StaleFingerprintAndPlainPathMustRevalidate) {
  const auto stale = files_->Serve(Get("/assets/0000000000/css/main.css"));
  ASSERT_TRUE(stale.has_value());
  EXPECT_EQ(stale->status, 200);
  EXPECT_EQ(stale->body, css_);
  EXPECT_EQ(stale->Header("Cache-Control"), "no-cache");

  const auto plain = files_->Serve(Get("/assets/logo.png"));
  ASSERT_TRUE(plain.has_value());
  EXPECT_EQ(plain->status, 200);
  EXPECT_EQ(plain->content_type, "image/png");
  EXPECT_EQ(plain->Header("Cache-Control"), "no-cache");
}

TEST_F(HttpStaticFiles, MatchingEtagGivesNotModifiedWithoutBody) {
  const auto first = files_->Serve(Get("/assets/logo.png"));
  auto again = Get("/assets/logo.png");
  again.headers.Add("If-None-Match", "\"other\", " + first->Header("ETag"));
  const auto response = files_->Serve(again);
  ASSERT_TRUE(response.has_value());
  EXPECT_EQ(response->status, 304);
  EXPECT_TRUE(response->body.empty());
  EXPECT_EQ(response->Header("ETag"), first->Header("ETag"));

  auto changed = Get("/assets/logo.png");
  changed.headers.Add("If-None-Match", "\"something-else\"");
  EXPECT_EQ(files_->Serve(changed)->status, 200);
}

TEST_F(HttpStaticFiles, GzipWhenAcceptedAndSmaller) {
  const auto gzipped = files_->Serve(Get("/assets/css/main.css", "br, gzip"));
  ASSERT_TRUE(gzipped.has_value());
  EXPECT_EQ(gzipped->Header("Content-Encoding"), "gzip");
  EXPECT_EQ(gzipped->Header("Vary"), "Accept-Encoding");
  EXPECT_LT(gzipped->body.size(), css_.size());
  EXPECT_EQ(GzipDecompress(gzipped->body), css_);

  const auto identity = files_->Serve(Get("/assets/css/main.css", "gzip;q=0"));
  EXPECT_EQ(identity->Header("Content-Encoding"), "");
  EXPECT_EQ(identity->body, css_);
  EXPECT_NE(identity->Header("ETag"), gzipped->Header("ETag"));

  const auto binary = files_->Serve(Get("/assets/logo.png", "gzip"));
  EXPECT_EQ(binary->Header("Content-Encoding"), "");
  const auto tiny = files_->Serve(Get("/assets/tiny.txt", "gzip"));
  EXPECT_EQ(tiny->Header("Content-Encoding"), "");  // gzip would be larger
  EXPECT_EQ(tiny->body, "hi");
}

TEST_F(HttpStaticFiles, TraversalAndUnknownFilesAreNotFound) {
  for (const auto* path : {"/assets/../secret", "/assets/css/../css/main.css", "/assets/css\\main.css",
                           "/assets/missing.css", "/assets/0123456789/missing.css", "/assets/"}) {
    const auto response = files_->Serve(Get(path));
    ASSERT_TRUE(response.has_value()) << path;
    EXPECT_EQ(response->status, 404) << path;
  }
  const std::string with_nul("/assets/css/main.css\0.png", 25);
  EXPECT_EQ(files_->Serve(Get(with_nul))->status, 404);
  EXPECT_FALSE(files_->Serve(Get("/families")).has_value());
}

TEST_F(HttpStaticFiles, HeadIsServedAndOtherMethodsAreNot) {
  auto head = Get("/assets/logo.png");
  head.method = "HEAD";
  EXPECT_EQ(files_->Serve(head)->status, 200);
  auto post = Get("/assets/logo.png");
  post.method = "POST";
  EXPECT_EQ(files_->Serve(post)->status, 405);
}

}  // namespace
}  // namespace alongside::http
