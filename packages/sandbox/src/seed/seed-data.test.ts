import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { holidays, locations, partners, procedures, wards } from './seed-data.js';
import { PARTNER_CODES } from './seed-types.js';

/** The ten common procedures that must come with an e-form. */
const PROCEDURES_WITH_EFORM = [
  '1.001193', // birth registration
  '1.000894', // marriage registration
  '1.000656', // death registration
  '2.000815', // certified copy from the original
  '2.000635', // copy of a civil-status extract / birth certificate
  '1.004222', // permanent residence
  '1.004194', // temporary residence
  '1.001612', // household business registration
  '3.000333', // criminal record certificate
  '1.014064', // ID card re-issue
];

/** Every string anywhere inside `value`, with the path that leads to it. */
function* stringsIn(value: unknown, path = '$'): Generator<[string, string]> {
  if (typeof value === 'string') {
    yield [path, value];
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* stringsIn(item, `${path}[${index}]`);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      yield [`${path}.<key>`, key];
      yield* stringsIn(item, `${path}.${key}`);
    }
  }
}

function duplicatesOf(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

describe('seed procedures', () => {
  it('has at least 50 procedures with unique national codes', () => {
    expect(procedures.length).toBeGreaterThanOrEqual(50);
    for (const procedure of procedures) expect(procedure.code).toMatch(/^[1-3]\.\d{6}$/);
    expect(duplicatesOf(procedures.map((procedure) => procedure.code))).toEqual([]);
  });

  it('starts names with the procedure itself, not with "Thủ tục"', () => {
    for (const procedure of procedures) {
      expect(procedure.name.vi).not.toMatch(/^thủ tục /i);
      expect(procedure.name.en.length).toBeGreaterThan(0);
    }
  });

  it('gives every procedure a default case, two or more documents and unique document codes', () => {
    for (const procedure of procedures) {
      expect(procedure.cases[0]?.code, procedure.code).toBe('default');
      expect(duplicatesOf(procedure.cases.map((item) => item.code)), procedure.code).toEqual([]);
      expect(procedure.requiredDocuments.length, procedure.code).toBeGreaterThanOrEqual(2);
      expect(duplicatesOf(procedure.requiredDocuments.map((item) => item.code)), procedure.code).toEqual([]);
    }
  });

  it('lists each channel at most once, with whole non-negative fees', () => {
    for (const procedure of procedures) {
      expect(procedure.channels.length, procedure.code).toBeGreaterThan(0);
      expect(duplicatesOf(procedure.channels.map((offer) => offer.channel)), procedure.code).toEqual([]);
      for (const { fee } of procedure.channels) {
        if (fee.amount !== null) {
          expect(Number.isInteger(fee.amount), procedure.code).toBe(true);
          expect(fee.amount, procedure.code).toBeGreaterThanOrEqual(0);
        }
      }
    }
  });

  it('has an e-form for at least ten procedures, including the ten common ones', () => {
    expect(procedures.filter((procedure) => procedure.eForm !== null).length).toBeGreaterThanOrEqual(10);
    for (const code of PROCEDURES_WITH_EFORM) {
      const procedure = procedures.find((candidate) => candidate.code === code);
      expect(procedure?.eForm, code).toBeTruthy();
    }
  });

  it('shows every e-form field in exactly one section and requires only existing fields', () => {
    for (const procedure of procedures) {
      const form = procedure.eForm;
      if (form === null) continue;
      const fieldNames = Object.keys(form.fields);
      const listed = form.sections.flatMap((section) => section.fields);
      expect(
        listed.filter((name) => !fieldNames.includes(name)),
        procedure.code,
      ).toEqual([]);
      expect([...listed].sort(), procedure.code).toEqual([...fieldNames].sort());
      expect(
        form.required.filter((name) => !fieldNames.includes(name)),
        procedure.code,
      ).toEqual([]);
      expect(duplicatesOf(form.sections.map((section) => section.id)), procedure.code).toEqual([]);
      for (const [name, field] of Object.entries(form.fields)) {
        expect(name, procedure.code).toMatch(/^[a-z][a-zA-Z0-9]*$/);
        if (field.enum !== undefined)
          expect(field.enumLabels?.length, `${procedure.code} ${name}`).toBe(field.enum.length);
        if (field.pattern !== undefined) expect(() => new RegExp(field.pattern ?? '')).not.toThrow();
      }
    }
  });
});

describe('seed wards', () => {
  it('has the 126 wards and communes of Hanoi with unique 5-digit codes', () => {
    expect(wards).toHaveLength(126);
    for (const ward of wards) expect(ward.code).toMatch(/^\d{5}$/);
    expect(duplicatesOf(wards.map((ward) => ward.code))).toEqual([]);
    // 51 phường and 75 xã since 1 July 2025.
    expect(wards.filter((ward) => ward.unitType === 'WARD')).toHaveLength(51);
    expect(wards.filter((ward) => ward.unitType === 'COMMUNE')).toHaveLength(75);
  });
});

describe('seed locations and partners', () => {
  const wardCodes = new Set(wards.map((ward) => ward.code));

  it('places every location in a seeded ward, under a unique id', () => {
    for (const location of locations) expect(wardCodes.has(location.wardCode), location.id).toBe(true);
    expect(duplicatesOf(locations.map((location) => location.id))).toEqual([]);
  });

  it('has one head office and one commune center per ward', () => {
    expect(locations.filter((location) => location.type === 'HEAD_OFFICE')).toHaveLength(1);
    const centers = locations.filter((location) => location.type === 'COMMUNE_CENTER');
    expect(new Set(centers.map((center) => center.wardCode))).toEqual(wardCodes);
  });

  it('sets a partner on agent points and only there', () => {
    for (const location of locations) {
      expect(location.partnerCode !== null, location.id).toBe(location.type === 'AGENT_POINT');
    }
  });

  it('seeds all seven partners, each with at least five agent points that agentPointCount counts', () => {
    expect(partners.map((partner) => partner.code).sort()).toEqual([...PARTNER_CODES].sort());
    for (const partner of partners) {
      const points = locations.filter(
        (location) => location.type === 'AGENT_POINT' && location.partnerCode === partner.code,
      );
      expect(points.length, partner.code).toBeGreaterThanOrEqual(5);
      expect(partner.agentPointCount, partner.code).toBe(points.length);
    }
  });
});

describe('seed holidays', () => {
  it('covers 2025, 2026 and 2027 with valid, unique, sorted dates', () => {
    const dates = holidays.map((holiday) => holiday.date);
    for (const date of dates) {
      expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // A date that does not exist (2026-02-30) would roll over and print differently.
      expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
    }
    expect(new Set(dates.map((date) => date.slice(0, 4)))).toEqual(new Set(['2025', '2026', '2027']));
    expect(duplicatesOf(dates)).toEqual([]);
    expect(dates).toEqual([...dates].sort());
  });

  it('marks every 2027 day provisional, since the government has not announced them', () => {
    for (const holiday of holidays.filter((item) => item.date.startsWith('2027-'))) {
      expect(holiday.provisional, holiday.date).toBe(true);
    }
  });

  it('puts compensatory days on weekdays, where they change the due-date arithmetic', () => {
    for (const holiday of holidays.filter((item) => item.compensatory)) {
      const weekday = new Date(`${holiday.date}T00:00:00Z`).getUTCDay();
      expect([1, 2, 3, 4, 5], holiday.date).toContain(weekday);
    }
  });
});

describe('seed text', () => {
  it('is NFC-normalised everywhere', () => {
    const seed = { procedures, wards, partners, locations, holidays };
    const decomposed = [...stringsIn(seed)].filter(([, text]) => text !== text.normalize('NFC'));
    expect(decomposed.map(([path]) => path)).toEqual([]);
  });
});

describe('seed against the contract', () => {
  const contract = parse(readFileSync(new URL('../../../../openapi/openapi.yaml', import.meta.url), 'utf8'));
  // The contract is OpenAPI 3.1, whose schemas are JSON Schema 2020-12; strict mode would reject the
  // OpenAPI-only keywords around them.
  const ajv = new Ajv2020.default({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema(contract, 'contract');
  const validatorFor = (schema: string) => ajv.getSchema(`contract#/components/schemas/${schema}`);

  it.each([
    ['ProcedureDetail', procedures],
    ['Ward', wards],
    ['Partner', partners],
    ['Location', locations],
    ['Holiday', holidays],
  ] as const)('validates every seed record against %s', (schema, records) => {
    const validate = validatorFor(schema);
    expect(validate, schema).toBeDefined();
    const failures = records.flatMap((record, index) =>
      validate?.(record) ? [] : [{ index, errors: ajv.errorsText(validate?.errors) }],
    );
    expect(failures).toEqual([]);
  });
});
