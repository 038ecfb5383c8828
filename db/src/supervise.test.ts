/**
 * The supervisor with real processes: a server that ends between answering and being watched is
 * noticed and started again, and its death is a warning an operator running at warn sees; one that
 * does not come up at start is tried again in the background.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { Supervisor } from './supervise.ts';

const terminate = async (child: ChildProcess) => {
  child.kill('SIGKILL');
  if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
};
const sleeper = (): ChildProcess => spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);

describe('Supervisor', () => {
  it('restarts a server that had already exited when its launch returned', async () => {
    const warnings: string[] = [];
    let launches = 0;
    const launch = async () => {
      launches++;
      const child = launches === 1 ? spawn(process.execPath, ['-e', 'process.exit(3)']) : sleeper();
      // The first one ends before it is handed over, as a server that lost its port does.
      if (launches === 1) await once(child, 'exit');
      return child;
    };
    const supervisor = new Supervisor('Test server', launch, terminate, (message, level) => {
      if (level === 'warn') warnings.push(message);
    });
    await supervisor.start();
    await expect.poll(() => supervisor.status().restarts, { timeout: 5_000 }).toBe(1);
    expect(supervisor.status()).toMatchObject({ state: 'running', lastExit: { code: 3 } });
    expect(warnings).toEqual([
      'Test server exited unexpectedly (code 3, signal null); restarting',
      'Test server restarted (restart 1)',
    ]);
    await supervisor.stop();
  });

  it('keeps trying, in the background, a server that does not come up at start', async () => {
    const warnings: string[] = [];
    let launches = 0;
    const launch = async () => {
      launches++;
      if (launches === 1) throw new Error('Not a directory (os error 20)');
      return sleeper();
    };
    const supervisor = new Supervisor('Test server', launch, terminate, (message, level) => {
      if (level === 'warn') warnings.push(message);
    });
    await supervisor.startOrKeepTrying();
    expect(supervisor.status()).toMatchObject({ state: 'restarting', lastError: 'Not a directory (os error 20)' });
    await expect.poll(() => supervisor.status().state, { timeout: 5_000 }).toBe('running');
    expect(supervisor.status()).toMatchObject({ restarts: 1, lastError: null });
    expect(warnings[0]).toBe(
      'Test server did not start (Not a directory (os error 20)); the portal runs without it and tries again',
    );
    await supervisor.stop();
  });
});
