import { randomUUID } from 'node:crypto';
import { parseDossierCode, toLocalDateString, toReceiptUpperCase } from '@dvc-kit/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContractValidator } from '../contract/validator.js';
import {
  birthRegistration,
  birthRegistrationFiles,
  OWNER,
  request,
  submit,
  uploadOk,
  VNPOST_AGENT_POINT,
} from '../dossiers/dossier-fixtures.testing.js';
import type { DossierCreate } from '../dossiers/dossier-types.js';
import type { FieldError } from '../http/problem.js';
import type { RunningSandbox } from '../sandbox.js';
import { mintEmbedToken, startTestSandbox } from '../testing/test-sandbox.js';

const validator = new ContractValidator();
/** A made-up agency code: the codes must carry whatever the configuration says. */
const AGENCY_CODE = '000.00.99.H26';
/** MobiFone's first agent point. */
const MOBIFONE_AGENT_POINT = 'loc-agent-mobifone-01';

interface Created {
  dossier: {
    code: string;
    status: string;
    statusCode: number;
    partnerCode: string;
    agentPointId: string | null;
    staff: { id: string; fullName: string } | null;
    representative: { role: string; fullName: string } | null;
    submittedAt: string;
    receivedAt: string | null;
    dueAt: string | null;
    timeline: { status: string; actor: string }[];
    timeliness: string | null;
    fee: { amount: number | null };
  };
  receipt: {
    dossierCode: string;
    submitter: { fullName: string; address: string };
    owner: { fullName: string };
    documents: { name: { vi: string }; originals: number }[];
    appointmentAt: string | null;
    receivedAt: string | null;
    feeCollection: string;
    resultReturn: { method: string; description: { vi: string } };
  };
}

interface Problem {
  type: string;
  status: number;
  errors?: FieldError[];
}

describe('dossier submission and reading', () => {
  let sandbox: RunningSandbox;
  let counterToken: string;
  let files: { tp1: string; tp2: string };
  const vnpostKey = () => sandbox.secretKeys.VNPOST;

  beforeAll(async () => {
    sandbox = await startTestSandbox({ agencyCode: AGENCY_CODE });
    counterToken = await mintEmbedToken(sandbox, {
      agentPointId: VNPOST_AGENT_POINT,
      staff: { id: 'nv-042', fullName: 'Trần Thị Bình' },
    });
    files = await birthRegistrationFiles(sandbox, counterToken);
  });
  afterAll(async () => {
    await sandbox.close();
  });

  async function create(body: DossierCreate, credential = counterToken): Promise<Created> {
    const response = await submit(sandbox, credential, body);
    const created = (await response.json()) as Created;
    expect(response.status, JSON.stringify(created)).toBe(201);
    expect(validator.validateComponent('DossierCreated', created)).toEqual([]);
    return created;
  }

  async function refusal(
    body: DossierCreate | Record<string, unknown>,
    credential = counterToken,
  ): Promise<Problem> {
    const response = await submit(sandbox, credential, body);
    const problem = (await response.json()) as Problem;
    expect(response.status).toBe(422);
    expect(validator.validateComponent('Problem', problem)).toEqual([]);
    return problem;
  }

  it('files a counter dossier for the citizen: who filed for whom, the timeline, the due date and the receipt', async () => {
    const response = await submit(
      sandbox,
      counterToken,
      birthRegistration(files, { receivingLocationId: undefined }),
    );
    expect(response.status).toBe(201);
    const created = (await response.json()) as Created;
    expect(validator.validateComponent('DossierCreated', created)).toEqual([]);
    const { dossier, receipt } = created;
    expect(response.headers.get('location')).toBe(`/v1/dossiers/${dossier.code}`);

    expect(dossier.partnerCode).toBe('VNPOST');
    expect(dossier.agentPointId).toBe(VNPOST_AGENT_POINT);
    expect(dossier.staff).toEqual({ id: 'nv-042', fullName: 'Trần Thị Bình' });
    expect(dossier.representative).toEqual({ role: 'AGENT_STAFF', fullName: 'Trần Thị Bình' });
    // Online channel, received at once by the simulated back office.
    expect(dossier.timeline.map((event) => [event.status, event.actor])).toEqual([
      ['SUBMITTED', 'AGENT'],
      ['RECEIVED', 'SYSTEM'],
    ]);
    expect(dossier.status).toBe('RECEIVED');
    expect(dossier.statusCode).toBe(2);
    expect(dossier.receivedAt).toBe(dossier.submittedAt);
    expect(dossier.dueAt).not.toBeNull();
    expect(dossier.timeliness).toBe('ON_TIME');

    expect(receipt.dossierCode).toBe(dossier.code);
    expect(receipt.submitter.fullName).toBe('TRẦN THỊ BÌNH');
    expect(receipt.submitter.address).toContain('Thành phố Hà Nội');
    expect(receipt.owner.fullName).toBe(toReceiptUpperCase(OWNER.fullName));
    expect(receipt.owner.fullName).toBe('NGUYỄN VĂN AN');
    expect(receipt.documents.map((document) => document.name.vi)).toEqual([
      'Tờ khai đăng ký khai sinh (theo mẫu)',
      'Giấy chứng sinh do cơ sở y tế cấp',
    ]);
    expect(receipt.appointmentAt).toBe(dossier.dueAt);
    expect(receipt.receivedAt).toBe(dossier.receivedAt);
    expect(receipt.feeCollection).toBe('FREE');
    expect(receipt.resultReturn.method).toBe('AT_LOCATION');
    expect(receipt.resultReturn.description.vi).toContain('Trung tâm Phục vụ hành chính công');

    const receiptResponse = await request(sandbox, 'GET', `/v1/dossiers/${dossier.code}/receipt`, {
      credential: counterToken,
    });
    expect(receiptResponse.status).toBe(200);
    const readReceipt = await receiptResponse.json();
    expect(validator.validateComponent('Receipt', readReceipt)).toEqual([]);
    expect(readReceipt).toEqual(receipt);
  });

  it('puts an in-person dossier straight into RECEIVED and collects its fee at the counter', async () => {
    // 1.010038 costs 10,000 VND in person (5,000 online); its checklist asks for one upload, TP1.
    const inPerson = await create({
      ...birthRegistration(files),
      procedureCode: '1.010038',
      channel: 'IN_PERSON',
      formData: {},
      attachments: [{ documentCode: 'TP1', attachmentId: files.tp1 }],
    });
    expect(inPerson.dossier.status).toBe('RECEIVED');
    expect(inPerson.dossier.timeline.map((event) => [event.status, event.actor])).toEqual([
      ['RECEIVED', 'AGENT'],
    ]);
    expect(inPerson.dossier.receivedAt).toBe(inPerson.dossier.submittedAt);
    expect(inPerson.dossier.fee.amount).toBe(10_000);
    expect(inPerson.receipt.feeCollection).toBe('AT_COUNTER');

    const online = await create({
      ...birthRegistration(files),
      procedureCode: '1.010038',
      formData: {},
      attachments: [{ documentCode: 'TP1', attachmentId: files.tp1 }],
    });
    expect(online.dossier.fee.amount).toBe(5_000);
    expect(online.receipt.feeCollection).toBe('ONLINE_PAYMENT');
  });

  it('issues unique codes with the configured agency code, the local date and a daily sequence', async () => {
    const created = await Promise.all(Array.from({ length: 5 }, () => create(birthRegistration(files))));
    const codes = created.map((item) => item.dossier.code);
    expect(new Set(codes).size).toBe(codes.length);
    const parts = codes.map((code) => parseDossierCode(code));
    for (const [index, part] of parts.entries()) {
      expect(part, codes[index]).toBeDefined();
      expect(part?.agencyCode).toBe(AGENCY_CODE);
      expect(part?.dateFormat).toBe('yyMMdd');
      expect(part?.localDate).toBe(toLocalDateString(created[index]?.dossier.submittedAt ?? ''));
      expect(codes[index]).toMatch(/^000\.00\.99\.H26-\d{6}-\d{4}$/);
    }
    const sequences = parts.map((part) => part?.sequence ?? 0).sort((a, b) => a - b);
    expect(sequences).toEqual(sequences.map((_, index) => (sequences[0] ?? 0) + index));
  });

  it('finds a dossier by its code in any case and with surrounding spaces', async () => {
    const { dossier } = await create(birthRegistration(files));
    const typed = `  ${dossier.code.toLowerCase()} `;
    const response = await request(sandbox, 'GET', `/v1/dossiers/${encodeURIComponent(typed)}`, {
      credential: counterToken,
    });
    expect(response.status).toBe(200);
    const read = (await response.json()) as { code: string };
    expect(validator.validateComponent('Dossier', read)).toEqual([]);
    expect(read.code).toBe(dossier.code);
  });

  it("hides one partner's dossiers from another: the dossier and its receipt answer 404 like a missing one", async () => {
    const { dossier } = await create(birthRegistration(files));
    const other = await mintEmbedToken(sandbox, { partner: 'VIETTEL_POST' });
    for (const credential of [other, sandbox.secretKeys.VIETTEL_POST]) {
      const read = await request(sandbox, 'GET', `/v1/dossiers/${dossier.code}`, { credential });
      const receipt = await request(sandbox, 'GET', `/v1/dossiers/${dossier.code}/receipt`, { credential });
      const missing = await request(sandbox, 'GET', `/v1/dossiers/${AGENCY_CODE}-991231-9999`, {
        credential,
      });
      expect([read.status, receipt.status, missing.status]).toEqual([404, 404, 404]);
      const [readProblem, missingProblem] = (await Promise.all([read.json(), missing.json()])) as Record<
        string,
        unknown
      >[];
      const { requestId: _a, instance: _b, ...readRest } = readProblem ?? {};
      const { requestId: _c, instance: _d, ...missingRest } = missingProblem ?? {};
      expect(readRest).toEqual(missingRest);
    }
    const list = await request(sandbox, 'GET', '/v1/dossiers?limit=100', { credential: other });
    const page = (await list.json()) as { items: { code: string }[] };
    expect(page.items.map((item) => item.code)).not.toContain(dossier.code);
  });

  it("lists the partner's own dossiers newest first, with filters and cursor paging", async () => {
    // A partner of its own, so the list holds exactly what this test files.
    const token = await mintEmbedToken(sandbox, { partner: 'MOBIFONE' });
    const own = await birthRegistrationFiles(sandbox, token);
    const filed: string[] = [];
    for (let index = 0; index < 5; index++) {
      filed.push((await create(birthRegistration(own), token)).dossier.code);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `limit=2&cursor=${encodeURIComponent(cursor)}` : 'limit=2';
      const response = await request(sandbox, 'GET', `/v1/dossiers?${query}`, { credential: token });
      expect(response.status).toBe(200);
      const page = (await response.json()) as { items: { code: string }[]; nextCursor: string | null };
      expect(validator.validateComponent('DossierPage', page)).toEqual([]);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((item) => item.code));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...filed].reverse());

    const listCodes = async (query: string): Promise<string[]> => {
      const response = await request(sandbox, 'GET', `/v1/dossiers?${query}`, { credential: token });
      const page = (await response.json()) as { items: { code: string }[] };
      expect(response.status).toBe(200);
      expect(validator.validateComponent('DossierPage', page)).toEqual([]);
      return page.items.map((item) => item.code);
    };
    expect(await listCodes('status=RECEIVED')).toEqual([...filed].reverse());
    expect(await listCodes('status=SUBMITTED')).toEqual([]);
    const counter = await mintEmbedToken(sandbox, {
      partner: 'MOBIFONE',
      agentPointId: MOBIFONE_AGENT_POINT,
    });
    const atCounter = (await create(birthRegistration(own, { receivingLocationId: undefined }), counter))
      .dossier.code;
    expect(await listCodes(`agentPointId=${MOBIFONE_AGENT_POINT}`)).toEqual([atCounter]);
    expect(await listCodes(`agentPointId=${VNPOST_AGENT_POINT}`)).toEqual([]);

    const first = (await (
      await request(sandbox, 'GET', '/v1/dossiers?limit=1', { credential: token })
    ).json()) as {
      nextCursor: string;
    };
    const foreign = await request(
      sandbox,
      'GET',
      `/v1/dossiers?limit=1&status=RECEIVED&cursor=${encodeURIComponent(first.nextCursor)}`,
      { credential: token },
    );
    expect(foreign.status).toBe(422);
  });

  it('asks a secret-key caller where the dossier is received', async () => {
    const keyFiles = await birthRegistrationFiles(sandbox, vnpostKey());
    const problem = await refusal(
      birthRegistration(keyFiles, { receivingLocationId: undefined }),
      vnpostKey(),
    );
    expect(problem.errors?.map((error) => error.pointer)).toEqual(['/receivingLocationId']);
    const created = await create(birthRegistration(keyFiles), vnpostKey());
    expect(created.dossier.agentPointId).toBeNull();
    expect(created.dossier.representative).toBeNull();
    expect(created.dossier.timeline[0]?.actor).toBe('AGENT');
  });

  it('records a citizen filing from their own device as the citizen', async () => {
    const token = await mintEmbedToken(sandbox);
    const own = await birthRegistrationFiles(sandbox, token);
    const created = await create(birthRegistration(own), token);
    expect(created.dossier.timeline[0]?.actor).toBe('CITIZEN');
    expect(created.dossier.agentPointId).toBeNull();
    expect(created.receipt.submitter.fullName).toBe('NGUYỄN VĂN AN');
  });

  describe('refuses an invalid dossier with a field error at the right pointer', () => {
    const owner = () => ({ ...OWNER, address: { ...OWNER.address } });
    const cases: [string, (body: DossierCreate) => DossierCreate, string, string][] = [
      [
        'a personal ID whose century digit puts the birth in the future',
        (body) => ({ ...body, owner: { ...owner(), personalId: '001903012345' } }),
        '/owner/personalId',
        'personal-id.birth-year-future',
      ],
      [
        'a personal ID that does not match the year of birth',
        (body) => ({ ...body, owner: { ...owner(), dateOfBirth: '1990-01-01' } }),
        '/owner/personalId',
        'personal-id.birth-year-mismatch',
      ],
      [
        'a personal ID that does not match the sex',
        (body) => ({ ...body, owner: { ...owner(), sex: 'FEMALE' } }),
        '/owner/personalId',
        'personal-id.sex-mismatch',
      ],
      [
        'a phone number that is no Vietnamese mobile or Hanoi landline',
        (body) => ({ ...body, owner: { ...owner(), phone: '+84112345678' } }),
        '/owner/phone',
        'phone.prefix',
      ],
      [
        'a name with digits',
        (body) => ({ ...body, owner: { ...owner(), fullName: 'Nguyễn Văn 2' } }),
        '/owner/fullName',
        'person-name.digits',
      ],
      [
        'an address outside Hanoi',
        (body) => ({ ...body, owner: { ...owner(), address: { ...OWNER.address, wardCode: '99999' } } }),
        '/owner/address/wardCode',
        'unknown-ward',
      ],
      [
        'a missing required e-form field',
        (body) => {
          const { childFullName: _, ...formData } = body.formData;
          return { ...body, formData };
        },
        '/formData/childFullName',
        'required',
      ],
      [
        'an e-form field the form does not have',
        (body) => ({ ...body, formData: { ...body.formData, nickname: 'Bin' } }),
        '/formData/nickname',
        'unknown-field',
      ],
      [
        'an e-form value outside its enum',
        (body) => ({ ...body, formData: { ...body.formData, childSex: 'OTHER' } }),
        '/formData/childSex',
        'enum',
      ],
      [
        'an e-form personal ID that is not one',
        (body) => ({ ...body, formData: { ...body.formData, motherPersonalId: '12345' } }),
        '/formData/motherPersonalId',
        'personal-id.length',
      ],
      [
        'a missing required attachment',
        (body) => ({ ...body, attachments: body.attachments.slice(0, 1) }),
        '/attachments',
        'missing-document',
      ],
      [
        'an attachment for a document the procedure does not have',
        (body) => ({
          ...body,
          attachments: [...body.attachments, { documentCode: 'TP99', attachmentId: files.tp1 }],
        }),
        '/attachments/2/documentCode',
        'unknown-document',
      ],
      [
        'a channel the procedure does not offer',
        // 1.003677 is filed online only.
        (body) => ({
          ...body,
          procedureCode: '1.003677',
          channel: 'IN_PERSON',
          formData: {},
          attachments: [{ documentCode: 'TP1', attachmentId: files.tp1 }],
        }),
        '/channel',
        'channel-not-offered',
      ],
      ['an unknown case', (body) => ({ ...body, caseCode: 'no-such-case' }), '/caseCode', 'unknown-case'],
      [
        'a result returned at a place that does not return results',
        (body) => ({ ...body, delivery: { method: 'AT_LOCATION', locationId: 'loc-agent-fpt-retail-01' } }),
        '/delivery/locationId',
        'no-result-return',
      ],
      [
        "another partner's agent point as the receiving place",
        (body) => ({ ...body, receivingLocationId: 'loc-agent-viettel-post-01' }),
        '/receivingLocationId',
        'foreign-agent-point',
      ],
      [
        'an unknown procedure',
        (body) => ({ ...body, procedureCode: '1.999999' }),
        '/procedureCode',
        'unknown-procedure',
      ],
    ];
    it.each(cases)('%s', async (_what, change, pointer, code) => {
      const problem = await refusal(change(birthRegistration(files)));
      expect(problem.type).toBe('https://dvc-kit.dev/problems/validation');
      const error = problem.errors?.find((candidate) => candidate.pointer === pointer);
      expect(error, JSON.stringify(problem.errors)).toBeDefined();
      expect(error?.code).toBe(code);
      expect(error?.message.vi.length).toBeGreaterThan(0);
      expect(error?.message.en.length).toBeGreaterThan(0);
    });

    it('an attachment uploaded by another partner, answered like a missing file', async () => {
      const foreign = await uploadOk(sandbox, sandbox.secretKeys.VIETTEL_POST);
      const problem = await refusal(birthRegistration({ tp1: files.tp1, tp2: foreign.id }));
      expect(problem.errors).toContainEqual(
        expect.objectContaining({ pointer: '/attachments/1/attachmentId', code: 'unknown-attachment' }),
      );
      const missing = await refusal(birthRegistration({ tp1: files.tp1, tp2: 'att_doesnotexist' }));
      expect(
        missing.errors?.find((error) => error.pointer === '/attachments/1/attachmentId')?.message,
      ).toEqual(problem.errors?.find((error) => error.pointer === '/attachments/1/attachmentId')?.message);
    });

    it('every problem at once, not only the first', async () => {
      const body = birthRegistration(files, {
        owner: { ...owner(), fullName: 'An 3', phone: '+84112345678' },
        attachments: [],
      });
      const problem = await refusal(body);
      expect(new Set(problem.errors?.map((error) => error.pointer))).toEqual(
        new Set(['/owner/fullName', '/owner/phone', '/attachments']),
      );
    });

    it('the contract shape before any of that (a wrong type)', async () => {
      const problem = await refusal({ ...birthRegistration(files), channel: 7 });
      expect(problem.errors?.map((error) => error.pointer)).toContain('/channel');
    });
  });

  it('files the same procedure code through the secret key with a receiving place of its own', async () => {
    const keyFiles = await birthRegistrationFiles(sandbox, vnpostKey());
    const created = await create(
      birthRegistration(keyFiles, {
        receivingLocationId: 'loc-agent-vnpost-02',
        clientReference: randomUUID(),
      }),
      vnpostKey(),
    );
    expect(created.dossier.agentPointId).toBe('loc-agent-vnpost-02');
    expect(created.dossier.partnerCode).toBe('VNPOST');
    expect(created.dossier.status).toBe('RECEIVED');
  });
});
