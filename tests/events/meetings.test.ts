// Meeting rules through the real pipeline (reader, knowledge base, linker): one row per rule, one loop.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../ingest/extract/extract-document.ts';
import { loadKnowledgeBase } from '../../ingest/knowledge/load-knowledge-base.ts';

const kb = loadKnowledgeBase();
/** A Council-note-like document: dated, one country section, one events table. */
const note = (country: string, rows: string[]) =>
  ['Brussels, 6 February 2024', '', country, '', 'Key past and upcoming events', '', ...rows, ''].join('\n');

/** A first-person blog post: dated, no table, signed by its author. */
const blog = (paragraphs: string[]) => ['News blog6 June 2021Directorate-General for Communication', '', 'Partnerships first', '', ...paragraphs, '', 'Commissioner Johansson answered questions.', '', 'Blog Johansson', ''].join('\n');

type Row = [what: string, text: string, expected: Array<{ date: string | null; participants: string[]; tentative?: boolean }>];

const ROWS: Row[] = [
  ['a visit with a plural host list is one meeting per host', note('ETHIOPIA', ['24 January 2019\tVisit of PM Abiy to Brussels\tMeetings with President Tusk, President Juncker and the HR/VP']), [
    { date: '2019-01-24', participants: ['Abiy Ahmed', 'Donald Tusk'] },
    { date: '2019-01-24', participants: ['Abiy Ahmed', 'Jean-Claude Juncker'] },
    { date: '2019-01-24', participants: ['Abiy Ahmed', 'Federica Mogherini'] },
  ]],
  ['a joint visit with one host is one meeting of all', note('ETHIOPIA', ['14-15 September 2022\tJoint visit MD Africa Laranjinha and EUSR Weber to Ethiopia\tMeeting with DPM Mekonnen']), [
    { date: '2022-09-14', participants: ['Annette Weber', 'Demeke Mekonnen', 'Rita Laranjinha'] },
  ]],
  ['a joint committee with no person is the EU and the section country', note('CABO VERDE', ['10 September 2019\t4th EU-Cabo Verde Joint Readmission Committee meeting – Brussels\t']), [
    { date: '2019-09-10', participants: ['Cabo Verde', 'European Union'] },
  ]],
  ['a vote is not a meeting', note('MOROCCO', ['12 February 2019\tPositive EP vote on Fisheries Agreement\t']), []],
  ['a visit with no named host meets the country', note('MOROCCO', ["1-2 December 2020\tCommissioners Johansson and Várhelyi's visit to Morocco\t"]), [
    { date: '2020-12-01', participants: ['Morocco', 'Olivér Várhelyi', 'Ylva Johansson'] },
  ]],
  ['a technical meeting naming nobody is not who-met-whom', note('ETHIOPIA', ['8 October 2019\tFirst Technical Meeting on the implementation of Admission Procedures, Addis Ababa\t']), []],
  ['a tbc meeting is tentative', note('SERBIA', ['Q1 2024 (tbc)\t10 th EU-Serbia Joint Readmission Committee meeting\t']), [
    { date: '2024-01', participants: ['European Union', 'Serbia'], tentative: true },
  ]],
  ['a person named only as who asked for it did not take part', note('ETHIOPIA', ['9-10 February 2021\tFinnish Foreign Minister Haavisto meeting with PM Abiy, at the request of HR/VP\t']), [
    { date: '2021-02-09', participants: ['Abiy Ahmed', 'Pekka Haavisto'] },
  ]],
  ['EU-side persons alone at a conference are not a bilateral with the section country', note('MOROCCO', ['13 July 2020\tMinisterial Conference on countering Migrant Smuggling\tChaired by Italian Minister Luciana Lamorgese with the participation of Commissioners Johansson and Várhelyi']), [
    { date: '2020-07-13', participants: ['Luciana Lamorgese', 'Olivér Várhelyi', 'Ylva Johansson'] },
  ]],
  ['a news visit is dated by the article', ' date 2022-11-15 Islamabad:Ms Johansson visited Pakistan to discuss migration with the government.', [
    { date: '2022-11-15', participants: ['Pakistan', 'Ylva Johansson'] },
  ]],
  ['two persons of both sides agreeing met', ' date 2022-11-15 Islamabad:Commissioner Johansson and Minister of State for Foreign Affairs Hina Rabbani Khar agreed to intensify cooperation.', [
    { date: '2022-11-15', participants: ['Hina Rabbani Khar', 'Ylva Johansson'] },
  ]],
  ['a held event is dated by its verb', note('SERBIA', []).replace('Key past and upcoming events', 'The first inter-governmental conference with Serbia under the methodology agreed by the Council in May 2021, was held on 22 June 2021.'), [
    { date: '2021-06-22', participants: ['European Union', 'Serbia'] },
  ]],
  ['side meetings stand beside the main one', note('INDIA', ['9-11 July 2019\tEU-India High Level Dialogue on Migration and Mobility, New Delhi and side meetings with Central Bureau of Investigation (CBI) and the National Cyber Coordination Centre (NCCC).\t']), [
    { date: '2019-07-09', participants: ['European Union', 'India'] },
    { date: '2019-07-09', participants: ['Central Bureau of Investigation', 'European Union'] },
    { date: '2019-07-09', participants: ['European Union', 'National Cyber Coordination Centre'] },
  ]],
  ['in a blog, "I" is the author named by the byline', ' date 2021-06-06 Last year in December, I travelled to Morocco together with Commissioner Varhelyi. Later, Commissioner Johansson spoke.\n\nBlog Johansson\n', [
    { date: '2020-12', participants: ['Morocco', 'Olivér Várhelyi', 'Ylva Johansson'] },
  ]],
  ['an undated page keeps its meetings, undated', 'Türkiye and the EU talk\n\nThe dialogue meeting, co-chaired by Turkish Interior Minister Süleyman Soylu and EU Commissioner Dimitris Avramopoulos, went well.', [
    { date: null, participants: ['Dimitris Avramopoulos', 'Süleyman Soylu'] },
  ]],
  ['where they met is not whom they met', note('PAKISTAN', ['September 2023\tCommissioner Johansson met Minister for Foreign Affairs on the margins of UNGA\t']), [
    { date: '2023-09', participants: ['Pakistan', 'Ylva Johansson'] },
  ]],
  ['a visitor who "met with" several hosts meets each one, not the hosts each other', note('SERBIA', ["21 January 2021\tSerbian Prime Minister Brnabic's visit\tMet with President von der Leyen, HR/VP Borrell"]), [
    { date: '2021-01-21', participants: ['Ana Brnabić', 'Ursula von der Leyen'] },
    { date: '2021-01-21', participants: ['Ana Brnabić', 'Josep Borrell'] },
  ]],
  ['a joint commission naming no person is the EU and the section country', note('INDIA', ['15 November 2019\tEU-India Joint Commission\tIncluding a point on migration']), [
    { date: '2019-11-15', participants: ['European Union', 'India'] },
  ]],
  ['"just recently" in an article is its year, and companions after the date are the same visit', blog(['I visited Tunisia just recently together with Italian Minister of Interior Luciana Lamorgese.']), [
    { date: '2021', participants: ['Luciana Lamorgese', 'Tunisia', 'Ylva Johansson'] },
  ]],
  ['"my meetings in X" are the author\'s; "I will visit X" is a planned visit', blog(['Later this month, I will visit Serbia.', 'This will be my second visit to the region, after my meetings in Albania earlier this year.']), [
    { date: '2021-06', participants: ['Serbia', 'Ylva Johansson'] },
    { date: '2021', participants: ['Albania', 'Ylva Johansson'] },
  ]],
  ['a negotiation round naming nobody is the EU and the section country', note('NIGER', ['18 February 2021\t7 th round of the negotiations on the readmission agreement\t', '2 March 2021\tNegotiation round, Niamey\t']), [
    { date: '2021-02-18', participants: ['European Union', 'Niger'] },
    { date: '2021-03-02', participants: ['European Union', 'Niger'] },
  ]],
  ['a country named as a border is where, not who', note('MONTENEGRO', ["20 February 2021\tCommissioner Johansson's mission to Montenegro\tMeeting with the Minister of the Interior at the border with Croatia"]), [
    { date: '2021-02-20', participants: ['Montenegro', 'Ylva Johansson'] },
  ]],
];

describe('extractMeetings', () => {
  for (const [what, text, expected] of ROWS) {
    it(what, () => {
      const x = extractDocument('test.txt', text, kb);
      const name = new Map(x.entities.map((e) => [e.id, e.name]));
      const got = x.meetings.map((m) => ({
        date: m.date?.iso ?? null, participants: m.participants.map((p) => name.get(p) ?? p).sort(),
        ...(m.tentative ? { tentative: true } : {}),
      }));
      expect(got).toEqual(expected);
    });
  }
});
