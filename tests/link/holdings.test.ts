// Offices held, table-driven: each row is a small document (text and document date) and the holdings the
// linker gives, written `person -> org: office from..to (source) [dates]`. A title that names an office the
// knowledge base records for the person, on a date inside the term, supports that term; other titles make
// one holding per person, organisation and office, attested from the earliest to the latest date.
import { describe, expect, it } from 'vitest';
import type { DocumentMeta, Holding, Section, Sentence } from '../../model/extraction.ts';
import { loadKnowledgeBase } from '../../ingest/knowledge/load-knowledge-base.ts';
import { linkDocument } from '../../ingest/link/link-document.ts';

const kb = loadKnowledgeBase();

/** One section, a sentence per line or end punctuation, every sentence dated by the text or the document. */
function doc(text: string, date: string | null) {
  const meta: DocumentMeta = {
    id: 'doc:test', file: 'test.txt', title: 'Test', date: date ? { iso: date, precision: 'day', text: date } : null,
    place: null, hash: '0', words: 0, chars: text.length,
  };
  const sections: Section[] = [{ title: 'X', countryId: null, start: 0, end: text.length, level: 1 }];
  const sentences: Sentence[] = [];
  for (const m of text.matchAll(/[^\n.!?]+[.!?]?/g)) {
    if (!m[0].trim()) continue;
    sentences.push({ index: sentences.length, start: m.index, end: m.index + m[0].length, text: m[0], section: 0, tableRow: m[0].includes('\t') });
  }
  return { text, doc: meta, sections, sentences };
}

const short = (id: string) => id.replace(/^[a-z]+:/, '');
const HRVP_TERM = 'High Representative of the Union for Foreign Affairs and Security Policy / Vice-President 2019-12-01..2024-11-30';
function summary(h: Holding): string {
  const dates = h.dates ? ` [${h.dates.join(', ')}]` : '';
  const office = h.office.startsWith('High Representative of the Union') && h.from === '2019-12-01' ? HRVP_TERM : `${h.office} ${h.from ?? ''}..${h.to ?? ''}`;
  return `${short(h.personId)} -> ${short(h.orgId)}: ${office} (${h.source})${dates}`;
}

type Row = [what: string, text: string, date: string | null, holdings: string[]];

const rows: Row[] = [
  ['a title inside the KB term supports the term', 'HRVP Borrell said it was a success.', '2022-02-14',
    [`josep-borrell -> european-union: ${HRVP_TERM} (text)`]],
  ['several dates inside the term: still the one term', 'On 3 March 2021 HRVP Borrell met the minister.\nOn 5 May 2023 High Representative Borrell spoke.', '2023-06-01',
    [`josep-borrell -> european-union: ${HRVP_TERM} (text)`]],
  ['a date outside the term: an attested range beside the KB term', 'HRVP Borrell said it was a success.', '2025-03-01',
    ['josep-borrell -> european-union: HR/VP 2025-03-01..2025-03-01 (text) [2025-03-01]', `josep-borrell -> european-union: ${HRVP_TERM} (kb)`]],
  ['two spellings, two dates outside the term: one range, the office\'s curated name', 'On 10 January 2025 HRVP Borrell spoke.\nOn 20 March 2025 High Representative Borrell spoke again.', '2025-04-01',
    ['josep-borrell -> european-union: HR/VP 2025-01-10..2025-03-20 (text) [2025-01-10, 2025-03-20]', `josep-borrell -> european-union: ${HRVP_TERM} (kb)`]],
  ['the same date twice is one attested date', 'On 10 January 2025 HRVP Borrell spoke.\nOn 10 January 2025 HRVP Borrell left.', '2025-04-01',
    ['josep-borrell -> european-union: HR/VP 2025-01-10..2025-01-10 (text) [2025-01-10]', `josep-borrell -> european-union: ${HRVP_TERM} (kb)`]],
  ['inside and outside the term: the term supported, the range only the outside date', 'On 3 March 2021 HRVP Borrell met the minister.\nOn 20 March 2025 HRVP Borrell spoke.', '2025-04-01',
    ['josep-borrell -> european-union: HR/VP 2025-03-20..2025-03-20 (text) [2025-03-20]', `josep-borrell -> european-union: ${HRVP_TERM} (text)`]],
  ['undated, the person\'s only term of the office is supported', 'HRVP Borrell said it was a success.', null,
    [`josep-borrell -> european-union: ${HRVP_TERM} (text)`]],
  ['an office with the KB\'s title in the same organisation supports the term', 'Moroccan Minister of Interior Abdelouafi Laftit met the delegation.', '2023-05-02',
    ['abdelouafi-laftit -> morocco: Minister of Interior 2017-04-05.. (text)']],
  ['a title the KB does not record for the person: a range, the KB term stays kb', 'Tajikistan Foreign Minister Sirojiddin Muhriddin met the delegation.', '2023-05-02',
    ['sirojiddin-muhriddin -> tajikistan: Foreign Minister 2023-05-02..2023-05-02 (text) [2023-05-02]',
      'sirojiddin-muhriddin -> tajikistan: Minister of Foreign Affairs 2013-11-23.. (kb)']],
  ['a person the KB does not know, on two dates: one range', '12 May 2021\tMeeting with Tunisian Minister of Interior Kamel Feki\n3 June 2022\tCall with Tunisian Minister of Interior Kamel Feki', '2023-05-02',
    ['kamel-feki -> tunisia: Minister of Interior 2021-05-12..2022-06-03 (text) [2021-05-12, 2022-06-03]']],
];

describe('holdings', () => {
  for (const [what, text, date, expected] of rows) {
    it(what, () => {
      expect(linkDocument(doc(text, date), kb).holdings.map(summary).sort()).toEqual([...expected].sort());
    });
  }
});
