#pragma once
/// One client connection: reads requests (with the size and time limits), hands each to
/// the worker pool, writes the answer, and keeps the connection alive when allowed.
/// Internal to the server.

#include <boost/asio/awaitable.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core/flat_buffer.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "http/server.hpp"

namespace alongside::http {

class Connection;

/// What the server shares with its connections. Outlives every connection.
struct ServerState {
  ServerState(ServerConfig config_in, Server::Dispatch dispatch_in, Metrics& metrics_in,
              std::shared_ptr<spdlog::logger> access_log_in)
      : config(std::move(config_in)),
        dispatch(std::move(dispatch_in)),
        metrics(metrics_in),
        access_log(std::move(access_log_in)),
        workers(static_cast<std::size_t>(config.worker_threads > 0 ? config.worker_threads : 1)) {}

  const ServerConfig config;
  const Server::Dispatch dispatch;
  Metrics& metrics;
  const std::shared_ptr<spdlog::logger> access_log;
  boost::asio::thread_pool workers;
  std::atomic<bool> stopping{false};

  std::mutex mutex;
  std::condition_variable connections_changed;
  std::unordered_map<Connection*, std::weak_ptr<Connection>> connections;  ///< guarded by mutex

  /// Records a finished exchange in the metrics and the access log.
  void Record(const std::string& request_id, const std::string& method, const std::string& route, int status,
              std::chrono::steady_clock::time_point started, std::size_t bytes, const std::string& remote);
};

class Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(ServerState& state, boost::asio::ip::tcp::socket socket);
  ~Connection();

  /// Serves requests until the client leaves, a limit is hit, or the server stops.
  boost::asio::awaitable<void> Run();
  /// On shutdown: closes the connection now if it is waiting for a next request.
  /// Must run on the connection's strand.
  void CloseIfIdle();
  boost::asio::any_io_executor executor() { return socket_.get_executor(); }

 private:
  void Arm(std::chrono::steady_clock::duration timeout);
  void Disarm();
  boost::asio::awaitable<Response> Handle(Request& request);
  /// Writes a response; returns bytes written (0 on failure).
  boost::asio::awaitable<std::size_t> Write(Response response, const std::string& request_id,
                                            std::string_view accept_encoding, bool head, bool keep_alive,
                                            unsigned version);
  /// Answers a request that could not be read (400/408/413/431) and records it.
  boost::asio::awaitable<void> Reject(int status, std::string_view message, const std::string& method,
                                      std::chrono::steady_clock::time_point started);
  /// Half-closes, then discards what the client is still sending (briefly) so the close
  /// does not reset the connection before the client has read our answer.
  boost::asio::awaitable<void> Linger();

  ServerState& state_;
  boost::asio::ip::tcp::socket socket_;
  boost::asio::steady_timer deadline_;
  std::uint64_t deadline_generation_ = 0;
  bool timed_out_ = false;
  bool idle_ = false;
  std::string remote_address_;
  boost::beast::flat_buffer buffer_;
};

/// Answers 503 to a connection over the cap and closes it.
boost::asio::awaitable<void> RejectBusy(ServerState& state, boost::asio::ip::tcp::socket socket);

}  // namespace alongside::http
