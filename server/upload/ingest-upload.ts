// One uploaded document through the same steps as `npm run ingest` on one file: saved in the upload
// folder inside the corpus folder, read back by the corpus reader (extension, size, UTF-8, binary
// checks), extracted with the project's knowledge base, written in its own transaction. The stored
// `file` is relative to the corpus folder, so GET /api/documents/:id finds the text like any other.
import { randomUUID } from 'node:crypto';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { AtlasError } from '../../model/errors.ts';
import { extractDocument } from '../../ingest/extract/extract-document.ts';
import { loadKnowledgeBase, type KnowledgeBase } from '../../ingest/knowledge/load-knowledge-base.ts';
import { listCorpusFiles } from '../../ingest/read/corpus-files.ts';
import { writeDocument } from '../../ingest/write/write-document.ts';

let kb: KnowledgeBase | undefined;

export interface UploadResult {
  id: string;
  file: string;
  status: 'written' | 'unchanged';
  mentions: number;
  meetings: number;
  instrumentEvents: number;
}

/** The upload folder, which must lie inside the corpus folder (a configured `../x` is refused). */
export function uploadFolder(corpusDir: string, subdir: string): string {
  const root = path.resolve(corpusDir);
  const dir = path.resolve(root, subdir);
  if (dir !== root && !dir.startsWith(root + path.sep)) {
    throw new AtlasError('invalid_upload_dir', `ATLAS_UPLOAD_DIR=${subdir} leaves the corpus folder ${root}; give a folder inside it.`, 500);
  }
  return dir;
}

export async function ingestUpload(
  driver: Driver, opts: { corpusDir: string; uploadDir: string; file: string; text: string; maxBytes: number },
): Promise<UploadResult> {
  const root = path.resolve(opts.corpusDir);
  const full = path.resolve(opts.uploadDir, opts.file);
  if (path.dirname(full) !== opts.uploadDir) {
    throw new AtlasError('invalid_parameters', `The file name ${JSON.stringify(opts.file)} is not a plain name; drop any folder part.`, 400);
  }
  await mkdir(opts.uploadDir, { recursive: true });
  // Written beside under a dot name (ingest walks skip dot files) and renamed once it reads as a
  // document, so the corpus never holds half a file or one the reader would refuse.
  const temp = path.join(opts.uploadDir, `.upload-${randomUUID()}-${path.basename(full)}`);
  await writeFile(temp, opts.text, 'utf8');
  const read = listCorpusFiles([temp], opts.maxBytes);
  if (read.skipped.length || read.files.length !== 1) {
    await unlink(temp).catch(() => undefined);
    throw new AtlasError('invalid_document', `The document cannot be read: ${read.skipped[0]?.reason ?? 'unknown reason'}.`, 422);
  }
  await rename(temp, full);
  const relative = path.relative(root, full).split(path.sep).join('/');
  kb ??= loadKnowledgeBase();
  const x = extractDocument(relative, read.files[0].text, kb);
  const r = await writeDocument(driver, x, read.files[0].text);
  return { id: x.doc.id, file: relative, status: r.status, mentions: r.mentions, meetings: r.meetings, instrumentEvents: r.instrumentEvents };
}
