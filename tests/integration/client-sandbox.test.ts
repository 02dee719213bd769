// @dvc-kit/client against the real sandbox over real HTTP on an ephemeral port: every resource method
// once (every answer checked by the client's own schemas), the README's partner flow as written, the
// token refresh on a real `token-expired`, and what errors carry.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createClient,
  type DossierCreate,
  type DvcClient,
  type FetchLike,
  isDvcApiError,
  PROBLEM_KINDS,
} from '@dvc-kit/client';
import { createServerClient } from '@dvc-kit/client/server';
import type { RunningSandbox } from '@dvc-kit/sandbox';
import { mintEmbedToken, startTestSandbox } from '@dvc-kit/sandbox/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BIRTH_REGISTRATION,
  type BirthRegistrationFiles,
  birthRegistration,
  COUNTER_STAFF,
  OWNER,
  pdfFile,
  pngFile,
  uploadBirthRegistrationFiles,
  VNPOST_AGENT_POINT,
} from '../support/birth-registration.js';

/** The partner's counter page in the README; the sandbox must allow it for embed tokens. */
const PAGE_ORIGIN = 'https://quay.example.vn';
const MINUTE = 60_000;

let sandbox: RunningSandbox;
// The sandbox's clock runs this far ahead of the real one; tests move it to expire tokens.
let clockOffsetMs = 0;

beforeAll(async () => {
  sandbox = await startTestSandbox({
    now: () => new Date(Date.now() + clockOffsetMs),
    allowedOrigins: ['http://localhost:*', 'http://127.0.0.1:*', PAGE_ORIGIN],
  });
});
afterAll(async () => {
  await sandbox?.close();
});

/** A browser-style client at the VNPost counter, with a fresh embed token per `getToken` call. */
function counterClient(options: { locale?: 'vi' | 'en'; ttlSeconds?: number } = {}) {
  const tokens: string[] = [];
  const client = createClient({
    baseUrl: sandbox.url,
    locale: options.locale,
    validate: true,
    getToken: async () => {
      const token = await mintEmbedToken(sandbox, {
        agentPointId: VNPOST_AGENT_POINT,
        staff: COUNTER_STAFF,
        ...(options.ttlSeconds ? { ttlSeconds: options.ttlSeconds } : {}),
      });
      tokens.push(token);
      return token;
    },
  });
  return { client, tokens };
}

function countDossiers(where: string, ...params: unknown[]): number {
  return (
    sandbox.db.prepare(`SELECT COUNT(*) AS n FROM dossiers WHERE ${where}`).get(...params) as { n: number }
  ).n;
}

describe('every resource method against the sandbox, answers validated by the client’s schemas', () => {
  let client: DvcClient;
  let files: BirthRegistrationFiles;

  beforeAll(async () => {
    ({ client } = counterClient());
    files = await uploadBirthRegistrationFiles(client);
  });

  it('reads the catalogue and the places (public: no token)', async () => {
    const page = await client.procedures.list({ q: 'dang ky khai sinh', limit: 5 });
    expect(page.items.map((procedure) => procedure.code)).toContain(BIRTH_REGISTRATION);
    const procedure = await client.procedures.get(BIRTH_REGISTRATION);
    expect(procedure.name.vi).toBe('Đăng ký khai sinh');
    expect(
      procedure.requiredDocuments.filter((item) => item.required && item.submission === 'UPLOAD'),
    ).toEqual([expect.objectContaining({ code: 'TP1' }), expect.objectContaining({ code: 'TP2' })]);
    // The second read is revalidated with the ETag and answers the same procedure.
    await expect(client.procedures.get(BIRTH_REGISTRATION)).resolves.toEqual(procedure);

    const fields = await client.fields.list();
    expect(fields.items.length).toBeGreaterThan(0);
    expect(fields.items.every((field) => field.procedureCount > 0)).toBe(true);

    const points = await client.locations.list({ type: 'AGENT_POINT', partnerCode: 'VNPOST', limit: 50 });
    expect(points.items.map((location) => location.id)).toContain(VNPOST_AGENT_POINT);
    expect(points.items.every((location) => location.partnerCode === 'VNPOST')).toBe(true);

    // Hanoi has 126 communes and wards since 1 July 2025.
    expect((await client.wards.list()).items).toHaveLength(126);
    const partners = await client.partners.list();
    expect(partners.items.map((partner) => partner.code).sort()).toEqual(
      ['BIDV', 'FPT_RETAIL', 'MOBIFONE', 'VIETTEL_POST', 'VIETTEL_STORE', 'VNPOST', 'VNPT'].sort(),
    );
    const holidays = await client.holidays.list(2026);
    expect(holidays.year).toBe(2026);
    expect(holidays.items.map((holiday) => holiday.date)).toContain('2026-09-02');
  });

  it('uploads, submits, reads, looks up, supplements, advances and rates a dossier', async () => {
    const progress: number[] = [];
    const scan = await client.attachments.upload(pdfFile(), {
      fileName: 'to\u031B\u0300 khai.pdf', // decomposed (o + horn + grave), as some keyboards type it
      documentCode: 'TP1',
      onProgress: ({ percent }) => progress.push(percent),
    });
    expect(scan).toMatchObject({ fileName: 'tờ khai.pdf', mediaType: 'application/pdf' });
    expect(progress.at(-1)).toBe(1);

    const { dossier, receipt } = await client.dossiers.create(
      birthRegistration({ ...files, tp1: scan.id }, { clientReference: 'integration-lifecycle' }),
    );
    expect(dossier.status).toBe('RECEIVED');
    expect(dossier.agentPointId).toBe(VNPOST_AGENT_POINT);
    expect(dossier.staff).toEqual(COUNTER_STAFF);
    expect(receipt.dossierCode).toBe(dossier.code);
    expect(receipt.appointmentAt).not.toBeNull();

    await expect(client.dossiers.get(dossier.code)).resolves.toMatchObject({ code: dossier.code });
    expect((await client.dossiers.list({ limit: 10 })).items.map((item) => item.code)).toContain(
      dossier.code,
    );
    await expect(client.dossiers.receipt(dossier.code)).resolves.toEqual(receipt);
    const status = await client.dossiers.lookup({ code: dossier.code, ownerPersonalId: OWNER.personalId });
    expect(status).toMatchObject({ code: dossier.code, status: 'RECEIVED', canRate: false });
    expect(status.ownerPersonalIdMasked).not.toContain(OWNER.personalId);

    // The back office starts work (the happy path's next step), then asks for a clearer certificate.
    expect((await client.sandbox.advance(dossier.code)).status).toBe('PROCESSING');
    const asked = await client.sandbox.advance(dossier.code, {
      to: 'SUPPLEMENT_REQUESTED',
      missingDocumentCodes: ['TP2'],
    });
    expect(asked.supplementRequest?.missingDocuments.map((item) => item.code)).toEqual(['TP2']);
    const newCertificate = await client.attachments.upload(pngFile(), {
      fileName: 'giấy-chứng-sinh-bản-rõ.png',
      documentCode: 'TP2',
    });
    const supplemented = await client.dossiers.supplement(dossier.code, {
      ownerPersonalId: OWNER.personalId,
      attachments: [{ documentCode: 'TP2', attachmentId: newCertificate.id }],
      note: 'Bản chụp rõ hơn',
    });
    expect(supplemented.status).toBe('PROCESSING');
    expect(supplemented.supplementRequest?.fulfilledAt).not.toBeNull();

    // Along the happy path: PROCESSING → RESULT_READY, when the citizen may rate.
    expect((await client.sandbox.advance(dossier.code)).status).toBe('RESULT_READY');
    const rating = await client.ratings.rateDossier(dossier.code, {
      ownerPersonalId: OWNER.personalId,
      satisfaction: 'VERY_SATISFIED',
      via: 'COUNTER_HANDOVER',
    });
    expect(rating).toMatchObject({ dossierCode: dossier.code, agentPointId: VNPOST_AGENT_POINT });
    const stars = await client.ratings.rateLocation(VNPOST_AGENT_POINT, {
      stars: 5,
      comment: 'Nhân viên hướng dẫn tận tình',
      dossierCode: dossier.code,
    });
    expect(stars).toMatchObject({ locationId: VNPOST_AGENT_POINT, stars: 5 });
  });

  it('withdraws a dossier at the citizen’s request', async () => {
    const { dossier } = await client.dossiers.create(
      birthRegistration(files, { clientReference: 'integration-withdrawal' }),
    );
    const withdrawn = await client.dossiers.withdraw(dossier.code, {
      ownerPersonalId: OWNER.personalId,
      reason: 'Nộp nhầm thủ tục',
    });
    expect(withdrawn.status).toBe('WITHDRAWN');
  });

  it('gives the partner backend its operations with the secret key', async () => {
    const server = createServerClient({ baseUrl: sandbox.url, secretKey: sandbox.secretKeys.VNPOST });
    const session = await server.embedSessions.create({
      origin: PAGE_ORIGIN,
      scopes: ['dossier:read'],
      agentPointId: VNPOST_AGENT_POINT,
    });
    expect(session).toMatchObject({ partnerCode: 'VNPOST', origin: PAGE_ORIGIN, scopes: ['dossier:read'] });
    // No ttlSeconds: the contract's default, 15 minutes.
    expect(Date.parse(session.expiresAt) - Date.now()).toBeGreaterThan(14 * MINUTE);

    const page = await server.dossiers.list({ agentPointId: VNPOST_AGENT_POINT, limit: 50 });
    const code = page.items[0]?.code ?? '';
    expect(code).not.toBe('');
    await expect(server.dossiers.get(code)).resolves.toMatchObject({ code, partnerCode: 'VNPOST' });
    await expect(server.dossiers.receipt(code)).resolves.toMatchObject({ dossierCode: code });
  });
});

describe('the README’s partner flow, as written', () => {
  let backend: Server;
  let backendUrl: string;

  beforeAll(async () => {
    // README §1, with the sandbox's URL and VNPost's test key in place of the environment variables.
    const dvc = createServerClient({ baseUrl: sandbox.url, secretKey: sandbox.secretKeys.VNPOST });
    backend = createServer(async (request, response) => {
      if (request.method !== 'POST' || request.url !== '/api/dvc-token') return response.writeHead(404).end();
      try {
        const session = await dvc.embedSessions.create({
          origin: 'https://quay.example.vn',
          scopes: ['dossier:create', 'dossier:read', 'rating:create'],
          agentPointId: 'loc-agent-vnpost-01',
          staff: { id: 'nv-0042', fullName: 'Trần Thị Bích' },
        });
        response
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ token: session.token }));
      } catch (error) {
        response.writeHead(isDvcApiError(error) ? 502 : 500).end();
      }
    });
    await new Promise<void>((resolve) => backend.listen(0, '127.0.0.1', resolve));
    backendUrl = `http://127.0.0.1:${(backend.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => backend.close(resolve));
  });

  // A browser on the counter page sends its Origin with every request; the token is bound to it.
  const fromCounterPage: FetchLike = (input, init) => {
    const request = new Request(input, init);
    request.headers.set('origin', PAGE_ORIGIN);
    return fetch(request);
  };

  it('mints a token on the backend, submits with attachments from the page and looks the dossier up', async () => {
    // README §2. `fetch('/api/dvc-token')` is relative to the page; here the backend has its own port.
    const client = createClient({
      baseUrl: sandbox.url,
      getToken: async () =>
        (await (await fetch(`${backendUrl}/api/dvc-token`, { method: 'POST' })).json()).token,
      fetch: fromCounterPage,
    });

    const { items } = await client.procedures.list({ q: 'dang ky khai sinh' });
    const procedure = await client.procedures.get(items[0]?.code ?? '');
    expect(procedure.code).toBe(BIRTH_REGISTRATION);

    // The page's file inputs, one per document the procedure asks to upload.
    const chosenFiles: Record<string, File> = {
      TP1: new File([pdfFile()], 'to-khai.pdf', { type: 'application/pdf' }),
      TP2: new File([pngFile()], 'giay-chung-sinh.png', { type: 'image/png' }),
    };
    const progressBar = { value: 0 };
    const uploads = procedure.requiredDocuments.filter(
      (item) => item.required && item.submission === 'UPLOAD',
    );
    const attachments: DossierCreate['attachments'] = [];
    for (const { code } of uploads) {
      const file = chosenFiles[code] as File;
      const attachment = await client.attachments.upload(file, {
        fileName: file.name,
        documentCode: code,
        onProgress: ({ percent }) => {
          progressBar.value = percent;
        },
      });
      attachments.push({ documentCode: code, attachmentId: attachment.id });
    }
    expect(progressBar.value).toBe(1);

    const { dossier, receipt } = await client.dossiers.create({
      procedureCode: procedure.code,
      channel: 'ONLINE',
      owner: {
        fullName: 'Nguyễn Văn An',
        personalId: '001203012345',
        dateOfBirth: '2003-04-05',
        sex: 'MALE',
        phone: '+84912345678',
        address: { provinceCode: '01', wardCode: '00004', detail: 'Số 12, phố Điện Biên Phủ' },
      },
      formData: {
        childFullName: 'Nguyễn Thị Bình',
        childDateOfBirth: '2025-11-20',
        childSex: 'FEMALE',
        childEthnicity: 'Kinh',
        childNationality: 'Việt Nam',
        childPlaceOfBirth: 'Bệnh viện Phụ sản Hà Nội',
        requesterRelationship: 'FATHER',
      },
      attachments,
      delivery: { method: 'AT_LOCATION', locationId: 'loc-agent-vnpost-01' },
      consent: { personalDataProcessing: true, acceptedAt: new Date().toISOString(), textVersion: '2025-07' },
    });
    expect(dossier.agentPointId).toBe('loc-agent-vnpost-01');
    expect(dossier.staff).toEqual({ id: 'nv-0042', fullName: 'Trần Thị Bích' });
    expect(dossier.attachments.map((attachment) => attachment.documentCode)).toEqual(['TP1', 'TP2']);
    expect(receipt.appointmentAt).not.toBeNull();

    const status = await client.dossiers.lookup({ code: dossier.code, ownerPersonalId: '001203012345' });
    expect(status).toMatchObject({ code: dossier.code, status: 'RECEIVED' });
    expect(countDossiers('code = ?', dossier.code)).toBe(1);
  });

  it('refuses the token from a page of another origin', async () => {
    const elsewhere = createClient({
      baseUrl: sandbox.url,
      getToken: async () =>
        (await (await fetch(`${backendUrl}/api/dvc-token`, { method: 'POST' })).json()).token,
      fetch: (input, init) => {
        const request = new Request(input, init);
        request.headers.set('origin', 'https://phishing.example');
        return fetch(request);
      },
    });
    await expect(elsewhere.dossiers.list()).rejects.toMatchObject({ kind: 'forbidden', status: 403 });
  });
});

describe('token refresh on a real token-expired', () => {
  it('asks getToken once more when the sandbox clock passes the token’s expiry, and repeats the requests', async () => {
    // 60 s, the shortest lifetime the contract allows.
    const { client, tokens } = counterClient({ ttlSeconds: 60 });
    const files = await uploadBirthRegistrationFiles(client);
    const { dossier } = await client.dossiers.create(
      birthRegistration(files, { clientReference: 'integration-token-refresh' }),
    );
    expect(tokens).toHaveLength(1);

    clockOffsetMs += 2 * MINUTE;
    try {
      const expired = await fetch(`${sandbox.url}/v1/dossiers?limit=1`, {
        headers: { authorization: `Bearer ${tokens[0]}` },
      });
      expect(expired.status).toBe(401);
      expect(((await expired.json()) as { type: string }).type).toBe(
        'https://dvc-kit.dev/problems/token-expired',
      );

      // Three requests see the token expire at once; they share one refresh.
      const [read, receipt, page] = await Promise.all([
        client.dossiers.get(dossier.code),
        client.dossiers.receipt(dossier.code),
        client.dossiers.list({ limit: 1 }),
      ]);
      expect(read.code).toBe(dossier.code);
      expect(receipt.dossierCode).toBe(dossier.code);
      expect(page.items).toHaveLength(1);
      expect(tokens).toHaveLength(2);

      // A keyed submission after the next expiry is refreshed and repeated too, and files one dossier.
      clockOffsetMs += 2 * MINUTE;
      const body = birthRegistration(files, { clientReference: 'integration-token-refresh-2' });
      await client.dossiers.create(body);
      expect(tokens).toHaveLength(3);
      expect(
        countDossiers(`json_extract(data, '$.clientReference') = ?`, 'integration-token-refresh-2'),
      ).toBe(1);
    } finally {
      clockOffsetMs = 0;
    }
  });
});

describe('errors from the sandbox', () => {
  it('carry the problem’s type, the request id and the userMessage in the client’s locale', async () => {
    const vi = counterClient({ locale: 'vi' }).client;
    const en = counterClient({ locale: 'en' }).client;
    const files = await uploadBirthRegistrationFiles(vi);
    const invalid = birthRegistration(files, {
      owner: { ...OWNER, personalId: '001203' },
      clientReference: 'integration-invalid',
    });

    const errors = await Promise.all(
      [vi, en].map((client) => client.dossiers.create(invalid).catch((e) => e)),
    );
    for (const error of errors) {
      if (!isDvcApiError(error)) throw error;
      expect(error.status).toBe(422);
      expect(error.kind).toBe('validation');
      expect(error.type).toBe('https://dvc-kit.dev/problems/validation');
      expect(error.requestId).toMatch(/^req_[0-9a-f]{32}$/);
      expect(error.requestId).toBe(error.problem?.requestId);
      expect(error.errors.map((fieldError) => fieldError.pointer)).toContain('/owner/personalId');
      expect(error.idempotencyKey).toEqual(expect.any(String));
    }
    const [inVietnamese, inEnglish] = errors as [
      { userMessage: string; problem: { userMessage: { vi: string; en: string } }; requestId: string },
      { userMessage: string; problem: { userMessage: { vi: string; en: string } }; requestId: string },
    ];
    expect(inVietnamese.userMessage).toBe(inVietnamese.problem.userMessage.vi);
    expect(inEnglish.userMessage).toBe(inEnglish.problem.userMessage.en);
    expect(inVietnamese.userMessage).not.toBe(inEnglish.userMessage);
    expect(inVietnamese.userMessage).toBe(inVietnamese.userMessage.normalize('NFC'));
    expect(inVietnamese.userMessage).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
    // Two requests, two ids: the id names one request for support.
    expect(inVietnamese.requestId).not.toBe(inEnglish.requestId);
    expect(countDossiers(`json_extract(data, '$.clientReference') = ?`, 'integration-invalid')).toBe(0);
  });

  it('name every kind the contract has, e.g. not-found, with the same fields', async () => {
    const { client } = counterClient({ locale: 'en' });
    const error = await client.dossiers.get('000.00.24.H26-261127-9999').catch((e: unknown) => e);
    if (!isDvcApiError(error)) throw error;
    expect(error).toMatchObject({
      status: 404,
      kind: 'not-found',
      type: 'https://dvc-kit.dev/problems/not-found',
    });
    expect(PROBLEM_KINDS).toContain(error.kind);
    expect(error.requestId).toMatch(/^req_/);
    expect(error.userMessage).toBe(error.problem?.userMessage.en);
  });
});
