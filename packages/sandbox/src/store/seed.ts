import { addSecretKey } from '../auth/secret-keys.js';
import { TEST_SECRET_KEYS } from '../auth/test-keys.js';
import { holidays, locations, partners, procedures, wards } from '../seed/seed-data.js';
import type { Field, ProcedureDetail } from '../seed/seed-types.js';
import { readMeta, type SandboxDatabase, writeMeta } from './database.js';

/** The `meta` key whose presence says the seed data is in; its value is when it went in. */
export const SEEDED_AT_KEY = 'seeded_at';

/**
 * The distinct fields of the procedures, in order of first appearance. Fields are not seeded on their
 * own: a field with no procedure would be a filter that always finds nothing.
 */
function fieldsOf(seedProcedures: readonly ProcedureDetail[]): Field[] {
  const byCode = new Map<string, Field>();
  for (const procedure of seedProcedures) {
    if (!byCode.has(procedure.field.code)) byCode.set(procedure.field.code, procedure.field);
  }
  return [...byCode.values()];
}

/**
 * Inserts the seed data — procedures and their fields, wards, partners, locations, holidays and the
 * partners' test secret keys (hashed) — on the first start of a database, in one transaction: a crash
 * half-way leaves an unseeded database that the next start seeds again, never a partial catalogue.
 *
 * A database that already carries `seeded_at` is left untouched, so restarting a sandbox keeps its
 * dossiers and never duplicates or rewrites the catalogue.
 *
 * @returns whether this call seeded the database.
 */
export function seedDatabase(db: SandboxDatabase, now: Date): boolean {
  if (readMeta(db, SEEDED_AT_KEY) !== undefined) return false;

  // Prepared once and reused for every row: thousands of statements compile once each.
  const insertField = db.prepare('INSERT INTO fields (code, data) VALUES (?, ?)');
  const insertProcedure = db.prepare(
    'INSERT INTO procedures (code, field_code, online_level, agent_assisted, data) VALUES (?, ?, ?, ?, ?)',
  );
  const insertWard = db.prepare('INSERT INTO wards (code, data) VALUES (?, ?)');
  const insertPartner = db.prepare('INSERT INTO partners (code, data) VALUES (?, ?)');
  const insertLocation = db.prepare(
    'INSERT INTO locations (id, type, ward_code, partner_code, accepts_result_return, data) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertHoliday = db.prepare('INSERT INTO holidays (date, data) VALUES (?, ?)');

  const seed = db.transaction(() => {
    // Another process may have seeded the same file between our check and the write lock.
    if (readMeta(db, SEEDED_AT_KEY) !== undefined) return false;
    // Parents before children: the foreign keys are checked row by row.
    for (const field of fieldsOf(procedures)) insertField.run(field.code, JSON.stringify(field));
    for (const procedure of procedures) {
      insertProcedure.run(
        procedure.code,
        procedure.field.code,
        procedure.onlineLevel,
        procedure.agentAssisted ? 1 : 0,
        JSON.stringify(procedure),
      );
    }
    for (const ward of wards) insertWard.run(ward.code, JSON.stringify(ward));
    for (const partner of partners) insertPartner.run(partner.code, JSON.stringify(partner));
    for (const location of locations) {
      insertLocation.run(
        location.id,
        location.type,
        location.wardCode,
        location.partnerCode,
        location.acceptsResultReturn ? 1 : 0,
        JSON.stringify(location),
      );
    }
    for (const holiday of holidays) insertHoliday.run(holiday.date, JSON.stringify(holiday));
    for (const [partnerCode, key] of Object.entries(TEST_SECRET_KEYS)) {
      addSecretKey(db, partnerCode as keyof typeof TEST_SECRET_KEYS, key, now);
    }
    writeMeta(db, SEEDED_AT_KEY, now.toISOString());
    return true;
  });
  // IMMEDIATE takes the write lock at once, so two processes opening one new file cannot both seed.
  return seed.immediate();
}
