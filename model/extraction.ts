// The contract between extraction (pure, ingest/) and everything downstream: the Neo4j writer, the
// extraction JSON of `npm run extract` (a superset of ../shared/eval/EXTRACTION.md) and the evaluation.
import type {
  DatePrecision, EntityType, InstrumentKind, InstrumentStage, ResolvedBy, Side,
} from './graph-model.ts';

/** A date as the text gives it. `iso` is cut to the precision (`2019`, `2019-01`, `2019-01-24`). */
export interface TextDate {
  iso: string;
  precision: DatePrecision;
  /** Last day of a range (`26-28 February 2020` -> 2020-02-28), ISO day. */
  endIso?: string;
  /** The words the date was read from. */
  text: string;
}

export interface DocumentMeta {
  /** Stable id from the file name: `doc:001_44588754ff247d3f`. */
  id: string;
  /** File name relative to the corpus folder. */
  file: string;
  title: string;
  date: TextDate | null;
  place: string | null;
  /** sha256 of the text, hex. */
  hash: string;
  words: number;
  chars: number;
}

export interface Section {
  title: string;
  /** Country the section is about, as an entity id, when its heading names one. */
  countryId: string | null;
  start: number;
  end: number;
  level: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Index into DocumentExtraction.sections, or -1 before the first heading. */
  section: number;
  /** True when the sentence is a row of an events table. */
  tableRow: boolean;
  /** Index of the paragraph (a block of text between blank lines or line breaks; a table row is one). Optional: additive. */
  paragraph?: number;
}

export interface ExtractedEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  side: Side;
  kind?: InstrumentKind;
  /** Entity ids of the parties, for instruments. */
  parties?: string[];
  iso2?: string;
  /** True when the entity came from the curated knowledge base, false when only seen in text. */
  curated: boolean;
}

export interface Mention {
  entityId: string;
  start: number;
  end: number;
  text: string;
  sentence: number;
  resolvedBy: ResolvedBy;
}

/** A mention that could not be tied to exactly one entity: reported, never guessed. */
export interface UnlinkedMention {
  start: number;
  end: number;
  text: string;
  sentence: number;
  reason: string;
  candidates: string[];
}

export interface Meeting {
  /** Deterministic: document id + offset. */
  id: string;
  date: TextDate | null;
  place: string | null;
  /** Entity id of the place when it is a country. */
  placeId: string | null;
  participants: string[];
  kind: 'meeting' | 'call' | 'visit' | 'ministerial' | 'committee';
  /** Stated as done, or planned/upcoming/tbc or after the document's date. */
  planned: boolean;
  /** Marked as not yet fixed (tbc, next, foreseen): planned and not confirmed. Optional: additive. */
  tentative?: boolean;
  title: string;
  start: number;
  end: number;
  sentence: string;
}

export interface InstrumentEvent {
  id: string;
  instrument: string;
  stage: InstrumentStage;
  date: TextDate | null;
  planned: boolean;
  /** Marked as not yet fixed (tbc, next, foreseen). Optional: additive. */
  tentative?: boolean;
  start: number;
  end: number;
  sentence: string;
}

export interface Holding {
  personId: string;
  /** Institution or country entity id. */
  orgId: string;
  office: string;
  /** ISO dates when known. A term of office when the holding comes from the knowledge base (also when the
   * text supports it); with `dates`, only the earliest and latest dates the text attests the office on
   * ("attested from..to"), not a term. */
  from: string | null;
  to: string | null;
  /** `kb` when from the knowledge base, `text` when stated in the document. */
  source: 'kb' | 'text';
  start?: number;
  end?: number;
  /** Present on a holding stated in the text that no knowledge-base term covers: the distinct dates (ISO,
   * sorted) on which the document attests it; one such holding per person, organisation and office. */
  dates?: string[];
}

export interface DocumentExtraction {
  doc: DocumentMeta;
  sections: Section[];
  sentences: Sentence[];
  entities: ExtractedEntity[];
  mentions: Mention[];
  unlinked: UnlinkedMention[];
  meetings: Meeting[];
  instrumentEvents: InstrumentEvent[];
  holdings: Holding[];
}
