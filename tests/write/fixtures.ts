// Hand-built extractions for the writer tests: small, readable, and covering every kind of fact.
import { createHash } from 'node:crypto';
import type {
  DocumentExtraction, ExtractedEntity, Holding, InstrumentEvent, Meeting, Mention,
} from '../../model/extraction.ts';

export const E = {
  johansson: { id: 'person:ylva-johansson', type: 'Person', name: 'Ylva Johansson', aliases: ['Johansson'], side: 'eu', curated: true },
  khar: { id: 'person:hina-rabbani-khar', type: 'Person', name: 'Hina Rabbani Khar', aliases: [], side: 'third_country', curated: false },
  commission: { id: 'institution:european-commission', type: 'Institution', name: 'European Commission', aliases: ['Commission'], side: 'eu', curated: true },
  pakistan: { id: 'country:pakistan', type: 'Country', name: 'Pakistan', aliases: ['Pakistani'], side: 'third_country', iso2: 'PK', curated: true },
  nigeria: { id: 'country:nigeria', type: 'Country', name: 'Nigeria', aliases: [], side: 'third_country', iso2: 'NG', curated: true },
  eu: { id: 'institution:european-union', type: 'Institution', name: 'European Union', aliases: ['EU'], side: 'eu', curated: true },
  readmission: {
    id: 'instrument:eu-pakistan-readmission-agreement', type: 'Instrument', name: 'EU-Pakistan Readmission Agreement',
    aliases: [], side: 'unknown', kind: 'agreement', parties: ['institution:european-union', 'country:pakistan'], curated: false,
  },
} satisfies Record<string, ExtractedEntity>;

export interface Facts {
  entities: ExtractedEntity[];
  /** [entity, surface text] per mention; offsets are assigned in order. */
  mentions: [ExtractedEntity, string][];
  meetings?: Omit<Meeting, 'id' | 'start' | 'end' | 'sentence'>[];
  events?: Omit<InstrumentEvent, 'id' | 'start' | 'end' | 'sentence'>[];
  holdings?: Holding[];
}

/** A DocumentExtraction whose text is the mention texts, one sentence each; same facts, same hash. */
export function extraction(name: string, facts: Facts): { x: DocumentExtraction; text: string } {
  const id = `doc:${name}`;
  let text = '';
  const sentences: DocumentExtraction['sentences'] = [];
  const mentions: Mention[] = facts.mentions.map(([e, surface], i) => {
    const start = text.length;
    text += `${surface}. `;
    sentences.push({ index: i, start, end: start + surface.length + 1, text: `${surface}.`, section: -1, tableRow: false });
    return { entityId: e.id, start, end: start + surface.length, text: surface, sentence: i, resolvedBy: 'name' };
  });
  text += JSON.stringify([facts.meetings ?? [], facts.events ?? [], facts.holdings ?? [], facts.entities]);
  const x: DocumentExtraction = {
    doc: {
      id, file: `${name}.txt`, title: `Title of ${name}`, date: { iso: '2022-11-15', precision: 'day', text: '15 November 2022' },
      place: 'Islamabad', hash: createHash('sha256').update(text).digest('hex'), words: text.split(/\s+/).length, chars: text.length,
    },
    sections: [],
    sentences,
    entities: facts.entities,
    mentions,
    unlinked: [],
    meetings: (facts.meetings ?? []).map((m, i) => ({ ...m, id: `${id}#meeting-${i}`, start: i, end: i + 5, sentence: `meeting ${i}` })),
    instrumentEvents: (facts.events ?? []).map((e, i) => ({ ...e, id: `${id}#event-${i}`, start: i, end: i + 5, sentence: `event ${i}` })),
    holdings: facts.holdings ?? [],
  };
  return { x, text };
}

/** Document A: Johansson visits Pakistan, meets Khar; the readmission agreement was signed. */
export function docA(): { x: DocumentExtraction; text: string } {
  return extraction('a', {
    entities: [E.johansson, E.khar, E.pakistan, E.commission, E.eu, E.readmission],
    mentions: [
      [E.johansson, 'Ylva Johansson'], [E.johansson, 'Ms Johansson'], [E.khar, 'Hina Rabbani Khar'],
      [E.pakistan, 'Pakistan'], [E.pakistan, 'Pakistani'], [E.eu, 'EU'], [E.readmission, 'EU-Pakistan readmission agreement'],
    ],
    meetings: [{
      date: { iso: '2022-11-14', precision: 'day', text: '14 November 2022' }, place: 'Islamabad', placeId: E.pakistan.id,
      participants: [E.johansson.id, E.khar.id], kind: 'visit', planned: false, title: 'Johansson visits Pakistan',
    }],
    events: [
      { instrument: E.readmission.id, stage: 'signed', date: { iso: '2009-09', precision: 'month', text: 'September 2009' }, planned: false },
      { instrument: E.readmission.id, stage: 'entered_into_force', date: { iso: '2010-12-01', precision: 'day', text: '1 December 2010' }, planned: false },
      { instrument: E.readmission.id, stage: 'evaluated', date: { iso: '2025', precision: 'year', text: '2025' }, planned: true },
    ],
    holdings: [{ personId: E.johansson.id, orgId: E.commission.id, office: 'Commissioner for Home Affairs', from: '2019-12-01', to: '2024-11-30', source: 'text' }],
  });
}

/** Document B: Johansson meets Nigeria, in a commission setting. */
export function docB(): { x: DocumentExtraction; text: string } {
  return extraction('b', {
    entities: [E.johansson, E.nigeria, E.commission],
    mentions: [[E.johansson, 'Commissioner Johansson'], [E.nigeria, 'Nigeria'], [E.commission, 'the Commission']],
    meetings: [{
      date: { iso: '2023-03', precision: 'month', text: 'March 2023' }, place: null, placeId: null,
      participants: [E.johansson.id, E.nigeria.id], kind: 'meeting', planned: false, title: 'Johansson meets Nigeria',
    }],
    holdings: [{ personId: E.johansson.id, orgId: E.commission.id, office: 'Commissioner for Home Affairs', from: '2019-12-01', to: '2024-11-30', source: 'kb' }],
  });
}

/** Document A edited: Pakistan, Khar and the agreement are gone; only a mention of Johansson is left. */
export function docAEdited(): { x: DocumentExtraction; text: string } {
  return extraction('a', { entities: [E.johansson], mentions: [[E.johansson, 'Johansson']] });
}
