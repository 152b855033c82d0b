// compromise read in batches finds, at the same offsets, the people single calls find in each text.
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { compromisePeople, MAX_BATCH_WINDOWS } from '../../ingest/mentions/find-compromise-people.ts';

const TEXTS = [
  'talks between Ylva Johansson and the minister',
  'the visit of Josep Borrell to Islamabad. He met Shah Mahmood Qureshi there',
  'Council received the Note Verbale on the completion',
  '05 August 2022\t"Cadre Concertation Migration"\tThe political',
  '  leading spaces before Margaritis Schinas spoke',
  'Habou, Head of Administrative Division for finance and',
  'no names at all here',
  'Commissioner Ylva Johansson met Minister Nasser Bourita in Rabat.\nThen Olivér Várhelyi came',
];
const single = (t: string) => (nlp(t).people().json({ offset: true }) as Array<{ text: string; offset: { start: number; length: number } }>)
  .map((p) => ({ text: p.text, offset: { start: p.offset.start, length: p.offset.length } }));

describe('compromisePeople', () => {
  it('equals one nlp call per text', () => {
    const got = compromisePeople(TEXTS).map((ps) => ps.map((p) => ({ text: p.text, offset: p.offset })));
    expect(got).toEqual(TEXTS.map(single));
    expect(got.some((ps) => ps.length)).toBe(true);
  });

  it('equals them across batch boundaries too', () => {
    const many = Array.from({ length: MAX_BATCH_WINDOWS * 2 + 3 }, (_, i) => TEXTS[i % TEXTS.length]!);
    expect(compromisePeople(many).map((ps) => ps.map((p) => ({ text: p.text, offset: p.offset })))).toEqual(many.map(single));
  });
});
