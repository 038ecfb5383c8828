/**
 * Which program spent the machine's CPU during a phase: the portal (node), PostgreSQL and
 * Meilisearch, read from Linux's /proc. A ratio against a floor says how far off a phase is;
 * this says where the time went (on 2 cores, the three programs share them).
 */
import { readdir, readFile } from 'node:fs/promises';

/** Clock ticks per second of /proc's counters (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/**
 * A /proc/<pid>/stat line's program name and its CPU in seconds: its own user + system time, and
 * that of its children that ended and were waited for. PostgreSQL's backends end (a pool closes
 * idle connections); their time then moves to the postmaster's children's time, so a program's
 * total never drops when one of its processes ends during a phase.
 */
export function parseProcStat(line: string): { program: string; cpuSeconds: number } | undefined {
  const open = line.indexOf('(');
  const close = line.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  // The fields after the name: state is the 3rd field of the line, utime the 14th, stime the
  // 15th, cutime and cstime (ended children) the 16th and 17th.
  const fields = line.slice(close + 2).split(' ');
  const ticks = [11, 12, 13, 14].reduce((sum, field) => sum + Number(fields[field]), 0);
  return Number.isFinite(ticks)
    ? { program: line.slice(open + 1, close), cpuSeconds: ticks / TICKS_PER_SECOND }
    : undefined;
}

/** CPU seconds per program name, over every process but `exceptPid` (the bench itself); empty without /proc. */
export async function cpuByProgram(exceptPid = process.pid): Promise<Map<string, number>> {
  const spent = new Map<string, number>();
  const pids = await readdir('/proc').catch(() => [] as string[]);
  for (const pid of pids.filter((name) => /^\d+$/.test(name) && Number(name) !== exceptPid)) {
    const parsed = parseProcStat(await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => ''));
    if (parsed) spent.set(parsed.program, (spent.get(parsed.program) ?? 0) + parsed.cpuSeconds);
  }
  return spent;
}

/**
 * The programs of interest's CPU seconds between two readings. A process that ended meanwhile
 * counts through its parent's children's time, where the parent is of the same program
 * (PostgreSQL's backends); otherwise not at all.
 */
export function cpuBetween(
  before: ReadonlyMap<string, number>,
  after: ReadonlyMap<string, number>,
): { portal: number; postgres: number; meilisearch: number } {
  const spent = (program: string) =>
    Math.round(Math.max(0, (after.get(program) ?? 0) - (before.get(program) ?? 0)) * 10) / 10;
  return { portal: spent('node'), postgres: spent('postgres'), meilisearch: spent('meilisearch') };
}
