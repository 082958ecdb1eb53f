-- Areas, organisations, people and their roles, sessions, email links, the outbox,
-- sign-in throttling, idempotent API writes and the append-only audit log.
-- Times are UTC milliseconds since the epoch; ids are UUIDv7 text.

CREATE TABLE areas (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL
);

CREATE TABLE organisations (
  id TEXT PRIMARY KEY,
  area_id TEXT NOT NULL REFERENCES areas(id),
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('peer_support_programme','universal_service','targeted_service',
                                     'specialist_service','childrens_social_care','commissioner')),
  created_at INTEGER NOT NULL
);
CREATE INDEX organisations_area ON organisations(area_id, name);

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  password_hash TEXT NOT NULL DEFAULT '',
  email_verified_at INTEGER,
  disabled_at INTEGER,
  created_at INTEGER NOT NULL
);
CREATE INDEX users_name ON users(name);

CREATE TABLE user_roles (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('parent','peer_supporter','coordinator','practitioner',
                                     'commissioner','administrator','member')),
  organisation_id TEXT REFERENCES organisations(id),
  created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX user_roles_unique ON user_roles(user_id, role, COALESCE(organisation_id, ''));
CREATE INDEX user_roles_organisation ON user_roles(organisation_id, user_id);

CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  csrf_token TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('browser','api_token')),
  label TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  revoked_at INTEGER
);
CREATE INDEX sessions_user ON sessions(user_id, kind);
CREATE INDEX sessions_expires ON sessions(expires_at);

CREATE TABLE email_tokens (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  purpose TEXT NOT NULL CHECK (purpose IN ('verify_email','reset_password')),
  token_hash TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at INTEGER
);

CREATE TABLE outbox (
  id TEXT PRIMARY KEY,
  to_address TEXT NOT NULL,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  claimed_by TEXT,
  claimed_at INTEGER,
  sent_at INTEGER,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT
);
CREATE INDEX outbox_unsent ON outbox(sent_at, created_at);

CREATE TABLE sign_in_failures (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  email_hash TEXT NOT NULL,
  address TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX sign_in_failures_email ON sign_in_failures(email_hash, at);
CREATE INDEX sign_in_failures_address ON sign_in_failures(address, at);

CREATE TABLE idempotency_keys (
  user_id TEXT NOT NULL,
  idempotency_key TEXT NOT NULL,
  method TEXT NOT NULL,
  path TEXT NOT NULL,
  status INTEGER NOT NULL,
  body TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (user_id, idempotency_key)
);

CREATE TABLE audit_log (
  id TEXT PRIMARY KEY,
  at INTEGER NOT NULL,
  actor_user_id TEXT NOT NULL DEFAULT '',
  actor_organisation_id TEXT NOT NULL DEFAULT '',
  action TEXT NOT NULL,
  record_type TEXT NOT NULL,
  record_id TEXT NOT NULL DEFAULT '',
  outcome TEXT NOT NULL CHECK (outcome IN ('allowed','refused','failed')),
  request_id TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_actor ON audit_log(actor_user_id, at);
CREATE INDEX audit_log_record ON audit_log(record_type, record_id, at);
CREATE INDEX audit_log_organisation ON audit_log(actor_organisation_id, at);

-- The audit log is append-only: nothing may change or remove an entry.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
