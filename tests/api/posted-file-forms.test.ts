/**
 * Forms with files posted to pages without scripts are read one at a time, a few waiting their
 * turn with their bodies unread. One network holds one turn, running or waiting: its second
 * form is told to send again shortly, so no single network can fill the queue and turn every
 * other applicant away (an attacker's review: nine connections that sent headers and no body did).
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.ts';

let ctx: TestContext;
let webRoot: string;
let port: number;
const sockets: net.Socket[] = [];

beforeAll(async () => {
  webRoot = await mkdtemp(path.join(os.tmpdir(), 'sw-web-'));
  await copyFile(fileURLToPath(new URL('../../web/index.html', import.meta.url)), path.join(webRoot, 'index.html'));
  ctx = await createTestContext({ webRoot });
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  port = (ctx.app.server.address() as net.AddressInfo).port;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await ctx?.close();
  await rm(webRoot, { recursive: true, force: true });
});

/**
 * A form with files posted from `from` (an address of this machine) that sends its headers and
 * none of its body: it holds its turn, or its place in the queue. The status once one comes.
 */
function postWithoutBody(from: string): { status: Promise<number> } {
  const socket = net.connect({ port, host: '127.0.0.1', localAddress: from });
  sockets.push(socket);
  let answer = '';
  socket.setEncoding('utf8');
  const status = new Promise<number>((resolve) => {
    socket.on('data', (chunk: string) => {
      answer += chunk;
      const status = /^HTTP\/1\.1 (\d{3})/.exec(answer);
      if (status) resolve(Number(status[1]));
    });
  });
  socket.write(
    'POST /vacatures/00000000-0000-4000-8000-000000000000 HTTP/1.1\r\nHost: x\r\n' +
      'Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 100000\r\n\r\n',
  );
  return { status };
}

const NOT_YET = -1;
/** The status if one came within `ms`, else NOT_YET. */
const within = (ms: number, status: Promise<number>) =>
  Promise.race([status, new Promise<number>((resolve) => setTimeout(() => resolve(NOT_YET), ms))]);

describe('forms with files posted without scripts', () => {
  it('hold one turn per network: its second form is told to come back, another network still waits its turn', async () => {
    const first = postWithoutBody('127.0.0.1');
    // Its turn taken (nothing answered: the body is awaited).
    expect(await within(500, first.status)).toBe(NOT_YET);
    // The same network again: a 503 at once, not a place in the queue.
    const second = postWithoutBody('127.0.0.1');
    expect(await within(5_000, second.status)).toBe(503);
    // Another network waits its turn behind the first.
    const other = postWithoutBody('127.0.0.2');
    expect(await within(500, other.status)).toBe(NOT_YET);
    // A form that goes away while it waits keeps its network's place until its turn comes: else
    // one network could leave dead places in the queue, one after the other (a review).
    sockets[2]!.destroy();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await within(5_000, postWithoutBody('127.0.0.2').status)).toBe(503);
    // The first one gone, its network may send again; the turn passes to the one gone (which ends
    // at once), and the network of that one may send again too.
    sockets[0]!.destroy();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const again = postWithoutBody('127.0.0.1');
    expect(await within(500, again.status)).toBe(NOT_YET);
    const otherAgain = postWithoutBody('127.0.0.2');
    expect(await within(500, otherAgain.status)).toBe(NOT_YET);
  });
});
