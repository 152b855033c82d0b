// Sessions of a dialogue or process are `implemented` steps of it: one row per rule, one loop.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../ingest/extract/extract-document.ts';
import { loadKnowledgeBase } from '../../ingest/knowledge/load-knowledge-base.ts';

const kb = loadKnowledgeBase();
const table = (heading: string, intro: string, rows: string[]) =>
  ['Brussels, 6 February 2024', '', heading, '', intro, '', 'Key past and upcoming events', '', ...rows, ''].join('\n');

type Row = [what: string, text: string, expected: Array<[instrument: string, stage: string, date: string]>];

const ROWS: Row[] = [
  ['a row that opens with a dialogue\'s name is a session of it',
    table('EGYPT', 'Egypt is a partner.', ['3 May 2021\tEU-Egypt Political Dialogue, Cairo\t']),
    [['EU-Egypt Political Dialogue', 'implemented', '2021-05-03']]],
  ['an ordinal before the name still opens the row',
    table('EGYPT', 'Egypt is a partner.', ['3 May 2021\t4 th EU-Egypt Political Dialogue\t']),
    [['EU-Egypt Political Dialogue', 'implemented', '2021-05-03']]],
  ['a dialogue named later in the row is a topic, not the session',
    table('EGYPT', 'Egypt is a partner.', ['3 May 2021\tVisit of the Minister to Brussels\tPreparation of the EU-Egypt Political Dialogue']),
    []],
  ['a launch of a dialogue is no session of it',
    table('EGYPT', 'Egypt is a partner.', ['3 May 2021\tEU-Egypt Political Dialogue launched\t']),
    [['EU-Egypt Political Dialogue', 'launched', '2021-05-03']]],
  ['every dated row of a process section is a session of the process',
    table('E. THE RABAT PROCESS', 'The Rabat Process is a regional dialogue on migration.',
      ['6 March 2019\tSteering Committee, Rabat\t', '2 July 2020\tThematic Meeting on Labour Migration, VTC\t', 'Autumn\tTo be confirmed\t']),
    [['Rabat Process', 'implemented', '2019-03-06'], ['Rabat Process', 'implemented', '2020-07-02']]],
  ['a country section is no process section',
    table('EGYPT', 'The Rabat Process is a regional dialogue on migration.', ['6 March 2019\tSteering Committee, Rabat\t']),
    []],
];

describe('sessionSteps', () => {
  for (const [what, text, expected] of ROWS) {
    it(what, () => {
      const x = extractDocument('test.txt', text, kb);
      const name = new Map(x.entities.map((e) => [e.id, e.name]));
      const got = x.instrumentEvents.map((v) => [name.get(v.instrument) ?? v.instrument, v.stage, v.date?.iso ?? null]);
      expect(got).toEqual(expected);
    });
  }
});
