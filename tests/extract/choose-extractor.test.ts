// How many threads an ingest extracts on: the pool only for a corpus big enough to repay its start-up,
// what the user asked for when they asked, and a clear error for a count that is not one.
import { describe, expect, it } from 'vitest';
import { chooseExtractor, extractionThreads, POOL_MIN_DOCUMENTS } from '../../ingest/extract/choose-extractor.ts';

const CORES = 2;
const rows: [string, number, number | undefined, number][] = [
  ['a handful of documents stay on the main thread', 5, undefined, 1],
  ['one short of the threshold stays on the main thread', POOL_MIN_DOCUMENTS - 1, undefined, 1],
  ['at the threshold, one thread per core', POOL_MIN_DOCUMENTS, undefined, CORES],
  ['a big corpus, one thread per core', 5_000, undefined, CORES],
  ['nothing to extract (a resumed run) starts no pool', 0, undefined, 1],
  ['asked for the main thread on a big corpus', 5_000, 1, 1],
  ['asked for three threads on a small corpus', 3, 3, 3],
];

describe('extractionThreads', () => {
  for (const [what, documents, requested, expected] of rows) {
    it(what, () => expect(extractionThreads(documents, requested, CORES)).toBe(expected));
  }

  for (const bad of [0, -2, 1.5, Number.NaN]) {
    it(`refuses ${bad} threads with invalid_parameters`, () => {
      expect(() => extractionThreads(100, bad, CORES)).toThrow(expect.objectContaining({ name: 'AtlasError', code: 'invalid_parameters', message: expect.stringMatching(/whole number of at least 1/) }));
    });
  }
});

describe('chooseExtractor', () => {
  it('extracts on the main thread for a small corpus and on the pool when asked, the same result', async () => {
    const files = [{ file: 'a.txt', text: 'Ursula von der Leyen met Kais Saied in Tunis on 16 July 2023.' }];
    const main = await chooseExtractor(files);
    const pooled = await chooseExtractor(files, 2);
    try {
      expect(main.threads).toBe(1);
      expect(pooled.threads).toBe(2);
      expect(await pooled.extract('a.txt', files[0].text)).toEqual(await main.extract('a.txt', files[0].text));
    } finally {
      await Promise.all([main.close(), pooled.close()]);
    }
  }, 60_000);
});
