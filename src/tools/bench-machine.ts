// How much of the machine other work is using, so the bench can wait for a quiet moment and redo a
// run that something else disturbed. Reads Linux's /proc; elsewhere everything counts as quiet. Node only.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';

interface Sample {
  /** Clock ticks every CPU spent busy, and in all, since boot. */
  busy: number;
  total: number;
  /** Clock ticks this process and everything it started have used, finished children included. */
  ours: number;
}

const readable = existsSync('/proc/stat');

function cpuTicks(): { busy: number; total: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = fields;
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, total: busy + idle + iowait };
}

/** utime, stime, cutime and cstime of this process and all its descendants still running. */
function treeTicks(root: number): number {
  const children = new Map<number, number[]>();
  const ticks = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // gone since the listing
    }
    // The command name may hold spaces and parentheses; the fields after its last ')' are plain.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(name);
    const parent = Number(fields[1]);
    ticks.set(pid, Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]));
    children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  let sum = 0;
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop() as number;
    sum += ticks.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return sum;
}

function sample(): Sample {
  if (!readable) return { busy: 0, total: 0, ours: 0 };
  return { ...cpuTicks(), ours: treeTicks(process.pid) };
}

/** Average CPU cores used by other work between two samples. */
function othersBetween(from: Sample, to: Sample): number {
  const wall = (to.total - from.total) / os.cpus().length;
  if (wall <= 0) return 0;
  return Math.max(0, to.busy - from.busy - (to.ours - from.ours)) / wall;
}

/** Starts measuring; `stop` says how many cores other work used on average meanwhile. */
export function meterOthers(): { stop(): number } {
  const from = sample();
  return { stop: () => othersBetween(from, sample()) };
}

/** Waits, up to `patienceMs`, for a second in which other work uses less than `cores`. Says whether it came. */
export async function waitForQuiet(cores: number, patienceMs: number): Promise<boolean> {
  if (!readable || !Number.isFinite(cores)) return true;
  const until = Date.now() + patienceMs;
  for (;;) {
    const meter = meterOthers();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    if (meter.stop() < cores) return true;
    if (Date.now() >= until) return false;
  }
}
