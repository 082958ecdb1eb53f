#include "http/request_context.hpp"

#include "core/common/errors.hpp"

namespace alongside::http {

const Actor& RequestContext::RequireActor() const {
  if (!actor) throw Unauthorized();
  return *actor;
}

std::string SessionCookieName(bool secure) { return secure ? "__Host-alongside_session" : "alongside_session"; }

std::string CsrfCookieName(bool secure) { return secure ? "__Host-alongside_csrf" : "alongside_csrf"; }

std::string CookieHeader(const std::string& name, const std::string& value, bool secure, bool expire) {
  std::string header = name + "=" + (expire ? "" : value) + "; Path=/; HttpOnly; SameSite=Lax";
  if (secure) header += "; Secure";
  if (expire) header += "; Max-Age=0";
  return header;
}

}  // namespace alongside::http
