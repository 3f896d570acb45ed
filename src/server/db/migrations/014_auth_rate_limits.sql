-- Sign-in attempts per address, counted in the database so that every Kring process behind a
-- load balancer shares one limit (issue 13). The address is kept only as a SHA-256 together with
-- the route, and only for the current one-minute window. Installation-wide, before anyone is
-- signed in: no organisation, so no row-level security; only the owner role (pre-login
-- requests) uses it.
CREATE TABLE auth_rate_limits (
  key_hash text PRIMARY KEY,
  window_start timestamptz NOT NULL,
  attempts integer NOT NULL
);
CREATE INDEX auth_rate_limits_window ON auth_rate_limits (window_start);
