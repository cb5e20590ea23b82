-- Staff accounts (issue "the staff workspace" §1): members of staff with a role and a department of the department
-- directory, sessions kept here so that every instance checks and revokes the same ones, failed sign-ins counted per
-- (login, client) for a timed lock, and an append-only record of every change an administrator makes.

CREATE TABLE staff_users (
  id                    bigserial PRIMARY KEY,
  login                 text NOT NULL UNIQUE CHECK (login ~ '^[a-z0-9][a-z0-9._-]{1,31}$'),
  display_name          text NOT NULL,
  role                  text NOT NULL CHECK (role IN ('intake', 'handler', 'supervisor', 'auditor', 'admin')),
  -- the directory code of the department ('' the ministry, '32' a province, '3201' a city, '320115' a county)
  department_code       text NOT NULL CHECK (department_code ~ '^([0-9]{2}|[0-9]{4}|[0-9]{6})?$'),
  disabled              boolean NOT NULL DEFAULT false,
  password_hash         text NOT NULL,            -- Argon2id, encoded with its parameters and salt
  must_change_password  boolean NOT NULL,         -- a one-time password: changed at the first sign-in
  password_expires_at   timestamptz,              -- a one-time password stops working then
  created_at            timestamptz NOT NULL,
  updated_at            timestamptz NOT NULL,
  last_login_at         timestamptz
);

-- Only a SHA-256 of the session id is kept: a copy of this table opens no session.
CREATE TABLE staff_sessions (
  id_hash       bytea PRIMARY KEY,
  user_id       bigint NOT NULL REFERENCES staff_users (id),
  created_at    timestamptz NOT NULL,
  last_seen_at  timestamptz NOT NULL,             -- idle timeout counts from here
  expires_at    timestamptz NOT NULL,             -- absolute end
  client        text NOT NULL,
  ended_at      timestamptz,
  end_reason    text CHECK (end_reason IN ('logout', 'revoked', 'disabled', 'password_changed'))
);
CREATE INDEX staff_sessions_open_by_user ON staff_sessions (user_id) WHERE ended_at IS NULL;

-- Failed sign-ins per (login as typed, client address). The typed login is kept as a SHA-256 only: someone may type
-- a password or their name into the login field. A lock is always timed (it grows, capped), never permanent.
CREATE TABLE staff_login_failures (
  login_hash       bytea NOT NULL,
  client           text NOT NULL,
  failures         integer NOT NULL,
  last_failure_at  timestamptz NOT NULL,
  locked_until     timestamptz,
  PRIMARY KEY (login_hash, client)
);

-- Every change to a member of staff: who made it, when, to whom, what (never a password).
CREATE TABLE staff_changes (
  id      bigserial PRIMARY KEY,
  at      timestamptz NOT NULL,
  actor   text NOT NULL,                          -- 'staff:<login>' or 'cli:<system user>'
  login   text NOT NULL,
  change  text NOT NULL,
  detail  jsonb
);
CREATE INDEX staff_changes_by_login ON staff_changes (login, id);
CREATE TRIGGER staff_changes_append_only BEFORE UPDATE OR DELETE ON staff_changes
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE INDEX access_log_by_at ON access_log (at);
