#pragma once
/// The HTTP/1.1 server: Beast on Asio with C++20 coroutines. I/O threads only parse and
/// write; every Dispatch call runs on a separate worker pool because handlers make
/// blocking database calls.

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "http/message.hpp"
#include "http/metrics.hpp"

namespace spdlog {
class logger;
}

namespace alongside::http {

struct ServerConfig {
  std::string host = "127.0.0.1";
  unsigned short port = 8080;  ///< 0 = pick a free port (Start returns it)
  int io_threads = 1;
  int worker_threads = 4;
  std::size_t max_header_bytes = 16 * 1024;  ///< over -> 431
  std::size_t max_body_bytes = 1024 * 1024;  ///< over -> 413
  /// The whole request (headers and body) must arrive within this after its first byte;
  /// slower clients get 408 and are disconnected.
  std::chrono::seconds read_timeout{15};
  std::chrono::seconds idle_timeout{60};  ///< keep-alive connection with no request
  std::size_t max_connections = 1024;     ///< over -> accepted, answered 503, closed
  bool public_https = false;              ///< adds HSTS; sets Request::secure
  /// How long Stop() waits for requests in flight before closing everything.
  std::chrono::seconds shutdown_grace{10};
};

class Server {
 public:
  /// Called on a worker thread for each well-formed request; the response gets the
  /// security headers, X-Request-Id, no-store (when personal) and gzip added afterwards.
  /// An exception escaping it is logged and answered with a generic 500.
  using Dispatch = std::function<Response(Request&)>;

  /// `metrics` must outlive the server. `access_log` receives one JSON line per request
  /// (route pattern, status, timing; never paths, queries, bodies or cookies); may be null.
  Server(ServerConfig config, Dispatch dispatch, Metrics& metrics, std::shared_ptr<spdlog::logger> access_log);
  ~Server();  ///< Stops the server if it is still running.
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  /// Binds, listens and starts the I/O and worker threads; returns the bound port.
  /// Non-blocking. Throws boost::system::system_error if the address cannot be bound.
  unsigned short Start();

  /// Blocks until SIGTERM or SIGINT (or Stop() from another thread), then shuts down
  /// gracefully and returns, so the caller can close the database. Starts the server if
  /// Start() was not called.
  void RunUntilSignalled();

  /// Stops accepting, closes idle keep-alive connections, lets requests in flight finish
  /// and be written (up to shutdown_grace), then closes everything and joins the threads.
  /// Idempotent; safe to call from any thread except the server's own.
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace alongside::http
