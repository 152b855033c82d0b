// Writes made in one synchronous run leave the socket together (db/coalesce-socket-writes.ts): the
// first write corks it, a microtask uncorks it, and every byte arrives in order.
import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../db/connection.ts';

describe('coalesce-socket-writes', () => {
  let server: net.Server;
  let port = 0;
  const received: Buffer[] = [];
  beforeAll(async () => {
    server = net.createServer((s) => s.on('data', (d) => received.push(d)));
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

  const connected = async (): Promise<net.Socket> => {
    const socket = net.connect(port, '127.0.0.1');
    await new Promise<void>((ok) => socket.once('connect', () => ok()));
    return socket;
  };

  it('holds the writes of one run and sends them, in order, when the run ends', async () => {
    received.length = 0;
    const socket = await connected();
    // 200 writes of 1,400 bytes: what the driver does with a 280 kB statement.
    const chunks = Array.from({ length: 200 }, (_, i) => Buffer.alloc(1400, i % 256));
    for (const c of chunks) socket.write(c);
    expect(socket.writableCorked).toBe(1);
    expect(socket.writableLength).toBe(200 * 1400);
    await Promise.resolve();
    expect(socket.writableCorked).toBe(0);
    const expected = Buffer.concat(chunks);
    await expect.poll(() => Buffer.concat(received).length).toBe(expected.length);
    expect(Buffer.concat(received).equals(expected)).toBe(true);
    socket.destroy();
  });

  it('leaves a caller\'s own cork to the caller', async () => {
    const socket = await connected();
    socket.cork();
    socket.write('a');
    await Promise.resolve();
    expect(socket.writableCorked).toBe(1);
    socket.uncork();
    expect(socket.writableCorked).toBe(0);
    socket.destroy();
  });
});
