import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listCorpusFiles } from '../../ingest/read/corpus-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const put = (name: string, body: string | Buffer) => { writeFileSync(join(dir, name), body); return join(dir, name); };

describe('listCorpusFiles', () => {
  put('good.txt', 'The EU met Niger.');
  put('page.html', '<p>The EU met Niger.</p>');
  put('empty.txt', '');
  put('blank.md', '  \n\n');
  put('binary.txt', Buffer.from([0x45, 0x55, 0x00, 0x01, 0x02]));
  put('latin1.txt', Buffer.from([0x43, 0x61, 0x62, 0x6f, 0x20, 0xe9, 0x74, 0xe9]));
  put('big.txt', 'x'.repeat(200));
  put('image.png', 'not really');
  mkdirSync(join(dir, 'nothing'));
  put('nothing/readme.pdf', '%PDF');

  const { files, skipped } = listCorpusFiles([dir, join(dir, 'nothing'), join(dir, 'missing')], 100);
  const reason = (name: string) => skipped.find((s) => s.path.endsWith(name))?.reason ?? '';

  it('reads the good files', () => {
    expect(files.map((f) => f.file).sort()).toEqual(['good.txt', 'page.html']);
  });
  const ROWS: Array<[file: string, reason: RegExp]> = [
    ['empty.txt', /^empty file/], ['blank.md', /^empty file/], ['binary.txt', /^binary/], ['latin1.txt', /UTF-8/],
    ['big.txt', /^oversized/], ['image.png', /unsupported extension/], ['readme.pdf', /unsupported extension/],
    ['nothing', /no .* documents/], ['missing', /no such file/],
  ];
  for (const [file, expected] of ROWS) it(`skips ${file} with one reason`, () => expect(reason(file)).toMatch(expected));
  it('names every skipped path once per reason', () => {
    expect(skipped.filter((s) => s.path.endsWith('big.txt'))).toHaveLength(1);
  });
});
