// The project's scorer on a tiny hand-made case whose figures are known, rule by rule.
import { describe, expect, it } from 'vitest';
import type { ScorerJson } from '../../ingest/extract/to-scorer-json.ts';
import type { GoldPassage } from '../../ingest/eval/gold-schema.ts';
import { scoreExtraction } from '../../ingest/eval/score-extraction.ts';

const TEXT = 'Csr Johansson met Minister Khar in Islamabad on 15 November 2022.\nThe Talent Partnership was launched in 2023.\n';
const GOLD: GoldPassage[] = [{
  doc: 'a.txt', lines: [1, 2],
  entities: [
    { type: 'Person', name: 'Ylva Johansson', aliases: ['Csr Johansson'] },
    { type: 'Person', name: 'Hina Rabbani Khar', aliases: ['Minister Khar'] },
    { type: 'Instrument', name: 'EU-Pakistan Talent Partnership', aliases: ['Talent Partnership'] },
  ],
  meetings: [{ date: '2022-11-15', participants: ['Ylva Johansson', 'Hina Rabbani Khar'], line: 1 }],
  instrumentEvents: [{ instrument: 'EU-Pakistan Talent Partnership', stage: 'launched', date: '2023', line: 2 }],
}];
const at = (s: string) => ({ file: 'a.txt', start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });

const EXTRACTION: ScorerJson = {
  entities: [
    { id: 'person:ylva-johansson', type: 'Person', name: 'Ylva Johansson', aliases: [], mentions: [at('Csr Johansson')] },
    // Split: the same gold person under a second id.
    { id: 'person:csr-johansson', type: 'Person', name: 'Csr Johansson', aliases: [], mentions: [at('Johansson met')] },
    { id: 'person:khar', type: 'Person', name: 'Khar', aliases: [], mentions: [at('Minister Khar')] },
    { id: 'country:islamabad', type: 'Country', name: 'Islamabad', aliases: [], mentions: [at('Islamabad')] },
  ],
  meetings: [{ id: 'm', date: '2022-11-30', participants: ['person:ylva-johansson', 'person:khar'], file: 'a.txt', start: 0, end: 60, place: null, planned: false, kind: 'meeting' }],
  instrumentEvents: [{ id: 'e', instrument: 'instrument:x', stage: 'launched', date: '2023', file: 'a.txt', start: TEXT.indexOf('The'), end: TEXT.length, planned: false }],
};

describe('scoreExtraction', () => {
  const r = scoreExtraction(GOLD, EXTRACTION, () => TEXT);
  const ROWS: Array<[what: string, got: unknown, expected: unknown]> = [
    ['persons: 3 predicted ids, both gold persons found', [r.byType.Person.tp, r.byType.Person.predicted, r.byType.Person.gold], [2, 3, 2]],
    ['a city is a false country', [r.byType.Country.tp, r.byType.Country.predicted], [0, 1]],
    ['an unlinked instrument is a miss', [r.byType.Instrument.tp, r.byType.Instrument.gold], [0, 1]],
    ['one gold person over two ids is a split', r.linking.fragmented, 1],
    ['pairs are compared by month', [r.meetingPairs.tp, r.meetingPairs.predicted, r.meetingPairs.gold], [1, 1, 1]],
    ['an event on an unknown instrument is a false positive', [r.instrumentEvents.tp, r.instrumentEvents.predicted], [0, 1]],
  ];
  for (const [what, got, expected] of ROWS) it(what, () => expect(got).toEqual(expected));
});
