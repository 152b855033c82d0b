// One bounded round of load with autocannon: `connections` clients cycle through the endpoints until
// `amount` requests are done or `maxSeconds` pass, whichever is first. Any socket error, timeout or
// non-2xx answer counts as an error.
import autocannon from 'autocannon';

/** A client waiting this long for one answer counts a timeout (autocannon's own default is 10 s). */
const REQUEST_TIMEOUT_S = 10;

export interface RoundOptions { url: string; paths: string[]; connections: number; amount: number; maxSeconds: number }

export interface RoundFigures {
  requests: number; errors: number; timeouts: number; non2xx: number;
  rps: number; p50Ms: number; p99Ms: number; maxMs: number; seconds: number; stoppedByTime: boolean;
}

export function autocannonRound(o: RoundOptions): Promise<RoundFigures> {
  if (!/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/.test(o.url)) {
    throw new Error(`load only goes to loopback; ${o.url} is not (start the server on 127.0.0.1)`);
  }
  return new Promise((ok, fail) => {
    let stoppedByTime = false;
    const instance = autocannon({
      url: o.url, connections: o.connections, amount: o.amount, timeout: REQUEST_TIMEOUT_S,
      requests: o.paths.map((path) => ({ method: 'GET', path })),
    }, (err, r) => {
      clearTimeout(timer);
      if (err) { fail(err); return; }
      ok({
        requests: r.requests.total, errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx,
        rps: Math.round(r.requests.total / Math.max(r.duration, 0.001)), p50Ms: r.latency.p50, p99Ms: r.latency.p99,
        maxMs: r.latency.max, seconds: Math.round(r.duration * 10) / 10, stoppedByTime,
      });
    });
    const timer = setTimeout(() => { stoppedByTime = true; instance.stop(); }, o.maxSeconds * 1000);
  });
}
