// Nothing outside the corpus folder can be read: not through API document ids (`../`, encoded slashes),
// not through a Document node whose `file` points outside (or at a symlink that does), and not through
// ingest paths (symlinked files and folders are not followed). A 50 MB file is skipped as oversized
// before it is read, and an ingest with it still writes the other documents.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../ingest/ingest-paths.ts';
import { listCorpusFiles, MAX_FILE_BYTES } from '../../ingest/read/corpus-files.ts';
import type { RunningServer } from '../../server/start-server.ts';
import { getJson, testServer } from '../server/test-server.ts';
import { resetDatabase, testDriver } from '../setup/test-db.ts';

const SECRET = 'TOP-SECRET-OUTSIDE-THE-CORPUS';
const FIFTY_MB = 50 * 1024 * 1024;
const parent = mkdtempSync(join(tmpdir(), 'atlas-paths-'));
const corpus = join(parent, 'corpus');
const outside = join(parent, 'outside');

let srv: RunningServer;

beforeAll(async () => {
  mkdirSync(join(corpus, 'sub'), { recursive: true });
  mkdirSync(outside, { recursive: true });
  writeFileSync(join(outside, 'secret.txt'), `${SECRET} Commissioner Ylva Johansson met Niger.`);
  writeFileSync(join(corpus, 'report.txt'), 'Commissioner Ylva Johansson met the Minister of Interior of Niger in Niamey on 12 March 2023.');
  symlinkSync(join(outside, 'secret.txt'), join(corpus, 'linked-secret.txt'));
  symlinkSync(outside, join(corpus, 'linked-folder'));
  // 50 MB of zeros without writing 50 MB: a sparse file has the size that counts.
  const fd = openSync(join(corpus, 'huge.txt'), 'w');
  ftruncateSync(fd, FIFTY_MB);
  closeSync(fd);
  await resetDatabase();
  srv = await testServer(testDriver(), { corpusDir: corpus });
});
afterAll(async () => {
  await srv?.close();
  rmSync(parent, { recursive: true, force: true });
});

describe('ingest paths', () => {
  it('the corpus reader skips the 50 MB file as oversized and follows no symlink out', () => {
    const { files, skipped } = listCorpusFiles([corpus]);
    expect(files.map((f) => f.file)).toEqual(['report.txt']);
    expect(skipped).toEqual([{ path: join(corpus, 'huge.txt'), reason: expect.stringMatching(/^oversized: 52428800 bytes > /) }]);
    expect(FIFTY_MB).toBeGreaterThan(MAX_FILE_BYTES);
    expect(JSON.stringify(files)).not.toContain(SECRET);
  });

  it('an ingest of the corpus writes the good document, skips the huge one, and stores nothing from outside', async () => {
    const summary = await ingestPaths(testDriver(), [corpus]);
    expect(summary.skipped.filter((s) => !s.path.endsWith('huge.txt'))).toEqual([]);
    expect(summary.failed).toBe(false);
    expect(summary.documents.ingested).toBe(1);
    expect(summary.skipped.map((s) => s.path)).toEqual([join(corpus, 'huge.txt')]);
    const res = await testDriver().executeQuery('MATCH (d:Document) RETURN d.file AS file, d.text AS text');
    expect(res.records.map((r) => r.get('file'))).toEqual(['report.txt']);
    expect(JSON.stringify(res.records.map((r) => r.get('text')))).not.toContain(SECRET);
  });
});

describe('API document ids and stored file names', () => {
  const ids = ['../outside/secret.txt', '..%2Foutside%2Fsecret.txt', '..%252Foutside%252Fsecret.txt', '%2e%2e%2foutside%2fsecret.txt',
    'doc:..%2F..%2Foutside%2Fsecret', '..\\outside\\secret.txt', '....//outside/secret.txt', '/etc/passwd', '%2Fetc%2Fpasswd', 'linked-secret.txt'];
  for (const id of ids) {
    it(`GET /api/documents/${id} is a 404 or 400 and never the secret`, async () => {
      const r = await getJson(srv.url, `/api/documents/${id}`);
      expect([400, 404]).toContain(r.status);
      expect(JSON.stringify(r.body)).not.toContain(SECRET);
      expect(JSON.stringify(r.body)).not.toContain('root:');
    });
  }

  // Documents without stored text are read from the corpus folder by their `file`: hostile values of it.
  const files = ['../outside/secret.txt', `${parent}/outside/secret.txt`, 'sub/../../outside/secret.txt', 'linked-secret.txt',
    'linked-folder/secret.txt', '/etc/passwd', '..', ''];
  for (const [i, file] of files.entries()) {
    it(`a Document whose file is ${JSON.stringify(file)} shows no text from outside`, async () => {
      const id = `doc:evil-${i}`;
      await testDriver().executeQuery('MERGE (d:Document {id: $id}) SET d.file = $file, d.title = "evil"', { id, file });
      const r = await getJson(srv.url, `/api/documents/${encodeURIComponent(id)}`);
      expect(r.status).toBe(200);
      expect(r.body.text).toBeNull();
      expect(JSON.stringify(r.body)).not.toContain(SECRET);
    });
  }

  it('a Document inside the corpus folder is still read from it (the guard is not a blanket refusal)', async () => {
    await testDriver().executeQuery('MERGE (d:Document {id: "doc:plain"}) SET d.file = "report.txt"');
    const r = await getJson(srv.url, '/api/documents/doc%3Aplain');
    expect(r.body.text).toMatch(/^Commissioner Ylva Johansson/);
  });
});
