/**
 * The sandbox's tables. Catalogue rows keep the contract's JSON as it is (`data`) next to the columns
 * that filters and joins need, so reads return exactly what was seeded.
 */
export const SCHEMA_VERSION = 1;

export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS fields (code TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS procedures (
  code TEXT PRIMARY KEY,
  field_code TEXT NOT NULL REFERENCES fields(code),
  online_level TEXT NOT NULL,
  agent_assisted INTEGER NOT NULL,
  data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS wards (code TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS partners (code TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS partner_keys (
  key_hash TEXT PRIMARY KEY,
  partner_code TEXT NOT NULL REFERENCES partners(code),
  key_prefix TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS locations (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  ward_code TEXT NOT NULL REFERENCES wards(code),
  partner_code TEXT REFERENCES partners(code),
  accepts_result_return INTEGER NOT NULL,
  data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS locations_by_type ON locations(type, ward_code);
CREATE TABLE IF NOT EXISTS holidays (date TEXT PRIMARY KEY, data TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS attachments (
  id TEXT PRIMARY KEY,
  partner_code TEXT NOT NULL,
  file_name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  document_code TEXT,
  content BLOB NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS dossier_sequences (day_key TEXT PRIMARY KEY, last_value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS dossiers (
  code TEXT PRIMARY KEY,
  code_normalized TEXT NOT NULL UNIQUE,
  partner_code TEXT,
  agent_point_id TEXT,
  procedure_code TEXT NOT NULL REFERENCES procedures(code),
  status TEXT NOT NULL,
  owner_personal_id TEXT NOT NULL,
  submitted_at TEXT NOT NULL,
  data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS dossiers_by_partner ON dossiers(partner_code, submitted_at);

CREATE TABLE IF NOT EXISTS idempotency_keys (
  partner_code TEXT NOT NULL,
  key TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('in-flight', 'done')),
  response_status INTEGER,
  response_body TEXT,
  response_headers TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (partner_code, key)
);
CREATE INDEX IF NOT EXISTS idempotency_keys_by_age ON idempotency_keys(created_at);

CREATE TABLE IF NOT EXISTS dossier_ratings (
  dossier_code TEXT PRIMARY KEY REFERENCES dossiers(code),
  data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS location_ratings (
  id TEXT PRIMARY KEY,
  location_id TEXT NOT NULL REFERENCES locations(id),
  partner_code TEXT,
  data TEXT NOT NULL
);
`;
