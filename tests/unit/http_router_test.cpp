#include <gtest/gtest.h>

#include "http/router.hpp"

namespace alongside::http {
namespace {

Handler Answer(std::string text) {
  return [text](Request&) { return Response::Text(text); };
}

TEST(HttpRouter, LiteralSegmentBeatsParameterWhateverTheOrder) {
  Router router;
  router.Add("GET", "/api/v1/users/{id}", Answer("by id"));
  router.Add("GET", "/api/v1/users/me", Answer("me"));

  const auto me = router.Find("GET", "/api/v1/users/me");
  ASSERT_TRUE(me.found());
  EXPECT_EQ(me.route, "GET /api/v1/users/me");
  EXPECT_TRUE(me.params.empty());

  const auto other = router.Find("GET", "/api/v1/users/42");
  ASSERT_TRUE(other.found());
  EXPECT_EQ(other.route, "GET /api/v1/users/{id}");
  EXPECT_EQ(other.params.at("id"), "42");
}

TEST(HttpRouter, UnknownPathIsNotFoundAndWrongMethodIsNotAllowed) {
  Router router;
  router.Add("GET", "/families/{id}", Answer("show"));
  router.Add("POST", "/families/{id}", Answer("update"));

  EXPECT_EQ(router.Find("GET", "/nowhere").kind, RouteMatch::Kind::kNotFound);
  const auto wrong_method = router.Find("DELETE", "/families/7");
  EXPECT_EQ(wrong_method.kind, RouteMatch::Kind::kMethodNotAllowed);
  EXPECT_EQ(wrong_method.AllowHeader(), "GET, HEAD, POST");
}

TEST(HttpRouter, ParameterNeedsOneNonEmptySegment) {
  Router router;
  router.Add("GET", "/families/{id}", Answer("show"));
  EXPECT_FALSE(router.Find("GET", "/families/").found());
  EXPECT_FALSE(router.Find("GET", "/families/1/2").found());
  EXPECT_FALSE(router.Find("GET", "/families").found());
}

TEST(HttpRouter, ParametersArePercentDecodedAfterSplitting) {
  Router router;
  router.Add("GET", "/files/{name}/raw", Answer("file"));
  const auto match = router.Find("GET", "/files/a%2Fb%20c/raw?download=1");
  ASSERT_TRUE(match.found());
  EXPECT_EQ(match.params.at("name"), "a/b c");
  EXPECT_FALSE(router.Find("GET", "/files/%zz/raw").found());
}

TEST(HttpRouter, HeadIsServedByGet) {
  Router router;
  router.Add("GET", "/", Answer("home"));
  const auto match = router.Find("HEAD", "/");
  ASSERT_TRUE(match.found());
  EXPECT_EQ(match.route, "GET /");
}

TEST(HttpRouter, DispatchFillsParamsRouteAndUnmatchedStatuses) {
  Router router;
  router.Add("GET", "/families/{id}", [](Request& request) { return Response::Text("family " + request.PathParam("id")); });

  Request request;
  request.method = "GET";
  request.target = "/families/abc";
  const auto found = router.Dispatch(request);
  EXPECT_EQ(found.body, "family abc");
  EXPECT_EQ(found.route, "GET /families/{id}");

  request.method = "PUT";
  const auto not_allowed = router.Dispatch(request);
  EXPECT_EQ(not_allowed.status, 405);
  EXPECT_EQ(not_allowed.Header("Allow"), "GET, HEAD");

  request.target = "/missing";
  EXPECT_EQ(router.Dispatch(request).status, 404);
}

TEST(HttpRouter, RoutesListsEveryPatternAndRejectsBadOnes) {
  Router router;
  router.Add("GET", "/a", Answer("a"));
  router.Add("POST", "/b/{x}", Answer("b"));
  const std::vector<std::pair<std::string, std::string>> expected = {{"GET", "/a"}, {"POST", "/b/{x}"}};
  EXPECT_EQ(router.Routes(), expected);
  EXPECT_THROW(router.Add("GET", "/a", Answer("again")), std::invalid_argument);
  EXPECT_THROW(router.Add("GET", "no-slash", Answer("x")), std::invalid_argument);
  EXPECT_THROW(router.Add("GET", "/c/{}", Answer("x")), std::invalid_argument);
}

}  // namespace
}  // namespace alongside::http
