// Builds one synthetic document line by line and records, per passage, what it planted, in the dev-gold
// format (tests/dev-gold.json, ingest/eval/gold-schema.ts). Pure.
import type { GoldPassage } from '../eval/gold-schema.ts';

export interface PlantedEntity {
  type: 'Person' | 'Institution' | 'Country' | 'Instrument';
  name: string;
  /** The surface form the text uses (an alias unless it is the name). */
  form: string;
  kind?: string;
  parties?: string[];
}

export interface Planted {
  entities?: PlantedEntity[];
  meetings?: { date: string; place: string | null; participants: string[] }[];
  events?: { instrument: string; stage: GoldPassage['instrumentEvents'][number]['stage']; date: string }[];
}

type GoldEntity = GoldPassage['entities'][number];

const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length;

export class GoldDocument {
  private readonly lines: string[] = [];
  private readonly passages: GoldPassage[] = [];
  private open: { passage: GoldPassage; entities: Map<string, GoldEntity> } | null = null;
  /** Words written so far (whitespace-separated, as DocumentMeta counts them). */
  words = 0;

  constructor(readonly file: string) {}

  /** Appends text (may hold newlines) that plants nothing. */
  text(s: string): void {
    this.words += countWords(s);
    this.lines.push(...s.split('\n'));
  }

  /** Starts a passage at the next line; the previous one ends where this starts. */
  startPassage(section: string): void {
    this.closePassage();
    const line = this.lines.length + 1;
    this.open = {
      passage: { doc: this.file, section, lines: [line, line], entities: [], meetings: [], instrumentEvents: [] },
      entities: new Map(),
    };
  }

  /** Appends one line with what it plants; the line number goes into the gold. */
  line(s: string, planted: Planted = {}): void {
    this.words += countWords(s);
    this.lines.push(s);
    const line = this.lines.length;
    const open = this.open;
    if (!open) return;
    for (const e of planted.entities ?? []) {
      const key = `${e.type}:${e.name}`;
      const have = open.entities.get(key) ?? {
        type: e.type, name: e.name, aliases: [], ...(e.type === 'Person' ? { byRole: false } : {}),
        ...(e.kind ? { kind: e.kind } : {}), ...(e.parties ? { parties: e.parties } : {}),
      };
      if (e.form !== e.name && !have.aliases.includes(e.form)) have.aliases.push(e.form);
      open.entities.set(key, have);
    }
    for (const m of planted.meetings ?? []) open.passage.meetings.push({ ...m, line });
    for (const v of planted.events ?? []) open.passage.instrumentEvents.push({ ...v, line });
  }

  private closePassage(): void {
    if (!this.open) return;
    const p = this.open.passage;
    p.lines = [p.lines[0], Math.max(p.lines[0], this.lines.length)];
    p.entities = [...this.open.entities.values()];
    this.passages.push(p);
    this.open = null;
  }

  finish(): { file: string; text: string; gold: GoldPassage[] } {
    this.closePassage();
    return { file: this.file, text: `${this.lines.join('\n')}\n`, gold: this.passages };
  }
}
