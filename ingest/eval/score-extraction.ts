// The project's scorer: the same rules as ../shared/eval/score.mjs (kept in step with it by a test that
// compares the two reports), with misses itemised for meetings and events too. Pure: texts come in.
import type { ScorerJson } from '../extract/to-scorer-json.ts';
import type { GoldPassage } from './gold-schema.ts';

const TYPES = ['Person', 'Institution', 'Country', 'Instrument'] as const;
const FOLD: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', '’': "'" };
export const normName = (s: string | null | undefined) => String(s ?? '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/[ıłøđßæœ’]/g, (c) => FOLD[c]).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const monthOf = (d: string | null | undefined) => String(d ?? '').slice(0, 7);

export interface Prf { tp: number; predicted: number; gold: number; precision: number; recall: number; f1: number }
export interface ScoreReport {
  entities: Prf;
  byType: Record<(typeof TYPES)[number], Prf>;
  personsByRole: string;
  linking: { goldEntitiesFound: number; fragmented: number; conflated: number };
  meetingPairs: Prf;
  instrumentEvents: Prf;
  misses: string[];
}

export function prf(tp: number, np: number, ng: number): Prf {
  const p = np ? tp / np : 0; const r = ng ? tp / ng : 0;
  return { tp, predicted: np, gold: ng, precision: +p.toFixed(3), recall: +r.toFixed(3), f1: +(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3) };
}

function lineSpan(t: string, [a, b]: [number, number]): [number, number] {
  const starts = [0];
  for (let i = 0; i < t.length; i++) if (t[i] === '\n') starts.push(i + 1);
  return [starts[a - 1] ?? t.length, starts[b] ?? t.length];
}

/** One gold identity across passages: an entity whose name is another's name or alias is the same entity. */
function identities(passages: GoldPassage[]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (k: string): string => { while (parent.get(k) !== k) k = parent.get(k)!; return k; };
  const all = passages.flatMap((p) => p.entities);
  for (const g of all) { const k = `${g.type}:${normName(g.name)}`; if (!parent.has(k)) parent.set(k, k); }
  for (const g of all) for (const a of g.aliases) {
    const k = `${g.type}:${normName(a)}`;
    if (parent.has(k)) parent.set(find(k), find(`${g.type}:${normName(g.name)}`));
  }
  return new Map([...parent.keys()].map((k) => [k, find(k)]));
}

export function scoreExtraction(passages: GoldPassage[], ex: ScorerJson, text: (file: string) => string): ScoreReport {
  const identity = identities(passages);
  const counts = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, np: 0, ng: 0 }])) as Record<string, { tp: number; np: number; ng: number }>;
  const byRole = { found: 0, total: 0 };
  const goldToPred = new Map<string, Set<string>>(); const predToGold = new Map<string, Set<string>>();
  const pairs = { tp: 0, np: 0, ng: 0 }; const events = { tp: 0, np: 0, ng: 0 };
  const misses: string[] = [];
  const inSpan = (x: { file: string; start: number }, file: string, [s, e]: [number, number]) => x.file === file && x.start >= s && x.start < e;
  for (const p of passages) {
    const t = text(p.doc);
    const span = lineSpan(t, p.lines);
    const where = p.section ?? p.doc;
    const gold = p.entities.map((g) => ({ ...g, key: identity.get(`${g.type}:${normName(g.name)}`)!, keys: new Set([g.name, ...g.aliases].map(normName)) }));
    const goldByName = new Map(gold.map((g) => [normName(g.name), g]));
    const local = new Map<string, (typeof gold)[number]>();
    for (const e of ex.entities) {
      const ms = e.mentions.filter((m) => inSpan(m, p.doc, span));
      if (!ms.length || !(TYPES as readonly string[]).includes(e.type)) continue;
      const forms = new Set([e.name, ...ms.map((m) => t.slice(m.start, m.end))].map(normName));
      const g = gold.find((x) => x.type === e.type && [...forms].some((f) => x.keys.has(f)));
      counts[e.type].np++;
      if (g) {
        local.set(e.id, g);
        (goldToPred.get(g.key) ?? goldToPred.set(g.key, new Set()).get(g.key)!).add(e.id);
        (predToGold.get(e.id) ?? predToGold.set(e.id, new Set()).get(e.id)!).add(g.key);
      } else misses.push(`FP ${e.type} "${e.name}" in ${where}`);
    }
    const matched = new Set(local.values());
    for (const g of gold) {
      counts[g.type].ng++;
      if (matched.has(g)) counts[g.type].tp++; else misses.push(`FN ${g.type} "${g.name}" in ${where}`);
      if (g.byRole) { byRole.total++; if (matched.has(g)) byRole.found++; }
    }
    const pairKeys = (date: string | null, names: string[]) => {
      const out = new Set<string>(); const ks = [...new Set(names)].sort();
      for (let i = 0; i < ks.length; i++) for (let j = i + 1; j < ks.length; j++) out.add(`${monthOf(date)}|${ks[i]}|${ks[j]}`);
      return out;
    };
    const goldPairs = new Set(p.meetings.flatMap((m) => [...pairKeys(m.date, m.participants.map((n) => goldByName.get(normName(n))?.key ?? `?${n}`))]));
    const predPairs = new Set(ex.meetings.filter((m) => inSpan(m, p.doc, span)).flatMap((m) =>
      [...pairKeys(m.date, m.participants.map((id) => local.get(id)?.key ?? `!${id}`))]));
    pairs.ng += goldPairs.size; pairs.np += predPairs.size;
    for (const k of predPairs) if (goldPairs.has(k)) pairs.tp++; else misses.push(`FP pair ${k} in ${where}`);
    for (const k of goldPairs) if (!predPairs.has(k)) misses.push(`FN pair ${k} in ${where}`);
    const goldEv = new Set(p.instrumentEvents.map((v) => `${goldByName.get(normName(v.instrument))?.key}|${v.stage}|${monthOf(v.date)}`));
    const predEv = new Set(ex.instrumentEvents.filter((v) => inSpan(v, p.doc, span)).map((v) =>
      `${local.get(v.instrument)?.key ?? `!${v.instrument}`}|${v.stage}|${monthOf(v.date)}`));
    events.ng += goldEv.size; events.np += predEv.size;
    for (const k of predEv) if (goldEv.has(k)) events.tp++; else misses.push(`FP event ${k} in ${where}`);
    for (const k of goldEv) if (!predEv.has(k)) misses.push(`FN event ${k} in ${where}`);
  }
  const all = TYPES.reduce((a, ty) => ({ tp: a.tp + counts[ty].tp, np: a.np + counts[ty].np, ng: a.ng + counts[ty].ng }), { tp: 0, np: 0, ng: 0 });
  return {
    entities: prf(all.tp, all.np, all.ng),
    byType: Object.fromEntries(TYPES.map((ty) => [ty, prf(counts[ty].tp, counts[ty].np, counts[ty].ng)])) as ScoreReport['byType'],
    personsByRole: `${byRole.found}/${byRole.total}`,
    linking: { goldEntitiesFound: goldToPred.size, fragmented: [...goldToPred.values()].filter((s) => s.size > 1).length,
      conflated: [...predToGold.values()].filter((s) => s.size > 1).length },
    meetingPairs: prf(pairs.tp, pairs.np, pairs.ng),
    instrumentEvents: prf(events.tp, events.np, events.ng),
    misses,
  };
}
