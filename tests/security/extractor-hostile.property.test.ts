// The extractor on hostile text: random Unicode (lone surrogates too), control characters, markup-like
// noise, deep bracket nesting and a 1 MB line. It must not throw, and what it returns must stay inside
// the text (every span within bounds, every mention's text the slice it points at) and be JSON.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { extractDocument } from '../../ingest/extract/extract-document.ts';
import { loadKnowledgeBase } from '../../ingest/knowledge/load-knowledge-base.ts';
import type { DocumentExtraction } from '../../model/extraction.ts';

/** Random documents tried; each is a full extraction. */
const RUNS = 150;
/** Fixed so a failure reproduces (fast-check prints the counterexample). */
const SEED = 20261201;
const ONE_MB = 1024 * 1024;
/** Nesting depth of the bracket cases: far past any recursion limit a regex engine or parser has. */
const DEPTH = 100_000;

/** Per extreme document on a loaded 2-core machine (a failure here means a hang, not slowness). */
const EXTREME_TIMEOUT_MS = 300_000;

const kb = loadKnowledgeBase();
let documentsTried = 0;

/** Words the extractor reacts to, so random text also reaches the linking and event rules. */
const CUES = ['Commissioner Ylva Johansson', 'met', 'the Minister of', 'Niger', 'Libya', 'on 12 March 2023', 'signed', 'the EU-Turkey Statement',
  'Readmission Agreement', 'Mobility Partnership', '\t', '\n', '\n\n', 'Key past and upcoming events', '(', ')', '[', ']', '<b>', '</b>', '&amp;',
  '- ', '* ', '# ', '|', 'Mr.', 'e.g.', '...', '2019-2024', 'Q3 2023', '\u0000', '\u001b[31m', '\u202e', '\ufeff', '\ud800', '\udfff', '\u0301'];

function checkInvariants(file: string, text: string, x: DocumentExtraction): void {
  documentsTried++;
  const inside = (start: number, end: number, what: string) => {
    expect(Number.isInteger(start) && Number.isInteger(end), what).toBe(true);
    expect(start >= 0 && start <= end && end <= text.length, `${what} [${start}, ${end}) in ${text.length}`).toBe(true);
  };
  for (const s of x.sentences) inside(s.start, s.end, 'sentence');
  for (const m of x.mentions) {
    inside(m.start, m.end, 'mention');
    expect(text.slice(m.start, m.end), 'mention text').toBe(m.text);
  }
  for (const m of x.meetings) inside(m.start, m.end, 'meeting');
  for (const e of x.instrumentEvents) inside(e.start, e.end, 'event');
  const ids = new Set(x.entities.map((e) => e.id));
  for (const m of x.mentions) expect(ids.has(m.entityId), `mention of unknown ${m.entityId}`).toBe(true);
  expect(x.doc.file).toBe(file);
  expect(() => JSON.stringify(x)).not.toThrow();
}

it('random Unicode, control characters and cue words never crash the extractor', async () => {
  const text = fc.oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 400 }),
    fc.array(fc.oneof(fc.constantFrom(...CUES), fc.string({ unit: 'binary', maxLength: 6 })), { minLength: 1, maxLength: 120 })
      .map((parts) => parts.join(' ')),
    fc.array(fc.constantFrom(...CUES), { minLength: 1, maxLength: 300 }).map((parts) => parts.join('')),
  );
  fc.assert(fc.property(text, (t) => checkInvariants('fuzz.txt', t, extractDocument('fuzz.txt', t, kb))), { numRuns: RUNS, seed: SEED });
});

/** Run-on sentences and rows are cut into bounded pieces by the reader (MAX_SENTENCE_CHARS), so these
 *  extract in seconds (a 1 MB single sentence took ~6 s here; before the cut, 80 kB took 20 s). */
const LONG_SENTENCE = 32 * 1024;

const EXTREMES: [string, () => string][] = [
  ['a 1 MB line of prose (10k sentences, no line break)', () => 'Commissioner Ylva Johansson met the Minister of Interior of Niger in Niamey on 12 March 2023. '.repeat(ONE_MB / 95)],
  ['a 32 kB single sentence of prose', () => 'Commissioner Ylva Johansson met the Minister of Interior of Niger in Niamey on 12 March 2023, '.repeat(LONG_SENTENCE / 95)],
  ['a 1 MB single sentence of prose (commas, no full stop)', () => 'Commissioner Ylva Johansson met the Minister of Interior of Niger in Niamey on 12 March 2023, '.repeat(ONE_MB / 95)],
  ['a 256 kB events-table row', () => `Key past and upcoming events\n\n12 March 2023\t${'Commissioner Ylva Johansson met the Minister of Interior of Niger, '.repeat(256 * 1024 / 68)}\tOutcome\n`],
  ['a 1 MB line without a space', () => 'a'.repeat(ONE_MB)],
  ['a 1 MB line of tabs (a table row with 1M cells)', () => `Key past and upcoming events\n${'\t'.repeat(ONE_MB)}`],
  ['brackets nested 100k deep', () => `${'('.repeat(DEPTH)}Johansson met Niger${')'.repeat(DEPTH)}`],
  ['mixed brackets nested 100k deep, unclosed', () => '([{<'.repeat(DEPTH / 4)],
  ['30k lines of control characters', () => '\u0000\u0001\u0002\u001b\u007f\r\n'.repeat(30_000)],
  ['markup nested 20k deep', () => `${'<div>'.repeat(20_000)}Ylva Johansson${'</div>'.repeat(20_000)}`],
  ['a BOM, lone surrogates and combining marks only', () => `\ufeff${'\ud800\u0301\udfff'.repeat(10_000)}`],
];

for (const [what, make] of EXTREMES) {
  it(`${what}: no crash, spans inside the text`, { timeout: EXTREME_TIMEOUT_MS }, () => {
    const text = make();
    checkInvariants('extreme.txt', text, extractDocument('extreme.txt', text, kb));
  });
}

it('reports how many documents were tried', () => {
  console.log(`[security] hostile documents through the extractor: ${documentsTried}`);
  expect(documentsTried).toBeGreaterThanOrEqual(RUNS + EXTREMES.length);
});
