// Exactly once under a seeded storm of faults: 1,000 logical submissions, each a distinct valid dossier,
// go through `dossiers.create` behind the fault layer — by the client's own retries and resumes from its
// store, by a "reloaded" page that holds only the error's key, and through counter outboxes — and the
// sandbox's database must then hold exactly one dossier per submission: none lost, none doubled.
import {
  createClient,
  createMemoryIdempotencyStore,
  type DossierCreate,
  type DossierCreated,
  type DvcClient,
  type IdempotencyStore,
  isDefinitiveRejection,
  isDvcError,
} from '@dvc-kit/client';
import { createMemoryOutboxStore, createOutbox, type OutboxStore } from '@dvc-kit/client/outbox';
import type { RunningSandbox } from '@dvc-kit/sandbox';
import { mintEmbedToken, startTestSandbox } from '@dvc-kit/sandbox/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BirthRegistrationFiles,
  birthRegistration,
  COUNTER_STAFF,
  OWNER,
  uploadBirthRegistrationFiles,
  VNPOST_AGENT_POINT,
} from '../support/birth-registration.js';
import {
  createFaultInjector,
  FAULT_KINDS,
  type FaultInjector,
  type FaultKind,
  type FaultRecord,
} from './fault-injecting-fetch.js';
import { pickWeighted, type Random, runSeed, streamOf } from './seeded-random.js';

/** The number: at least 1,000 logical submissions. */
const SUBMISSIONS = 1_000;
/** Submissions (or outboxes) in flight at once: several counters and citizens at the same time. */
const CONCURRENCY = 8;
/** Dossiers queued per counter outbox: a morning's queue at a busy agent point. */
const OUTBOX_SIZE = 25;
/** A fifth of the submissions go through counter outboxes (8 of them), the rest straight to `create`. */
const OUTBOX_SUBMISSIONS = 200;
/**
 * The per-attempt timeout of a submission. Far above the sandbox's few milliseconds per dossier on a
 * loaded two-core machine, so that only the `delay` fault times out, and short so that each costs little.
 */
const SUBMIT_TIMEOUT_MS = 500;
/**
 * Each submission stays this long in flight inside the sandbox, so that retries after a reset and
 * duplicated copies often meet the original still running (409 `request-in-progress`).
 */
const SUBMISSION_DELAY_MS = 10;
/** Resumes (reloads) a submission may need; with these fault rates more than 5 is already rare. */
const MAX_RESUMES = 30;
/** Flushes an outbox may need: each stops at the first item whose retries all failed. */
const MAX_FLUSHES = 200;
/**
 * The test takes about 20 s alone and 25 s beside the other test files on a two-core machine; 90 s
 * leaves room for a slower machine without letting a hang go unnoticed for long.
 */
const TEST_TIMEOUT_MS = 90_000;

/**
 * How often each fault hits a request. About half the requests meet one, so most submissions need a
 * retry, and the client's own three attempts all fail for about one call in eight, which exercises the
 * resumes.
 */
const FAULT_WEIGHTS: Readonly<Record<FaultKind, number>> = {
  none: 52,
  'drop-response': 10,
  'reset-before': 8,
  'reset-after': 8,
  unavailable: 8,
  delay: 6,
  duplicate: 8,
};

/** How a logical submission is driven to completion when `create` fails. */
type Mode = 'resume-from-store' | 'resume-with-error-key';

const SEED = runSeed();

let sandbox: RunningSandbox;
let token: string;
let files: BirthRegistrationFiles;
const injectors: FaultInjector[] = [];
// How often each way of picking a submission up again was needed.
const resumes = { fromStore: 0, withErrorKey: 0, outboxReloads: 0 };

beforeAll(async () => {
  sandbox = await startTestSandbox({
    submissionDelayMs: SUBMISSION_DELAY_MS,
    // One token sends a few thousand requests in a few seconds here: far over the default 600 a minute.
    rateLimit: { max: 1_000_000, windowMs: 60_000, lookupMax: 60 },
  });
  token = await mintEmbedToken(sandbox, { agentPointId: VNPOST_AGENT_POINT, staff: COUNTER_STAFF });
  files = await uploadBirthRegistrationFiles(createClient({ baseUrl: sandbox.url, getToken: () => token }));
});
afterAll(async () => {
  await sandbox?.close();
});

/** Submission `index`: a distinct, valid dossier (its own reference and phone number). */
function submissionBody(index: number): DossierCreate {
  const reference = `fault-${String(index).padStart(4, '0')}`;
  // Vietnamese mobile numbers: +84 9x xxx xxxx; the index keeps them distinct.
  const phone = `+8491${String(index).padStart(7, '0')}`;
  return birthRegistration(files, { clientReference: reference, owner: { ...OWNER, phone } });
}

/** A page's client behind its own fault stream. */
function pageClient(random: Random, store: IdempotencyStore): DvcClient {
  const faults = createFaultInjector({
    choose: () => pickWeighted(random, FAULT_WEIGHTS),
    // Past the client's timeout: a delayed answer always comes too late.
    delayMs: 4 * SUBMIT_TIMEOUT_MS,
  });
  injectors.push(faults);
  return createClient({
    baseUrl: sandbox.url,
    getToken: () => token,
    fetch: faults.fetch,
    idempotencyStore: store,
    timeout: { submit: SUBMIT_TIMEOUT_MS },
    // Quick backoff: the faults are injected, not load; `Retry-After` is still honoured.
    retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 50 },
  });
}

/**
 * Drives one submission to its dossier as an app would: `create`, and after an error a "reload" — a new
 * client — that resumes either from the idempotency store (same body, same store) or with only the key
 * the error carried (an empty store, the key passed back).
 */
async function submitUntilFiled(index: number, mode: Mode): Promise<DossierCreated> {
  const random = streamOf(SEED, index);
  const body = submissionBody(index);
  const store = createMemoryIdempotencyStore();
  let heldKey: string | undefined;
  for (let resume = 0; resume <= MAX_RESUMES; resume++) {
    const client = pageClient(random, mode === 'resume-from-store' ? store : createMemoryIdempotencyStore());
    try {
      return await (heldKey === undefined
        ? client.dossiers.create(body)
        : client.dossiers.create(body, { idempotencyKey: heldKey }));
    } catch (error) {
      // Every body is valid: a refusal, or anything but a dvc-kit error, is a defect to report.
      if (!isDvcError(error) || isDefinitiveRejection(error)) throw error;
      if (mode === 'resume-with-error-key') {
        heldKey = error.idempotencyKey;
        resumes.withErrorKey++;
      } else {
        resumes.fromStore++;
      }
    }
  }
  throw new Error(`submission ${index} still not filed after ${MAX_RESUMES} resumes (seed ${SEED})`);
}

/** Queues submissions in a counter outbox and flushes — re-creating the outbox as a reload would — until all are sent. */
async function sendThroughOutbox(
  batch: number,
  indexes: readonly number[],
): Promise<Map<number, DossierCreated>> {
  // Outbox streams are numbered after the submissions' so no two parts share a stream.
  const random = streamOf(SEED, SUBMISSIONS + batch);
  const store: OutboxStore = createMemoryOutboxStore();
  const open = () =>
    createOutbox(pageClient(random, createMemoryIdempotencyStore()), store, {
      autoFlush: false,
      online: () => true,
    });
  let outbox = open();
  const idOf = new Map<string, number>();
  for (const index of indexes) idOf.set((await outbox.enqueue(submissionBody(index))).id, index);
  for (let flush = 0; flush < MAX_FLUSHES; flush++) {
    await outbox.flush();
    const items = await outbox.list();
    const stuck = items.find((item) => item.state === 'needs-attention');
    if (stuck) throw new Error(`outbox ${batch}: ${JSON.stringify(stuck.lastError)} (seed ${SEED})`);
    if (items.every((item) => item.state === 'sent')) {
      outbox.close();
      return new Map(
        items.map((item) => [
          idOf.get(item.id) as number,
          { dossier: item.dossier, receipt: item.receipt } as DossierCreated,
        ]),
      );
    }
    // A reload: the new outbox over the same store resumes, each item with its own key.
    resumes.outboxReloads++;
    outbox.close();
    outbox = open();
  }
  throw new Error(`outbox ${batch} not sent after ${MAX_FLUSHES} flushes (seed ${SEED})`);
}

/** Runs `tasks` with at most `limit` at a time. */
async function runPool(tasks: readonly (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) await (tasks[next++] as () => Promise<void>)();
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

describe('exactly once under injected faults', () => {
  it(
    `files exactly one dossier for each of ${SUBMISSIONS} logical submissions`,
    async () => {
      console.info(`fault seed ${SEED} — replay with FAULT_SEED=${SEED} npx vitest run tests/faults`);
      const started = performance.now();
      const filed = new Map<number, DossierCreated>();
      const modeOf = streamOf(SEED, -1);
      const direct: number[] = [];
      for (let index = OUTBOX_SUBMISSIONS; index < SUBMISSIONS; index++) direct.push(index);

      const tasks: (() => Promise<void>)[] = direct.map((index) => {
        // Half resume from the store, half with only the key the error carried.
        const mode: Mode = modeOf() < 0.5 ? 'resume-from-store' : 'resume-with-error-key';
        return async () => {
          filed.set(index, await submitUntilFiled(index, mode));
        };
      });
      for (let batch = 0; batch * OUTBOX_SIZE < OUTBOX_SUBMISSIONS; batch++) {
        const indexes = Array.from({ length: OUTBOX_SIZE }, (_, offset) => batch * OUTBOX_SIZE + offset);
        // Outboxes start first: each is a long sequential run, and the submissions fill in around them.
        tasks.unshift(async () => {
          for (const [index, created] of await sendThroughOutbox(batch, indexes)) filed.set(index, created);
        });
      }
      await runPool(tasks, CONCURRENCY);
      // Copies the clients stopped waiting for may still be on their way: count once they have landed.
      await Promise.all(injectors.map((faults) => faults.settled()));

      const rows = sandbox.db
        .prepare(
          `SELECT json_extract(data, '$.clientReference') AS reference, COUNT(*) AS copies, MIN(code) AS code
           FROM dossiers WHERE json_extract(data, '$.clientReference') LIKE 'fault-%'
           GROUP BY reference ORDER BY reference`,
        )
        .all() as { reference: string; copies: number; code: string }[];
      const log: FaultRecord[] = injectors.flatMap((faults) => faults.log);
      const answers = log.flatMap((record) => record.upstream);
      const faultCounts = Object.fromEntries(
        FAULT_KINDS.map((kind) => [kind, log.filter((record) => record.kind === kind).length]),
      );
      console.info(
        `${SUBMISSIONS} submissions, ${log.length} requests in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
          `faults ${JSON.stringify(faultCounts)}; replays ${answers.filter((answer) => answer.replayed).length}, ` +
          `in progress ${answers.filter((answer) => answer.status === 409).length}; resumes ${JSON.stringify(resumes)}`,
      );

      const context = `seed ${SEED}`;
      // None lost: every submission has its dossier.
      expect(
        rows.map((row) => row.reference),
        context,
      ).toEqual(Array.from({ length: SUBMISSIONS }, (_, index) => `fault-${String(index).padStart(4, '0')}`));
      // None doubled.
      expect(
        rows.filter((row) => row.copies !== 1),
        context,
      ).toEqual([]);
      // And each caller was handed the dossier that was filed for it.
      expect(filed.size, context).toBe(SUBMISSIONS);
      for (const row of rows) {
        const index = Number(row.reference.slice('fault-'.length));
        expect(filed.get(index)?.dossier.code, `${row.reference}, ${context}`).toBe(row.code);
      }
      // The storm really blew: every kind of fault struck, answers were lost and replayed, and copies
      // met their originals in progress.
      for (const kind of FAULT_KINDS) expect(faultCounts[kind], `${kind}, ${context}`).toBeGreaterThan(0);
      expect(answers.filter((answer) => answer.replayed).length, context).toBeGreaterThan(0);
      expect(answers.filter((answer) => answer.status === 409).length, context).toBeGreaterThan(0);
      // And every way of resuming was needed.
      for (const [way, count] of Object.entries(resumes))
        expect(count, `${way}, ${context}`).toBeGreaterThan(0);
    },
    TEST_TIMEOUT_MS,
  );
});
