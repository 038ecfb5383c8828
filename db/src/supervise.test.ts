/**
 * The supervisor with real processes: a server that ends between answering and being watched is
 * noticed and started again, and its death is a warning an operator running at warn sees.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { Supervisor } from './supervise.ts';

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
    const terminate = async (child: ChildProcess) => {
      child.kill('SIGKILL');
      if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
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
});
