#include "http/connection.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>

#include <spdlog/spdlog.h>

#include "http/access_log.hpp"
#include "http/bad_request.hpp"
#include "http/security_headers.hpp"
#include "http/wire.hpp"

namespace alongside::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using Clock = std::chrono::steady_clock;

namespace {

constexpr auto kAsTuple = asio::as_tuple(asio::use_awaitable);
constexpr std::size_t kReadChunk = 8 * 1024;
constexpr std::size_t kLingerMaxBytes = 4 * 1024 * 1024;
constexpr auto kLingerTime = std::chrono::seconds(2);

/// A parse error from Beast (as opposed to the client leaving or a socket error).
bool IsMalformed(const boost::system::error_code& ec) {
  static const auto& kHttpCategory = bhttp::make_error_code(bhttp::error::bad_method).category();
  return ec.category() == kHttpCategory && ec != bhttp::error::end_of_stream &&
         ec != bhttp::error::partial_message;
}

}  // namespace

void ServerState::Record(const std::string& request_id, const std::string& method, const std::string& route,
                         int status, Clock::time_point started, std::size_t bytes, const std::string& remote) {
  const std::chrono::duration<double> elapsed = Clock::now() - started;
  const std::string& route_name = route.empty() ? std::string("unmatched") : route;
  metrics.Observe(route_name, status, elapsed.count());
  LogAccess(access_log.get(), AccessRecord{request_id, method, route_name, status, elapsed.count() * 1000.0, bytes,
                                           remote});
}

Connection::Connection(ServerState& state, asio::ip::tcp::socket socket)
    : state_(state), socket_(std::move(socket)), deadline_(socket_.get_executor()) {
  boost::system::error_code ec;
  const auto endpoint = socket_.remote_endpoint(ec);
  if (!ec) remote_address_ = endpoint.address().to_string();
  socket_.set_option(asio::ip::tcp::no_delay(true), ec);
}

Connection::~Connection() {
  std::lock_guard lock(state_.mutex);
  state_.connections.erase(this);
  state_.connections_changed.notify_all();
}

void Connection::Arm(Clock::duration timeout) {
  const auto generation = ++deadline_generation_;
  timed_out_ = false;
  deadline_.expires_after(timeout);
  deadline_.async_wait([self = shared_from_this(), generation](boost::system::error_code ec) {
    if (ec || generation != self->deadline_generation_) return;
    self->timed_out_ = true;
    boost::system::error_code ignored;
    self->socket_.cancel(ignored);
  });
}

void Connection::Disarm() {
  ++deadline_generation_;
  deadline_.cancel();
}

void Connection::CloseIfIdle() {
  if (!idle_) return;
  boost::system::error_code ignored;
  socket_.cancel(ignored);
}

asio::awaitable<void> Connection::Run() {
  auto self = shared_from_this();
  const auto& config = state_.config;
  while (!state_.stopping) {
    if (buffer_.size() == 0) {
      idle_ = true;
      Arm(config.idle_timeout);
      auto [ec, n] = co_await socket_.async_read_some(buffer_.prepare(kReadChunk), kAsTuple);
      idle_ = false;
      if (ec) break;  // client left, idle timeout, or shutdown
      buffer_.commit(n);
    }

    const auto started = Clock::now();
    Arm(config.read_timeout);
    bhttp::request_parser<bhttp::string_body> parser;
    parser.header_limit(static_cast<std::uint32_t>(config.max_header_bytes));
    parser.body_limit(config.max_body_bytes);

    auto [header_ec, header_bytes] = co_await bhttp::async_read_header(socket_, buffer_, parser, kAsTuple);
    const std::string method = header_ec ? std::string() : std::string(parser.get().method_string());
    auto read_ec = header_ec;
    if (!read_ec) {
      const auto declared = parser.content_length();
      if (declared && *declared > config.max_body_bytes) {
        read_ec = bhttp::error::body_limit;
      } else if (!parser.is_done()) {
        if (beast::iequals(parser.get()[bhttp::field::expect], "100-continue")) {
          static constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
          auto [continue_ec, continue_bytes] =
              co_await asio::async_write(socket_, asio::buffer(kContinue.data(), kContinue.size()), kAsTuple);
          if (continue_ec) break;
        }
        auto [body_ec, body_bytes] = co_await bhttp::async_read(socket_, buffer_, parser, kAsTuple);
        read_ec = body_ec;
      }
    }

    if (read_ec) {
      if (timed_out_) {
        co_await Reject(408, "Request timeout", method, started);
      } else if (read_ec == bhttp::error::header_limit) {
        co_await Reject(431, "Request header fields too large", method, started);
      } else if (read_ec == bhttp::error::body_limit) {
        co_await Reject(413, "Content too large", method, started);
      } else if (IsMalformed(read_ec)) {
        co_await Reject(400, "Bad request", method, started);
      }
      // Otherwise the client went away mid-request (or the server is stopping): just close.
      break;
    }
    Disarm();

    auto message = parser.release();
    const bool head = message.method() == bhttp::verb::head;
    const unsigned version = message.version();
    const bool keep_alive = message.keep_alive();
    const std::string accept_encoding(message[bhttp::field::accept_encoding]);
    const std::string request_id = NewRequestId();

    Request request;
    Response response;
    bool well_formed = true;
    try {
      request = ToRequest(std::move(message), remote_address_, request_id, config.public_https);
    } catch (const BadRequest& error) {
      well_formed = false;
      response = PlainError(400, "Bad request");
    }
    if (well_formed) response = co_await Handle(request);

    const auto route = response.route;
    const int status = response.status;
    const bool keep_going = well_formed && keep_alive && !state_.stopping;
    const auto bytes = co_await Write(std::move(response), request_id, accept_encoding, head, keep_going, version);
    state_.Record(request_id, method, route, status, started, bytes, remote_address_);
    if (bytes == 0 || !keep_going) {
      if (!well_formed) co_await Linger();
      break;
    }
  }
  Disarm();
  boost::system::error_code ignored;
  socket_.shutdown(asio::ip::tcp::socket::shutdown_both, ignored);
  socket_.close(ignored);
}

asio::awaitable<Response> Connection::Handle(Request& request) {
  try {
    // Handlers block on the database: run them on the worker pool, then resume here on
    // the connection's strand.
    co_return co_await asio::co_spawn(
        state_.workers.get_executor(),
        [this, &request]() -> asio::awaitable<Response> { co_return state_.dispatch(request); },
        asio::use_awaitable);
  } catch (const BadRequest& error) {
    spdlog::info("bad request {}: {}", request.request_id, error.what());
    co_return PlainError(400, "Bad request");
  } catch (const std::exception& error) {
    spdlog::error("unhandled exception in request {}: {}", request.request_id, error.what());
  } catch (...) {
    spdlog::error("unhandled non-standard exception in request {}", request.request_id);
  }
  co_return PlainError(500, "Something went wrong. Please try again later.");
}

asio::awaitable<std::size_t> Connection::Write(Response response, const std::string& request_id,
                                               std::string_view accept_encoding, bool head, bool keep_alive,
                                               unsigned version) {
  FinishResponse(response, accept_encoding, request_id, state_.config.public_https);
  auto wire = ToWire(std::move(response), head, keep_alive, version == 10 ? 10 : 11);
  Arm(state_.config.read_timeout);  // a client that does not read its answer is cut off too
  auto [ec, bytes] = co_await bhttp::async_write(socket_, wire, kAsTuple);
  Disarm();
  co_return ec ? 0 : bytes;
}

asio::awaitable<void> Connection::Reject(int status, std::string_view message, const std::string& method,
                                         Clock::time_point started) {
  Disarm();
  const auto request_id = NewRequestId();
  const auto bytes = co_await Write(PlainError(status, message), request_id, {}, false, false, 11);
  state_.Record(request_id, method, "unmatched", status, started, bytes, remote_address_);
  if (bytes > 0) co_await Linger();
}

asio::awaitable<void> Connection::Linger() {
  boost::system::error_code ec;
  socket_.shutdown(asio::ip::tcp::socket::shutdown_send, ec);
  if (ec) co_return;
  Arm(kLingerTime);
  std::size_t discarded = 0;
  char sink[kReadChunk];
  while (discarded < kLingerMaxBytes) {
    auto [read_ec, n] = co_await socket_.async_read_some(asio::buffer(sink), kAsTuple);
    if (read_ec) break;
    discarded += n;
  }
  Disarm();
}

asio::awaitable<void> RejectBusy(ServerState& state, asio::ip::tcp::socket socket) {
  const auto started = Clock::now();
  const auto request_id = NewRequestId();
  boost::system::error_code ec;
  const auto endpoint = socket.remote_endpoint(ec);
  const std::string remote = ec ? std::string() : endpoint.address().to_string();

  auto response = PlainError(503, "The service is busy. Please try again in a moment.");
  response.SetHeader("Retry-After", "1");
  FinishResponse(response, {}, request_id, state.config.public_https);
  auto wire = ToWire(std::move(response), false, false, 11);
  // The socket buffer of a fresh connection takes this small answer at once; the timer
  // only guards against a pathological peer.
  asio::steady_timer guard(socket.get_executor());
  guard.expires_after(std::chrono::seconds(2));
  guard.async_wait([&socket](boost::system::error_code wait_ec) {
    if (!wait_ec) socket.cancel(wait_ec);
  });
  auto [write_ec, bytes] = co_await bhttp::async_write(socket, wire, kAsTuple);
  guard.cancel();
  state.Record(request_id, "", "unmatched", 503, started, write_ec ? 0 : bytes, remote);
  socket.shutdown(asio::ip::tcp::socket::shutdown_both, ec);
  socket.close(ec);
}

}  // namespace alongside::http
