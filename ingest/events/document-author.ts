// The author of a first-person document (a commissioner's blog): "I visited Tunisia" is a visit of the author.
import type { ExtractedEntity, Mention } from '../../model/extraction.ts';
import type { EventInput, LinkedMention } from './event-input.ts';

/** A byline: "Blog Johansson", "By Ylva Johansson", "Posted by ...", "Author: ...". */
const BYLINE = /^\s*(?:Blog|By|Posted by|Author:?|Written by)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s*$/mu;
/** The first person singular as a subject, or as the owner of a gathering ("my meetings in Albania"). */
const FIRST_PERSON = /\bI\b(?!\.)|\b[Mm]y\b(?=\s+(?:\w+\s+)?(?:visits?|meetings?|trips?|missions?|talks)\b)/g;

/** The person entity the byline names, when the document's entities hold exactly one that fits it. */
export function documentAuthor(input: EventInput): ExtractedEntity | null {
  const byline = BYLINE.exec(input.text);
  if (!byline) return null;
  const name = byline[1].toLowerCase();
  const fits = input.entities.filter((e) => e.type === 'Person' &&
    (e.name.toLowerCase() === name || e.name.toLowerCase().endsWith(` ${name}`)));
  return fits.length === 1 ? fits[0] : null;
}

/** Stand-in mentions of the author at each "I" of a sentence, for the meeting rules (never output). */
export function authorMentions(author: ExtractedEntity | null, text: string, start: number, end: number, sentence: number): LinkedMention[] {
  if (!author) return [];
  return [...text.slice(start, end).matchAll(FIRST_PERSON)].map((m) => ({
    entityId: author.id, start: start + m.index, end: start + m.index + m[0].length, text: m[0], sentence, resolvedBy: 'context' as const, entity: author,
  }));
}

/** The byline itself names the author ("Blog Johansson"): a mention there, so the author is an entity of
 *  the passage that holds the byline even when the prose only says "I". Null without a single fitting author. */
export function bylineMention(input: EventInput): Mention | null {
  const author = documentAuthor(input);
  const byline = BYLINE.exec(input.text);
  if (!author || !byline) return null;
  const start = byline.index + byline[0].indexOf(byline[1]);
  const end = start + byline[1].length;
  const sentence = input.sentences.find((s) => s.start <= start && start < s.end)?.index ?? -1;
  return { entityId: author.id, start, end, text: byline[1], sentence, resolvedBy: 'surname' };
}
