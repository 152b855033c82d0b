// A small, hand-built graph for the server tests, written through the project's real document writer
// (ingest/write/write-document.ts), so it has exactly the shape ingest produces. Two documents, four
// persons/bodies meeting in different months (one meeting planned), two instruments with dated steps.
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { writeDocument } from '../../ingest/write/write-document.ts';
import type { DocumentExtraction, ExtractedEntity, Holding, InstrumentEvent, Meeting } from '../../model/extraction.ts';

export const E = {
  johansson: { id: 'person:ylva-johansson', type: 'Person', name: 'Ylva Johansson', aliases: ['Johansson'], side: 'eu', curated: true },
  khar: { id: 'person:hina-rabbani-khar', type: 'Person', name: 'Hina Rabbani Khar', aliases: ['Khar'], side: 'third_country', curated: false },
  borrell: { id: 'person:josep-borrell', type: 'Person', name: 'Josep Borrell', aliases: ['Borrell', 'HR/VP'], side: 'eu', curated: true },
  commission: { id: 'institution:european-commission', type: 'Institution', name: 'European Commission', aliases: ['Commission'], side: 'eu', curated: true },
  eu: { id: 'institution:european-union', type: 'Institution', name: 'European Union', aliases: ['EU'], side: 'eu', curated: true },
  pakistan: { id: 'country:pakistan', type: 'Country', name: 'Pakistan', aliases: ['Pakistani'], side: 'third_country', iso2: 'PK', curated: true },
  nigeria: { id: 'country:nigeria', type: 'Country', name: 'Nigeria', aliases: ['Nigerian'], side: 'third_country', iso2: 'NG', curated: true },
  readmission: {
    id: 'instrument:eu-pakistan-readmission-agreement', type: 'Instrument', name: 'EU-Pakistan Readmission Agreement',
    aliases: [], side: 'unknown', kind: 'agreement', parties: ['institution:european-union', 'country:pakistan'], curated: false,
  },
  mobility: {
    id: 'instrument:eu-nigeria-mobility-partnership', type: 'Instrument', name: 'EU-Nigeria Mobility Partnership',
    aliases: [], side: 'unknown', kind: 'partnership', parties: ['institution:european-union', 'country:nigeria'], curated: false,
  },
} satisfies Record<string, ExtractedEntity>;

type MeetingFact = Omit<Meeting, 'id' | 'start' | 'end' | 'sentence'>;
type EventFact = Omit<InstrumentEvent, 'id' | 'start' | 'end' | 'sentence'>;

export interface Facts {
  entities: ExtractedEntity[];
  sentences: { text: string; mentions: [ExtractedEntity, string][] }[];
  meetings?: (MeetingFact & { sentence: number })[];
  events?: (EventFact & { sentence: number })[];
  holdings?: Holding[];
}

function day(iso: string, text: string) {
  return { iso, precision: iso.length === 10 ? 'day' : iso.length === 7 ? 'month' : 'year', text } as const;
}

export function build(name: string, date: string, facts: Facts): { x: DocumentExtraction; text: string } {
  const id = `doc:${name}`;
  let text = '';
  const sentences: DocumentExtraction['sentences'] = [];
  const mentions: DocumentExtraction['mentions'] = [];
  facts.sentences.forEach((s, i) => {
    const start = text.length;
    text += `${s.text} `;
    sentences.push({ index: i, start, end: start + s.text.length, text: s.text, section: -1, tableRow: false });
    for (const [e, surface] of s.mentions) {
      const at = s.text.indexOf(surface);
      if (at < 0) throw new Error(`fixture: "${surface}" not in "${s.text}"`);
      mentions.push({ entityId: e.id, start: start + at, end: start + at + surface.length, text: surface, sentence: i, resolvedBy: 'name' });
    }
  });
  const span = (i: number) => ({ start: sentences[i].start, end: sentences[i].end, sentence: sentences[i].text });
  const x: DocumentExtraction = {
    doc: {
      id, file: `${name}.txt`, title: `Report ${name}`, date: day(date, date), place: 'Brussels',
      hash: createHash('sha256').update(text).digest('hex'), words: text.split(/\s+/).filter(Boolean).length, chars: text.length,
    },
    sections: [], sentences, entities: facts.entities, mentions, unlinked: [],
    meetings: (facts.meetings ?? []).map(({ sentence, ...m }, i) => ({ ...m, id: `${id}#meeting-${i}`, ...span(sentence) })),
    instrumentEvents: (facts.events ?? []).map(({ sentence, ...e }, i) => ({ ...e, id: `${id}#event-${i}`, ...span(sentence) })),
    holdings: facts.holdings ?? [],
  };
  return { x, text };
}

export function fixtureDocuments(): { x: DocumentExtraction; text: string }[] {
  const a = build('server-a', '2023-02-01', {
    entities: [E.johansson, E.khar, E.borrell, E.pakistan, E.commission, E.eu, E.readmission, E.nigeria],
    sentences: [
      { text: 'Commissioner Ylva Johansson met Hina Rabbani Khar in Islamabad on 14 November 2022.', mentions: [[E.johansson, 'Ylva Johansson'], [E.khar, 'Hina Rabbani Khar']] },
      { text: 'Johansson, Khar and Josep Borrell met again in Brussels on 20 January 2023.', mentions: [[E.johansson, 'Johansson'], [E.khar, 'Khar'], [E.borrell, 'Josep Borrell']] },
      { text: 'The EU and Pakistan signed the EU-Pakistan Readmission Agreement in September 2009.', mentions: [[E.eu, 'EU'], [E.pakistan, 'Pakistan'], [E.readmission, 'EU-Pakistan Readmission Agreement']] },
      { text: 'The agreement entered into force on 1 December 2010 and an evaluation is planned for 2025.', mentions: [] },
      { text: 'Johansson will visit Nigeria in May 2024.', mentions: [[E.johansson, 'Johansson'], [E.nigeria, 'Nigeria']] },
      { text: 'The European Commission leads the talks.', mentions: [[E.commission, 'European Commission']] },
    ],
    meetings: [
      { date: day('2022-11-14', '14 November 2022'), place: 'Islamabad', placeId: E.pakistan.id, participants: [E.johansson.id, E.khar.id], kind: 'visit', planned: false, title: 'Johansson visits Pakistan', sentence: 0 },
      { date: day('2023-01-20', '20 January 2023'), place: 'Brussels', placeId: null, participants: [E.johansson.id, E.khar.id, E.borrell.id], kind: 'meeting', planned: false, title: 'Trilateral in Brussels', sentence: 1 },
      { date: day('2024-05', 'May 2024'), place: null, placeId: null, participants: [E.johansson.id, E.nigeria.id], kind: 'visit', planned: true, title: 'Johansson to visit Nigeria', sentence: 4 },
    ],
    events: [
      { instrument: E.readmission.id, stage: 'signed', date: day('2009-09', 'September 2009'), planned: false, sentence: 2 },
      { instrument: E.readmission.id, stage: 'entered_into_force', date: day('2010-12-01', '1 December 2010'), planned: false, sentence: 3 },
      { instrument: E.readmission.id, stage: 'evaluated', date: day('2025', '2025'), planned: true, sentence: 3 },
    ],
    holdings: [{ personId: E.johansson.id, orgId: E.commission.id, office: 'Commissioner for Home Affairs', from: '2019-12-01', to: '2024-11-30', source: 'text' }],
  });
  const b = build('server-b', '2023-04-01', {
    entities: [E.johansson, E.borrell, E.nigeria, E.eu, E.mobility],
    sentences: [
      { text: 'Ylva Johansson met Nigeria in March 2023.', mentions: [[E.johansson, 'Ylva Johansson'], [E.nigeria, 'Nigeria']] },
      { text: 'Borrell met Nigerian ministers on 10 March 2023.', mentions: [[E.borrell, 'Borrell'], [E.nigeria, 'Nigerian']] },
      { text: 'The EU-Nigeria Mobility Partnership was launched in March 2015.', mentions: [[E.mobility, 'EU-Nigeria Mobility Partnership']] },
    ],
    meetings: [
      { date: day('2023-03', 'March 2023'), place: null, placeId: null, participants: [E.johansson.id, E.nigeria.id], kind: 'meeting', planned: false, title: 'Johansson meets Nigeria', sentence: 0 },
      { date: day('2023-03-10', '10 March 2023'), place: 'Abuja', placeId: E.nigeria.id, participants: [E.borrell.id, E.nigeria.id], kind: 'meeting', planned: false, title: 'Borrell in Abuja', sentence: 1 },
    ],
    events: [{ instrument: E.mobility.id, stage: 'launched', date: day('2015-03', 'March 2015'), planned: false, sentence: 2 }],
  });
  return [a, b];
}

export async function writeFixture(driver: Driver): Promise<void> {
  for (const { x, text } of fixtureDocuments()) await writeDocument(driver, x, text);
}
