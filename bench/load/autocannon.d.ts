// The part of autocannon's API the load round uses (the package ships no types, @types is not needed
// for one call).
declare module 'autocannon' {
  interface Request { method?: string; path: string; headers?: Record<string, string>; body?: string }
  interface Options { url: string; connections?: number; amount?: number; duration?: number; timeout?: number; requests?: Request[] }
  interface Histogram { p50: number; p99: number; max: number; average: number }
  interface Result {
    requests: { total: number; average: number }; latency: Histogram; errors: number; timeouts: number; non2xx: number; duration: number;
  }
  interface Instance { stop(): void }
  function autocannon(opts: Options, cb: (err: Error | null, result: Result) => void): Instance;
  export default autocannon;
}
