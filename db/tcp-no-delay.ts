// Turns Nagle's algorithm off for every TCP and TLS socket this process opens, the driver's Bolt sockets
// included. Why: the driver cuts a Bolt message into 1,400-byte chunks, so a query whose text and
// parameters pass that size goes out in two segments; with Nagle on (Node's default) the second waits for
// the ACK of the first, which the receiving kernel delays by ~40 ms. Measured on the 100x graph: +45 ms on
// every such request (a long query text, 150 neighbourhood ids, 2,000 entity ids), 3-7 ms without; the
// writer's UNWIND batches are all over that size. The driver has no socket option, so net.connect and
// tls.connect (neo4j+s://, Aura) are wrapped once, before the first connection: imported for its effect
// by db/connection.ts and the server's query runner. The same sockets get their writes coalesced
// (coalesce-socket-writes.ts), so those chunks leave together rather than as a segment each.
import net from 'node:net';
import tls from 'node:tls';
import { coalesceWrites } from './coalesce-socket-writes.ts';

const WRAPPED = Symbol.for('atlas.tcpNoDelay');

type Connect = (...args: unknown[]) => net.Socket;

function wrap(mod: Record<string | symbol, unknown>, names: string[]): void {
  if (mod[WRAPPED]) return;
  for (const name of names) {
    const original = mod[name] as Connect;
    mod[name] = ((...args: unknown[]) => coalesceWrites(original(...args).setNoDelay(true))) as Connect;
  }
  mod[WRAPPED] = true;
}

export function enableTcpNoDelay(): void {
  wrap(net as unknown as Record<string | symbol, unknown>, ['connect', 'createConnection']);
  wrap(tls as unknown as Record<string | symbol, unknown>, ['connect']);
}

enableTcpNoDelay();
