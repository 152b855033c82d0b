// Slide-ready figures: the graph plus title, legend, date range and sources, as PNG or SVG.
import type { Core } from 'cytoscape';
import type { LegendEntry } from '../graph/legend.ts';
import { sourceLines as linesOf, swatch } from '../graph/legend-shapes.ts';

export interface SlideMeta {
  title: string;
  dateRange: string;
  sources: string[];
  legend: { title: string; entries: LegendEntry[] }[];
}

/** Slide geometry in CSS pixels at scale 1 (16:9 at 1600x900 plus room for long source lists). */
const SLIDE = { width: 1600, height: 900, header: 90, legendWidth: 300, footerLine: 18, margin: 24 };
/** At most this many sources are listed on the slide; the rest are counted. */
const MAX_SOURCES = 5;
/** Source titles are cut to this many characters so each fits one line of the slide. */
const MAX_SOURCE_CHARS = 150;
/** Legend swatch radius in slide pixels. */
const SWATCH_R = 8;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const sourceLines = (sources: string[]) => linesOf(sources, MAX_SOURCES, MAX_SOURCE_CHARS);

function footerHeight(meta: SlideMeta): number {
  return SLIDE.margin + sourceLines(meta.sources).length * SLIDE.footerLine + 10;
}

export function plainPng(cy: Core, scale: number, transparent: boolean): Blob {
  return cy.png({ output: 'blob', scale, full: true, bg: transparent ? undefined : '#ffffff' }) as unknown as Blob;
}

export function plainSvg(cy: Core, transparent: boolean): string {
  return cy.svg({ full: true, scale: 1, bg: transparent ? undefined : '#ffffff' });
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('could not render the graph image'));
    img.src = src;
  });
}

export async function slidePng(cy: Core, meta: SlideMeta, scale: number, transparent: boolean): Promise<Blob> {
  const W = SLIDE.width, H = SLIDE.height, foot = footerHeight(meta);
  const canvas = document.createElement('canvas');
  canvas.width = W * scale;
  canvas.height = H * scale;
  const g = canvas.getContext('2d')!;
  g.scale(scale, scale);
  if (!transparent) { g.fillStyle = '#ffffff'; g.fillRect(0, 0, W, H); }
  g.fillStyle = '#111111';
  g.font = 'bold 34px system-ui, sans-serif';
  g.fillText(meta.title, SLIDE.margin, 48);
  g.font = '20px system-ui, sans-serif';
  g.fillStyle = '#444444';
  g.fillText(meta.dateRange, SLIDE.margin, 78);
  const area = { x: SLIDE.margin, y: SLIDE.header, w: W - SLIDE.legendWidth - 2 * SLIDE.margin, h: H - SLIDE.header - foot };
  const img = await loadImage(cy.png({ output: 'base64uri', full: true, scale: 2, bg: transparent ? undefined : '#ffffff' }) as string);
  const k = Math.min(area.w / img.width, area.h / img.height);
  g.drawImage(img, area.x + (area.w - img.width * k) / 2, area.y + (area.h - img.height * k) / 2, img.width * k, img.height * k);
  let y = SLIDE.header + 10;
  const lx = W - SLIDE.legendWidth;
  for (const group of meta.legend) {
    g.fillStyle = '#111111'; g.font = 'bold 18px system-ui, sans-serif'; g.fillText(group.title, lx, y); y += 26;
    g.font = '16px system-ui, sans-serif';
    for (const e of group.entries) {
      g.fillStyle = e.color; g.strokeStyle = '#222222';
      const sw = swatch(e.shape, lx + 9, y - 6, SWATCH_R);
      g.beginPath();
      if (sw.kind === 'line') g.rect(lx, y - 8, 26, 4);
      else if (sw.kind === 'circle') g.arc(lx + 9, y - 6, SWATCH_R, 0, 2 * Math.PI);
      else sw.points.forEach(([px, py], i) => (i ? g.lineTo(px, py) : g.moveTo(px, py)));
      g.closePath(); g.fill(); if (sw.kind !== 'line') g.stroke();
      g.fillStyle = '#222222'; g.fillText(e.caption, lx + 34, y); y += 24;
    }
    y += 12;
  }
  g.fillStyle = '#333333'; g.font = '15px system-ui, sans-serif';
  sourceLines(meta.sources).forEach((line, i) => g.fillText(line, SLIDE.margin, H - foot + SLIDE.margin + i * SLIDE.footerLine, W - 2 * SLIDE.margin));
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

export function slideSvg(cy: Core, meta: SlideMeta, transparent: boolean): string {
  const W = SLIDE.width, H = SLIDE.height, foot = footerHeight(meta);
  const inner = cy.svg({ full: true, scale: 1, bg: transparent ? undefined : '#ffffff' });
  const doc = new DOMParser().parseFromString(inner, 'image/svg+xml');
  const root = doc.documentElement;
  const iw = Number.parseFloat(root.getAttribute('width') ?? '1') || 1;
  const ih = Number.parseFloat(root.getAttribute('height') ?? '1') || 1;
  const area = { x: SLIDE.margin, y: SLIDE.header, w: W - SLIDE.legendWidth - 2 * SLIDE.margin, h: H - SLIDE.header - foot };
  root.setAttribute('viewBox', `0 0 ${iw} ${ih}`);
  root.setAttribute('x', String(area.x)); root.setAttribute('y', String(area.y));
  root.setAttribute('width', String(area.w)); root.setAttribute('height', String(area.h));
  root.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  const graph = new XMLSerializer().serializeToString(root).replace(/^<\?xml[^>]*>/, '');
  const parts: string[] = [];
  let y = SLIDE.header + 10;
  const lx = W - SLIDE.legendWidth;
  for (const group of meta.legend) {
    parts.push(`<text x="${lx}" y="${y}" font-size="18" font-weight="bold" fill="#111">${esc(group.title)}</text>`); y += 26;
    for (const e of group.entries) {
      const sw = swatch(e.shape, lx + 9, y - 6, SWATCH_R);
      parts.push(sw.kind === 'line'
        ? `<rect x="${lx}" y="${y - 8}" width="26" height="4" fill="${e.color}"/>`
        : sw.kind === 'circle'
          ? `<circle cx="${lx + 9}" cy="${y - 6}" r="${SWATCH_R}" fill="${e.color}" stroke="#222"/>`
          : `<polygon points="${sw.points.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' ')}" fill="${e.color}" stroke="#222"/>`);
      parts.push(`<text x="${lx + 34}" y="${y}" font-size="16" fill="#222">${esc(e.caption)}</text>`); y += 24;
    }
    y += 12;
  }
  const sources = sourceLines(meta.sources).map((line, i) =>
    `<text x="${SLIDE.margin}" y="${H - foot + SLIDE.margin + i * SLIDE.footerLine}" font-size="15" fill="#333">${esc(line)}</text>`);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, sans-serif">`,
    transparent ? '' : `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="${SLIDE.margin}" y="48" font-size="34" font-weight="bold" fill="#111">${esc(meta.title)}</text>`,
    `<text x="${SLIDE.margin}" y="78" font-size="20" fill="#444">${esc(meta.dateRange)}</text>`,
    graph, ...parts, ...sources, '</svg>',
  ].join('\n');
}
