// The API benchmark's second process: reads a plan (JSON on stdin) of endpoints and their URLs, makes
// the requests one after another over loopback, and prints one JSON line of latencies (ms). Run by
// bench/api-bench.ts as `node --import tsx bench/api-client.ts`; it imports nothing of the server.
import { percentile } from './measure.ts';

export interface ApiPlan { base: string; warmup: number; endpoints: { name: string; urls: string[]; requests: number }[] }
export interface EndpointLatency { name: string; requests: number; p50: number; p95: number; p99: number; max: number; errors: number; status: number }

async function run(plan: ApiPlan): Promise<EndpointLatency[]> {
  const out: EndpointLatency[] = [];
  for (const ep of plan.endpoints) {
    const times: number[] = [];
    let errors = 0;
    let status = 0;
    for (let i = 0; i < plan.warmup + ep.requests; i++) {
      const url = plan.base + ep.urls[i % ep.urls.length];
      const t0 = performance.now();
      const res = await fetch(url);
      await res.arrayBuffer();
      const ms = performance.now() - t0;
      status = res.status;
      if (i < plan.warmup) continue;
      if (!res.ok) errors++;
      times.push(ms);
    }
    const r = (x: number) => Math.round(x * 10) / 10;
    out.push({ name: ep.name, requests: times.length, p50: r(percentile(times, 50)), p95: r(percentile(times, 95)), p99: r(percentile(times, 99)), max: r(Math.max(...times)), errors, status });
  }
  return out;
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (c) => { input += c; });
process.stdin.on('end', () => {
  run(JSON.parse(input) as ApiPlan).then(
    (rows) => process.stdout.write(`${JSON.stringify(rows)}\n`),
    (err) => { process.stderr.write(`${(err as Error).message}\n`); process.exit(1); },
  );
});
