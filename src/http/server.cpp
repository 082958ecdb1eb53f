#include "http/server.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <spdlog/spdlog.h>

#include <csignal>
#include <optional>
#include <thread>
#include <vector>

#include "http/connection.hpp"

namespace alongside::http {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

struct Server::Impl {
  Impl(ServerConfig config, Dispatch dispatch, Metrics& metrics, std::shared_ptr<spdlog::logger> access_log)
      : state(std::move(config), std::move(dispatch), metrics, std::move(access_log)),
        io(state.config.io_threads > 0 ? state.config.io_threads : 1),
        acceptor(asio::make_strand(io)),
        work(io.get_executor()) {}

  asio::awaitable<void> AcceptLoop();

  // Declaration order is destruction order in reverse: the io_context (and the coroutine
  // frames it owns) goes before the state the connections refer to.
  ServerState state;
  asio::io_context io;
  tcp::acceptor acceptor;
  asio::executor_work_guard<asio::io_context::executor_type> work;
  std::optional<asio::signal_set> signals;
  std::vector<std::thread> io_threads;

  std::mutex lifecycle_mutex;
  std::condition_variable lifecycle_changed;
  bool started = false;
  bool signalled = false;
  bool stop_begun = false;
  bool stopped = false;
};

asio::awaitable<void> Server::Impl::AcceptLoop() {
  while (true) {
    auto [ec, socket] = co_await acceptor.async_accept(asio::make_strand(io), asio::as_tuple(asio::use_awaitable));
    if (ec) {
      if (ec == asio::error::operation_aborted || !acceptor.is_open() || state.stopping) co_return;
      // Typically EMFILE: back off briefly instead of spinning.
      spdlog::warn("accept failed: {}", ec.message());
      asio::steady_timer pause(acceptor.get_executor(), std::chrono::milliseconds(50));
      co_await pause.async_wait(asio::as_tuple(asio::use_awaitable));
      continue;
    }
    if (state.stopping) {
      boost::system::error_code ignored;
      socket.close(ignored);
      continue;
    }
    std::shared_ptr<Connection> connection;
    {
      std::lock_guard lock(state.mutex);
      if (state.connections.size() >= state.config.max_connections) {
        auto executor = socket.get_executor();
        asio::co_spawn(executor, RejectBusy(state, std::move(socket)), asio::detached);
        continue;
      }
      connection = std::make_shared<Connection>(state, std::move(socket));
      state.connections.emplace(connection.get(), connection);
    }
    asio::co_spawn(connection->executor(), connection->Run(), asio::detached);
  }
}

Server::Server(ServerConfig config, Dispatch dispatch, Metrics& metrics, std::shared_ptr<spdlog::logger> access_log)
    : impl_(std::make_unique<Impl>(std::move(config), std::move(dispatch), metrics, std::move(access_log))) {}

Server::~Server() { Stop(); }

unsigned short Server::Start() {
  std::lock_guard lifecycle(impl_->lifecycle_mutex);
  auto& impl = *impl_;
  if (impl.started) return impl.acceptor.local_endpoint().port();
  const tcp::endpoint endpoint(asio::ip::make_address(impl.state.config.host), impl.state.config.port);
  impl.acceptor.open(endpoint.protocol());
  impl.acceptor.set_option(tcp::acceptor::reuse_address(true));
  impl.acceptor.bind(endpoint);
  impl.acceptor.listen(asio::socket_base::max_listen_connections);
  const auto port = impl.acceptor.local_endpoint().port();

  asio::co_spawn(impl.acceptor.get_executor(), impl.AcceptLoop(), asio::detached);
  const int threads = impl.state.config.io_threads > 0 ? impl.state.config.io_threads : 1;
  for (int i = 0; i < threads; ++i) {
    impl.io_threads.emplace_back([&impl] {
      try {
        impl.io.run();
      } catch (const std::exception& error) {
        spdlog::critical("I/O thread stopped by an exception: {}", error.what());
      }
    });
  }
  impl.started = true;
  return port;
}

void Server::RunUntilSignalled() {
  if (!impl_->started) Start();
  auto& impl = *impl_;
  {
    std::lock_guard lifecycle(impl.lifecycle_mutex);
    if (!impl.stop_begun) {
      impl.signals.emplace(impl.io, SIGINT, SIGTERM);
      impl.signals->async_wait([&impl](boost::system::error_code ec, int signal_number) {
        if (ec) return;
        spdlog::info("signal {} received: shutting down", signal_number);
        std::lock_guard lock(impl.lifecycle_mutex);
        impl.signalled = true;
        impl.lifecycle_changed.notify_all();
      });
    }
  }
  {
    std::unique_lock lifecycle(impl.lifecycle_mutex);
    impl.lifecycle_changed.wait(lifecycle, [&] { return impl.signalled || impl.stop_begun; });
  }
  Stop();
}

void Server::Stop() {
  auto& impl = *impl_;
  {
    std::unique_lock lifecycle(impl.lifecycle_mutex);
    if (!impl.started) return;
    if (impl.stop_begun) {
      impl.lifecycle_changed.wait(lifecycle, [&] { return impl.stopped; });
      return;
    }
    impl.stop_begun = true;
    impl.lifecycle_changed.notify_all();
  }

  impl.state.stopping = true;
  asio::post(impl.acceptor.get_executor(), [&impl] {
    boost::system::error_code ignored;
    impl.acceptor.close(ignored);
  });
  // Take the connections out under the lock but post to them after it: the last reference
  // to a finished connection may be ours, and its destructor takes the same lock.
  std::vector<std::shared_ptr<Connection>> open;
  {
    std::lock_guard lock(impl.state.mutex);
    for (auto& [raw, weak] : impl.state.connections)
      if (auto connection = weak.lock()) open.push_back(std::move(connection));
  }
  for (auto& connection : open) asio::post(connection->executor(), [connection] { connection->CloseIfIdle(); });
  open.clear();
  {
    std::unique_lock lock(impl.state.mutex);
    const bool drained = impl.state.connections_changed.wait_for(
        lock, impl.state.config.shutdown_grace, [&] { return impl.state.connections.empty(); });
    if (!drained) spdlog::warn("{} connections still open after the grace period", impl.state.connections.size());
  }

  impl.work.reset();
  impl.io.stop();
  for (auto& thread : impl.io_threads) thread.join();
  impl.io_threads.clear();
  impl.signals.reset();
  impl.state.workers.join();

  std::lock_guard lifecycle(impl.lifecycle_mutex);
  impl.stopped = true;
  impl.lifecycle_changed.notify_all();
}

}  // namespace alongside::http
