// The readable table printed above the JSON summary of `npm run bench`.
import type { BenchSummary } from './run.ts';

/** Targets of issue 6, checked beside each figure. */
export const TARGETS = { extractionRatio: 4, loadingRatio: 20, searchEntityP95Ms: 30, neighbourhoodMeetingsP95Ms: 150, explorer2000Ms: 3_000 };

const pad = (s: unknown, n: number) => String(s).padStart(n);
const ok = (pass: boolean) => (pass ? 'ok' : 'MISSED');

function table(title: string, head: string[], rows: unknown[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r: unknown[]) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : pad(c, widths[i]))).join('  ');
  return [`\n${title}`, line(head), ...rows.map(line)].join('\n');
}

export function formatReport(s: BenchSummary): string {
  const out: string[] = [`machine: ${s.machine.cores} cores, load before ${s.machine.loadBefore.join(' ')}, after ${s.machine.loadAfter.join(' ')}; ${s.seconds} s`];
  if (s.extraction) {
    out.push(table('extraction (words/s)', ['scale', 'words', 'single', `pool(${s.extraction[0]?.threads})`, 'nlp()', 'x single', 'x pool', 'target', 'entity F1', 'pairs F1', 'events F1', 'peak MB'],
      s.extraction.map((e) => [`${e.scale}x`, e.words, e.singleWordsPerSec, e.parallelWordsPerSec, e.nlpWordsPerSec, e.ratioSingle, e.ratioParallel,
        ok(Math.max(e.ratioSingle, e.ratioParallel) >= TARGETS.extractionRatio), e.quality.entities.f1, e.quality.meetingPairs.f1, e.quality.instrumentEvents.f1, e.peakRssMb])));
  }
  if (s.loading) {
    const w = s.loading.writes;
    out.push(table(`loading (relationships/s, ${w.documents} documents of the ${w.scale}x corpus)`, ['writer', 'relationships', 'ms', 'rels/s', 'batched is', 'target'],
      w.runs.map((r, i) => [r.writer, r.relationships, r.ms, r.relsPerSec,
        i === 0 ? '' : `${i === 1 ? w.ratioVsRowInTransaction : w.ratioVsAutocommit}x`,
        i === 0 ? '' : ok((i === 1 ? w.ratioVsRowInTransaction : w.ratioVsAutocommit) >= TARGETS.loadingRatio)])));
    if (s.loading.ingest.length) {
      out.push(table('ingest (ingestPaths, worker-pool extraction)', ['scale', 'documents', 'seconds', 'ms/doc', 'extract wait s', 'write s', 'nodes', 'relationships', 'peak MB'],
        s.loading.ingest.map((i) => [`${i.scale}x`, i.documents, i.seconds, i.msPerDocument, i.extractSeconds, i.writeSeconds, i.nodes, i.relationships, i.peakRssMb])));
    }
  }
  if (s.api) {
    out.push(table(`API latency on the ${s.api.scale}x graph (${s.api.nodes} nodes, ${s.api.relationships} relationships; ms, from a second process)`,
      ['endpoint', 'requests', 'p50', 'p95', 'p99', 'max', 'errors', 'target'],
      s.api.endpoints.map((e) => {
        const limit = /^(search|entity)$/.test(e.name) ? TARGETS.searchEntityP95Ms : /neighbourhood|meetings \d{4}/.test(e.name) ? TARGETS.neighbourhoodMeetingsP95Ms : null;
        return [e.name, e.requests, e.p50, e.p95, e.p99, e.max, e.errors, limit === null ? '' : `${ok(e.p95 < limit)} <${limit}`];
      })));
  }
  if (s.routing) {
    const r = s.routing;
    out.push(table('routing URI on one server: bolt:// vs neo4j:// (reads: ms, server READ sessions, cache off)', ['endpoint', 'scheme', 'requests', 'p50', 'p95', 'errors'],
      r.reads.map((x) => [x.endpoint, x.scheme, x.requests, x.p50, x.p95, x.errors])));
    out.push(table(`routing URI: ingest of the ${r.scale}x corpus (seconds per round, emptied database)`, ['scheme', 'rounds', 'relationships'],
      r.ingest.map((x) => [x.scheme, x.seconds.join(' / '), x.relationships])));
  }
  if (s.explorer) {
    // "Laid out and interactive": the final positions drawn, and the first frame (input answered) before that.
    out.push(table('explorer (headless Chromium, explorer code; before = fcose on the main thread, then the first frame; pan = mouse drag)',
      ['nodes', 'drawn', 'edges', 'variant', 'first frame ms', 'layout done ms', 'layout drawn ms', 'pan fps while laying out', 'pan fps after', 'target'],
      s.explorer.runs.map((r) => [r.nodes, r.drawnNodes, r.edges, r.variant, r.firstDrawMs, r.layoutMs, r.layoutDrawnMs, r.panFpsDuringLayout, r.panFps,
        r.nodes === 2000 && r.variant === 'explorer' ? ok(Math.max(r.firstDrawMs, r.layoutDrawnMs) < TARGETS.explorer2000Ms) : ''])));
  }
  return out.join('\n');
}
