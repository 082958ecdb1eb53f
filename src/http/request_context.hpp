#pragma once
/// What the pipeline knows about a request before a handler runs: who is signed in,
/// the CSRF token that forms must carry, and the parsed form body.

#include <optional>
#include <string>

#include "core/access/actor.hpp"
#include "http/form.hpp"

namespace alongside::http {

struct RequestContext {
  std::optional<Actor> actor;       ///< the signed-in person, if any
  bool had_stale_session = false;   ///< a session cookie came but is no longer valid
  bool via_bearer = false;          ///< authenticated with Authorization: Bearer
  std::string csrf_token;           ///< to embed in forms (session's, or the anonymous cookie's)
  bool set_csrf_cookie = false;     ///< a new anonymous CSRF cookie must be sent
  Form form;                        ///< parsed application/x-www-form-urlencoded body
  bool secure_cookies = false;      ///< the public URL is https

  /// The actor, or an anonymous one carrying the request id (for audit entries).
  const Actor& RequireActor() const;
};

/// Cookie names; `__Host-` prefixed when served over https.
std::string SessionCookieName(bool secure);
std::string CsrfCookieName(bool secure);
/// A Set-Cookie value: HttpOnly, SameSite=Lax, Path=/, Secure when secure.
std::string CookieHeader(const std::string& name, const std::string& value, bool secure, bool expire = false);

}  // namespace alongside::http
