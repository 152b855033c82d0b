// Corpus file reading at the edge: lists the documents under the given paths and reads each one, skipping a
// bad file with one clear reason (the rest are still read). The ingest CLI reuses this. A BOM is kept so
// offsets match the file read as UTF-8 by any other tool (the scorer included).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';

/** Largest file read: a policy report is a few hundred kB; anything above this is not a document. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Extensions the reader understands. */
export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;
/** Bytes inspected for NUL to call a file binary. */
const BINARY_SNIFF_BYTES = 8192;

export interface CorpusFile { path: string; /** Name relative to the folder given (the file name for a file). */ file: string; text: string }
export interface SkippedFile { path: string; reason: string }

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []));
}

/** Why a file cannot be read as a document, or null with its text when it can. */
function readOne(path: string, maxBytes: number): { text: string } | { reason: string } {
  const ext = extname(path).toLowerCase();
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) {
    return { reason: `unsupported extension "${ext || '(none)'}": give a ${SUPPORTED_EXTENSIONS.join(', ')} file` };
  }
  const size = statSync(path).size;
  if (size === 0) return { reason: 'empty file: nothing to read' };
  if (size > maxBytes) return { reason: `oversized: ${size} bytes > ${maxBytes}; split the document or raise the limit` };
  const bytes = readFileSync(path);
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { reason: 'binary file (contains NUL bytes): convert it to text first' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { reason: 'not valid UTF-8: re-encode it as UTF-8 (e.g. iconv -t UTF-8)' };
  }
  if (!text.trim()) return { reason: 'empty file: only white space' };
  return { text };
}

export function listCorpusFiles(paths: string[], maxBytes = MAX_FILE_BYTES): { files: CorpusFile[]; skipped: SkippedFile[] } {
  const files: CorpusFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const p of paths) {
    let stat;
    try { stat = statSync(p); } catch { skipped.push({ path: p, reason: 'no such file or folder: check the path' }); continue; }
    const entries = stat.isDirectory() ? walk(p).map((f) => ({ path: f, file: relative(p, f) })) : [{ path: p, file: basename(p) }];
    if (stat.isDirectory() && !entries.some((e) => (SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(e.path).toLowerCase()))) {
      skipped.push({ path: p, reason: `folder holds no ${SUPPORTED_EXTENSIONS.join(', ')} documents` });
    }
    for (const e of entries) {
      const r = readOne(e.path, maxBytes);
      if ('reason' in r) skipped.push({ path: e.path, reason: r.reason });
      else files.push({ path: e.path, file: e.file, text: r.text });
    }
  }
  return { files, skipped };
}
