-- Failed sign-ins are counted per account and per address (issue 18, D35). Counted on the user
-- row, five wrong passwords from anyone locked any account: an attacker could lock a colleague
-- out, and concurrent attempts overwrote each other's count. Now each (account, address) pair has
-- its own count, raised in one statement, and a lock holds only for that address.
CREATE TABLE login_failures (
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  -- A SHA-256 of the client's address: enough to tell addresses apart, not to show them.
  address text NOT NULL,
  failures integer NOT NULL DEFAULT 0 CHECK (failures >= 0),
  locked_until timestamptz,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (user_id, address)
);

-- Row-level security and the application role's rights, as for every organisation table (migration 003).
SELECT kring_isolate_tenant_table('login_failures');

ALTER TABLE users DROP COLUMN failed_logins;
ALTER TABLE users DROP COLUMN locked_until;
