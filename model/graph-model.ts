// The one declarative model of the graph, as followthemoney keeps its schema in YAML.
// zod schemas (model/schemas.ts), Cypher constraints (cypher/schema.cypher, checked by a test) and the
// explorer's legend all derive from this file. Pure data: no driver, no DOM.

/** Entity types a mention can be linked to. */
export const ENTITY_TYPES = ['Person', 'Institution', 'Country', 'Instrument'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Kinds of instrument, as GUIDELINES.md names them. */
export const INSTRUMENT_KINDS = [
  'agreement', 'arrangement', 'partnership', 'declaration', 'plan', 'dialogue', 'programme', 'law',
] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

/** Stages in an instrument's life, in the order a typical agreement goes through them. */
export const INSTRUMENT_STAGES = [
  'proposed', 'mandate', 'negotiation', 'initialled', 'concluded', 'signed', 'ratified',
  'entered_into_force', 'amended', 'evaluated', 'implemented', 'launched', 'suspended', 'ended',
] as const;
export type InstrumentStage = (typeof INSTRUMENT_STAGES)[number];

/** Which side of the table an actor sits on; the explorer colours by it. */
export const SIDES = ['eu', 'member_state', 'third_country', 'international', 'unknown'] as const;
export type Side = (typeof SIDES)[number];
/** What an office's from..to means (HOLDS): a term the knowledge base records, or the range of dates the
 * documents state it on. */
export const OFFICE_RANGES = ['term', 'attested'] as const;
export type OfficeRange = (typeof OFFICE_RANGES)[number];

/** How a mention was tied to its entity; `office` means it named a role and the date chose the holder. */
export const RESOLVED_BY = ['name', 'alias', 'surname', 'office', 'fuzzy', 'context', 'code'] as const;
export type ResolvedBy = (typeof RESOLVED_BY)[number];

/** Date precision as the text gives it. */
export const DATE_PRECISIONS = ['year', 'quarter', 'month', 'day'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface NodeLabelSpec {
  /** Neo4j label. Entities also carry the shared `Entity` label. */
  label: string;
  /** Human caption for legends and details panels. */
  caption: string;
  /** Property that names a node in the explorer. */
  captionProperty: string;
  /** Properties whose value identifies the node; each gets a uniqueness constraint. */
  keys: readonly string[];
  /** Range-indexed properties that the named queries filter or sort on. */
  indexed: readonly string[];
  /** Whether this is one of the linkable entity types (gets the `Entity` label too). */
  entity: boolean;
  /** Explorer shape and colour (colour-blind-safe Okabe-Ito palette). */
  style: { shape: string; color: string };
}

export const NODE_LABELS = {
  Person: {
    label: 'Person', caption: 'Person', captionProperty: 'name', keys: ['id'], indexed: ['name'],
    entity: true, style: { shape: 'ellipse', color: '#0072B2' },
  },
  Institution: {
    label: 'Institution', caption: 'Institution', captionProperty: 'name', keys: ['id'], indexed: ['name'],
    entity: true, style: { shape: 'round-rectangle', color: '#E69F00' },
  },
  Country: {
    label: 'Country', caption: 'Country', captionProperty: 'name', keys: ['id'], indexed: ['name', 'iso2'],
    entity: true, style: { shape: 'hexagon', color: '#009E73' },
  },
  Instrument: {
    label: 'Instrument', caption: 'Instrument', captionProperty: 'name', keys: ['id'], indexed: ['kind', 'latestStage'],
    entity: true, style: { shape: 'diamond', color: '#CC79A7' },
  },
  Document: {
    label: 'Document', caption: 'Document', captionProperty: 'title', keys: ['id'], indexed: ['date', 'hash'],
    entity: false, style: { shape: 'rectangle', color: '#999999' },
  },
  Meeting: {
    label: 'Meeting', caption: 'Meeting', captionProperty: 'title', keys: ['id'], indexed: ['date', 'docId', 'endIso'],
    entity: false, style: { shape: 'star', color: '#D55E00' },
  },
  InstrumentEvent: {
    label: 'InstrumentEvent', caption: 'Instrument event', captionProperty: 'stage', keys: ['id'],
    indexed: ['date', 'stage', 'docId', 'endIso'], entity: false, style: { shape: 'triangle', color: '#56B4E9' },
  },
} as const satisfies Record<string, NodeLabelSpec>;
export type NodeLabel = keyof typeof NODE_LABELS;

/** The shared label every linkable entity carries, for full-text search and one uniqueness constraint. */
export const ENTITY_LABEL = 'Entity';

export interface RelationshipSpec {
  type: string;
  from: readonly NodeLabel[] | 'Entity';
  to: readonly NodeLabel[] | 'Entity';
  caption: string;
  /** Properties the relationship carries. */
  properties: readonly string[];
}

export const RELATIONSHIP_TYPES = {
  /** Document -> Entity: one mention, the span `start`..`end` (`text`) of the document that names the
   *  entity, in sentence `sentenceIndex` (`sentenceText`), linked by `resolvedBy`. A relationship, not a
   *  node between two: a mention is most of a document's facts, and as one record instead of a node and
   *  two relationships the writer's batch takes about a third less time (docs/performance.md, "Batched
   *  writer, third session"). */
  MENTIONS: {
    type: 'MENTIONS', from: ['Document'], to: 'Entity', caption: 'mentions',
    properties: ['start', 'end', 'text', 'sentenceText', 'sentenceIndex', 'resolvedBy'],
  },
  /** Entity -> Meeting: took part. */
  PARTICIPATED_IN: { type: 'PARTICIPATED_IN', from: 'Entity', to: ['Meeting'], caption: 'took part in', properties: [] },
  /** Meeting -> Country|Institution: where or at whose seat it took place, when the place is an entity. */
  HELD_IN: { type: 'HELD_IN', from: ['Meeting'], to: ['Country'], caption: 'held in', properties: [] },
  /** Instrument -> InstrumentEvent: a dated step in its life. */
  HAD_EVENT: { type: 'HAD_EVENT', from: ['Instrument'], to: ['InstrumentEvent'], caption: 'step', properties: [] },
  /** Meeting|InstrumentEvent -> Document: provenance. */
  STATED_IN: {
    type: 'STATED_IN', from: ['Meeting', 'InstrumentEvent'], to: ['Document'], caption: 'stated in',
    properties: ['start', 'end'],
  },
  /** Entity -> Instrument: a party to it. */
  PARTY_TO: { type: 'PARTY_TO', from: 'Entity', to: ['Instrument'], caption: 'party to', properties: ['docIds'] },
  /** Person -> Institution|Country: held an office, dated: a term of office (knowledge base, `from`..`to`), or
   *  the range of dates the text attests it on (`attested`: `<docId>|<date>|<title>`; `from`..`to` earliest..latest). */
  HOLDS: {
    type: 'HOLDS', from: ['Person'], to: ['Institution', 'Country'], caption: 'holds office',
    properties: ['office', 'from', 'to', 'source', 'docIds', 'textDocIds', 'attested'],
  },
} as const satisfies Record<string, RelationshipSpec>;
export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;

/** Legend groups for the who-met-whom view, derived from sides. */
export const SIDE_STYLE: Record<Side, { caption: string; color: string }> = {
  eu: { caption: 'EU institutions', color: '#0072B2' },
  member_state: { caption: 'EU member states', color: '#56B4E9' },
  third_country: { caption: 'Third countries', color: '#D55E00' },
  international: { caption: 'International organisations', color: '#009E73' },
  unknown: { caption: 'Unclassified', color: '#999999' },
};

/** Deterministic entity id: `person:ylva-johansson`. Same name, same id, in any document order. */
export function entityId(type: EntityType, name: string): string {
  const slug = name
    .normalize('NFKD').replace(/\p{M}/gu, '')
    .replace(/[ıİ]/g, 'i').replace(/[łŁ]/g, 'l').replace(/ß/g, 'ss').replace(/[øØ]/g, 'o')
    .toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return `${type.toLowerCase()}:${slug}`;
}
