// Linking, table-driven: each row is a small document (section title + text), the expected
// `surface -> entity name (resolvedBy)` links, and the surfaces expected unlinked.
import { describe, expect, it } from 'vitest';
import type { DocumentMeta, Section, Sentence } from '../../model/extraction.ts';
import { loadKnowledgeBase } from '../../ingest/knowledge/load-knowledge-base.ts';
import { linkDocument } from '../../ingest/link/link-document.ts';

const kb = loadKnowledgeBase();

/** Crude reader for tests: one section, sentences cut at end punctuation and line breaks. */
function doc(title: string, text: string, date = '2024-02-06') {
  const meta: DocumentMeta = {
    id: 'doc:test', file: 'test.txt', title: 'Test', date: { iso: date, precision: 'day', text: date },
    place: null, hash: '0', words: 0, chars: text.length,
  };
  const sections: Section[] = [{ title, countryId: null, start: 0, end: text.length, level: 1 }];
  const sentences: Sentence[] = [];
  const re = /[^\n.!?]+[.!?]?/g;
  for (const m of text.matchAll(re)) {
    if (!m[0].trim()) continue;
    sentences.push({ index: sentences.length, start: m.index, end: m.index + m[0].length, text: m[0], section: 0, tableRow: m[0].includes('\t') });
  }
  return { text, doc: meta, sections, sentences };
}

type Row = [title: string, text: string, links: string[], unlinked?: string[]];

const rows: Row[] = [
  ['ETHIOPIA', '24 January 2019\tVisit of PM Abiy to Brussels\tMeetings with President Tusk, President Juncker and the HR/VP',
    ['Abiy -> Abiy Ahmed (surname)', 'Tusk -> Donald Tusk (surname)', 'Juncker -> Jean-Claude Juncker (surname)', 'HR/VP -> Federica Mogherini (office)']],
  ['ETHIOPIA', '9-10 February 2021\tFinnish Foreign Minister Haavisto meeting with PM Abiy, at the request of HR/VP',
    ['Finnish -> Finland (alias)', 'Haavisto -> Pekka Haavisto (surname)', 'Abiy -> Abiy Ahmed (surname)', 'HR/VP -> Josep Borrell (office)']],
  ['TÜRKIYE', '22 August 2021\tPEC phone call with President Erdogan\tFocused on Afghanistan',
    ['PEC -> Charles Michel (office)', 'Erdogan -> Recep Tayyip Erdoğan (surname)', 'Afghanistan -> Afghanistan (name)']],
  ['EU-Central Asia', 'European Union Foreign Policy chief Joseph Borrell met the minister. Later Borell said it was a success.',
    ['European Union -> European Union (name)', 'Joseph Borrell -> Josep Borrell (alias)', 'Borell -> Josep Borrell (alias)']],
  ['CAMEROON', 'Meeting of DDG HOME Johannes LUCHNER with Ambassador Evina ABE\'E. Later Ambassador ABE\'E met LUCHNER again.',
    ['HOME -> Directorate-General for Migration and Home Affairs (alias)', 'Johannes LUCHNER -> Johannes Luchner (name)', 'LUCHNER -> Johannes Luchner (surname)',
      'Evina ABE\'E -> Evina Abe\'e (name)', 'ABE\'E -> Evina Abe\'e (surname)']],
  ['SERBIA', 'Meeting with Commissioner Johannsson and the Serbian authorities on the Readmission Agreement.',
    ['Johannsson -> Ylva Johansson (surname)', 'Serbian -> Serbia (alias)', 'Readmission Agreement -> EU-Serbia Readmission Agreement (context)']],
  ['MOROCCO', 'The meeting was co-chaired by Director Amina BENKIRANE. Ms BENKIRANE thanked the EU.',
    ['Amina BENKIRANE -> Amina Benkirane (name)', 'BENKIRANE -> Amina Benkirane (surname)', 'EU -> European Union (alias)']],
  ['REPUBLIC OF CONGO', 'Congolese authorities met IOM and OIM staff.',
    ['Congolese -> Republic of the Congo (context)', 'IOM -> International Organization for Migration (alias)', 'OIM -> International Organization for Migration (alias)']],
  ['Part 2', 'Congolese authorities met the delegation.', [], ['Congolese']],
  ['LEBANON', 'Meetings with President Michel Aoun and General Joseph Aoun. President Aoun thanked the EU.',
    ['Michel Aoun -> Michel Aoun (name)', 'Joseph Aoun -> Joseph Aoun (name)', 'EU -> European Union (alias)'], ['Aoun']],
  ['TÜRKIYE', 'They signed a Joint Declaration on Migration Cooperation. The Joint Declaration sets out principles.',
    ['Joint Declaration on Migration Cooperation -> EU-Türkiye Joint Declaration on Migration Cooperation (context)',
      'Joint Declaration -> EU-Türkiye Joint Declaration on Migration Cooperation (context)']],
  ['EU-Pakistan news', 'Pakistan hosts three million Afghans and Ukrainian refugees. The Turkish Interior Minister met the Afghan Ambassador.',
    ['Pakistan -> Pakistan (name)', 'Turkish -> Türkiye (alias)', 'Afghan -> Afghanistan (alias)']],
  ['TÜRKIYE', 'HRVP Borell met FM Cavusoglou and Commissioner Johanson.',
    ['Borell -> Josep Borrell (fuzzy)', 'Cavusoglou -> Mevlüt Çavuşoğlu (fuzzy)', 'Johanson -> Ylva Johansson (fuzzy)']],
  ['THE GAMBIA', 'Commissioner Johansson met Gambian Minister of Foreign Affairs Mamadou Tangara and Mr Hammouchi.',
    ['Johansson -> Ylva Johansson (surname)', 'Gambian -> Gambia (alias)', 'Mamadou Tangara -> Mamadou Tangara (name)', 'Hammouchi -> Hammouchi (name)']],
  ['X', '', []],
  ['TAJIKISTAN', 'Commissioner Johansson and Joseph Borell visited Dushanbe.',
    ['Johansson -> Ylva Johansson (surname)', 'Joseph Borell -> Josep Borrell (alias)']],
  // A title typo (`Cssr`) before a known surname makes no new person, so later bare surnames still link.
  ['SERBIA', 'Cssr Johansson attended the opening. Later Johansson met the minister.',
    ['Johansson -> Ylva Johansson (surname)']],
  ['TUNISIA', 'Visit of the Commissioner for Home Affairs to Tunis in 2018.', ['Commissioner for Home Affairs -> Dimitris Avramopoulos (office)']],
];

describe('linkDocument', () => {
  for (const [title, text, links, unlinked = []] of rows) {
    it(`${title}: ${text.slice(0, 60)}`, () => {
      const out = linkDocument(doc(title, text), kb);
      const names = new Map(out.entities.map((e) => [e.id, e.name]));
      const got = out.mentions.map((m) => `${m.text} -> ${names.get(m.entityId)} (${m.resolvedBy})`);
      expect([...new Set(got)].sort()).toEqual([...links].sort());
      expect(out.unlinked.map((u) => u.text).sort()).toEqual([...unlinked].sort());
    });
  }

  it('gives one id to a person across documents, however written', () => {
    const a = linkDocument(doc('X', 'Turkish FM Cavusoglu met the EU.'), kb);
    const b = linkDocument(doc('Y', 'Minister Mevlüt Çavuşoğlu met the EU.'), kb);
    const id = (r: typeof a) => r.mentions.find((m) => m.text.includes('avu'))?.entityId;
    expect(id(a)).toBe('person:mevlut-cavusoglu');
    expect(id(b)).toBe(id(a));
  });

  it('carries the curated aliases of a KB entity whatever form the document writes', () => {
    const out = linkDocument(doc('CABO VERDE', 'In 2007 the EU and Cabo Verde agreed. Türkiye and Frontex agreed too.'), kb);
    const aliases = (id: string) => out.entities.find((e) => e.id === id)?.aliases ?? [];
    expect(aliases('country:cabo-verde')).toContain('Cape Verde');
    expect(aliases('country:turkiye')).toContain('Turkey');
    expect(aliases('institution:frontex')).toContain('European Border and Coast Guard Agency');
  });

  it('records an office stated in the text as support for the term the KB records (tests/link/holdings.test.ts has the rule)', () => {
    const out = linkDocument(doc('X', 'according to European Commissioner for Home Affairs Ylva Johansson.', '2022-11-15'), kb);
    const text = out.holdings.filter((h) => h.source === 'text');
    expect(text).toEqual([expect.objectContaining({
      personId: 'person:ylva-johansson', orgId: 'institution:european-commission', office: 'Commissioner for Home Affairs',
      from: '2019-12-01', to: '2024-11-30', source: 'text',
    })]);
  });

  it('reads a heading that is no sentence as a mention of its country', () => {
    const text = 'CABO VERDE\n\nThe agreement entered into force.';
    const input = doc('CABO VERDE', text);
    input.sentences = input.sentences.filter((x) => x.start > 10).map((x, k) => ({ ...x, index: k }));
    const out = linkDocument(input, kb);
    expect(out.mentions.map((m) => [m.text, m.entityId, m.sentence])).toEqual([['CABO VERDE', 'country:cabo-verde', 0]]);
  });

  it('fills a null section country from its heading', () => {
    const input = doc('CABO VERDE', 'In 2007 the EU and Cabo Verde agreed.');
    linkDocument(input, kb);
    expect(input.sections[0]!.countryId).toBe('country:cabo-verde');
  });
});
