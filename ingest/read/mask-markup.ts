// HTML and Markdown are read by masking their markup with spaces of the same length, so every offset the
// rest of the pipeline computes is an offset into the original file text, and provenance stays exact.

const SPACE = ' ';
const blank = (s: string) => s.replace(/[^\n]/g, SPACE);

/** Block-level tags end a paragraph: their mask keeps a line break so paragraphs split where the page does. */
const BLOCK_TAG = /^<\/?(?:p|div|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|br|hr|blockquote|pre)\b/i;

export function maskHtml(text: string): string {
  let out = text
    // The head is metadata (the title is read from it separately), not body text.
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, blank)
    // An opening heading tag becomes a Markdown heading mark of the same length, so the reader sees a heading.
    .replace(/<h([1-6])\b[^>]*>/gi, (tag, level: string) => {
      const mark = `\n${'#'.repeat(+level)} `;
      return tag.length >= mark.length ? mark + SPACE.repeat(tag.length - mark.length) : blank(tag);
    })
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/<[^>]+>/g, (tag) => {
      const b = blank(tag);
      return BLOCK_TAG.test(tag) && b.length >= 2 ? `\n\n${b.slice(2)}` : b;
    });
  // Entities keep their length: the character then padding ("&amp;" -> "&    ").
  const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  out = out.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (all, name: string) => {
    const ch = name[0] === '#'
      ? String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10))
      : ENTITIES[name.toLowerCase()];
    return ch && ch.length === 1 ? ch + SPACE.repeat(all.length - 1) : all;
  });
  return out;
}

/** Markdown headings stay headings (the reader sees the `#` marks); emphasis and link syntax are masked. */
export function maskMarkdown(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, (all, label: string) => `${SPACE}${label}${SPACE.repeat(all.length - label.length - 1)}`)
    .replace(/(\*\*|__)(?=\S)([^*_\n]+?)\1/g, (_all, m: string, inner: string) => `${SPACE.repeat(m.length)}${inner}${SPACE.repeat(m.length)}`)
    .replace(/^(\s*)([-*+]|\d+\.)\s/gm, (all) => blank(all));
}
