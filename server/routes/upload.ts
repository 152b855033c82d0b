// POST /api/documents: upload one new (or edited) document and ingest it. Off unless ATLAS_API_TOKEN is
// set; then it needs that token as a Bearer token. JSON `{ file, text }` (within the API's JSON body
// limit) or `text/plain` with `?file=name` (up to the upload limit). Not a registry route because it
// needs its own guard and body parser ahead of the handler; docs/api-contract.md documents it.
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Driver } from 'neo4j-driver';
import { AtlasError } from '../../model/errors.ts';
import { apiTokenFromEnv, requireApiToken } from '../http/api-token.ts';
import { ingestUpload, uploadFolder } from '../upload/ingest-upload.ts';
import { DEFAULT_UPLOAD_LIMIT_BYTES, DEFAULT_UPLOAD_SUBDIR, uploadBody } from '../upload/upload-schema.ts';
import { mapDriverError } from '../query/driver-errors.ts';

export interface UploadRouteOptions {
  driver: Driver;
  corpusDir: string;
  /** Default: ATLAS_API_TOKEN (unset: uploads are off). */
  token?: string | null;
  /** Default: ATLAS_UPLOAD_DIR or `uploads`, inside corpusDir. */
  uploadSubdir?: string;
  /** Default: ATLAS_UPLOAD_LIMIT bytes or DEFAULT_UPLOAD_LIMIT_BYTES. */
  maxBytes?: number;
  /** Called after a document is written, so the response cache re-reads the graph version at once. */
  onWritten?: () => void;
}

function limitFromEnv(): number {
  const raw = process.env.ATLAS_UPLOAD_LIMIT;
  const n = raw ? Number(raw) : DEFAULT_UPLOAD_LIMIT_BYTES;
  if (!Number.isInteger(n) || n <= 0) throw new AtlasError('invalid_config', `ATLAS_UPLOAD_LIMIT=${raw} is not a positive whole number of bytes; fix or unset it.`, 500);
  return n;
}

export function uploadRouter(opts: UploadRouteOptions): express.Router {
  const token = opts.token === undefined ? apiTokenFromEnv() : opts.token;
  const maxBytes = opts.maxBytes ?? limitFromEnv();
  const uploadDir = uploadFolder(opts.corpusDir, opts.uploadSubdir ?? (process.env.ATLAS_UPLOAD_DIR || DEFAULT_UPLOAD_SUBDIR));
  const router = express.Router();
  router.post(
    '/api/documents',
    requireApiToken(token), // before the body is read: no token, no bytes accepted
    express.text({ type: 'text/plain', limit: maxBytes }),
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const raw = typeof req.body === 'string'
          ? { file: typeof req.query.file === 'string' ? req.query.file : undefined, text: req.body }
          : req.body;
        const parsed = uploadBody.safeParse(raw ?? {});
        if (!parsed.success) {
          const errors = parsed.error.issues.map((i) => ({ path: i.path.join('.') || 'body', message: i.message }));
          throw new AtlasError('invalid_parameters',
            'Send JSON {"file": "name.txt", "text": "..."} or text/plain with ?file=name.txt; GET /api/docs lists the rules.', 400, errors);
        }
        const result = await ingestUpload(opts.driver, { corpusDir: opts.corpusDir, uploadDir, maxBytes, ...parsed.data })
          .catch((err) => { throw mapDriverError(err, 'upload', 0); });
        opts.onWritten?.();
        res.status(201).location(`/api/documents/${encodeURIComponent(result.id)}`).json(result);
      } catch (err) {
        next(err);
      }
    },
  );
  return router;
}
