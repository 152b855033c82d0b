// Reads the launcher JVM's output: resolves with the Bolt URI on its `NEO4J_READY <uri>` line, fails
// with the last lines of output when it exits first or stays silent too long.
import type { ChildProcess } from 'node:child_process';
import { AtlasError } from '../model/errors.ts';

/** Lines of JVM output kept to explain a failed start. */
const OUTPUT_TAIL_LINES = 30;

export function waitForReady(child: ChildProcess, timeoutMs: number, log: (msg: string) => void): Promise<string> {
  const tail: string[] = [];
  return new Promise((ok, fail) => {
    let ready = false;
    const keep = (line: string) => {
      tail.push(line);
      if (tail.length > OUTPUT_TAIL_LINES) tail.shift();
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new AtlasError('neo4j_start_timeout',
        `Neo4j did not report ready within ${timeoutMs / 1000} s: see its debug.log under the data folder, or set NEO4J_URI.`,
        503, { output: tail.join('\n') }));
    }, timeoutMs);
    lines(child.stdout!, (line) => {
      keep(line);
      const m = /^NEO4J_READY (\S+)/.exec(line);
      if (m && !ready) {
        ready = true;
        clearTimeout(timer);
        ok(m[1]);
      } else if (ready) log(`neo4j: ${line}`);
    });
    lines(child.stderr!, keep);
    child.once('error', (err) => {
      clearTimeout(timer);
      fail(new AtlasError('neo4j_unavailable', `Could not run java (${err.message}): install Java 17+, or set NEO4J_URI.`, 503));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (!ready) {
        fail(new AtlasError('neo4j_start_failed',
          `Neo4j exited before it was ready (${signal ?? `code ${code}`}): read the output in details or debug.log in the data folder.`,
          503, { output: tail.join('\n') }));
      }
    });
  });
}

export function lines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let buf = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buf += chunk;
    let i: number;
    while ((i = buf.indexOf('\n')) >= 0) {
      onLine(buf.slice(0, i).replace(/\r$/, ''));
      buf = buf.slice(i + 1);
    }
  });
}

