#pragma once
/// The request pipeline around every handler: static assets, routing, who is signed in,
/// CSRF on forms, and typed errors turned into a page or a problem document, with every
/// refused access written to the audit log.

#include <memory>
#include <string>

#include <spdlog/logger.h>

#include "core/services.hpp"
#include "http/route_table.hpp"
#include "http/router.hpp"
#include "http/static_files.hpp"
#include "web/common/views.hpp"

namespace alongside::app {

class Pipeline {
 public:
  Pipeline(Services& services, const web::Views& views, const http::StaticFiles& assets, bool secure_cookies,
           std::shared_ptr<spdlog::logger> log);

  /// Registers every route of `table` behind the pipeline.
  void Mount(const http::RouteTable& table);
  /// The server's dispatch function.
  http::Response Handle(http::Request& request);
  const http::Router& router() const { return router_; }

 private:
  http::Response Run(const http::RouteSpec& spec, http::Request& request);
  void Authenticate(const http::RouteSpec& spec, http::Request& request, http::RequestContext& context);
  http::Response Refuse(const http::RouteSpec& spec, const http::Request& request, const http::RequestContext& context,
                        int status, const std::string& title, const std::string& detail);
  http::Response FromError(const http::RouteSpec& spec, const http::Request& request,
                           const http::RequestContext& context, const std::exception& error);

  Services& services_;
  const web::Views& views_;
  const http::StaticFiles& assets_;
  bool secure_cookies_;
  std::shared_ptr<spdlog::logger> log_;
  http::Router router_;
};

}  // namespace alongside::app
