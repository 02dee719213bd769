import {
  computeDueAt,
  createWorkingCalendar,
  type Duration,
  extendForPause,
  timeliness,
  type WorkingCalendar,
} from '@dvc-kit/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContractValidator } from '../contract/validator.js';
import {
  birthRegistration,
  birthRegistrationFiles,
  OWNER,
  request,
  submit,
  uploadOk,
} from '../dossiers/dossier-fixtures.testing.js';
import type { Dossier, DossierStatusView } from '../dossiers/dossier-types.js';
import type { RunningSandbox } from '../sandbox.js';
import { holidays } from '../seed/seed-data.js';
import { mintEmbedToken, startTestSandbox } from '../testing/test-sandbox.js';

const validator = new ContractValidator();
/** Birth registration takes one working day on every channel. */
const ONE_WORKING_DAY: Duration = { value: 1, unit: 'WORKING_DAYS' };
/** The office calendar the sandbox runs on: the seeded holidays, the domain's hours and cut-off. */
const calendar: WorkingCalendar = createWorkingCalendar(holidays.map((holiday) => holiday.date));

/** A clock the tests move by hand. */
class TestClock {
  current: Date;
  constructor(start: string) {
    this.current = new Date(start);
  }
  set(instant: string): Date {
    this.current = new Date(instant);
    return this.current;
  }
  now = (): Date => this.current;
}

describe('a dossier through the simulated back office', () => {
  const clock = new TestClock('2025-10-20T09:00:00+07:00');
  let sandbox: RunningSandbox;
  let key: string;

  beforeAll(async () => {
    sandbox = await startTestSandbox({ now: clock.now });
    key = sandbox.secretKeys.VNPOST;
  });
  afterAll(async () => {
    await sandbox.close();
  });

  async function file(at: string): Promise<Dossier> {
    clock.set(at);
    const files = await birthRegistrationFiles(sandbox, key);
    const response = await submit(sandbox, key, birthRegistration(files));
    expect(response.status).toBe(201);
    const created = (await response.json()) as { dossier: Dossier };
    expect(validator.validateComponent('DossierCreated', created)).toEqual([]);
    return created.dossier;
  }

  async function read(code: string): Promise<Dossier> {
    const response = await request(sandbox, 'GET', `/v1/dossiers/${code}`, { credential: key });
    const dossier = (await response.json()) as Dossier;
    expect(response.status).toBe(200);
    expect(validator.validateComponent('Dossier', dossier)).toEqual([]);
    return dossier;
  }

  async function advance(code: string, body?: object): Promise<Response> {
    return request(sandbox, 'POST', `/v1/sandbox/dossiers/${code}/advance`, { credential: key, body });
  }

  async function advanceOk(code: string, at: string, body?: object): Promise<Dossier> {
    clock.set(at);
    const response = await advance(code, body);
    const dossier = (await response.json()) as Dossier;
    expect(response.status, JSON.stringify(dossier)).toBe(200);
    expect(validator.validateComponent('Dossier', dossier)).toEqual([]);
    return dossier;
  }

  async function problemType(response: Response): Promise<string> {
    return ((await response.json()) as { type: string }).type.replace('https://dvc-kit.dev/problems/', '');
  }

  it('goes RECEIVED → PROCESSING → SUPPLEMENT_REQUESTED → PROCESSING → RESULT_READY → RETURNED, with the pause added to the due date', async () => {
    // Monday 20 October 2025, 09:00 in Hà Nội: received on the spot (online, auto-received).
    const filed = await file('2025-10-20T09:00:00+07:00');
    expect(filed.status).toBe('RECEIVED');
    const dueAt = computeDueAt(new Date(filed.receivedAt ?? ''), ONE_WORKING_DAY, calendar);
    expect(filed.dueAt).toBe(dueAt.toISOString());
    // Hand-checked: one working day (8 office hours) from Monday 09:00 is Tuesday 09:00.
    expect(filed.dueAt).toBe(new Date('2025-10-21T09:00:00+07:00').toISOString());

    const processing = await advanceOk(filed.code, '2025-10-20T10:00:00+07:00');
    expect(processing.status).toBe('PROCESSING');
    expect(processing.timeline.at(-1)).toMatchObject({ status: 'PROCESSING', actor: 'OFFICER' });

    const requestedAt = '2025-10-20T11:00:00+07:00';
    const paused = await advanceOk(filed.code, requestedAt, {
      to: 'SUPPLEMENT_REQUESTED',
      note: {
        vi: 'Giấy chứng sinh bị mờ, cần nộp lại.',
        en: 'The birth certificate is unreadable; send it again.',
      },
      missingDocumentCodes: ['TP2'],
    });
    expect(paused.status).toBe('SUPPLEMENT_REQUESTED');
    expect(paused.statusCode).toBe(5);
    expect(paused.supplementRequest).toMatchObject({
      requestedAt: new Date(requestedAt).toISOString(),
      reason: { vi: 'Giấy chứng sinh bị mờ, cần nộp lại.' },
      missingDocuments: [{ code: 'TP2', name: { vi: 'Giấy chứng sinh do cơ sở y tế cấp' } }],
      fulfilledAt: null,
    });
    expect(Date.parse(paused.supplementRequest?.deadline ?? '')).toBeGreaterThan(Date.parse(requestedAt));
    expect(paused.timeline.at(-1)).toMatchObject({ status: 'SUPPLEMENT_REQUESTED', actor: 'OFFICER' });
    // Paused before the due date: on time, whenever it is looked at.
    clock.set('2025-10-24T10:00:00+07:00');
    expect((await read(filed.code)).timeliness).toBe('ON_TIME');

    // An officer may not move a paused dossier to anything but PROCESSING.
    clock.set('2025-10-21T10:00:00+07:00');
    const wrongMove = await advance(filed.code, { to: 'RESULT_READY' });
    expect(wrongMove.status).toBe(409);
    expect(await problemType(wrongMove)).toBe('invalid-state');

    // The citizen supplies the missing document a day later: Tuesday 11:00.
    const suppliedAt = clock.set('2025-10-21T11:00:00+07:00');
    const missingPart = await request(sandbox, 'POST', `/v1/dossiers/${filed.code}/supplements`, {
      credential: key,
      body: {
        ownerPersonalId: OWNER.personalId,
        attachments: [{ documentCode: 'TP1', attachmentId: (await uploadOk(sandbox, key)).id }],
      },
    });
    expect(missingPart.status).toBe(422);
    expect(
      ((await missingPart.json()) as { errors: { pointer: string; code: string }[] }).errors,
    ).toContainEqual(expect.objectContaining({ pointer: '/attachments', code: 'missing-document' }));
    const document = await uploadOk(sandbox, key);
    const supplied = await request(sandbox, 'POST', `/v1/dossiers/${filed.code}/supplements`, {
      credential: key,
      body: {
        ownerPersonalId: OWNER.personalId,
        attachments: [{ documentCode: 'TP2', attachmentId: document.id }],
        note: 'Bản chụp rõ hơn',
      },
    });
    const view = (await supplied.json()) as DossierStatusView;
    expect(supplied.status, JSON.stringify(view)).toBe(200);
    expect(validator.validateComponent('DossierStatusView', view)).toEqual([]);
    expect(view.status).toBe('PROCESSING');
    expect(view.supplementRequest?.fulfilledAt).toBe(suppliedAt.toISOString());
    const extended = extendForPause(dueAt, new Date(requestedAt), suppliedAt, calendar);
    expect(view.dueAt).toBe(extended.toISOString());
    // Hand-checked: paused Monday 11:00–Tuesday 11:00 is 8 office hours, so Tuesday 09:00 becomes Wednesday 09:00.
    expect(view.dueAt).toBe(new Date('2025-10-22T09:00:00+07:00').toISOString());
    expect(view.timeline.at(-1)).toMatchObject({
      status: 'PROCESSING',
      note: { vi: 'Đã bổ sung giấy tờ: Bản chụp rõ hơn' },
    });

    const again = await request(sandbox, 'POST', `/v1/dossiers/${filed.code}/supplements`, {
      credential: key,
      body: {
        ownerPersonalId: OWNER.personalId,
        attachments: [{ documentCode: 'TP2', attachmentId: document.id }],
      },
    });
    expect(again.status).toBe(409);
    expect(await problemType(again)).toBe('invalid-state');

    const secondRequest = await advance(filed.code, { to: 'SUPPLEMENT_REQUESTED' });
    expect(secondRequest.status).toBe(409);
    expect(await problemType(secondRequest)).toBe('invalid-state');

    const ready = await advanceOk(filed.code, '2025-10-21T14:00:00+07:00');
    expect(ready.status).toBe('RESULT_READY');
    expect(ready.timeliness).toBe('ON_TIME');
    const returned = await advanceOk(filed.code, '2025-10-21T15:00:00+07:00', {
      note: { vi: 'Đã trả kết quả tại quầy.', en: 'Handed over at the counter.' },
    });
    expect(returned.status).toBe('RETURNED');
    expect(returned.statusCode).toBe(10);
    expect(returned.returnedAt).toBe(new Date('2025-10-21T15:00:00+07:00').toISOString());
    expect(returned.timeliness).toBe(
      timeliness({
        status: 'RETURNED',
        dueAt: new Date(returned.dueAt ?? ''),
        returnedAt: new Date(returned.returnedAt ?? ''),
        now: clock.current,
      }),
    );
    expect(returned.timeliness).toBe('RETURNED_EARLY');
    expect(returned.timeline.map((event) => [event.status, event.actor])).toEqual([
      ['SUBMITTED', 'AGENT'],
      ['RECEIVED', 'SYSTEM'],
      ['PROCESSING', 'OFFICER'],
      ['SUPPLEMENT_REQUESTED', 'OFFICER'],
      ['PROCESSING', 'AGENT'],
      ['RESULT_READY', 'OFFICER'],
      ['RETURNED', 'OFFICER'],
    ]);
    expect(returned.timeline.at(-1)?.note).toEqual({
      vi: 'Đã trả kết quả tại quầy.',
      en: 'Handed over at the counter.',
    });

    const afterFinal = await advance(filed.code);
    expect(afterFinal.status).toBe(409);
    expect(await problemType(afterFinal)).toBe('invalid-state');
  });

  it('marks a dossier still in progress after its due date as overdue, and a late return as late', async () => {
    const filed = await file('2025-10-27T09:00:00+07:00');
    await advanceOk(filed.code, '2025-10-27T10:00:00+07:00');
    clock.set('2025-10-29T09:00:00+07:00');
    expect((await read(filed.code)).timeliness).toBe('OVERDUE');
    await advanceOk(filed.code, '2025-10-29T10:00:00+07:00');
    const returned = await advanceOk(filed.code, '2025-10-29T11:00:00+07:00');
    expect(returned.timeliness).toBe('RETURNED_LATE');
  });

  it('refuses a move the transition table does not have, and moves that are not yours', async () => {
    const filed = await file('2025-10-27T09:30:00+07:00');
    const skip = await advance(filed.code, { to: 'RETURNED' });
    expect(skip.status).toBe(409);
    expect(await problemType(skip)).toBe('invalid-state');

    const unknownDocument = await advance(filed.code, {
      to: 'SUPPLEMENT_REQUESTED',
      missingDocumentCodes: ['TP9'],
    });
    expect(unknownDocument.status).toBe(409);
    await advanceOk(filed.code, '2025-10-27T09:40:00+07:00');
    const badCodes = await advance(filed.code, {
      to: 'SUPPLEMENT_REQUESTED',
      missingDocumentCodes: ['TP1', 'TP9'],
    });
    expect(badCodes.status).toBe(422);
    expect(
      ((await badCodes.json()) as { errors: { pointer: string }[] }).errors.map((error) => error.pointer),
    ).toEqual(['/missingDocumentCodes/1']);
    const codesWithoutSupplement = await advance(filed.code, {
      to: 'RESULT_READY',
      missingDocumentCodes: ['TP1'],
    });
    expect(codesWithoutSupplement.status).toBe(422);

    const defaulted = await advanceOk(filed.code, '2025-10-27T09:50:00+07:00', {
      to: 'SUPPLEMENT_REQUESTED',
    });
    // Without codes, the first required upload of the checklist is asked for.
    expect(defaulted.supplementRequest?.missingDocuments.map((document) => document.code)).toEqual(['TP1']);
    expect(defaulted.timeline.at(-1)?.note?.vi).toContain('Tờ khai đăng ký khai sinh');

    const otherPartner = await request(sandbox, 'POST', `/v1/sandbox/dossiers/${filed.code}/advance`, {
      credential: sandbox.secretKeys.VIETTEL_POST,
    });
    expect(otherPartner.status).toBe(404);

    const withoutScope = await mintEmbedToken(sandbox, { scopes: ['dossier:read'] });
    const forbidden = await request(sandbox, 'POST', `/v1/sandbox/dossiers/${filed.code}/advance`, {
      credential: withoutScope,
    });
    expect(forbidden.status).toBe(403);
  });

  it('answers a supplement for a dossier that has no open request with 409, and a wrong owner ID with 404', async () => {
    const filed = await file('2025-10-28T09:00:00+07:00');
    const attachment = await uploadOk(sandbox, key);
    const body = {
      ownerPersonalId: OWNER.personalId,
      attachments: [{ documentCode: 'TP1', attachmentId: attachment.id }],
    };
    const notRequested = await request(sandbox, 'POST', `/v1/dossiers/${filed.code}/supplements`, {
      credential: key,
      body,
    });
    expect(notRequested.status).toBe(409);
    const wrongOwner = await request(sandbox, 'POST', `/v1/dossiers/${filed.code}/supplements`, {
      credential: key,
      body: { ...body, ownerPersonalId: '001203099999' },
    });
    expect(wrongOwner.status).toBe(404);
  });

  it('lets the citizen withdraw from SUBMITTED, RECEIVED or PROCESSING only, through any partner', async () => {
    const filed = await file('2025-10-28T10:00:00+07:00');
    const withdraw = (code: string, credential: string, ownerPersonalId: string = OWNER.personalId) =>
      request(sandbox, 'POST', `/v1/dossiers/${code}/withdrawal`, {
        credential,
        body: { ownerPersonalId, reason: 'Tôi nộp nhầm thủ tục' },
      });
    expect((await withdraw(filed.code, key, '001203099999')).status).toBe(404);
    // "Phi địa giới": the citizen may withdraw through another partner's app.
    const response = await withdraw(filed.code, sandbox.secretKeys.BIDV);
    const view = (await response.json()) as DossierStatusView;
    expect(response.status).toBe(200);
    expect(validator.validateComponent('DossierStatusView', view)).toEqual([]);
    expect(view.status).toBe('WITHDRAWN');
    expect(view.statusCode).toBe(7);
    expect(view.timeliness).toBeNull();
    expect(view.timeline.at(-1)).toMatchObject({
      status: 'WITHDRAWN',
      note: { vi: 'Lý do rút hồ sơ: Tôi nộp nhầm thủ tục' },
    });
    const twice = await withdraw(filed.code, key);
    expect(twice.status).toBe(409);

    const ready = await file('2025-10-28T10:30:00+07:00');
    await advanceOk(ready.code, '2025-10-28T10:40:00+07:00', { to: 'RESULT_READY' });
    const tooLate = await withdraw(ready.code, key);
    expect(tooLate.status).toBe(409);
    expect(await problemType(tooLate)).toBe('invalid-state');
  });

  describe('due dates in working days, by the domain rules and the seeded holiday calendar', () => {
    const cases: [string, string, string][] = [
      // Friday after the 15:00 cut-off: the clock starts Monday 08:00; 8 office hours end Monday 17:00.
      ['received on a Friday after the cut-off', '2025-10-24T16:00:00+07:00', '2025-10-27T17:00:00+07:00'],
      // Friday 29 August 2025 09:00: 7 office hours that Friday, then 1 September (Monday) and 2 September
      // (National Day, Tuesday) are holidays; the last hour runs Wednesday 08:00–09:00.
      ['received before the National Day holidays', '2025-08-29T09:00:00+07:00', '2025-09-03T09:00:00+07:00'],
      // The same Friday after the cut-off: the clock starts on Wednesday 3 September at 08:00.
      [
        'received after the cut-off before the holidays',
        '2025-08-29T16:00:00+07:00',
        '2025-09-03T17:00:00+07:00',
      ],
    ];
    it.each(cases)('%s', async (_what, receivedAt, expected) => {
      const filed = await file(receivedAt);
      expect(filed.receivedAt).toBe(new Date(receivedAt).toISOString());
      expect(filed.dueAt).toBe(computeDueAt(new Date(receivedAt), ONE_WORKING_DAY, calendar).toISOString());
      expect(filed.dueAt).toBe(new Date(expected).toISOString());
    });
  });
});

describe('with autoReceive off, online dossiers wait for intake', () => {
  const clock = new TestClock('2025-10-20T09:00:00+07:00');
  let sandbox: RunningSandbox;

  beforeAll(async () => {
    sandbox = await startTestSandbox({ now: clock.now, autoReceive: false });
  });
  afterAll(async () => {
    await sandbox.close();
  });

  it('stays SUBMITTED without a due date until the back office receives it', async () => {
    const key = sandbox.secretKeys.VNPOST;
    const files = await birthRegistrationFiles(sandbox, key);
    const response = await submit(sandbox, key, birthRegistration(files));
    const created = (await response.json()) as {
      dossier: Dossier;
      receipt: { appointmentAt: string | null; receivedAt: string | null };
    };
    expect(response.status).toBe(201);
    expect(validator.validateComponent('DossierCreated', created)).toEqual([]);
    expect(created.dossier.status).toBe('SUBMITTED');
    expect(created.dossier.timeliness).toBe('NOT_STARTED');
    expect(created.dossier.dueAt).toBeNull();
    expect(created.receipt.appointmentAt).toBeNull();
    expect(created.receipt.receivedAt).toBeNull();

    clock.set('2025-10-20T14:00:00+07:00');
    const received = await request(sandbox, 'POST', `/v1/sandbox/dossiers/${created.dossier.code}/advance`, {
      credential: key,
    });
    const dossier = (await received.json()) as Dossier;
    expect(validator.validateComponent('Dossier', dossier)).toEqual([]);
    expect(dossier.status).toBe('RECEIVED');
    expect(dossier.receivedAt).toBe(clock.current.toISOString());
    expect(dossier.dueAt).toBe(computeDueAt(clock.current, ONE_WORKING_DAY, calendar).toISOString());
    const receiptResponse = await request(sandbox, 'GET', `/v1/dossiers/${dossier.code}/receipt`, {
      credential: key,
    });
    const receipt = (await receiptResponse.json()) as { appointmentAt: string };
    expect(validator.validateComponent('Receipt', receipt)).toEqual([]);
    expect(receipt.appointmentAt).toBe(dossier.dueAt);
  });
});
