// What an upload may be: a plain file name (no folders, a supported extension) and non-empty text.
// Knowledge of the limits lives here so the route, the docs and the tests agree.
import { z } from 'zod';
import { SUPPORTED_EXTENSIONS } from '../../ingest/read/corpus-files.ts';

/** A policy report is a few hundred kB; 2 MB leaves room and keeps one upload's extraction short. */
export const DEFAULT_UPLOAD_LIMIT_BYTES = 2 * 1024 * 1024;
/** Folder inside the corpus folder that receives uploads (ATLAS_UPLOAD_DIR overrides). */
export const DEFAULT_UPLOAD_SUBDIR = 'uploads';
/** Long enough for any real title, short enough for every file system. */
const MAX_NAME_LENGTH = 120;

const extensions = SUPPORTED_EXTENSIONS.map((e) => e.slice(1)).join('|');
/** Letters, digits, `_ - . space`; starts with a letter or digit (no dot files, no `..`), no slashes. */
const FILE_NAME = new RegExp(`^[\\p{L}\\p{N}][\\p{L}\\p{N}_ .-]*\\.(?:${extensions})$`, 'iu');

export const uploadFileName = z.string()
  .max(MAX_NAME_LENGTH, `at most ${MAX_NAME_LENGTH} characters`)
  .regex(FILE_NAME, `a plain file name ending in ${SUPPORTED_EXTENSIONS.join(', ')} (letters, digits, _ - . and spaces; no folders)`)
  .refine((n) => !n.includes('..'), 'no ".." in the name');

export const uploadBody = z.object({
  file: uploadFileName,
  text: z.string().refine((t) => t.trim().length > 0, 'the document text is empty'),
});

export type UploadBody = z.infer<typeof uploadBody>;
