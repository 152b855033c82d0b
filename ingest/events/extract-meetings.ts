// Meetings (who met whom, when, where) from events-table rows and from sentences.
import type { Meeting, Sentence, TextDate } from '../../model/extraction.ts';
import { isPlanned, isTentative } from '../dates/is-planned.ts';
import type { DateMatch } from '../dates/parse-dates.ts';
import { rowCells } from '../read/row-cells.ts';
import { type EventInput, indexMentions, type LinkedMention, sectionCountry } from './event-input.ts';
import { allCues, findCue, type MeetingCues, meetingCues } from './meeting-cues.ts';
import { authorMentions, documentAuthor } from './document-author.ts';
import { meetingParticipants, type Span } from './meeting-participants.ts';

/** Outcome cells name participants only when they speak of the meeting itself ("Meetings with ...", "chaired by"). */
const OUTCOME_NAMES_PARTICIPANTS = /\b(?:meetings?|met|chaired|co-chaired|led by|participation|with)\b/i;
/** A place at the end of an event cell: "– Brussels", ", Addis Ababa", "in Lisbon". */
const PLACE = /(?:[–-]|,|\bin|\bto)\s+((?:[\p{Lu}][\p{L}'.-]+)(?:\s(?:[\p{Lu}][\p{L}'.-]+|D\.C\.?))?)\s*[.)]?\s*$/u;

/** How far after a meeting cue its participants may be named in running text, when no date closes it. */
const PROSE_WINDOW = 160;
/** A cue that states that the event took place. */
const HELD = /\bheld\b/i;
/** How close after a cue a date must start to be taken as the cue's own. */
const FOLLOWING_DATE_GAP = 20;
/** Longest title taken from a sentence. */
const TITLE_CHARS = 120;

const strip = (d: DateMatch | null): TextDate | null =>
  d ? { iso: d.iso, precision: d.precision, text: d.text, ...(d.endIso ? { endIso: d.endIso } : {}) } : null;

function kindOf(text: string): Meeting['kind'] {
  if (/\b(?:call|VTC|video ?conference|videoconference)\b/i.test(text)) return 'call';
  if (/\bministerial\b/i.test(text)) return 'ministerial';
  if (/\b(?:committee|sub-?committee|council)\b/i.test(text)) return 'committee';
  if (/\b(?:visit|visited|mission|travelled)\b/i.test(text)) return 'visit';
  return 'meeting';
}

function placeOf(input: EventInput, span: Span, mentions: LinkedMention[]): { place: string | null; placeId: string | null } {
  const m = PLACE.exec(span.text.replace(/\s*\((?:VTC|tbc|TBC)\)\s*$/, ''));
  if (!m) return { place: null, placeId: null };
  const place = m[1].replace(/[.]$/, '');
  const country = mentions.find((x) => x.entity.type === 'Country' && input.text.slice(x.start, x.end) === place);
  return { place, placeId: country?.entity.id ?? null };
}

/** "visited Tunisia recently together with Minister X": companions named after the date are the same event's. */
const COMPANIONS = /^\s*,?\s*(?:together with|along with|alongside|accompanied by)\b/i;

export function extractMeetings(input: EventInput): Meeting[] {
  const cues = meetingCues();
  const index = indexMentions(input);
  const out: Meeting[] = [];
  const news = Boolean(input.doc.date) && !input.sentences.some((s) => s.tableRow);
  const author = news ? documentAuthor(input) : null;
  for (const s of input.sentences) {
    const linked = index.bySentence.get(s.index) ?? [];
    const mentions = s.tableRow ? linked : [...linked, ...authorMentions(author, input.text, s.start, s.end, s.index)].sort((a, b) => a.start - b.start);
    const found = s.tableRow ? rowMeeting(input, s, mentions, cues) : proseMeetings(input, s, mentions, cues, news);
    for (const [k, f] of found.entries()) {
      const date = f.date;
      out.push({
        id: `${input.doc.id}:meeting:${s.start}:${k}`, date, ...f.where, participants: f.participants, kind: kindOf(f.title),
        planned: isPlanned(f.tentativeText, date, input.doc.date) , tentative: isTentative(f.tentativeText),
        title: f.title, start: s.start, end: s.end, sentence: s.text,
      });
    }
  }
  return out;
}

interface Found { participants: string[]; date: TextDate | null; where: { place: string | null; placeId: string | null }; title: string; tentativeText: string }

function rowMeeting(input: EventInput, s: Sentence, mentions: LinkedMention[], cues: MeetingCues): Found[] {
  const cells = rowCells(s);
  const [dateCell, event, ...rest] = cells;
  if (!event?.text) return [];
  const strong = findCue(cues.travel, event.text) || /\b(?:met|meeting with|meetings with)\b/i.test(event.text);
  if (findCue(cues.exclude, event.text) && !strong) return [];
  const outcome = rest.filter((c) => c.text && OUTCOME_NAMES_PARTICIPANTS.test(c.text));
  const cue = findCue(cues.meeting, event.text) || outcome.some((c) => findCue(cues.withList, c.text));
  if (!cue) return [];
  const spans = [event, ...outcome];
  const named = mentions.some((m) => m.entity.type === 'Person' && spans.some((c) => m.start >= c.start && m.start < c.end));
  if (findCue(cues.technical, event.text) && !named && !spans.some((c) => findCue(cues.withList, c.text))) return [];
  const groups = meetingParticipants({
    text: input.text, spans, euSpan: event, mentions, sectionCountry: sectionCountry(input, s), prose: false, cues,
  });
  const date = strip(input.dates[s.index]?.rowDate ?? null);
  // A row the table leaves undated (a continuation line) states no meeting of its own.
  if (!date && input.doc.date) return [];
  const where = placeOf(input, event, mentions);
  return groups.map((participants) => ({ participants, date, where, title: event.text, tentativeText: `${dateCell.text} ${event.text}` }));
}

function proseMeetings(input: EventInput, s: Sentence, mentions: LinkedMention[], cues: MeetingCues, news: boolean): Found[] {
  const found = allCues(cues.prose, s.text).map((m) => ({ at: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0] }));
  // "The first conference ..., agreed in May 2021, was held on 22 June 2021": the verb dates the event its
  // subject names, so the cues before a "held" are the same event.
  const held = found.findIndex((c) => HELD.test(c.text));
  const matches = held > 0 ? found.slice(held) : found;
  const joint = !matches.length ? jointSubject(s, mentions, cues) : null;
  if (joint !== null) matches.push({ at: s.start + joint, end: s.start + joint, text: '' });
  const dates = input.dates[s.index]?.dates ?? [];
  const out: Found[] = [];
  const seen = new Set<string>();
  for (const cue of matches) {
    // A date right after the cue is its own ("was held on 22 June 2021"), else the nearest one.
    const following = dates.find((d) => d.start >= cue.end && d.start - cue.end <= FOLLOWING_DATE_GAP);
    const nearest = following ?? (dates.length ? [...dates].sort((a, b) => Math.abs(a.start - cue.at) - Math.abs(b.start - cue.at))[0] : null);
    const date = strip(nearest) ?? (news ? input.doc.date : null);
    // A document that gives no date at all still tells who met whom: the meeting stays, undated.
    if (!date && input.doc.date) continue;
    // A sentence may tell of several events: the participants of this one are named up to its date (when the
    // date follows the cue) or within a short window after the cue.
    const dateEnds = nearest && nearest.start >= cue.end && !COMPANIONS.test(input.text.slice(nearest.end, nearest.end + PROSE_WINDOW));
    const after = dateEnds ? nearest.end : Math.min(s.end, Math.max(cue.end, nearest?.end ?? 0) + PROSE_WINDOW);
    const semi = input.text.indexOf(';', cue.end);
    const end = semi >= 0 && semi < after ? semi : after;
    const span: Span = { start: s.start, end, text: input.text.slice(s.start, end) };
    const groups = meetingParticipants({
      text: input.text, spans: [span], euSpan: span, mentions, sectionCountry: sectionCountry(input, s), prose: true, cues,
    });
    for (const participants of groups) {
      const key = `${date?.iso ?? ''}|${[...participants].sort().join(',')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ participants, date, where: { place: null, placeId: null }, title: s.text.slice(0, TITLE_CHARS), tentativeText: span.text });
    }
  }
  return out;
}

/** "Commissioner Johansson and Minister Rabbani Khar agreed ...": two sides acting together met. */
function jointSubject(s: Sentence, mentions: LinkedMention[], cues: MeetingCues): number | null {
  const verb = findCue(cues.jointSubject, s.text);
  if (!verb) return null;
  const before = mentions.filter((m) => m.entity.type === 'Person' && m.start < s.start + verb.index);
  const sides = new Set(before.map((m) => m.entity.side === 'eu' || m.entity.side === 'member_state'));
  return before.length >= 2 && sides.size === 2 ? verb.index : null;
}
