// zod schemas for the knowledge-base data files: the data is the knowledge, these schemas are its contract.
import { z } from 'zod';
import { INSTRUMENT_KINDS, SIDES } from '../../model/graph-model.ts';

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'ISO date (YYYY, YYYY-MM or YYYY-MM-DD)');
const side = z.enum(SIDES);

/** One office a person held: `office` is a key of offices.json when role-only mentions may resolve to it. */
export const officeHeldSchema = z.object({
  office: z.string().min(1).optional(),
  title: z.string().min(1),
  /** Entity id of the institution or country the office belongs to. */
  org: z.string().regex(/^(institution|country):/),
  from: isoDate.nullable(),
  to: isoDate.nullable(),
});

export const personSchema = z.object({
  name: z.string().min(3),
  /** Other spellings: transliterations, misspellings seen in the genre, short forms. */
  aliases: z.array(z.string().min(2)).default([]),
  /** Surname as the genre writes it after a title (`Johansson`, `von der Leyen`, `Abiy`). */
  surnames: z.array(z.string().min(2)).default([]),
  side,
  offices: z.array(officeHeldSchema).default([]),
}).strict();
export const peopleSchema = z.array(personSchema);

export const institutionSchema = z.object({
  name: z.string().min(2),
  /** Case-insensitive variants (full-name spellings). */
  aliases: z.array(z.string().min(2)).default([]),
  /** Case-sensitive forms: acronyms and short upper-case tokens (`IOM`, `OIM`, `HOME`). */
  acronyms: z.array(z.string().min(2)).default([]),
  side,
  /** Country entity id for national bodies. */
  country: z.string().regex(/^country:/).optional(),
}).strict();
export const institutionsSchema = z.array(institutionSchema);

export const officeSchema = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/),
  /** Institution entity id the office belongs to. */
  org: z.string().regex(/^(institution|country):/),
  /** Surface titles that name the office alone (`HR/VP`, `PEC`); matched case-sensitively when upper-case. */
  titles: z.array(z.string().min(2)).min(1),
}).strict();
export const officesSchema = z.array(officeSchema);

export const titlesSchema = z.object({
  /** Honorifics and office titles that may precede a person's name. */
  titles: z.array(z.string().min(1)).min(1),
  /** Words that may sit between a title and a name without being part of either (`Africa` in `MD Africa`). */
  qualifiers: z.array(z.string().min(1)),
  /** Words of a portfolio in a long title (`Minister of Interior`, `of State for Foreign Affairs`). */
  portfolioWords: z.array(z.string().min(1)),
  /** Lower-case particles inside names (`von der Leyen`, `bin`, `al`). */
  nameParticles: z.array(z.string().min(1)),
  /** Capitalised words that never start or continue a person's name. */
  notNames: z.array(z.string().min(1)),
}).strict();

export const instrumentHeadSchema = z.object({
  /** Canonical head as it appears in a name (`Readmission Agreement`). */
  head: z.string().min(2),
  kind: z.enum(INSTRUMENT_KINDS),
  /** Other spellings of the head, matched case-insensitively (`readmission agreements`). */
  variants: z.array(z.string().min(2)).default([]),
  /** Whether a bare head resolves to the EU's instrument with the section's country. */
  bilateral: z.boolean(),
  /** Whether the other party is an EU agency, not the EU (`Frontex-Serbia Working Arrangement`). */
  agencyParty: z.boolean().default(false),
  /** Whether the head must be capitalised in text to count (`Roadmap`, not "a roadmap"). */
  capitalised: z.boolean().default(false),
  /** Case-sensitive abbreviations of the head (`VFA`, `CAMM`), resolved like the bare head. */
  acronyms: z.array(z.string().min(2)).default([]),
}).strict();

export const namedInstrumentSchema = z.object({
  name: z.string().min(2),
  kind: z.enum(INSTRUMENT_KINDS),
  aliases: z.array(z.string().min(2)).default([]),
  acronyms: z.array(z.string().min(2)).default([]),
}).strict();

export const instrumentPatternsSchema = z.object({
  heads: z.array(instrumentHeadSchema).min(1),
  named: z.array(namedInstrumentSchema),
  /** Words that may precede a head inside a name without changing the instrument (`amended`, `new`). */
  modifiers: z.array(z.string().min(1)),
  /** Words of a region's name: `... for the Western Balkans` is a regional instrument, not a bilateral one. */
  regionWords: z.array(z.string().min(2)),
  /** What an agency's arrangement with a country is called when a list only dates it
   * (`agreements or arrangements signed with ... Europol (2013), CEPOL (2013)`). */
  agencyDefaults: z.array(z.object({ agency: z.string().min(3), head: z.string().min(2), kind: z.enum(INSTRUMENT_KINDS) }).strict()).optional(),
}).strict();

export const countryOverridesSchema = z.object({
  /** Per ISO2 code: display name as the seeds spell it today, extra names and demonyms. */
  countries: z.record(z.string().regex(/^[A-Z]{2}$/), z.object({
    name: z.string().optional(),
    names: z.array(z.string()).default([]),
    demonyms: z.array(z.string()).default([]),
    /** Names from the package that mislead in this genre (`Congo` for two states). */
    drop: z.array(z.string()).default([]),
  }).strict()),
  /** EU member states by ISO2; `EL` is the EU's code for Greece. */
  memberStates: z.array(z.string().regex(/^[A-Z]{2}$/)).length(27),
  /** EU-specific codes used in lists (`EL` for Greece). */
  extraCodes: z.record(z.string().regex(/^[A-Z]{2}$/), z.string().regex(/^[A-Z]{2}$/)),
  /** Codes that equal a common word or acronym and only count inside a code list (`IT`). */
  listOnlyCodes: z.array(z.string().regex(/^[A-Z]{2}$/)),
}).strict();

export type PersonRecord = z.infer<typeof personSchema>;
export type InstitutionRecord = z.infer<typeof institutionSchema>;
export type OfficeRecord = z.infer<typeof officeSchema>;
/** National bodies not in the KB, named by a head and their country (`Migration Service of Armenia`). */
export const nationalBodiesSchema = z.object({
  /** Heads named `<Head> of <Country>`, also when written `Turkish <Head>`. */
  ofCountry: z.array(z.string().min(1)),
  /** Heads named `<Country> <Head>` (`Pakistan Civil Aviation Authority`, from `Pakistani civil aviation authority`). */
  countryFirst: z.array(z.string().min(1)),
  /** Heads named `<Head> to <Country>` (`Delegation of the European Union to Nigeria`); the first is the name's form. */
  toCountry: z.array(z.string().min(1)).default([]),
  /** Heads whose name runs on with capitalised words (`Directorate-General for Neighbourhood and Enlargement Negotiations`). */
  openHeads: z.array(z.string().min(1)).default([]),
});
export type NationalBodies = z.infer<typeof nationalBodiesSchema>;
export type TitlesRecord = z.infer<typeof titlesSchema>;
export type InstrumentHead = z.infer<typeof instrumentHeadSchema>;
export type NamedInstrument = z.infer<typeof namedInstrumentSchema>;
export type InstrumentPatterns = z.infer<typeof instrumentPatternsSchema>;
export type CountryOverrides = z.infer<typeof countryOverridesSchema>;
