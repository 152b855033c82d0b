// Every knowledge file validates against its schema, every reference inside the KB resolves, and the
// look-ups the pipeline relies on (countries, office holders) answer as the guidelines say.
import { describe, expect, it } from 'vitest';
import { entityId } from '../../model/graph-model.ts';
import { isAtlasError } from '../../model/errors.ts';
import { KNOWLEDGE_FILES, loadKnowledgeBase, readKnowledgeFile } from '../../ingest/knowledge/load-knowledge-base.ts';
import { peopleSchema } from '../../ingest/knowledge/schemas.ts';

const kb = loadKnowledgeBase();

describe('knowledge files', () => {
  for (const [key, [file, schema]] of Object.entries(KNOWLEDGE_FILES)) {
    it(`${key}: ${file} validates`, () => {
      expect(() => readKnowledgeFile(file, schema)).not.toThrow();
    });
  }

  it('rejects a person without a side, naming the field', () => {
    const bad = peopleSchema.safeParse([{ name: 'Ylva Johansson', aliases: [], surnames: [], offices: [] }]);
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toContain('side');
  });

  it('reports a missing file as KB_UNREADABLE', () => {
    try { readKnowledgeFile('no-such-file.json', peopleSchema); expect.unreachable(); } catch (e) {
      expect(isAtlasError(e, 'KB_UNREADABLE')).toBe(true);
    }
  });

  it('every office a person holds exists, and every office and holding points at a known entity', () => {
    const problems: string[] = [];
    for (const [id, p] of kb.people) {
      for (const o of p.offices) {
        if (o.office && !kb.offices.has(o.office)) problems.push(`${id}: unknown office ${o.office}`);
        if (!kb.entities.has(o.org)) problems.push(`${id}: unknown org ${o.org}`);
        if (o.from && o.to && o.from > o.to) problems.push(`${id}: term ends before it starts`);
      }
    }
    for (const o of kb.offices.values()) if (!kb.entities.has(o.org)) problems.push(`office ${o.key}: unknown org ${o.org}`);
    expect(problems).toEqual([]);
  });

  it('no two curated people share an id, and ids come from entityId()', () => {
    const ids = [...kb.people.keys()];
    expect(new Set(ids).size).toBe(ids.length);
    for (const [id, p] of kb.people) expect(id).toBe(entityId('Person', p.name));
  });

  it('terms of one office never overlap, so a role and a date name one holder', () => {
    const overlaps: string[] = [];
    for (const key of kb.offices.keys()) {
      const terms = [...kb.people.values()].flatMap((p) => p.offices.filter((o) => o.office === key).map((o) => ({ p: p.name, ...o })));
      terms.sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
      for (let i = 1; i < terms.length; i++) {
        const prev = terms[i - 1]!; const cur = terms[i]!;
        if (!prev.to || (cur.from && cur.from <= prev.to)) overlaps.push(`${key}: ${prev.p} / ${cur.p}`);
      }
    }
    expect(overlaps).toEqual([]);
  });
});

describe('findCountry', () => {
  const rows: [string, string | null][] = [
    ['CABO VERDE', 'Cabo Verde'], ['Cape Verde', 'Cabo Verde'], ['Cabo Verdean', 'Cabo Verde'],
    ['Turkey', 'Türkiye'], ['Turkish', 'Türkiye'], ['Türkiye', 'Türkiye'], ['DE', 'Germany'], ['EL', 'Greece'],
    ['Kosovo', 'Kosovo'], ['NIGER.....', 'Niger'], ['REPUBLIC OF CONGO', 'Republic of the Congo'],
    ['DEMOCRATIC REPUBLIC OF THE CONGO (DRC)', 'Democratic Republic of the Congo'], ['Moroccans', 'Morocco'],
    ['Congolese', null], ['Sahel', null], ['Western Balkans', null], ['Brussels', null],
  ];
  for (const [text, name] of rows) {
    it(`${text} -> ${name}`, () => expect(kb.findCountry(text)?.name ?? null).toBe(name));
  }
  it('marks member states', () => {
    expect(kb.entities.get('country:germany')?.side).toBe('member_state');
    expect(kb.entities.get('country:turkiye')?.side).toBe('third_country');
  });
});

describe('officeHolder', () => {
  const rows: [string, string, string | null][] = [
    ['hr-vp', '2019-01-24', 'Federica Mogherini'], ['hr-vp', '2019-11-30', 'Federica Mogherini'],
    ['hr-vp', '2019-12-01', 'Josep Borrell'], ['hr-vp', '2021', 'Josep Borrell'],
    ['european-council-president', '2019-01', 'Donald Tusk'], ['european-council-president', '2021-08-22', 'Charles Michel'],
    ['commission-president', '2019-01-24', 'Jean-Claude Juncker'], ['commission-president', '2022-02-08', 'Ursula von der Leyen'],
    ['commissioner-home-affairs', '2017-12-16', 'Dimitris Avramopoulos'], ['commissioner-home-affairs', '2022-11-15', 'Ylva Johansson'],
    ['hr-vp', '2005-01-01', null], ['no-such-office', '2020', null],
  ];
  for (const [office, date, name] of rows) {
    it(`${office} on ${date} -> ${name}`, () => expect(kb.officeHolder(office, date)?.name ?? null).toBe(name));
  }
});
