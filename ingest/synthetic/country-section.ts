// One country section of a synthetic Council note: an upper-case heading, prose paragraphs and a
// "Key past and upcoming events" table (date TAB event TAB outcome), each line planting its gold.
import type { InstrumentStage } from '../../model/graph-model.ts';
import type { KnowledgeBase } from '../knowledge/load-knowledge-base.ts';
import { dayWords, monthsLater, randomDay } from './date-words.ts';
import type { GoldDocument, Planted, PlantedEntity } from './gold-document.ts';
import { type CastCountry, euActorOn, instrumentName, inventOfficial } from './synthetic-cast.ts';
import type { Random } from './seeded-random.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Years the synthetic facts fall in: the knowledge base's office holders cover them. */
export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2024;
/** Instruments followed per section, and meeting rows per table (seeds: 1-4 and 5-20). */
const INSTRUMENTS_PER_SECTION: [number, number] = [2, 3];
const MEETING_ROWS: [number, number] = [5, 9];
/** Filler paragraphs of 2-4 sentences that plant nothing, for the seeds' density of names per word. */
const FILLER_PARAGRAPHS: [number, number] = [4, 7];
/** Months between two stages of one instrument. */
const STAGE_GAP_MONTHS: [number, number] = [2, 14];

const EU: PlantedEntity = { type: 'Institution', name: 'European Union', form: 'EU' };
const COUNCIL: PlantedEntity = { type: 'Institution', name: 'Council of the European Union', form: 'Council' };
const IOM: PlantedEntity = { type: 'Institution', name: 'International Organization for Migration', form: 'IOM' };

/** Stages an instrument goes through, by the last word of its head. */
const LIFECYCLES: Record<string, InstrumentStage[]> = {
  Agreement: ['mandate', 'negotiation', 'signed', 'entered_into_force'],
  other: ['launched'],
};

const PROSE: Partial<Record<InstrumentStage, (name: string, day: string, place: string) => string>> = {
  mandate: (n, d) => `The Council adopted the mandate to negotiate the ${n} on ${d}.`,
  negotiation: (n, d) => `Negotiations on the ${n} opened on ${d}.`,
  signed: (n, d, p) => `The ${n} was signed in ${p} on ${d}.`,
  entered_into_force: (n, d) => `The ${n} entered into force on ${d}.`,
  launched: (n, d) => `The ${n} was launched on ${d}.`,
};
const ROW: Partial<Record<InstrumentStage, (name: string, place: string) => string>> = {
  mandate: (n) => `The Council adopted the mandate for the ${n}`,
  negotiation: (n, p) => `First round of negotiations on the ${n} – ${p}`,
  signed: (n) => `Signing of the ${n}`,
  entered_into_force: (n) => `Entry into force of the ${n}`,
  launched: (n) => `Launch of the ${n}`,
};

interface Row { iso: string; text: string; planted: Planted }

export interface SectionContext { kb: KnowledgeBase; vocab: Vocabulary; rng: Random }

function fillerParagraph({ rng, vocab }: SectionContext): string {
  return rng.sample(vocab.filler, rng.int(2, 4)).join(' ');
}

function countryEntity(c: CastCountry, form = c.name): PlantedEntity {
  return { type: 'Country', name: c.name, form };
}

export function writeCountrySection(doc: GoldDocument, c: CastCountry, ctx: SectionContext): void {
  const { kb, vocab, rng } = ctx;
  const heading = c.name.toUpperCase();
  doc.startPassage(heading);
  doc.line(heading, { entities: [countryEntity(c, heading)] });
  doc.text('');

  const role = rng.pick(['origin', 'origin and transit', 'transit and destination']);
  const rate = rng.pick(['moderate', 'high', 'low']);
  const intro: PlantedEntity[] = [countryEntity(c), EU, IOM];
  let introText = `${c.name} is a country of ${role} with a ${rate} migration rate to the EU. `;
  if (c.demonym) {
    introText += `The number of voluntary returns managed by IOM for ${c.demonym} nationals has been ${rng.pick(['increasing', 'stable', 'decreasing'])}. `;
    intro.push(countryEntity(c, c.demonym));
  } else {
    introText += `The number of voluntary returns managed by IOM has been ${rng.pick(['increasing', 'stable', 'decreasing'])}. `;
  }
  doc.line(introText + fillerParagraph(ctx), { entities: intro });
  doc.text('');

  // Instruments and their stages: some told in prose, the rest as table rows.
  const rows: Row[] = [];
  const prose: { text: string; planted: Planted }[] = [];
  const heads = rng.sample(vocab.instrumentHeads, rng.int(...INSTRUMENTS_PER_SECTION));
  for (const head of heads) {
    const name = instrumentName(c, head);
    const kind = head.endsWith('Agreement') ? 'agreement' : head.startsWith('Dialogue') ? 'dialogue' : head.startsWith('Common Agenda') ? 'plan' : 'partnership';
    const inst: PlantedEntity = { type: 'Instrument', name, form: name, kind, parties: ['European Union', c.name] };
    const stages = LIFECYCLES[head.endsWith('Agreement') ? 'Agreement' : 'other'];
    let iso = randomDay(rng, FIRST_YEAR, LAST_YEAR - 3);
    for (const stage of stages.slice(0, rng.int(1, stages.length))) {
      const planted: Planted = { entities: [inst, ...(stage === 'mandate' ? [COUNCIL] : [])], events: [{ instrument: name, stage, date: iso }] };
      if (rng.chance(0.5)) prose.push({ text: PROSE[stage]!(name, dayWords(iso), c.capital), planted });
      else rows.push({ iso, text: `${ROW[stage]!(name, c.capital)}\t`, planted });
      iso = monthsLater(iso, rng.int(...STAGE_GAP_MONTHS));
    }
    if (head === 'Readmission Agreement') {
      const day = randomDay(rng, FIRST_YEAR + 2, LAST_YEAR);
      rows.push({
        iso: day,
        text: `${rng.int(2, 9)}th EU-${c.name} Joint Readmission Committee meeting – ${c.capital}\tThe meeting noted progress on readmission.`,
        planted: {
          entities: [inst, EU, countryEntity(c)],
          meetings: [{ date: day, place: c.capital, participants: ['European Union', c.name] }],
          events: [{ instrument: name, stage: 'implemented', date: day }],
        },
      });
    }
  }
  for (const p of prose) doc.line(p.text, p.planted);
  doc.text('');

  const official = inventOfficial(rng, vocab);
  const meetDay = randomDay(rng, FIRST_YEAR, LAST_YEAR);
  const eu = euActorOn(kb, vocab, rng, meetDay);
  if (eu) {
    const euForm = `${eu.short} ${eu.surname}`;
    doc.line(`On ${dayWords(meetDay)}, ${euForm} met ${official.title} ${official.name} of ${c.name} in ${c.capital} to discuss ${rng.pick(vocab.topics)}. ${fillerParagraph(ctx)}`, {
      entities: [
        { type: 'Person', name: eu.name, form: euForm },
        { type: 'Person', name: official.name, form: `${official.title} ${official.name}` },
        countryEntity(c),
      ],
      meetings: [{ date: meetDay, place: c.capital, participants: [eu.name, official.name] }],
    });
    doc.text('');
  }
  for (let i = rng.int(...FILLER_PARAGRAPHS); i > 0; i--) { doc.text(fillerParagraph(ctx)); doc.text(''); }
  doc.line(`EU support to ${c.name} on migration reached approximately EUR ${rng.int(5, 400)} million, focusing on border management, return and reintegration.`, {
    entities: [EU, countryEntity(c)],
  });
  doc.text('');

  for (let i = rng.int(...MEETING_ROWS); i > 0; i--) {
    const row = meetingRow(c, ctx);
    if (row) rows.push(row);
  }
  rows.sort((a, b) => a.iso.localeCompare(b.iso));
  doc.text('Key past and upcoming events');
  doc.text('');
  for (const r of rows) doc.line(`${dayWords(r.iso)}\t${r.text}`, r.planted);
  doc.text('');
}

/** A table row that is a meeting: with an invented official, a visit, or a ministerial. */
function meetingRow(c: CastCountry, ctx: SectionContext): Row | null {
  const { kb, vocab, rng } = ctx;
  const iso = randomDay(rng, FIRST_YEAR, LAST_YEAR);
  const outcome = rng.pick(vocab.outcomes);
  const kind = rng.pick(['official', 'official', 'visit', 'ministerial'] as const);
  if (kind === 'ministerial') {
    return {
      iso, text: `EU-${c.name} Ministerial in ${c.capital}\t${outcome}`,
      planted: { entities: [EU, countryEntity(c)], meetings: [{ date: iso, place: c.capital, participants: ['European Union', c.name] }] },
    };
  }
  const eu = euActorOn(kb, vocab, rng, iso);
  if (!eu) return null;
  const euForm = `${eu.short} ${eu.surname}`;
  const euPerson: PlantedEntity = { type: 'Person', name: eu.name, form: euForm };
  if (kind === 'visit') {
    return {
      iso, text: `${euForm}'s visit to ${c.name}\t${outcome}`,
      planted: { entities: [euPerson, countryEntity(c)], meetings: [{ date: iso, place: c.name, participants: [eu.name, c.name] }] },
    };
  }
  const o = inventOfficial(rng, vocab);
  const upper = c.name.toUpperCase();
  return {
    iso, text: `Meeting of ${euForm} with ${o.title} ${o.noteForm} of ${upper}, on ${rng.pick(vocab.topics)}\t${outcome}`,
    planted: {
      entities: [euPerson, { type: 'Person', name: o.name, form: o.noteForm }, { type: 'Person', name: o.name, form: `${o.title} ${o.noteForm}` }, countryEntity(c, upper)],
      meetings: [{ date: iso, place: null, participants: [eu.name, o.name] }],
    },
  };
}
