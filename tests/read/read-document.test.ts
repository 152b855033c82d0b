import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../ingest/read/read-document.ts';
import { rowCells } from '../../ingest/read/row-cells.ts';
import { MAX_SENTENCE_CHARS } from '../../ingest/read/split-sentences.ts';

const NOTE = [
  'Council of the', 'European Union', '', '**Brussels, 6 February 2024', '(OR. en)**', '',
  'Subject:\tUpdate on the state of play', '', 'Contents', '', 'CABO VERDE\t4', 'NIGER.....\t11', '',
  'Part 1- Bilateral dialogues', '', 'A. AFRICAN COUNTRIES', '', 'CABO VERDE', '',
  'In 2007, the EU and Cabo Verde agreed on a Special Partnership Agreement. See art. 25a VC for details.', '',
  'Key past and upcoming events', '',
  '10 September 2019\t4th Joint Readmission Committee meeting – Brussels\tThe meeting noted the improvement',
  '13 September\tVisit to Praia\t', '', 'ETHIOPIA', '', 'The CAMM was signed in November 2015.',
].join('\n');

describe('readDocument on a Council note', () => {
  const r = readDocument('note.txt', NOTE);
  it('reads title, date and place', () => {
    expect(r.doc).toMatchObject({ id: 'doc:note', title: 'Update on the state of play', place: 'Brussels', date: { iso: '2024-02-06', precision: 'day' } });
    expect(r.doc.hash).toMatch(/^[0-9a-f]{64}$/);
  });
  it('cuts it by part, region and country, skipping the table of contents', () => {
    expect(r.sections.map((s) => [s.level, s.title])).toEqual([[1, 'Part 1- Bilateral dialogues'], [2, 'A. AFRICAN COUNTRIES'], [3, 'CABO VERDE'], [3, 'ETHIOPIA']]);
  });
  it('splits sentences, keeping "art. 25a" whole, and makes each events-table row a sentence', () => {
    const cabo = r.sentences.filter((s) => r.sections[s.section]?.title === 'CABO VERDE');
    expect(cabo.map((s) => [s.tableRow, s.text.slice(0, 20)])).toEqual([
      [false, 'In 2007, the EU and '], [false, 'See art. 25a VC for '], [true, '10 September 2019\t4t'], [true, '13 September\tVisit t'],
    ]);
    const [a, b, c, d] = cabo.map((s) => s.paragraph!);
    expect([b - a, c - b, d - c]).toEqual([0, 1, 1]);
  });
  it('gives exact offsets for sentences, sections and cells', () => {
    for (const s of r.sentences) expect(NOTE.slice(s.start, s.end)).toBe(s.text);
    for (const s of r.sections) expect(NOTE.slice(s.start, s.start + s.title.length)).toBe(s.title);
    const row = r.sentences.find((s) => s.tableRow)!;
    expect(rowCells(row).map((c) => NOTE.slice(c.start, c.end))).toEqual(['10 September 2019', '4th Joint Readmission Committee meeting – Brussels', 'The meeting noted the improvement']);
  });
});

const ROWS: Array<[file: string, text: string, expected: { title?: string; date?: string | null; place?: string | null; firstSentence: string; sections?: string[] }]> = [
  ['000.txt', ' date 2022-11-15 Islamabad:In a first, the EU and Pakistan agreed. Ms Johansson visited Pakistan.',
    { date: '2022-11-15', place: 'Islamabad', firstSentence: 'In a first, the EU and Pakistan agreed.' }],
  ['003.txt', ' date 2021-11-23 European Union Foreign Policy chief Joseph Borrell on Monday met him.',
    { date: '2021-11-23', place: null, firstSentence: 'European Union Foreign Policy chief Joseph Borrell on Monday met him.' }],
  ['page.html', '<html><head><title>EU and Niger talks</title></head><body><h1>EU and Niger talks</h1><p>The EU met Niger on 3&nbsp;May 2022. It went well.</p></body></html>',
    { title: 'EU and Niger talks', date: '2022-05-03', firstSentence: 'The EU met Niger on 3&nbsp;May 2022.', sections: ['EU and Niger talks'] }],
  ['note.md', '# EU and Niger\n\nPublished 4 June 2021.\n\nThe **Commission** met Niger.\n',
    { title: 'EU and Niger', date: '2021-06-04', firstSentence: 'Published 4 June 2021.', sections: ['EU and Niger'] }],
];

describe('readDocument metadata and offsets by format', () => {
  for (const [file, text, expected] of ROWS) {
    it(file, () => {
      const r = readDocument(file, text);
      if (expected.title) expect(r.doc.title).toBe(expected.title);
      if (expected.date !== undefined) expect(r.doc.date?.iso ?? null).toBe(expected.date);
      if (expected.place !== undefined) expect(r.doc.place).toBe(expected.place);
      expect(r.sentences[0].text).toBe(expected.firstSentence);
      if (expected.sections) expect(r.sections.map((s) => s.title)).toEqual(expected.sections);
      for (const s of r.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    });
  }
});

describe('readDocument on the seeds', () => {
  it('reads the Council note into 50 events tables worth of rows with exact offsets', () => {
    const text = readFileSync('seeds/001_44588754ff247d3f.txt', 'utf8');
    const r = readDocument('001_44588754ff247d3f.txt', text);
    expect(r.sections.find((s) => s.title === 'ETHIOPIA')).toBeDefined();
    expect(r.sentences.filter((s) => s.tableRow).length).toBeGreaterThan(800);
    for (const s of r.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('run-on sentences and rows are cut into bounded pieces', () => {
  const clause = 'Commissioner Ylva Johansson met the Minister of Interior of Niger in Niamey, ';
  const cases: [string, string][] = [
    ['a 200 kB sentence with commas', clause.repeat(200_000 / clause.length)],
    ['a 200 kB sentence without clause marks', 'word '.repeat(40_000)],
    ['a 200 kB run without white space', 'x'.repeat(200_000)],
    ['a 200 kB events-table row', `Key past and upcoming events\n\n12 March 2023\t${clause.repeat(200_000 / clause.length)}\tOutcome`],
  ];
  for (const [what, text] of cases) {
    it(`${what}: every piece fits MAX_SENTENCE_CHARS, offsets stay exact, nothing is lost`, () => {
      const r = readDocument('long.txt', text);
      expect(r.sentences.length).toBeGreaterThan(1);
      for (const s of r.sentences) {
        expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
        expect(text.slice(s.start, s.end)).toBe(s.text);
      }
      const covered = r.sentences.reduce((n, s) => n + s.text.replace(/\s/g, '').length, 0);
      expect(covered).toBe(text.replace('Key past and upcoming events', '').replace(/\s/g, '').length);
    });
  }
  it('keeps the seeds\' real sentences whole (the cut never fires on them)', () => {
    for (const file of ['000_72837e2bdadec557.txt', '001_44588754ff247d3f.txt']) {
      const text = readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8');
      expect(Math.max(...readDocument(file, text).sentences.map((s) => s.end - s.start))).toBeLessThan(MAX_SENTENCE_CHARS / 4);
    }
  });
});
