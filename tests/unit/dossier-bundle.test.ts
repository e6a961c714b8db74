import { readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, dossierBundle, dossierJsonSchema, DOSSIER_SCHEMA_VERSION } from '../../src/domain/case/dossier-bundle';
import { dossierOf } from '../../src/domain/case/dossier';
import { finishConversation } from '../../src/domain/case/zaak-events';
import { jpsProtocol } from '../../src/domain/protocol';
import type { Melding } from '../../src/domain/melding';
import { checkSignedDossier, digestOf, fingerprintOf, makeSigningPair, signBundle } from '../../src/data/crypto/signing';
import { at, newZaak, validStap1 } from './zaak-builders';

const names = { pupil: (id: string) => ({ gepeste: 'Noah Jansen', p1: 'Daan Visser', p3: 'Chloé Bakker' })[id] ?? id, staff: (id: string | undefined) => (id ? 'Sven Regenboogh' : undefined) };

const melding: Melding = {
  id: 'm1',
  reporterKind: 'ouder',
  reporterName: 'moeder van Noah',
  pupilIds: ['gepeste'],
  description: 'Noah wordt op het plein uitgescholden.',
  occurredOn: '2026-11-01',
  location: 'Plein',
  status: 'zaak',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  recordedBy: 's1',
  triage: { opzet: true, herhaling: true, macht: true, outcome: 'pesten', reason: 'Al weken, steeds dezelfde groep.', followUp: '', bulliedPupilIds: ['gepeste'], decidedAt: '2026-11-01T12:00:00.000Z', decidedBy: 's1' },
};

function bundle() {
  const held = finishConversation(jpsProtocol, newZaak(), validStap1('2026-11-02'), at('2026-11-02'));
  if (!held.ok) throw new Error('stap 1');
  const conversations = dossierOf(jpsProtocol, held.zaak, names, (c) => `Stap ${c.stepId}`);
  return dossierBundle({ school: 'Basisschool De Linde', madeAt: at('2026-11-25'), zaak: held.zaak, melding, conversations, names });
}

describe('a signed dossier', () => {
  it('holds the melding, the triage with its three criteria, and each conversation with when it was held and recorded', () => {
    const b = bundle();
    expect(b.child).toBe('Noah Jansen');
    expect(b.sections.map((s) => s.title)).toEqual(['De melding', 'Beoordeling: plagen of pesten?', 'Stap stap1']);
    const text = JSON.stringify(b);
    for (const expected of ['moeder van Noah', 'Noah wordt op het plein uitgescholden.', 'Met opzet?', 'Al weken, steeds dezelfde groep.', 'Gehouden op', 'Vastgelegd'])
      expect(text).toContain(expected);
  });

  it('is intact when read back, from the school’s key, with the digest the printout carries', async () => {
    const pair = await makeSigningPair();
    const signed = await signBundle(bundle(), pair);
    const result = await checkSignedDossier(JSON.stringify(signed, null, 2));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fingerprint).toBe(await fingerprintOf(pair.publicKey));
    expect(result.digest).toBe(await digestOf(bundle()));
    expect(result.digest).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
  });

  it('is refused with any one character of what was signed changed, a field added, or another key’s signature (property)', async () => {
    const pair = await makeSigningPair();
    const other = await makeSigningPair();
    const file = JSON.stringify(await signBundle(bundle(), pair));
    const signedPart = file.slice(0, file.indexOf('"signature"'));
    await fc.assert(
      fc.asyncProperty(fc.nat(signedPart.length - 1), fc.constantFrom('x', '7', 'é', ' '), async (i, c) => {
        fc.pre(file[i] !== c && /[A-Za-z0-9]/.test(file[i]!));
        const changed = file.slice(0, i) + c + file.slice(i + 1);
        expect((await checkSignedDossier(changed)).ok).toBe(false);
      }),
      { numRuns: 40 },
    );
    const added = JSON.parse(file);
    added.signed.extra = 'ingevoegd';
    expect(await checkSignedDossier(JSON.stringify(added))).toEqual({ ok: false, reason: 'altered' });
    const swapped = JSON.parse(file);
    swapped.signature.publicKey = other.publicKey;
    expect(await checkSignedDossier(JSON.stringify(swapped))).toEqual({ ok: false, reason: 'altered' });
    const resigned = await signBundle({ ...bundle(), child: 'Iemand anders' }, other);
    expect((await checkSignedDossier(JSON.stringify(resigned))).ok).toBe(true);
    expect(await checkSignedDossier(JSON.stringify(resigned)).then((r) => r.ok && r.fingerprint)).not.toBe(await fingerprintOf(pair.publicKey));
  });

  it('says what a file is that is no dossier, or one from a newer Kring', async () => {
    expect(await checkSignedDossier('geen json')).toEqual({ ok: false, reason: 'not-json' });
    expect(await checkSignedDossier('{"format":"kring-esis-export"}')).toEqual({ ok: false, reason: 'not-a-dossier' });
    const newer = JSON.parse(JSON.stringify(await signBundle(bundle(), await makeSigningPair())));
    newer.signed.schemaVersion = DOSSIER_SCHEMA_VERSION + 1;
    expect(await checkSignedDossier(JSON.stringify(newer))).toEqual({ ok: false, reason: 'newer-version' });
  });

  it('signs one text for one bundle, whatever order its keys were in', () => {
    expect(canonicalJson({ b: [1, { d: 'é', c: null }], a: 'x' })).toBe('{"a":"x","b":[1,{"c":null,"d":"é"}]}');
  });

  const schemaFile = new URL('../../src/domain/case/dossier-bundle.schema.json', import.meta.url);
  /** After changing the bundle's format: KRING_WRITE_SCHEMA=1 npx vitest run tests/unit/dossier-bundle.test.ts */
  it.runIf(process.env.KRING_WRITE_SCHEMA === '1')('writes the JSON Schema file from the code', () => {
    writeFileSync(schemaFile, `${JSON.stringify(dossierJsonSchema(), null, 2)}\n`);
  });
  it('keeps the JSON Schema in the repository equal to the code', () => {
    expect(JSON.parse(readFileSync(schemaFile, 'utf8'))).toEqual(dossierJsonSchema());
  });
});
