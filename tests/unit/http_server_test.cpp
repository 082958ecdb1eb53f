#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <spdlog/logger.h>
#include <spdlog/sinks/ostream_sink.h>

#include <cctype>
#include <chrono>
#include <csignal>
#include <future>
#include <map>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "http/gzip.hpp"
#include "http/router.hpp"
#include "http/security_headers.hpp"
#include "http/server.hpp"

namespace alongside::http {
namespace {

using namespace std::chrono_literals;

/// A blocking loopback client socket with a receive timeout, so a broken server fails a
/// test instead of hanging it.
class Client {
 public:
  explicit Client(unsigned short port) {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    ::inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
    if (::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
      throw std::runtime_error("connect failed");
    }
    timeval timeout{5, 0};
    ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  }
  ~Client() { ::close(fd_); }
  Client(const Client&) = delete;
  Client& operator=(const Client&) = delete;

  void Send(std::string_view data) {
    while (!data.empty()) {
      const auto sent = ::send(fd_, data.data(), data.size(), MSG_NOSIGNAL);
      if (sent <= 0) return;  // the server may already have closed; the read will tell
      data.remove_prefix(static_cast<std::size_t>(sent));
    }
  }

  struct Reply {
    int status = 0;
    std::map<std::string, std::string> headers;  ///< lower-case names
    std::string body;
    std::string Header(const std::string& name) const {
      const auto it = headers.find(name);
      return it == headers.end() ? "" : it->second;
    }
  };

  /// Reads one response; status 0 when the connection closed before a full head arrived.
  Reply Read(bool head_request = false) {
    Reply reply;
    std::size_t end;
    while ((end = pending_.find("\r\n\r\n")) == std::string::npos) {
      if (!Fill()) return reply;
    }
    std::istringstream head(pending_.substr(0, end));
    pending_.erase(0, end + 4);
    std::string line;
    std::getline(head, line);
    reply.status = std::stoi(line.substr(9, 3));
    while (std::getline(head, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      const auto colon = line.find(':');
      if (colon == std::string::npos) continue;
      std::string name = line.substr(0, colon);
      for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      reply.headers[name] = line.substr(line.find_first_not_of(' ', colon + 1));
    }
    const auto length = reply.Header("content-length");
    const std::size_t body_size = head_request || length.empty() ? 0 : std::stoul(length);
    while (pending_.size() < body_size) {
      if (!Fill()) break;
    }
    reply.body = pending_.substr(0, body_size);
    pending_.erase(0, body_size);
    return reply;
  }

  /// True when the server closes the connection (EOF or reset) within the receive timeout.
  bool ClosedByServer() {
    char byte;
    const auto n = ::recv(fd_, &byte, 1, 0);
    return n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK);
  }

 private:
  bool Fill() {
    char chunk[8192];
    const auto n = ::recv(fd_, chunk, sizeof chunk, 0);
    if (n <= 0) return false;
    pending_.append(chunk, static_cast<std::size_t>(n));
    return true;
  }

  int fd_ = -1;
  std::string pending_;
};

std::string Get(std::string_view target, std::string_view extra_headers = "") {
  return "GET " + std::string(target) + " HTTP/1.1\r\nHost: localhost\r\n" + std::string(extra_headers) + "\r\n";
}

class HttpServer : public ::testing::Test {
 protected:
  void SetUp() override {
    router_.Add("GET", "/", [](Request&) { return Response::Html("<p>hello</p>"); });
    router_.Add("GET", "/public", [](Request&) {
      auto response = Response::Html("<p>public</p>");
      response.personal = false;
      return response;
    });
    router_.Add("GET", "/big", [](Request&) { return Response::Html(std::string(8192, 'x')); });
    router_.Add("GET", "/throw", [](Request&) -> Response { throw std::runtime_error("boom: secret detail"); });
    router_.Add("GET", "/slow", [](Request&) {
      std::this_thread::sleep_for(300ms);
      return Response::Text("slow done");
    });
    router_.Add("POST", "/echo", [](Request& request) { return Response::Text(request.body); });
    router_.Add("GET", "/families/{id}", [](Request& request) {
      return Response::Text(request.PathParam("id") + "|" + request.Query("q") + "|" + request.path + "|" +
                            request.request_id);
    });
    log_sink_ = std::make_shared<spdlog::sinks::ostream_sink_mt>(log_stream_);
    log_sink_->set_pattern("%v");
    access_log_ = std::make_shared<spdlog::logger>("access-test", log_sink_);
  }

  void TearDown() override {
    if (server_) server_->Stop();
  }

  unsigned short Start(ServerConfig config = {}) {
    config.port = 0;
    config.worker_threads = 2;
    server_ = std::make_unique<Server>(
        config, [this](Request& request) { return router_.Dispatch(request); }, metrics_, access_log_);
    return server_->Start();
  }

  /// The log so far, once it holds at least `lines` records: a record is written just
  /// after its response, so a client can read the response before the line exists.
  std::string AccessLog(std::size_t lines = 0) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(2);
    for (;;) {
      access_log_->flush();
      std::string text = log_stream_.str();
      if (static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) >= lines ||
          std::chrono::steady_clock::now() > deadline)
        return text;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
  }

  Router router_;
  Metrics metrics_;
  std::ostringstream log_stream_;
  std::shared_ptr<spdlog::sinks::ostream_sink_mt> log_sink_;
  std::shared_ptr<spdlog::logger> access_log_;
  std::unique_ptr<Server> server_;
};

TEST_F(HttpServer, KeepAliveAnswersTwoRequestsOnOneConnection) {
  Client client(Start());
  client.Send(Get("/"));
  const auto first = client.Read();
  EXPECT_EQ(first.status, 200);
  EXPECT_EQ(first.body, "<p>hello</p>");
  client.Send(Get("/families/a%20b?q=x+y"));
  const auto second = client.Read();
  EXPECT_EQ(second.status, 200);
  EXPECT_EQ(second.body.substr(0, second.body.rfind('|')), "a b|x y|/families/a b");
  const auto request_id = second.body.substr(second.body.rfind('|') + 1);
  EXPECT_EQ(request_id.size(), 16u);
  EXPECT_EQ(second.Header("x-request-id"), request_id);
  EXPECT_NE(first.Header("x-request-id"), second.Header("x-request-id"));
}

TEST_F(HttpServer, EveryResponseCarriesTheSecurityHeaders) {
  Client client(Start());
  for (const auto* target : {"/", "/nowhere"}) {
    client.Send(Get(target));
    const auto reply = client.Read();
    EXPECT_EQ(reply.Header("content-security-policy"), kContentSecurityPolicy) << target;
    EXPECT_EQ(reply.Header("x-content-type-options"), "nosniff");
    EXPECT_EQ(reply.Header("referrer-policy"), "strict-origin-when-cross-origin");
    EXPECT_EQ(reply.Header("x-frame-options"), "DENY");
    EXPECT_EQ(reply.Header("permissions-policy"), "camera=(), microphone=(), geolocation=()");
    EXPECT_EQ(reply.Header("cross-origin-opener-policy"), "same-origin");
    EXPECT_EQ(reply.Header("strict-transport-security"), "");
  }
}

TEST_F(HttpServer, HstsOnlyWhenPublicHttps) {
  ServerConfig config;
  config.public_https = true;
  Client client(Start(config));
  client.Send(Get("/"));
  EXPECT_EQ(client.Read().Header("strict-transport-security"), "max-age=31536000; includeSubDomains");
}

TEST_F(HttpServer, PersonalResponsesAreNoStore) {
  Client client(Start());
  client.Send(Get("/"));
  EXPECT_EQ(client.Read().Header("cache-control"), "no-store");
  client.Send(Get("/public"));
  EXPECT_EQ(client.Read().Header("cache-control"), "");
}

TEST_F(HttpServer, GzipWhenTheClientAsksForIt) {
  Client client(Start());
  client.Send(Get("/big", "Accept-Encoding: gzip, deflate\r\n"));
  const auto compressed = client.Read();
  EXPECT_EQ(compressed.Header("content-encoding"), "gzip");
  EXPECT_EQ(compressed.Header("vary"), "Accept-Encoding");
  EXPECT_EQ(GzipDecompress(compressed.body), std::string(8192, 'x'));

  client.Send(Get("/big"));
  const auto plain = client.Read();
  EXPECT_EQ(plain.Header("content-encoding"), "");
  EXPECT_EQ(plain.body, std::string(8192, 'x'));
}

TEST_F(HttpServer, HeadGetsTheLengthButNoBody) {
  Client client(Start());
  client.Send("HEAD / HTTP/1.1\r\nHost: localhost\r\n\r\n");
  const auto head = client.Read(/*head_request=*/true);
  EXPECT_EQ(head.status, 200);
  EXPECT_EQ(head.Header("content-length"), "12");
  client.Send(Get("/"));  // the next response follows directly: no stray body bytes
  EXPECT_EQ(client.Read().body, "<p>hello</p>");
}

TEST_F(HttpServer, PostBodyReachesTheHandler) {
  Client client(Start());
  client.Send("POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: 11\r\n\r\nname=Alice");
  client.Send("!");
  const auto reply = client.Read();
  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.body, "name=Alice!");
}

TEST_F(HttpServer, GarbageGets400AndTheServerStillAnswers) {
  const auto port = Start();
  {
    Client client(port);
    client.Send("\x01\x02 this is not http\r\n\r\n");
    EXPECT_EQ(client.Read().status, 400);
    EXPECT_TRUE(client.ClosedByServer());
  }
  {
    Client client(port);
    client.Send("GET /a%zz HTTP/1.1\r\nHost: localhost\r\n\r\n");
    EXPECT_EQ(client.Read().status, 400);
  }
  Client client(port);
  client.Send(Get("/"));
  EXPECT_EQ(client.Read().status, 200);
}

TEST_F(HttpServer, OversizedHeaderGets431) {
  Client client(Start());
  client.Send(Get("/", "X-Padding: " + std::string(20 * 1024, 'a') + "\r\n"));
  EXPECT_EQ(client.Read().status, 431);
}

TEST_F(HttpServer, OversizedBodyGets413) {
  ServerConfig config;
  config.max_body_bytes = 1024;
  const auto port = Start(config);
  {
    Client client(port);
    client.Send("POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5000\r\n\r\n" + std::string(5000, 'b'));
    EXPECT_EQ(client.Read().status, 413);
  }
  Client chunked(port);
  std::string body;
  for (int i = 0; i < 3; ++i) body += "200\r\n" + std::string(512, 'c') + "\r\n";
  chunked.Send("POST /echo HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n" + body + "0\r\n\r\n");
  EXPECT_EQ(chunked.Read().status, 413);
}

TEST_F(HttpServer, SlowClientIsCutOffAfterTheReadTimeout) {
  ServerConfig config;
  config.read_timeout = 1s;
  Client client(Start(config));
  const auto started = std::chrono::steady_clock::now();
  client.Send("GET / HTTP/1.1\r\nHost: loc");
  const auto reply = client.Read();
  const auto waited = std::chrono::steady_clock::now() - started;
  EXPECT_EQ(reply.status, 408);
  EXPECT_GE(waited, 900ms);
  EXPECT_LT(waited, 3s);
  EXPECT_TRUE(client.ClosedByServer());
}

TEST_F(HttpServer, ConnectionsOverTheCapGet503) {
  ServerConfig config;
  config.max_connections = 2;
  const auto port = Start(config);
  auto first = std::make_unique<Client>(port);
  Client second(port);
  first->Send(Get("/"));
  second.Send(Get("/"));
  EXPECT_EQ(first->Read().status, 200);
  EXPECT_EQ(second.Read().status, 200);
  {
    Client third(port);
    const auto reply = third.Read();
    EXPECT_EQ(reply.status, 503);
    EXPECT_EQ(reply.Header("connection"), "close");
    EXPECT_TRUE(third.ClosedByServer());
  }
  first.reset();  // frees a place
  std::this_thread::sleep_for(100ms);
  Client again(port);
  again.Send(Get("/"));
  EXPECT_EQ(again.Read().status, 200);
}

TEST_F(HttpServer, HandlerExceptionGives500AndTheServerLivesOn) {
  Client client(Start());
  client.Send(Get("/throw"));
  const auto reply = client.Read();
  EXPECT_EQ(reply.status, 500);
  EXPECT_EQ(reply.body.find("secret"), std::string::npos);
  client.Send(Get("/"));
  EXPECT_EQ(client.Read().status, 200);
}

TEST_F(HttpServer, StopLetsARequestInFlightFinish) {
  const auto port = Start();
  Client busy(port);
  Client idle(port);
  idle.Send(Get("/"));
  EXPECT_EQ(idle.Read().status, 200);

  busy.Send(Get("/slow"));
  std::this_thread::sleep_for(100ms);  // the handler is now sleeping on a worker
  const auto started = std::chrono::steady_clock::now();
  server_->Stop();
  EXPECT_LT(std::chrono::steady_clock::now() - started, 3s);
  const auto reply = busy.Read();
  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.body, "slow done");
  EXPECT_EQ(reply.Header("connection"), "close");
  EXPECT_TRUE(idle.ClosedByServer());
  EXPECT_THROW(Client{port}, std::runtime_error);
}

TEST_F(HttpServer, RunUntilSignalledReturnsOnSigterm) {
  Start();
  // Should the signal beat the handler's installation, it is ignored rather than fatal.
  const auto previous = std::signal(SIGTERM, SIG_IGN);
  auto running = std::async(std::launch::async, [this] { server_->RunUntilSignalled(); });
  std::this_thread::sleep_for(200ms);
  ::kill(::getpid(), SIGTERM);
  const bool returned = running.wait_for(3s) == std::future_status::ready;
  if (!returned) server_->Stop();
  running.wait();
  std::signal(SIGTERM, previous);
  EXPECT_TRUE(returned);
}

TEST_F(HttpServer, AccessLogAndMetricsNameTheRouteNotThePath) {
  Client client(Start());
  client.Send(Get("/families/Jane-Doe?q=private-search", "Cookie: session=secret-cookie\r\n"));
  EXPECT_EQ(client.Read().status, 200);
  client.Send(Get("/nowhere"));
  EXPECT_EQ(client.Read().status, 404);

  const auto log = AccessLog(2);
  EXPECT_NE(log.find("\"route\":\"GET /families/{id}\""), std::string::npos) << log;
  EXPECT_NE(log.find("\"status\":200"), std::string::npos);
  EXPECT_NE(log.find("\"route\":\"unmatched\""), std::string::npos);
  EXPECT_NE(log.find("\"remote\":\"127.0.0.1\""), std::string::npos);
  EXPECT_EQ(log.find("Jane-Doe"), std::string::npos);
  EXPECT_EQ(log.find("private-search"), std::string::npos);
  EXPECT_EQ(log.find("secret-cookie"), std::string::npos);

  const auto metrics = metrics_.RenderPrometheus();
  EXPECT_NE(metrics.find("alongside_http_requests_total{route=\"GET /families/{id}\",status=\"200\"} 1"),
            std::string::npos)
      << metrics;
}

}  // namespace
}  // namespace alongside::http
