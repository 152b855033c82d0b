// The synthetic corpus's vocabulary (vocabulary.json) with its zod schema: the words are data, the
// templates that arrange them are code.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AtlasError } from '../../model/errors.ts';

export const vocabularySchema = z.object({
  regions: z.array(z.object({ heading: z.string().min(2), countries: z.array(z.string().regex(/^[A-Z]{2}$/)).min(1) })).min(1),
  firstNames: z.array(z.string().min(2)).min(5),
  surnameParts: z.object({ start: z.array(z.string()).min(2), middle: z.array(z.string()).min(2), end: z.array(z.string()).min(2) }),
  officialTitles: z.array(z.string().min(2)).min(1),
  euOffices: z.array(z.object({ office: z.string().min(2), short: z.string().min(2), long: z.string().min(2) })).min(1),
  instrumentHeads: z.array(z.string().min(2)).min(2),
  topics: z.array(z.string().min(2)).min(1),
  outcomes: z.array(z.string().min(2)).min(1),
  filler: z.array(z.string().min(10)).min(1),
}).passthrough();
export type Vocabulary = z.infer<typeof vocabularySchema>;

let cached: Vocabulary | null = null;

export function loadVocabulary(): Vocabulary {
  if (cached) return cached;
  const path = new URL('./vocabulary.json', import.meta.url);
  const parsed = vocabularySchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AtlasError('SYNTHETIC_VOCABULARY_INVALID',
      `ingest/synthetic/vocabulary.json is invalid at ${issue.path.join('.')}: ${issue.message}; fix the entry.`);
  }
  cached = parsed.data;
  return cached;
}
