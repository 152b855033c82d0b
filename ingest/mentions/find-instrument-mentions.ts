// Instruments named by a head noun (`Readmission Agreement`, `CAMM`) and their parties: a prefix
// (`EU-Nigeria`, `Pakistan-EU`), a `with`/`between` list, else the section's country ("the readmission
// agreement" in the MOROCCO section is the EU-Morocco one). Plural, `bilateral` or member-state-only
// mentions are generic and name no instrument.
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { InstrumentHead } from '../knowledge/schemas.ts';
import type { HeadForm, KbTries } from './kb-tries.ts';
import type { InstrumentCandidate, KnownCandidate } from './mention-candidate.ts';
import { isDateBefore, regionSuffix, subjectSuffix } from './instrument-name-parts.ts';
import {
  agencyBefore, EU_ID, listAfter, partiesLabel, prefixParties, shortLabel, soleThirdCountry,
} from './instrument-parties.ts';
import { gap, isCapitalised, isUpperCase, type Token } from './tokenize.ts';

export { EU_ID } from './instrument-parties.ts';

/** Words that make a head generic: it names a class of agreements, not one. */
const GENERIC_BEFORE = new Set(['bilateral', 'any', 'such', 'other', 'similar', 'formal', 'possible']);
const JOINT_DECLARATION = 'Joint Declaration';
/** Nouns after a head that make it a meeting of the instrument (`migration dialogue meeting`). */
const EVENT_NOUNS = new Set(['meeting', 'meetings', 'session', 'committee', 'round', 'summit']);
/** Longest quoted title a declaration may carry (`Joint Declaration "Towards an EU-Ethiopia ..."`). */
const MAX_QUOTED_TITLE = 120;
/** Capitalised words before a head that may qualify it (`Approved Destination Status Agreement`). */
const MAX_QUALIFIER_WORDS = 2;

export interface InstrumentContext {
  /** Country id of the section the sentence sits in, if any. */
  sectionCountry: string | null;
}

export function findInstrumentMentions(
  text: string, tokens: Token[], sentence: number, kb: KnowledgeBase, tries: KbTries,
  known: KnownCandidate[], ctx: InstrumentContext,
): InstrumentCandidate[] {
  const out: InstrumentCandidate[] = [];
  const knownEndingAt = (i: number) => known.find((k) => k.end === tokens[i]?.end);
  const knownStartingAt = (i: number) => known.find((k) => k.start === tokens[i]?.start);
  for (let i = 0; i < tokens.length; i++) {
    const h = headAt(tokens, i, tries);
    if (!h) continue;
    let { head, to, plural } = h;
    const acronym = h.acronym;
    const spanFrom = i;
    // "Joint Declaration on a Mobility Partnership" names the partnership.
    if (head.head === JOINT_DECLARATION && tokens[to]?.norm === 'on') {
      let k = to + 1; if (['a', 'the', 'an'].includes(tokens[k]?.norm ?? '')) k++;
      const inner = headAt(tokens, k, tries);
      if (inner) ({ head, to, plural } = inner);
    }
    let name: string | null = null;
    let parties: string[] | null = null;
    let agencyParty: { id: string; surface: string; start: number; partner: string | null } | null = null;
    let start = tokens[spanFrom]!.start;
    let end = tokens[to - 1]!.end;
    // A quoted title names a declaration of its own: Joint Declaration "Towards an EU-Ethiopia Strategic Engagement".
    const after = text.slice(end, end + 3);
    if (/^\s?["“]/.test(after)) {
      const open = text.indexOf(after.trim()[0]!, end);
      const close = text.slice(open + 1).search(/["”]/);
      if (close > 0 && close < MAX_QUOTED_TITLE) {
        const title = text.slice(open + 1, open + 1 + close);
        name = `${head.head} ${title}`;
        const inner = known.filter((k) => k.type === 'Country' && k.start > open && k.end <= open + 1 + close && k.entityIds.length === 1);
        parties = [EU_ID, ...new Set(inner.map((k) => k.entityIds[0]!))];
        end = open + close + 2;
      }
    }
    // Qualifiers before the head: modifiers, a year (`2025 Roadmap`), acronyms (`CAMM/HLDMM support project`).
    let j = spanFrom - 1;
    let year: string | null = null;
    let qualifier = '';
    let generic = false;
    let indefinite = false;
    let skipped = false;
    while (j >= 0) {
      const t = tokens[j]!;
      // Table cells and lines are separate phrases: nothing before a tab or line break qualifies the head.
      if (/[\t\n]/.test(gap(text, t, tokens[j + 1]!))) break;
      if (t.norm === 'a' || t.norm === 'an') indefinite = true;
      if (tries.modifiers.has(t.norm)) { j--; skipped = true; continue; }
      if (GENERIC_BEFORE.has(t.norm)) { generic = true; j--; continue; }
      if (/^(19|20)\d\d$/.test(t.raw) && !year && !isDateBefore(tokens[j - 1])) {
        if (head.kind === 'plan') year = t.raw;
        j--; continue;
      }
      if (!acronym && !qualifier && !year && !skipped && !/ed$/.test(t.raw) && isCapitalised(t) && !isUpperCase(t) && !/^\p{N}/u.test(t.raw) && j > 0 && !knownEndingAt(j) && !tries.notNames.has(t.raw)
        && !tries.modifiers.has(t.norm) && /^ $/.test(gap(text, t, tokens[j + 1]!)) && !headAt(tokens, j, tries)) {
        let q = j;
        while (q - 1 > 0 && isCapitalised(tokens[q - 1]!) && !isUpperCase(tokens[q - 1]!) && !/^\p{N}/u.test(tokens[q - 1]!.raw) && !knownEndingAt(q - 1)
          && !tries.notNames.has(tokens[q - 1]!.raw) && /^ $/.test(gap(text, tokens[q - 1]!, tokens[q]!)) && j - q < MAX_QUALIFIER_WORDS) q--;
        qualifier = text.slice(tokens[q]!.start, tokens[j + 1 === spanFrom ? j : j]!.end) + ' ';
        j = q - 1; start = tokens[q]!.start; continue;
      }
      if (!acronym && !qualifier && isUpperCase(t) && /\//.test(text.slice(t.start - 1, tokens[j + 1]!.start)) && !knownEndingAt(j)) {
        let q = j; while (q > 0 && /^\/$/.test(gap(text, tokens[q - 1]!, tokens[q]!))) q--;
        qualifier = text.slice(tokens[q]!.start, t.end) + ' ';
        j = q - 1; start = tokens[q]!.start; plural = false; continue;
      }
      break;
    }
    if (!parties) {
      const prefix = prefixParties(text, tokens, j, knownEndingAt, kb);
      const agency = prefix ? null : agencyBefore(text, tokens, j, knownEndingAt, kb);
      if (prefix) { parties = prefix.parties; start = Math.min(start, tokens[prefix.from]!.start); }
      else if (agency) { agencyParty = agency; start = Math.min(start, agency.start); }
      else if (head.kind === 'plan' && j >= 0 && knownEndingAt(j)?.entityIds[0] === EU_ID && /^\s$/.test(gap(text, tokens[j]!, tokens[j + 1]!))) {
        generic = true; // "the EU Action Plan": the EU's own plan, named elsewhere in full.
      }
    }
    // `Prague Process Action Plan 2023-2027`: a plan or declaration of a process, named after it, with its period.
    const owner = !parties && !agencyParty && !name && (head.kind === 'plan' || head.kind === 'declaration') && j >= 0 ? knownEndingAt(j) : undefined;
    if (owner && owner.type === 'Instrument' && owner.entityIds.length === 1 && /^ $/.test(gap(text, tokens[j]!, tokens[j + 1]!))
      && /\bProcess$/.test(kb.entities.get(owner.entityIds[0]!)?.name ?? '')) {
      const y0 = tokens[to], y1 = tokens[to + 1];
      const period = y0 && y1 && /^(19|20)\d\d$/.test(y0.raw) && /^\s?[-–]\s?$/.test(gap(text, y0, y1)) && /^(19|20)\d\d$/.test(y1.raw) ? `${y0.raw}-${y1.raw}` : null;
      out.push({ kind: 'instrument', name: `${kb.entities.get(owner.entityIds[0]!)!.name} ${head.head}${period ? ` ${period}` : ''}`, instrumentKind: head.kind,
        parties: [], start: owner.start, end: period ? y1!.end : end, sentence });
      i = to - 1; continue;
    }
    // A lower-case head counts only with its parties written out, and not as a kind of meeting.
    if (h.lower && (!parties || EVENT_NOUNS.has(tokens[to]?.norm ?? ''))) continue;
    // A year right after the head belongs to the name (`Roadmap 2025`, `Agenda for Action-2020`).
    const y = tokens[to];
    const range = y && tokens[to + 1] && /^\s?[-–]\s?$/.test(gap(text, y, tokens[to + 1]!)) && /^\d+$/.test(tokens[to + 1]!.raw);
    if (!year && y && !range && /^(19|20)\d\d$/.test(y.raw) && /^(\s|-)$/.test(gap(text, tokens[to - 1]!, y)) && !name) { year = y.raw; end = y.end; }
    // `... for the Western Balkans`: a regional instrument, named with its region and no country party.
    const region = !name ? regionSuffix(text, tokens, to, known, kb) : null;
    if (region) {
      out.push({ kind: 'instrument', name: `${head.head} for the ${region.words}`, instrumentKind: head.kind, parties: [], start, end: region.end, sentence });
      i = to - 1; continue;
    }
    // `Joint Declaration on Migration Cooperation`: a declaration or plan named by its subject.
    const subject = !name && (head.kind === 'declaration' || head.kind === 'plan') ? subjectSuffix(text, tokens, to, known) : null;
    // `Action Plan on Nigeria`: the EU's own plan about a country (drafted in a Council working party),
    // named by its country and with no country party: it is no agreement with that country.
    const about = !name && !subject && !parties && head.kind === 'plan' && tokens[to]?.norm === 'on'
      ? known.find((k) => k.type === 'Country' && k.entityIds.length === 1 && k.start === tokens[to + 1]?.start) : undefined;
    if (about) {
      out.push({ kind: 'instrument', name: `${head.head} on ${kb.entities.get(about.entityIds[0]!)!.name}`, instrumentKind: head.kind, parties: [], start, end: about.end, sentence });
      i = to - 1; continue;
    }
    if (subject) { name = null; end = subject.end; }
    const headName = subject ? `${head.head} on ${subject.words}` : head.head;
    const base = `${qualifier}${headName}${year ? ` ${year}` : ''}`;
    const push = (ps: string[], label: string) => out.push({
      kind: 'instrument', name: name ?? `${label} ${base}`, instrumentKind: head.kind, parties: ps, start, end, sentence,
    });
    if (parties) { push(parties, partiesLabel(parties, kb)); i = to - 1; continue; }
    const country0 = ctx.sectionCountry && kb.entities.get(ctx.sectionCountry)?.side === 'third_country' ? ctx.sectionCountry : null;
    if (agencyParty) {
      const other = agencyParty.partner ?? country0;
      if (other) push([agencyParty.id, other], `${shortLabel(agencyParty.id, agencyParty.surface, kb)}-${shortLabel(other, '', kb)}`);
      i = to - 1; continue;
    }
    // A `with`/`between` list after the head.
    const list = listAfter(text, tokens, to, knownStartingAt);
    const country = ctx.sectionCountry && kb.entities.get(ctx.sectionCountry)?.side === 'third_country' ? ctx.sectionCountry : null;
    if (list.length) {
      const third = list.filter((k) => kb.entities.get(k.id)?.type === 'Country' && kb.entities.get(k.id)?.side === 'third_country');
      const agencies = list.filter((k) => kb.entities.get(k.id)?.type === 'Institution' && k.id !== EU_ID);
      const other = third[0]?.id ?? country;
      if (agencies.length && other) {
        for (const a of agencies) push([a.id, other], `${shortLabel(a.id, a.surface, kb)}-${kb.entities.get(other)!.name}`);
        i = to - 1; continue;
      }
      if (other && (third.length || list.some((k) => k.id === EU_ID))) { push([EU_ID, other], partiesLabel([EU_ID, other], kb)); i = to - 1; continue; }
      if (list.every((k) => kb.entities.get(k.id)?.side === 'member_state')) continue;
    }
    if (plural || generic || !head.bilateral) continue;
    if (head.agencyParty) {
      const agencies = [...new Set(known.filter((k) => k.type === 'Institution' && k.entityIds.length === 1 && k.entityIds[0] !== EU_ID
        && kb.entities.get(k.entityIds[0]!)?.side === 'eu').map((k) => k.entityIds[0]!))];
      const other = country ?? soleThirdCountry(known, kb);
      if (agencies.length === 1 && other) {
        const k = known.find((x) => x.entityIds[0] === agencies[0])!;
        push([agencies[0]!, other], `${shortLabel(agencies[0]!, text.slice(k.start, k.end), kb)}-${kb.entities.get(other)!.name}`);
      }
      i = to - 1; continue;
    }
    // "a dialogue" names one only when the sentence says between whom: the EU and one third country.
    const euInSentence = known.some((k) => k.entityIds[0] === EU_ID);
    const fallback = country ?? (indefinite && !euInSentence ? null : soleThirdCountry(known, kb));
    if (fallback) push([EU_ID, fallback], partiesLabel([EU_ID, fallback], kb));
    i = to - 1;
  }
  return out;
}

/** `lower`: a head that counts only capitalised, written in lower case; it needs explicit parties. */
interface HeadRead { head: InstrumentHead; to: number; plural: boolean; acronym: boolean; lower: boolean }

function headAt(tokens: Token[], i: number, tries: KbTries): HeadRead | null {
  let best: HeadRead | null = null;
  for (const m of tries.heads.matchAt(tokens, i)) {
    const f: HeadForm = m.value;
    if (f.caseRule === 'exact' && !tokens.slice(m.from, m.to).every((t, k) => t.folded === m.folded[k])) continue;
    const lower = f.caseRule === 'any' && f.head.capitalised && !isCapitalised(tokens[i]!);
    if (!best || m.to > best.to) best = { head: f.head, to: m.to, plural: f.plural, acronym: f.caseRule === 'exact', lower };
  }
  return best;
}

