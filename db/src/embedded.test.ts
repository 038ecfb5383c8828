import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { launchOnFreePort } from './embedded.ts';

const servers: net.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

const listen = (port: number) =>
  new Promise<net.Server>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
    servers.push(server);
  });

describe('launchOnFreePort', () => {
  it('starts again on another port when the chosen one was taken before the server bound it', async () => {
    const tried: number[] = [];
    const messages: string[] = [];
    const server = await launchOnFreePort(
      'Test server',
      async (port) => {
        tried.push(port);
        // Another process takes the port between the choice and the bind, the first time.
        if (tried.length === 1) await listen(port);
        return listen(port);
      },
      (message) => messages.push(message),
    );
    expect(tried).toHaveLength(2);
    expect(tried[1]).not.toBe(tried[0]);
    expect((server.address() as net.AddressInfo).port).toBe(tried[1]);
    expect(messages[0]).toMatch(/^Test server did not start on port \d+ \(.*EADDRINUSE.*\); trying another port$/);
  });

  it('gives up after three starts and says why', async () => {
    let starts = 0;
    await expect(
      launchOnFreePort(
        'Test server',
        async () => {
          starts++;
          throw new Error('broken data folder');
        },
        () => undefined,
      ),
    ).rejects.toThrow('broken data folder');
    expect(starts).toBe(3);
  });
});
