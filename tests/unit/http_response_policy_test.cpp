#include <gtest/gtest.h>

#include "http/gzip.hpp"
#include "http/security_headers.hpp"

namespace alongside::http {
namespace {

TEST(HttpResponsePolicy, SecurityHeadersOnEveryResponse) {
  auto response = Response::Html("<p>hello</p>");
  FinishResponse(response, "", "0123456789abcdef", false);
  EXPECT_EQ(response.Header("Content-Security-Policy"), kContentSecurityPolicy);
  EXPECT_EQ(response.Header("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(response.Header("Referrer-Policy"), "strict-origin-when-cross-origin");
  EXPECT_EQ(response.Header("X-Frame-Options"), "DENY");
  EXPECT_EQ(response.Header("Permissions-Policy"), "camera=(), microphone=(), geolocation=()");
  EXPECT_EQ(response.Header("Cross-Origin-Opener-Policy"), "same-origin");
  EXPECT_EQ(response.Header("X-Request-Id"), "0123456789abcdef");
  EXPECT_EQ(response.Header("Strict-Transport-Security"), "");

  auto secure = Response::Html("x");
  FinishResponse(secure, "", "id", true);
  EXPECT_EQ(secure.Header("Strict-Transport-Security"), "max-age=31536000; includeSubDomains");
}

TEST(HttpResponsePolicy, PersonalResponsesAreNotStoredUnlessTheyChoseOtherwise) {
  auto personal = Response::Html("family record");
  FinishResponse(personal, "", "id", false);
  EXPECT_EQ(personal.Header("Cache-Control"), "no-store");

  auto chosen = Response::Html("x");
  chosen.SetHeader("Cache-Control", "private, max-age=60");
  FinishResponse(chosen, "", "id", false);
  EXPECT_EQ(chosen.Header("Cache-Control"), "private, max-age=60");

  auto shared = Response::Html("public page");
  shared.personal = false;
  FinishResponse(shared, "", "id", false);
  EXPECT_EQ(shared.Header("Cache-Control"), "");
}

TEST(HttpResponsePolicy, CompressesLargeTextWhenTheClientAcceptsGzip) {
  const std::string page(4096, 'a');
  auto response = Response::Html(page);
  FinishResponse(response, "gzip, deflate", "id", false);
  EXPECT_EQ(response.Header("Content-Encoding"), "gzip");
  EXPECT_EQ(response.Header("Vary"), "Accept-Encoding");
  EXPECT_EQ(GzipDecompress(response.body), page);

  auto refused = Response::Html(page);
  FinishResponse(refused, "identity", "id", false);
  EXPECT_EQ(refused.Header("Content-Encoding"), "");
  EXPECT_EQ(refused.body, page);

  auto small = Response::Json("{}");
  FinishResponse(small, "gzip", "id", false);
  EXPECT_EQ(small.Header("Content-Encoding"), "");

  auto image = Response::Html(page);
  image.content_type = "image/png";
  FinishResponse(image, "gzip", "id", false);
  EXPECT_EQ(image.Header("Content-Encoding"), "");
}

TEST(HttpResponsePolicy, AcceptEncodingParsing) {
  EXPECT_TRUE(AcceptsGzip("gzip"));
  EXPECT_TRUE(AcceptsGzip("deflate, GZIP;q=0.5"));
  EXPECT_TRUE(AcceptsGzip("*"));
  EXPECT_FALSE(AcceptsGzip(""));
  EXPECT_FALSE(AcceptsGzip("br"));
  EXPECT_FALSE(AcceptsGzip("gzip;q=0"));
  EXPECT_FALSE(AcceptsGzip("*, gzip;q=0"));
}

}  // namespace
}  // namespace alongside::http
