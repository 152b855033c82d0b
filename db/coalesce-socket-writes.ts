// Coalesces the writes a socket gets within one synchronous run of JavaScript into one system call.
// Why: the driver cuts every Bolt message into 1,400-byte chunks and writes each one to the socket as
// it fills, so the writer's batch statements (1-3 MB of parameters for 25 documents) went out as
// ~2,000 separate writes, each a system call and, with Nagle off (tcp-no-delay.ts), a TCP segment of
// its own: ~125 ms of a 1.5 s batch write on this machine, and as many reads on the Neo4j side.
// The first write of a run corks the socket and a microtask uncorks it, so everything the run wrote
// leaves in one writev as soon as the run ends; nothing waits for a timer or for more data.
import type net from 'node:net';

const COALESCED = Symbol.for('atlas.coalescedWrites');

export function coalesceWrites<S extends net.Socket>(socket: S): S {
  const marked = socket as S & { [COALESCED]?: true };
  if (marked[COALESCED]) return socket;
  marked[COALESCED] = true;
  const write = socket.write;
  const uncork = () => socket.uncork();
  socket.write = function coalescedWrite(this: S, ...args: unknown[]): boolean {
    // Corked by someone else (a caller's own cork): leave their batching alone.
    if (this.writableCorked === 0) {
      this.cork();
      queueMicrotask(uncork);
    }
    return (write as (...a: unknown[]) => boolean).apply(this, args);
  } as S['write'];
  return socket;
}
