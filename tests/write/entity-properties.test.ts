// Recomputed entity properties and latest stages: table-driven, one loop each.
import { describe, expect, it } from 'vitest';
import { claimOf, type EntityClaim } from '../../ingest/write/document-rows.ts';
import { entityProperties } from '../../ingest/write/entity-properties.ts';
import { latestStage, type StageEvent } from '../../ingest/write/latest-stage.ts';

const claim = (doc: string, over: Partial<EntityClaim> = {}, texts: string[] = []): string => JSON.stringify({
  ...claimOf(doc, { id: 'person:ylva-johansson', type: 'Person', name: 'Ylva Johansson', aliases: [], side: 'unknown', curated: false }, texts),
  ...over,
});

const rows: [string, { claims: string[] }, Record<string, unknown> | null][] = [
  ['no claims: the entity is gone', { claims: [] }, null],
  ['aliases from mentions, sorted, without the name', { claims: [claim('doc:a', {}, ['Ms Johansson', 'Ylva Johansson', 'Johansson', 'Johansson'])] },
    { aliases: ['Johansson', 'Ms Johansson'], aliasText: 'Johansson Ms Johansson', mentionCount: 4 }],
  ['mention counts add up over documents', { claims: [claim('doc:a', {}, ['Johansson']), claim('doc:b', {}, ['Johansson', 'Csr Johansson'])] },
    { aliases: ['Csr Johansson', 'Johansson'], mentionCount: 3 }],
  ['a curated claim names the entity whatever the document order', { claims: [claim('doc:a', { name: 'Y. Johansson' }), claim('doc:b', { curated: true })] },
    { name: 'Ylva Johansson', aliases: ['Y. Johansson'], curated: true, docIds: ['doc:a', 'doc:b'] }],
  ['claims are ordered by document, not by arrival', { claims: [claim('doc:b', { name: 'B' }), claim('doc:a', { name: 'A' })] },
    { name: 'A', docIds: ['doc:a', 'doc:b'] }],
  ['a known side beats unknown', { claims: [claim('doc:a'), claim('doc:b', { side: 'eu' })] }, { side: 'eu' }],
  ['documents that mention it count, not those that only describe it', { claims: [claim('doc:a', {}, ['Johansson']), claim('doc:b')] },
    { documentCount: 1, docIds: ['doc:a', 'doc:b'] }],
  ['mention white space is normalised', { claims: [claim('doc:a', {}, ['Ms\n Johansson'])] }, { aliases: ['Ms Johansson'] }],
];

describe('entityProperties', () => {
  for (const [what, src, expected] of rows) {
    it(what, () => {
      const got = entityProperties({ id: 'person:ylva-johansson', ...src });
      if (expected === null) expect(got).toBeNull();
      else expect(got).toMatchObject(expected);
    });
  }
});

const ev = (stage: string, date: string | null, planned = false): StageEvent => ({ stage, date, planned });
const stages: [string, StageEvent[], { stage: string | null; date: string | null }][] = [
  ['nothing yet', [], { stage: null, date: null }],
  ['planned steps do not count', [ev('signed', '2020'), ev('entered_into_force', '2030', true)], { stage: 'signed', date: '2020' }],
  ['the latest date wins', [ev('entered_into_force', '2010-12-01'), ev('signed', '2009-09')], { stage: 'entered_into_force', date: '2010-12-01' }],
  ['same date: the later stage', [ev('signed', '2019-03-02'), ev('initialled', '2019-03-02'), ev('concluded', '2019-03-02')], { stage: 'signed', date: '2019-03-02' }],
  ['a more precise date in the same year is later', [ev('mandate', '2019'), ev('negotiation', '2019-05')], { stage: 'negotiation', date: '2019-05' }],
  ['an undated step loses to a dated one', [ev('ended', null), ev('signed', '2001')], { stage: 'signed', date: '2001' }],
];

describe('latestStage', () => {
  for (const [what, events, expected] of stages) it(what, () => expect(latestStage(events)).toEqual(expected));
});
