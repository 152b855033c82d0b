// A folder of documents for the ingest tests: two good files, bad ones of each kind, and an extractor
// that maps each good file to its hand-built extraction (tests/write/fixtures.ts), so these tests do not
// depend on extraction quality. `crash.txt` makes the extractor throw.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Extractor } from '../../ingest/ingest-paths.ts';
import { docA, docB, E, extraction } from '../write/fixtures.ts';

export const BAD_FILES = {
  'empty.txt': '',
  'binary.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]),
  'latin1.txt': Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x81]),
  'notes.pdf': 'not a document type',
  'crash.txt': 'this one makes the extractor throw',
};

export function corpusFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-corpus-'));
  writeFileSync(join(dir, 'a.txt'), docA().text);
  writeFileSync(join(dir, 'b.txt'), docB().text);
  for (const [name, body] of Object.entries(BAD_FILES)) writeFileSync(join(dir, name), body);
  return dir;
}

/** A bigger document, so a transaction is in flight long enough to be killed in the middle. */
export function bigDoc() {
  const mentions = Array.from({ length: 6_000 }, (_, i) => [i % 2 ? E.pakistan : E.johansson, `m${i % 50}`] as [typeof E.pakistan, string]);
  return extraction('big', { entities: [E.pakistan, E.johansson], mentions });
}

export const fixtureExtractor: Extractor = (file) => {
  if (file === 'a.txt') return docA().x;
  if (file === 'b.txt' || file === 'c.txt') return docB().x; // c.txt: B sorted after big.txt
  if (file === 'big.txt') return bigDoc().x;
  throw new Error(`no fixture for ${file}`);
};
