// What the mention finders report for one span, before linking decides which entity it names.
import type { EntityType, InstrumentKind } from '../../model/graph-model.ts';

interface Span {
  start: number;
  end: number;
  /** Index of the sentence in the document. */
  sentence: number;
}

/** A span that names known entities: one id when certain, several when the form is shared. */
export interface KnownCandidate extends Span {
  kind: 'known';
  type: EntityType;
  entityIds: string[];
  via: 'name' | 'alias' | 'demonym' | 'code';
}

/** A person named (fully or by surname), possibly after a title. */
export interface PersonCandidate extends Span {
  kind: 'person';
  /** The name as written, without the title (`Johannes LUCHNER`). */
  name: string;
  /** The title before the name as written (`DDG HOME`), if any. */
  title: string | null;
  /** Office key when the title names a curated office (`commissioner-home-affairs`). */
  office: string | null;
  /** Country or institution id the title attaches the person to (`Tajikistan Foreign Minister`). */
  org: string | null;
  /** Offsets of the whole `title + name`, for holdings. */
  titleStart: number;
}

/** An office named without a person (`the HR/VP`, `PEC`): the date picks the holder. */
export interface RoleCandidate extends Span {
  kind: 'role';
  office: string;
}

/** An instrument found by its head noun and parties. */
export interface InstrumentCandidate extends Span {
  kind: 'instrument';
  name: string;
  instrumentKind: InstrumentKind;
  parties: string[];
}

/** An organisation found by a naming pattern (`Ministry of Interior of Niger`). */
export interface InstitutionCandidate extends Span {
  kind: 'institution';
  name: string;
  country: string | null;
}

export type Candidate = KnownCandidate | PersonCandidate | RoleCandidate | InstrumentCandidate | InstitutionCandidate;
