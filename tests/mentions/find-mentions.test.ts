// Mention finding, table-driven: each row is a sentence, its section's country, and the mentions
// expected as `kind:text` (known entities by type, people, roles, instruments by name, institutions).
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../ingest/knowledge/load-knowledge-base.ts';
import { findMentions } from '../../ingest/mentions/find-mentions.ts';
import type { Candidate } from '../../ingest/mentions/mention-candidate.ts';

const kb = loadKnowledgeBase();

function show(text: string, c: Candidate): string {
  const surface = text.slice(c.start, c.end);
  switch (c.kind) {
    case 'known': return `${c.type}:${surface}`;
    case 'person': return `Person:${c.name}`;
    case 'role': return `Role:${c.office}`;
    case 'instrument': return `Instrument:${c.name}`;
    case 'institution': return `Institution:${c.name}`;
  }
}

const rows: [string, string | null, string[]][] = [
  ['Meeting of EEAS MDA Africa Bernard QUINTIN and DDG HOME Johannes LUCHNER with Ambassador Evina ABE\'E of CAMEROON', 'country:cameroon',
    ['Institution:EEAS', 'Person:Bernard QUINTIN', 'Institution:HOME', 'Person:Johannes LUCHNER', 'Person:Evina ABE\'E', 'Country:CAMEROON']],
  ['Meetings with President Tusk, President Juncker and the HR/VP', 'country:ethiopia',
    ['Person:Tusk', 'Person:Juncker', 'Role:hr-vp']],
  ['Co-chaired by the HR/VP and the Ethiopian MFA.', 'country:ethiopia', ['Role:hr-vp', 'Country:Ethiopian']],
  ['7-9 February 2023\tLaunch of EUAA-Niger Roadmap', 'country:niger', ['Institution:EUAA', 'Country:Niger', 'Instrument:EUAA-Niger Roadmap']],
  ['PEC phone call with President Erdogan', null, ['Role:european-council-president', 'Person:Erdogan']],
  ['Commissioners Johansson and Várhelyi\'s visit to Morocco', null, ['Person:Johansson', 'Person:Várhelyi', 'Country:Morocco']],
  ['President von der Leyen\'s visit to Morocco', null, ['Person:von der Leyen', 'Country:Morocco']],
  ['It has bilateral readmission agreements with ES, FR, BE.', 'country:cameroon', ['Country:ES', 'Country:FR', 'Country:BE']],
  ['4 MS (DE, AT, IT, NL) joined the mission.', null, ['Country:DE', 'Country:AT', 'Country:IT', 'Country:NL']],
  ['IT systems and the HR/VP were discussed.', null, ['Role:hr-vp']],
  ['through the full and effective implementation of the Pakistan-EU readmission agreement', null,
    ['Country:Pakistan', 'Institution:EU', 'Instrument:EU-Pakistan Readmission Agreement']],
  ['The Commission has a mandate to negotiate a readmission agreement since 2000.', 'country:morocco',
    ['Institution:Commission', 'Instrument:EU-Morocco Readmission Agreement']],
  ['Serbia has Working Arrangements in place with Frontex (2009; new agreement currently being negotiated), CEPOL (2017) and EMCDDA (2020).', 'country:serbia',
    ['Country:Serbia', 'Instrument:Frontex-Serbia Working Arrangement', 'Instrument:CEPOL-Serbia Working Arrangement',
      'Instrument:EMCDDA-Serbia Working Arrangement', 'Institution:Frontex', 'Institution:CEPOL', 'Institution:EMCDDA']],
  ['A Joint Declaration "Towards an EU-Ethiopia Strategic Engagement" was signed on 14 June 2016.', 'country:ethiopia',
    ['Instrument:Joint Declaration Towards an EU-Ethiopia Strategic Engagement', 'Institution:EU', 'Country:Ethiopia']],
  ['Follow up art. 25a Visa Code annual report.', 'country:cameroon', ['Instrument:art. 25a Visa Code']],
  ['15 July 2020\tEU-India Summit\tAdoption of Joint Statement and 2025 Roadmap', 'country:india',
    ['Institution:EU', 'Country:India', 'Instrument:EU-India Joint Statement', 'Instrument:EU-India Roadmap 2025']],
  ['After the first EU-India migration dialogue meeting held in 2006', 'country:india', ['Institution:EU', 'Country:India']],
  ['the Association Council of 27 June 2019 relaunched the dialogue', 'country:morocco', []],
  ['side meetings with Ministry of Interior, Central Bureau of Investigation (CBI)', 'country:india',
    ['Institution:Ministry of Interior of India', 'Institution:Central Bureau of Investigation', 'Institution:CBI']],
  ['the diplomats discussed Tajikistan\'s concern, the Tajik Ministry said', null,
    ['Country:Tajikistan', 'Institution:Ministry of Tajikistan', 'Country:Tajik']],
  ['Visit of Minister of Interior Sul-eyman Soylu to Brussels', null, ['Person:Sul-eyman Soylu']],
  ['Co-chaired by EEAS Head Division Rosamaria Gili and Director Noredine BENFREHA (MFA, Directeur de la coopération)', null,
    ['Institution:EEAS', 'Person:Rosamaria Gili', 'Person:Noredine BENFREHA']],
  ['14 December 2021\tRegional MIP for Asia\tBilateral VTC with partners', null, []],
  ['China signed an Approved Destination Status Agreement in 2004.', 'country:china',
    ['Country:China', 'Instrument:EU-China Approved Destination Status Agreement']],
  ['The EU also offered to step up cooperation through a Frontex working arrangement.', 'country:senegal',
    ['Institution:EU', 'Institution:Frontex', 'Instrument:Frontex-Senegal Working Arrangement']],
  ['Albania has signed the 2019 Joint Action Plan on Counter-Terrorism for the Western Balkans.', 'country:albania',
    ['Country:Albania', 'Instrument:Joint Action Plan on Counter Terrorism for the Western Balkans']],
  ['It was reflected in the Joint Way Forward (JWF) and its successor, the Joint Declaration on Migration Cooperation.', 'country:afghanistan',
    ['Instrument:Joint Way Forward', 'Instrument:JWF', 'Instrument:EU-Afghanistan Joint Declaration on Migration Cooperation']],
  ['19 June 2022\t9th EU-Egypt Association Council\tEndorsed the Partnership Priorities 2021-2027', 'country:egypt',
    ['Institution:EU', 'Country:Egypt', 'Instrument:EU-Egypt Partnership Priorities']],
  // Categories seen on unseen passages: plans about a country, named dialogues and roadmaps, national bodies.
  ['An Action Plan on Nigeria has been elaborated in EMWP.', 'country:nigeria',
    ['Instrument:Action Plan on Nigeria', 'Country:Nigeria', 'Institution:EMWP']],
  ['The Ministerial roadmap and the readmission negotiations were addressed.', 'country:nigeria', ['Instrument:EU-Nigeria Ministerial Roadmap']],
  ['10 February 2023\tArticle 8 Nigeria-EU Human Rights Dialogue\tIncluding a point on migration.', 'country:nigeria',
    ['Country:Nigeria', 'Institution:EU', 'Instrument:EU-Nigeria Human Rights Dialogue']],
  ['In 2019 the EU and Pakistan signed the Strategic Engagement Plan.', 'country:pakistan',
    ['Institution:EU', 'Country:Pakistan', 'Instrument:EU-Pakistan Strategic Engagement Plan']],
  ['HOME/MOVE meeting with the Pakistani civil aviation authority', 'country:pakistan',
    ['Institution:HOME', 'Institution:MOVE', 'Country:Pakistani', 'Institution:Pakistan Civil Aviation Authority']],
  ['So far the Turkish Council of Ministers has not taken the decisions.', 'country:turkiye',
    ['Country:Turkish', 'Institution:Council of Ministers of Türkiye']],
  ['Cooperation between the European Commission and the Migration Service of Armenia began.', 'country:armenia',
    ['Institution:European Commission', 'Institution:Migration Service of Armenia', 'Country:Armenia']],
  ['Immigration Liaisons Officers (ILO) Network regional meeting in Tirana', 'country:albania',
    ['Institution:Immigration Liaisons Officers (ILO) Network']],
  ['and a Roadmap with the European Union Asylum Agency', 'country:albania',
    ['Instrument:EUAA-Albania Roadmap', 'Institution:European Union Asylum Agency']],
  ['Frontex-EUCAP Sahel Niger working arrangement was signed.', 'country:niger',
    ['Institution:Frontex', 'Institution:EUCAP Sahel Niger', 'Instrument:Frontex-EUCAP Sahel Niger Working Arrangement']],
  ['North Macedonia has agreements or arrangements signed with Europol (2011), CEPOL (2017) and the European Monitoring Centre for Drugs and Drug Addiction (EMCDDA) (2019).', 'country:north-macedonia',
    ['Institution:Europol', 'Institution:CEPOL', 'Institution:European Monitoring Centre for Drugs and Drug Addiction', 'Institution:EMCDDA', 'Country:North Macedonia',
      'Instrument:Europol-North Macedonia Agreement', 'Instrument:CEPOL-North Macedonia Working Arrangement', 'Instrument:EMCDDA-North Macedonia Working Arrangement']],
  ['The EU Delegation to Nigeria met the Directorate-General for Structural Reform Support.', 'country:nigeria',
    ['Institution:EU Delegation', 'Institution:Delegation of the European Union to Nigeria', 'Country:Nigeria',
      'Institution:Directorate-General for Structural Reform Support']],
  ['The Working Party on Integration, Migration and Expulsion met.', null, ['Institution:Working Party on Integration, Migration and Expulsion']],
  ['HOME/MOVE meeting on aviation security', 'country:pakistan', ['Institution:HOME', 'Institution:MOVE']],
  ['The SOM endorsed the Prague Process Action Plan 2023-2027.', null, ['Instrument:Prague Process Action Plan 2023-2027']],
  ['The Budapest Process Ministerial Declaration was adopted.', null, ['Instrument:Budapest Process Ministerial Declaration']],
  ['A Ministerial Declaration was adopted.', 'country:nigeria', []],
];

describe('findMentions', () => {
  for (const [sentence, country, expected] of rows) {
    it(sentence.slice(0, 70), () => {
      const got = findMentions(sentence, { index: 0, start: 0, end: sentence.length }, kb, { sectionCountry: country })
        .map((c) => show(sentence, c));
      expect(got.sort()).toEqual([...expected].sort());
    });
  }
});
