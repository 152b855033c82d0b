// Instrument-event rules through the real pipeline: one row per rule, one loop.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../ingest/extract/extract-document.ts';
import { loadKnowledgeBase } from '../../ingest/knowledge/load-knowledge-base.ts';

const kb = loadKnowledgeBase();
const section = (country: string, lines: string[]) => ['Brussels, 6 February 2024', '', country, '', ...lines, ''].join('\n');
const table = (country: string, rows: string[]) => section(country, ['Key past and upcoming events', '', ...rows]);

type Row = [what: string, text: string, expected: Array<[instrument: string, stage: string, date: string]>];

const ROWS: Row[] = [
  ['a nominal trigger takes what follows, a passive one what precedes',
    section('CABO VERDE', ['In 2007, the EU and Cabo Verde agreed on a Special Partnership Agreement and a Joint Declaration on a Mobility Partnership with Cabo Verde was signed in 2008.']),
    [['EU-Cabo Verde Special Partnership Agreement', 'concluded', '2007'], ['EU-Cabo Verde Mobility Partnership', 'signed', '2008']]],
  ['a mandate to negotiate is the mandate of what is to be negotiated',
    section('MOROCCO', ['The Commission has a mandate to negotiate a readmission agreement since 2000.']),
    [['EU-Morocco Readmission Agreement', 'mandate', '2000']]],
  ['a stalemate suspends; undated negotiations are no event',
    section('MOROCCO', ['Negotiations on a readmission agreement have been intensively pursued but ended in a stalemate in 2010.']),
    [['EU-Morocco Readmission Agreement', 'suspended', '2010']]],
  ['a bare "agreement" in a table refers back to the section\'s agreement',
    table('CABO VERDE', ['28 November 2019\tFormal opening of negotiations on amended Visa Facilitation Agreement – Brussels\t', '24 July 2020\tInitialing of agreement text via email\t']),
    [['EU-Cabo Verde Visa Facilitation Agreement', 'negotiation', '2019-11-28'], ['EU-Cabo Verde Visa Facilitation Agreement', 'initialled', '2020-07-24']]],
  ['a step without a date in its clause takes none from another step',
    section('CABO VERDE', ['The visa facilitation agreement was jointly evaluated in 2017 and the text has been subsequently amended to include further mobility facilitation.']),
    [['EU-Cabo Verde Visa Facilitation Agreement', 'evaluated', '2017']]],
  ['an intention is not a step',
    section('MOROCCO', ['Both sides need to continue implementing the Mobility Partnership in 2023.']),
    []],
  ['assessing the feasibility of launching is no launch',
    section('PAKISTAN', ['On 3 May 2022, the Commission started assessing the feasibility of launching a Talent Partnership with Pakistan.']),
    []],
  ['a gathering that concludes is no conclusion',
    section('TÜRKIYE', ['On 3 May 2022 a Joint Declaration on Migration Cooperation was signed. The meeting concluded on 3 May 2022 with thanks.']),
    [['EU-Türkiye Joint Declaration on Migration Cooperation', 'signed', '2022-05-03']]],
  ['a joint committee implements the agreement it serves',
    table('CABO VERDE', ['9 March 2023\t5th EU-Cabo Verde Joint Readmission Committee meeting – Praia\t', '10 March 2023\tNothing else\t']),
    [['EU-Cabo Verde Readmission Agreement', 'implemented', '2023-03-09']]],
  ['a step of an unnamed new instrument is not a step of the named one',
    section('SERBIA', ['Serbia has Working Arrangements in place with Frontex (2009; new agreement currently being negotiated).']),
    [['Frontex-Serbia Working Arrangement', 'entered_into_force', '2009']]],
  ['an apposition between instrument and verb does not hide the instrument',
    section('ETHIOPIA', ['A Joint Declaration "Towards an EU-Ethiopia Strategic Engagement", including a sectoral dialogue on migration, was signed on 14 June 2016.']),
    [['Joint Declaration Towards an EU-Ethiopia Strategic Engagement', 'signed', '2016-06-14']]],
  ['a denied step did not happen; the mandate it mentions did',
    section('CHINA', ['Formal negotiation of an EU readmission agreement, based on 2002 negotiating directives, has not started yet.']),
    [['EU-China Readmission Agreement', 'mandate', '2002']]],
  ['a year inside a name is not a date',
    section('INDIA', ['The EU-India Roadmap 2025 was endorsed at the 2020 EU-India Summit.']),
    [['EU-India Roadmap 2025', 'concluded', '2020']]],
  ['a partnership council implements the partnership agreement it serves',
    table('GEORGIA', ['17 December 2020\tEU-Georgia Partnership Council\t']),
    [['EU-Georgia Partnership Agreement', 'implemented', '2020-12-17']]],
  ['a cooperation committee implements the cooperation agreement',
    table('AZERBAIJAN', ['19 November 2020\tEU-Azerbaijan Cooperation Committee\t']),
    [['EU-Azerbaijan Cooperation Agreement', 'implemented', '2020-11-19']]],
  ['an ordinal annual report on an instrument evaluates it',
    table('TÜRKIYE', ['30 April 2020\tCommission\'s fourth annual report on the Facility for Refugees in Turkey\t']),
    [['EU Facility for Refugees in Turkey', 'evaluated', '2020-04-30']]],
  ['a second instrument with its verb left out takes the same step at its own date',
    section('ARMENIA', ['The Visa Facilitation Agreement was signed on 17 December 2012 and the Readmission Agreement on 19 April 2013.']),
    [['EU-Armenia Visa Facilitation Agreement', 'signed', '2012-12-17'], ['EU-Armenia Readmission Agreement', 'signed', '2013-04-19']]],
  ['activating an instrument launches it',
    section('TÜRKIYE', ['The meeting of Heads of State or Government with Türkiye on 29 November 2015 activated the Joint Action Plan.']),
    [['EU-Türkiye Joint Action Plan', 'launched', '2015-11-29']]],
  ['working towards launching is no launch',
    section('PAKISTAN', ['Under the Strategic Engagement Plan of 2019, Pakistan and the EU have been working towards launching a migration dialogue.']),
    []],
  ['a possible future launch is a proposal, not a launch',
    section('ARMENIA', ['Possible future launch of a visa liberalisation dialogue is currently being explored, as agreed in November 2023.']),
    [['EU-Armenia Visa Liberalisation Dialogue', 'proposed', '2023-11']]],
  ['a first meeting of a dialogue launches it; a high-level meeting of a partnership implements it',
    section('ARMENIA', ['The first meeting of the EU-Armenia Visa Liberalisation Dialogue took place on 15 March 2023.', 'The first EU-Armenia Mobility Partnership High Level Meeting took place in January 2018.']),
    [['EU-Armenia Visa Liberalisation Dialogue', 'launched', '2023-03-15'], ['EU-Armenia Mobility Partnership', 'implemented', '2018-01']]],
];

describe('extractInstrumentEvents', () => {
  for (const [what, text, expected] of ROWS) {
    it(what, () => {
      const x = extractDocument('test.txt', text, kb);
      const name = new Map(x.entities.map((e) => [e.id, e.name]));
      const got = x.instrumentEvents.map((v) => [name.get(v.instrument) ?? v.instrument, v.stage, v.date?.iso ?? null]);
      expect(got).toEqual(expected);
    });
  }
});
