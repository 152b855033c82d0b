// Export commands. Every file is what the screen shows (visible elements, current positions).
// PNG/SVG come plain or slide-ready (title, legend, date range, sources).
import type { AppContext } from '../app/context.ts';
import { toCsv } from '../export/csv.ts';
import { download, fileStem } from '../export/download.ts';
import { toGexf } from '../export/gexf.ts';
import { toGraphML } from '../export/graphml.ts';
import { toJson } from '../export/json.ts';
import { plainPng, plainSvg, slidePng, slideSvg } from '../export/slide.ts';
import { takeSnapshot } from '../export/take-snapshot.ts';
import { legendFor } from '../graph/legend.ts';

/** PNG scale factors offered (1x for the web, 2x/4x for print and slides). */
export const PNG_SCALES = [1, 2, 4] as const;

export interface ExportResult { filename: string; mime: string; size: number }

export function registerExportActions(ctx: AppContext, options: () => { scale: number; transparent: boolean; slide: boolean }): void {
  const a = ctx.actions;
  const stem = () => fileStem(ctx.meta.title);
  const slideMeta = () => ({ ...ctx.meta, legend: legendFor(ctx.store.state.mode) });
  const save = (filename: string, data: Blob | string, mime: string): ExportResult => {
    download(filename, data, mime);
    return { filename, mime, size: typeof data === 'string' ? data.length : data.size };
  };
  const opt = (args?: Record<string, unknown>) => ({ ...options(), ...(args ?? {}) }) as { scale: number; transparent: boolean; slide: boolean };

  a.register({
    id: 'export-png', title: 'PNG', group: 'export',
    run: async (args) => {
      const o = opt(args);
      const blob = o.slide ? await slidePng(ctx.cy, slideMeta(), o.scale, o.transparent) : plainPng(ctx.cy, o.scale, o.transparent);
      return save(`${stem()}${o.slide ? '-slide' : ''}@${o.scale}x.png`, blob, 'image/png');
    },
  });
  a.register({
    id: 'export-svg', title: 'SVG', group: 'export',
    run: (args) => {
      const o = opt(args);
      const svg = o.slide ? slideSvg(ctx.cy, slideMeta(), o.transparent) : plainSvg(ctx.cy, o.transparent);
      return save(`${stem()}${o.slide ? '-slide' : ''}.svg`, svg, 'image/svg+xml');
    },
  });
  const files = [
    { id: 'export-json', title: 'JSON', ext: 'json', mime: 'application/json', write: toJson },
    { id: 'export-graphml', title: 'GraphML', ext: 'graphml', mime: 'application/graphml+xml', write: toGraphML },
    { id: 'export-gexf', title: 'GEXF', ext: 'gexf', mime: 'application/gexf+xml', write: toGexf },
    { id: 'export-csv', title: 'CSV', ext: 'csv', mime: 'text/csv', write: toCsv },
  ];
  for (const f of files) {
    a.register({
      id: f.id, title: f.title, group: 'export',
      run: () => save(`${stem()}.${f.ext}`, f.write(takeSnapshot(ctx.cy, ctx.meta)), f.mime),
    });
  }
}
