// Who took part in a meeting stated in one span (a table row's cells, or a sentence): persons first; for a
// side with no named person, the body or country that stands for it (GUIDELINES.md, "Meetings").
import { findCue, type MeetingCues } from './meeting-cues.ts';
import { EU_ID, type LinkedMention, onEuSide } from './event-input.ts';

/** How far before a mention a "not a participant" cue ("at the request of") may sit. */
const NOT_PARTICIPANT_WINDOW = 30;
/** Generic EU bodies: the EU side falls back to them only when no more specific body is named. */
const GENERIC_EU = new Set(['institution:european-union', 'institution:european-commission', 'institution:council-of-the-european-union']);

export interface Span { start: number; end: number; text: string }

export interface ParticipantQuery {
  /** The document text: spans and mentions are offsets into it. */
  text: string;
  /** Where participants may be named (event and outcome cells, or the sentence). */
  spans: Span[];
  /** Where the EU side's bodies are read from (the event cell of a row; the sentence in prose). */
  euSpan: Span;
  mentions: LinkedMention[];
  sectionCountry: string | null;
  /** Prose names its counterpart explicitly; a table row in a country section has it by context. */
  prose: boolean;
  cues: MeetingCues;
}

const inSpan = (m: { start: number }, s: Span) => m.start >= s.start && m.start < s.end;

function spanOf(spans: Span[], m: { start: number }): Span | undefined {
  return spans.find((s) => inSpan(m, s));
}

/** Splits a host list ("A, B (accompanied by C) and D") into items at top-level commas and "and". */
function hostItems(text: string, from: number, to: number): Array<[number, number]> {
  const items: Array<[number, number]> = [];
  // "met the Minister on the margins of UNGA": where they met is not whom.
  const setting = HOST_SETTING.exec(text.slice(from, to));
  if (setting) to = from + setting.index;
  let depth = 0; let start = from;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === ',' || ch === ';' || text.startsWith(' and ', i) || text.startsWith(' & ', i))) {
      items.push([start, i]); start = i + 1;
    } else if (depth === 0 && ch === '.' && /\s/.test(text[i + 1] ?? ' ')) { to = i; break; }
  }
  items.push([start, to]);
  // The list ends where the sentence moves on to what was done ("... and visiting the Frontex operation").
  const end = items.findIndex(([a, b]) => HOST_LIST_END.test(text.slice(a, b)));
  return end < 0 ? items : items.slice(0, end);
}

/** Where a host list turns to the setting of the meeting. */
const HOST_SETTING = /\b(?:(?:on|in|at) the (?:margins?|sidelines?|occasion|framework|context)|during|in the course of)\b/i;
/** An item that opens with a verb form or a preposition is no longer a host. */
const HOST_LIST_END = /^\s*(?:\p{Ll}+ing|to|on|about|in|at|for|regarding|concerning|during)\b/u;

export function meetingParticipants(q: ParticipantQuery): string[][] {
  const { cues, text } = q;
  const instruments = q.mentions.filter((m) => m.entity.type === 'Instrument');
  const usable = q.mentions.filter((m) => {
    const span = spanOf(q.spans, m);
    if (!span || m.entity.type === 'Instrument') return false;
    // The parties named inside an instrument's name ("Türkiye-EU High Level Dialogue") are not its session's.
    if (instruments.some((i) => m.start >= i.start && m.end <= i.end)) return false;
    const before = text.slice(Math.max(span.start, m.start - NOT_PARTICIPANT_WINDOW), m.start);
    return !findCue(cues.notParticipant, before);
  });
  const persons = dedupe(usable.filter((m) => m.entity.type === 'Person'));

  // Hosts: what follows a "meetings with" cue, up to the end of its cell or clause.
  let hostGroups: string[][] = [];
  let hostStart = Infinity;
  let plural = false;
  /** "... and side meetings with A, B": the main meeting stands beside one per host. */
  let side = false;
  for (const span of q.spans) {
    const cue = findCue(cues.withList, span.text);
    if (!cue) continue;
    // "A and B met in Brussels": "met" with no object opens no host list.
    if (/^\s*(?:in|at|on|for|during|to|again|virtually|online)\b/i.test(span.text.slice(cue.index + cue[0].length))) continue;
    hostStart = span.start + cue.index + cue[0].length;
    // "Met with A, B, C" after a visitor: one meeting per host, as "meetings with" (the hosts did not meet each other).
    plural = /meetings|side meetings|^met with$/i.test(cue[0]);
    side = /\bside\b/i.test(cue[0]);
    const items = hostItems(text, hostStart, span.end);
    const groups = items
      .map(([a, b]) => dedupe(usable.filter((m) => m.start >= a && m.start < b)))
      .map((ms) => (ms.some((m) => m.entity.type === 'Person') ? ms.filter((m) => m.entity.type === 'Person') : ms))
      .filter((ms) => ms.length);
    // When hosts are named persons, a country or body beside them describes them ("Minister ... of Serbia").
    const personal = groups.filter((ms) => ms.some((m) => m.entity.type === 'Person'));
    hostGroups = (personal.length ? personal : groups).map((ms) => ms.map((m) => m.entity.id));
    break;
  }
  const hostIds = new Set(hostGroups.flat());
  const subject = persons.filter((m) => !hostIds.has(m.entity.id)).map((m) => m.entity.id);
  const others = (ids: string[]) => ids.map((id) => usable.find((m) => m.entity.id === id)!.entity);

  const euPersons = persons.filter((m) => onEuSide(m.entity));
  const otherPersons = persons.filter((m) => !onEuSide(m.entity));
  const travel = q.spans.map((s) => findCue(cues.travel, s.text) ? s : null).find(Boolean) ?? null;

  // The EU side, when no EU person is named: the most specific EU bodies of the event, else the EU.
  const euSide: string[] = [];
  if (!euPersons.length && !(hostGroups.length && others(hostGroups.flat()).some(onEuSide) && subject.length)) {
    const bodies = dedupe(usable.filter((m) => m.entity.type === 'Institution' && onEuSide(m.entity) && inSpan(m, q.euSpan)))
      .map((m) => m.entity.id);
    const specific = bodies.filter((id) => !GENERIC_EU.has(id));
    // In running text a generic body is often the agent of another verb ("agreed by the Council"): there,
    // and in a country section's prose, the EU stands for its side.
    if (specific.length) euSide.push(...specific);
    else if (!q.prose && bodies.length) euSide.push(bodies[0]);
    else if (!q.prose || q.sectionCountry || bodies.length) euSide.push(EU_ID);
  }

  // The counterpart, when no counterpart person is named.
  const counterpart: string[] = [];
  const hostsAreCounterparts = hostGroups.length && others(hostGroups.flat()).some((e) => !onEuSide(e) || e.type === 'Country');
  if (!otherPersons.length && !hostsAreCounterparts) {
    const destination = travel ? destinationCountry(q, travel, usable) : null;
    // Several EU-side persons and no counterpart or visit: a gathering of the EU side, not a bilateral.
    const multilateral = euPersons.length >= 2 && !travel;
    if (destination) counterpart.push(destination);
    else if (q.sectionCountry && !multilateral) counterpart.push(q.sectionCountry);
  }

  const base = [...new Set([...subject, ...euSide, ...counterpart])];
  if (hostGroups.length > 1 && plural && (subject.length || euSide.length)) {
    const main = side && q.sectionCountry && !otherPersons.length ? [[...new Set([...base, q.sectionCountry])]] : [];
    return [...main, ...hostGroups.map((g) => [...new Set([...base, ...g])])].filter((p) => p.length >= 2);
  }
  const all = [...new Set([...base, ...hostGroups.flat()])];
  return all.length >= 2 ? [all] : [];
}

/** The country a visit goes to: a country named right after "to"/"in", else none (a city is not one). */
function destinationCountry(q: ParticipantQuery, travel: Span, usable: LinkedMention[]): string | null {
  for (const m of usable) {
    if (m.entity.type !== 'Country' || !inSpan(m, travel)) continue;
    if (/\b(?:to|in|visited|visiting|visit)\s+(?:the\s+)?$/i.test(q.text.slice(Math.max(travel.start, m.start - 12), m.start))) return m.entity.id;
  }
  return null;
}

function dedupe(ms: LinkedMention[]): LinkedMention[] {
  const seen = new Set<string>();
  return ms.filter((m) => (seen.has(m.entity.id) ? false : (seen.add(m.entity.id), true)));
}
