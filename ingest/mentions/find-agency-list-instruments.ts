// Agency arrangements written as a dated list: `Albania has agreements or arrangements signed with ...
// Europol (2013), CEPOL (2013), the EMCDDA (2019)`. Each agency dated in parentheses after a plural
// `agreements`/`arrangements` stands for its instrument with the section's country, named by the
// agency's usual head (instrument-patterns.json `agencyDefaults`): `Europol-Albania Agreement`.
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { shortLabel } from './instrument-parties.ts';
import type { InstrumentCandidate, KnownCandidate } from './mention-candidate.ts';
import type { Token } from './tokenize.ts';

/** The plural nouns that open such a list. */
const LIST_NOUNS = new Set(['agreements', 'arrangements']);
/** A year in parentheses right after the agency (or its acronym in parentheses): the date of its arrangement. */
const DATED = /^\)?\s*\((19|20)\d\d\)/;

export function findAgencyListInstruments(
  text: string, tokens: Token[], sentence: number, kb: KnowledgeBase, known: KnownCandidate[], sectionCountry: string | null,
): InstrumentCandidate[] {
  const defaults = kb.instruments.agencyDefaults ?? [];
  const country = sectionCountry && kb.entities.get(sectionCountry)?.side === 'third_country' ? sectionCountry : null;
  const opener = tokens.find((t) => LIST_NOUNS.has(t.norm));
  if (!country || !defaults.length || !opener) return [];
  const out: InstrumentCandidate[] = [];
  for (const k of known) {
    if (k.start < opener.end || k.type !== 'Institution' || k.entityIds.length !== 1 || !DATED.test(text.slice(k.end))) continue;
    const d = defaults.find((x) => x.agency === k.entityIds[0]);
    if (!d) continue;
    const name = `${shortLabel(d.agency, text.slice(k.start, k.end), kb)}-${kb.entities.get(country)!.name} ${d.head}`;
    out.push({ kind: 'instrument', name, instrumentKind: d.kind, parties: [d.agency, country], start: k.start, end: k.end, sentence });
  }
  return out;
}
