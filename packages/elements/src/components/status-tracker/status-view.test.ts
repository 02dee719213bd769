import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { statusViewOf } from './status-view.js';
import type { Dossier, DossierStatusView } from './tracker-types.js';

const example = <T>(name: string): T =>
  JSON.parse(
    readFileSync(new URL(`../../../../../openapi/examples/${name}.json`, import.meta.url), 'utf8'),
  ) as T;

describe('statusViewOf', () => {
  const dossier = example<Dossier>('Dossier');

  it('derives the lookup’s public view from the partner’s dossier (Phạm Quốc Tuấn’s, supplement requested)', () => {
    const lookedUp = example<DossierStatusView>('DossierStatusView.supplement-requested');
    expect(statusViewOf(dossier)).toEqual(lookedUp);
  });

  it('carries no personal data beyond the masked name and ID number', () => {
    const text = JSON.stringify(statusViewOf(dossier));
    for (const secret of [
      dossier.owner.fullName,
      dossier.owner.personalId,
      dossier.owner.phone,
      'Hàng Bạc',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('says where to collect a ready result when it is the receiving location', () => {
    const ready: Dossier = {
      ...dossier,
      status: 'RESULT_READY',
      statusCode: 9,
      delivery: { method: 'AT_LOCATION', locationId: dossier.receivingLocation.id },
    };
    const view = statusViewOf(ready);
    expect(view.resultPickup).toEqual({
      method: 'AT_LOCATION',
      description: dossier.receivingLocation.name,
      location: null,
    });
    expect(view.canRate).toBe(true);
  });

  it('gives the method alone for a posted result, and no pickup before the result exists', () => {
    const posted: Dossier = { ...dossier, status: 'RETURNED', statusCode: 10, rated: true };
    expect(statusViewOf(posted).resultPickup).toEqual({
      method: 'POSTAL',
      description: { vi: '', en: '' },
      location: null,
    });
    expect(statusViewOf(posted).canRate).toBe(false);
    expect(statusViewOf(dossier).resultPickup).toBeNull();
  });
});
