// Loads the knowledge-base data files once per process, validates them with zod and builds the KB.
// Synchronous on purpose: extraction is a pure function of (text, KB) and must not wait on I/O.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AtlasError } from '../../model/errors.ts';
import { buildCountryGazetteer } from './country-gazetteer.ts';
import { KnowledgeBase } from './knowledge-base.ts';
import {
  countryOverridesSchema, institutionsSchema, instrumentPatternsSchema, nationalBodiesSchema, officesSchema, peopleSchema, titlesSchema,
} from './schemas.ts';
import type { z } from 'zod';

export type { KnowledgeBase } from './knowledge-base.ts';

/** The data files, each with the schema it must satisfy. */
export const KNOWLEDGE_FILES = {
  people: ['people.json', peopleSchema],
  institutions: ['institutions.json', institutionsSchema],
  offices: ['offices.json', officesSchema],
  titles: ['titles.json', titlesSchema],
  instruments: ['instrument-patterns.json', instrumentPatternsSchema],
  countryOverrides: ['country-overrides.json', countryOverridesSchema],
  nationalBodies: ['national-bodies.json', nationalBodiesSchema],
} as const;

let cached: KnowledgeBase | null = null;

/** Reads and validates one data file; a bad file stops the load with a message naming file and field. */
export function readKnowledgeFile<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  const path = fileURLToPath(new URL(file, import.meta.url));
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new AtlasError('KB_UNREADABLE', `Cannot read knowledge file ${path} (${(err as Error).message}); fix its JSON.`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AtlasError('KB_INVALID',
      `Knowledge file ${file} is invalid at ${issue.path.join('.')}: ${issue.message}; fix the entry and reload.`,
      500, parsed.error.issues);
  }
  return parsed.data;
}

/** The knowledge base, built on first call and shared afterwards. */
export function loadKnowledgeBase(): KnowledgeBase {
  if (cached) return cached;
  const f = KNOWLEDGE_FILES;
  const overrides = readKnowledgeFile(...f.countryOverrides);
  cached = new KnowledgeBase({
    people: readKnowledgeFile(...f.people),
    institutions: readKnowledgeFile(...f.institutions),
    offices: readKnowledgeFile(...f.offices),
    titles: readKnowledgeFile(...f.titles),
    instruments: readKnowledgeFile(...f.instruments),
    nationalBodies: readKnowledgeFile(...f.nationalBodies),
    countries: buildCountryGazetteer(overrides),
    listOnlyCodes: overrides.listOnlyCodes,
  });
  return cached;
}
