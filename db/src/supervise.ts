/**
 * Supervision of the embedded servers (DESIGN.md invariant 6): a server that dies is
 * started again with back-off and the event is logged and kept for the health view; a
 * server left running by a portal that was killed is found by its pid file and stopped
 * before a new one starts on the same data folder.
 */
import type { ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { Sleeper } from './sleeper.ts';

export interface SupervisedStatus {
  state: 'running' | 'restarting' | 'stopped';
  /** Restarts after an unexpected exit since the portal started. */
  restarts: number;
  lastExit: { at: string; code: number | null; signal: string | null } | null;
  /** Why the last restart attempt failed, if it did. */
  lastError: string | null;
}

/** How long an exit waits for the portal's shutdown to say it was meant (`beginShutdown`). */
const EXIT_SETTLE_MS = 100;
const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 30_000;

/**
 * Where a supervised server's events go. Its deaths and failed restarts are warnings: an operator
 * running at `LOG_LEVEL=warn` must see them (a resilience review found eight restarts unlogged).
 */
export type ServerLog = (message: string, level?: 'info' | 'warn') => void;

const isRunning = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

export class Supervisor {
  private child: ChildProcess | undefined;
  private stopping = false;
  private readonly sleeper = new Sleeper();
  private restartLoop: Promise<void> | undefined;
  private readonly current: SupervisedStatus = { state: 'stopped', restarts: 0, lastExit: null, lastError: null };

  private readonly name: string;
  /** Starts the server and resolves with its process once it answers. */
  private readonly launch: () => Promise<ChildProcess>;
  /** Stops a running server gracefully. */
  private readonly terminate: (child: ChildProcess) => Promise<void>;
  private readonly log: ServerLog;

  constructor(
    name: string,
    launch: () => Promise<ChildProcess>,
    terminate: (child: ChildProcess) => Promise<void>,
    log: ServerLog,
  ) {
    this.name = name;
    this.launch = launch;
    this.terminate = terminate;
    this.log = log;
  }

  /** Starts the server, the first time with `firstLaunch` when given (e.g. one that retries). */
  async start(firstLaunch: () => Promise<ChildProcess> = this.launch): Promise<void> {
    this.watch(await firstLaunch());
  }

  /**
   * Starts the server as `start` does, but one that does not come up keeps the portal from
   * nothing: it is tried again in the background, with back-off, and `status` says why it is not
   * running meanwhile (a resilience review: a Meilisearch whose data could not be opened ended
   * the portal at start, though search answers from the database without it).
   */
  async startOrKeepTrying(firstLaunch: () => Promise<ChildProcess> = this.launch): Promise<void> {
    try {
      await this.start(firstLaunch);
    } catch (error) {
      this.current.state = 'restarting';
      this.current.lastError = error instanceof Error ? error.message : String(error);
      this.log(
        `${this.name} did not start (${this.current.lastError}); the portal runs without it and tries again`,
        'warn',
      );
      this.restartLoop = this.restart();
    }
  }

  status(): SupervisedStatus {
    return { ...this.current };
  }

  /**
   * Says the portal is shutting down, before it gets to `stop`: the signal that stops the portal
   * (Ctrl-C, a service manager signalling the whole process group) stops the server too, and that
   * exit is then not a crash to restart from.
   */
  beginShutdown(): void {
    this.stopping = true;
    this.sleeper.wake();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.sleeper.wake();
    await this.restartLoop;
    const child = this.child;
    this.child = undefined;
    this.current.state = 'stopped';
    if (child && isRunning(child)) await this.terminate(child);
  }

  private watch(child: ChildProcess): void {
    this.child = child;
    this.current.state = 'running';
    const exited = (code: number | null, signal: NodeJS.Signals | null) => {
      // A moment first: when one signal stopped the portal and the server together, the portal's
      // handler (which calls `beginShutdown`) may come just after this exit.
      setTimeout(() => {
        if (this.stopping || this.child !== child) return;
        this.current.lastExit = { at: new Date().toISOString(), code, signal };
        this.current.state = 'restarting';
        this.log(`${this.name} exited unexpectedly (code ${code}, signal ${signal}); restarting`, 'warn');
        this.restartLoop = this.restart();
      }, EXIT_SETTLE_MS);
    };
    // A server that ended between answering and being watched (its launch still had a file to
    // write) has sent its 'exit' already: a resilience review saw health say "running" for good.
    if (isRunning(child)) child.once('exit', exited);
    else exited(child.exitCode, child.signalCode);
  }

  private async restart(): Promise<void> {
    for (let delay = FIRST_RETRY_MS; !this.stopping; delay = Math.min(MAX_RETRY_MS, delay * 2)) {
      await this.sleeper.sleep(delay);
      if (this.stopping) return;
      try {
        const child = await this.launch();
        if (this.stopping) {
          await this.terminate(child);
          return;
        }
        this.current.restarts++;
        this.current.lastError = null;
        this.watch(child);
        this.log(`${this.name} restarted (restart ${this.current.restarts})`, 'warn');
        return;
      } catch (error) {
        this.current.lastError = error instanceof Error ? error.message : String(error);
        this.log(
          `${this.name} could not be restarted (${this.current.lastError}); retrying in ${delay * 2} ms`,
          'warn',
        );
      }
    }
  }
}

/** Whether process `pid` is alive and its command line contains every one of `marks`. */
async function processMatches(pid: number, marks: readonly string[]): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  const args = cmdline.split('\0').join(' ');
  return marks.every((mark) => args.includes(mark));
}

/**
 * Stops a server that an earlier portal left running on this data folder: the pid in the
 * first line of `pidFile`, if that process is alive and is the server (its command line
 * holds every one of `marks`). Politely first (`signal`), then with SIGKILL.
 */
export async function stopStaleServer(
  pidFile: string,
  marks: readonly string[],
  options: { signal?: NodeJS.Signals; log?: (message: string) => void } = {},
): Promise<boolean> {
  const pid = Number((await readFile(pidFile, 'utf8').catch(() => '')).split('\n')[0]?.trim());
  if (!Number.isInteger(pid) || pid <= 1 || pid === process.pid) return false;
  if (!(await processMatches(pid, marks))) return false;
  options.log?.(`stopping a server left running on this data folder (pid ${pid})`);
  process.kill(pid, options.signal ?? 'SIGTERM');
  for (let i = 0; i < 150; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (!(await processMatches(pid, marks))) return true;
  }
  process.kill(pid, 'SIGKILL');
  for (let i = 0; i < 50 && (await processMatches(pid, marks)); i++) await new Promise((r) => setTimeout(r, 100));
  return true;
}
