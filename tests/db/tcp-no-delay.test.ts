// Every socket the process opens after db/connection.ts is loaded has Nagle off, so a Bolt message over
// one 1,400-byte chunk is not held back by a delayed ACK (db/tcp-no-delay.ts explains the ~45 ms).
import net, { type AddressInfo } from 'node:net';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import '../../db/connection.ts';

describe('tcp-no-delay', () => {
  let server: net.Server;
  let port = 0;
  beforeAll(async () => {
    server = net.createServer((s) => s.destroy());
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

  const cases: [string, () => net.Socket][] = [
    ['net.connect', () => net.connect(port, '127.0.0.1')],
    ['net.createConnection', () => net.createConnection({ port, host: '127.0.0.1' })],
    ['tls.connect', () => tls.connect({ port, host: '127.0.0.1', rejectUnauthorized: false })],
  ];
  for (const [name, open] of cases) {
    it(`${name} sockets get setNoDelay(true)`, () => {
      const spy = vi.spyOn(net.Socket.prototype, 'setNoDelay');
      try {
        const socket = open();
        socket.on('error', () => {}); // the server hangs up at once; only the option matters
        expect(spy).toHaveBeenCalledWith(true);
        socket.destroy();
      } finally {
        spy.mockRestore();
      }
    });
  }
});
