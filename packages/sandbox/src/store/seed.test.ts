import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { partnerOfSecretKey } from '../auth/secret-keys.js';
import { TEST_SECRET_KEYS } from '../auth/test-keys.js';
import { holidays, locations, partners, procedures, wards } from '../seed/seed-data.js';
import { openDatabase, readMeta, type SandboxDatabase } from './database.js';
import { SEEDED_AT_KEY, seedDatabase } from './seed.js';

const SEED_TABLES = [
  'fields',
  'procedures',
  'wards',
  'partners',
  'partner_keys',
  'locations',
  'holidays',
] as const;

function countRows(db: SandboxDatabase, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** Every row of the seeded tables, to compare a database before and after a second start. */
function snapshot(db: SandboxDatabase): Record<string, unknown[]> {
  return Object.fromEntries(
    SEED_TABLES.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()]),
  );
}

describe('seedDatabase', () => {
  let dir: string;
  let db: SandboxDatabase;
  const firstStart = new Date('2025-11-27T02:00:00Z');

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dvc-seed-test-'));
    db = openDatabase(join(dir, 'sandbox.db'));
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('inserts every seed record on the first start', () => {
    expect(seedDatabase(db, firstStart)).toBe(true);

    expect(countRows(db, 'procedures')).toBe(procedures.length);
    expect(countRows(db, 'wards')).toBe(wards.length);
    expect(countRows(db, 'partners')).toBe(partners.length);
    expect(countRows(db, 'locations')).toBe(locations.length);
    expect(countRows(db, 'holidays')).toBe(holidays.length);
    expect(readMeta(db, SEEDED_AT_KEY)).toBe(firstStart.toISOString());
  });

  it('derives one field per distinct field of the procedures', () => {
    seedDatabase(db, firstStart);
    const seededFields = (
      db.prepare('SELECT code FROM fields ORDER BY code').all() as { code: string }[]
    ).map((row) => row.code);
    expect(seededFields).toEqual([...new Set(procedures.map((procedure) => procedure.field.code))].sort());
  });

  it('stores the procedure detail as it is, with the filter columns beside it', () => {
    seedDatabase(db, firstStart);
    const birth = procedures.find((procedure) => procedure.code === '1.001193')!;
    const row = db.prepare('SELECT * FROM procedures WHERE code = ?').get('1.001193') as {
      field_code: string;
      online_level: string;
      agent_assisted: number;
      data: string;
    };
    expect(JSON.parse(row.data)).toEqual(birth);
    expect(row).toMatchObject({
      field_code: birth.field.code,
      online_level: birth.onlineLevel,
      agent_assisted: birth.agentAssisted ? 1 : 0,
    });
  });

  it('stores the test secret keys hashed, and they authenticate their partner', () => {
    seedDatabase(db, firstStart);
    const hashes = (db.prepare('SELECT key_hash FROM partner_keys').all() as { key_hash: string }[]).map(
      (row) => row.key_hash,
    );
    expect(hashes).toHaveLength(Object.keys(TEST_SECRET_KEYS).length);
    for (const [partner, key] of Object.entries(TEST_SECRET_KEYS)) {
      expect(hashes).not.toContain(key);
      expect(partnerOfSecretKey(db, key)).toBe(partner);
    }
    expect(partnerOfSecretKey(db, 'sk_test_unknown_0000000000000000')).toBeUndefined();
  });

  it('changes nothing on a second start', () => {
    seedDatabase(db, firstStart);
    const before = snapshot(db);

    expect(seedDatabase(db, new Date('2025-12-01T02:00:00Z'))).toBe(false);

    expect(snapshot(db)).toEqual(before);
    expect(readMeta(db, SEEDED_AT_KEY)).toBe(firstStart.toISOString());
  });

  it('keeps the seed when the same file is opened again', () => {
    seedDatabase(db, firstStart);
    const before = snapshot(db);
    db.close();
    db = openDatabase(join(dir, 'sandbox.db'));

    expect(seedDatabase(db, new Date('2025-12-01T02:00:00Z'))).toBe(false);
    expect(snapshot(db)).toEqual(before);
  });

  it('seeds within a second', () => {
    // One transaction with prepared statements takes tens of milliseconds; row-by-row autocommit on a
    // file takes seconds. A second leaves room for a slow CI disk while catching the latter.
    const started = performance.now();
    seedDatabase(db, firstStart);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
