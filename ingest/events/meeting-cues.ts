// Loads and validates meeting-cues.json (which words make a meeting, a visit, a host list) and compiles it.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AtlasError } from '../../model/errors.ts';

const cueList = z.array(z.string().min(2)).min(1);
export const meetingCuesSchema = z.object({
  $comment: z.string().optional(),
  meeting: cueList, prose: cueList, travel: cueList, exclude: cueList, technical: cueList, withList: cueList,
  notParticipant: cueList, jointSubject: cueList,
}).strict();
export type MeetingCueData = z.infer<typeof meetingCuesSchema>;

export type MeetingCues = { [K in Exclude<keyof MeetingCueData, '$comment'>]: RegExp };

const FILE = new URL('./meeting-cues.json', import.meta.url);
let cached: MeetingCues | null = null;

const alternation = (forms: string[]) => new RegExp(`\\b(?:${[...forms].sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');

export function compileMeetingCues(data: MeetingCueData): MeetingCues {
  const { $comment: _c, ...lists } = data;
  return Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, alternation(v)])) as MeetingCues;
}

export function meetingCues(): MeetingCues {
  if (cached) return cached;
  const parsed = meetingCuesSchema.safeParse(JSON.parse(readFileSync(FILE, 'utf8')));
  if (!parsed.success) {
    throw new AtlasError('BAD_KNOWLEDGE_FILE', `ingest/events/meeting-cues.json is invalid (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}); fix the file and re-run.`);
  }
  try {
    cached = compileMeetingCues(parsed.data);
  } catch (e) {
    throw new AtlasError('BAD_KNOWLEDGE_FILE', `ingest/events/meeting-cues.json has a bad pattern (${(e as Error).message}); fix it and re-run.`);
  }
  return cached;
}

/** First match of a cue in text, or null; resets the global regex so calls do not interfere. */
export function findCue(cue: RegExp, text: string): RegExpExecArray | null {
  cue.lastIndex = 0;
  const m = cue.exec(text);
  cue.lastIndex = 0;
  return m;
}

export function allCues(cue: RegExp, text: string): RegExpExecArray[] {
  return [...text.matchAll(cue)];
}
