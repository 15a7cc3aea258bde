/**
 * Where the CPU went during a load run (Linux /proc): the machine as a whole, and the CPU seconds of
 * groups of processes (a child and its descendants, database backends listed by a query). Sampled once
 * a second; a process that exits between two samples loses at most its last second.
 */
import { readdirSync, readFileSync } from 'node:fs';

const CLK_TCK = 100; // `getconf CLK_TCK` on Linux x86-64

function readStat(pid: number): { ppid: number; ticks: number } | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: fields start after the last ')'.
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) };
  } catch {
    return null;
  }
}

/** `pid` and every process below it. */
export function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const st = readStat(Number(name));
    if (!st) continue;
    const list = children.get(st.ppid) ?? [];
    list.push(Number(name));
    children.set(st.ppid, list);
  }
  const out: number[] = [];
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    out.push(p);
    stack.push(...(children.get(p) ?? []));
  }
  return out;
}

/** Busy and total jiffies of the whole machine (first line of /proc/stat). */
function machineTicks(): { busy: number; total: number } {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const idle = (f[3] ?? 0) + (f[4] ?? 0);
  const total = f.slice(0, 8).reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

export interface CpuReport {
  /** CPU seconds per group. */
  groups: Record<string, number>;
  /** Share of all cores that was busy (0–1), whoever used it. */
  machineBusy: number;
  /** CPU seconds used on the machine in all. */
  machineSeconds: number;
  wallSeconds: number;
}

/**
 * Starts sampling. `groups` answers, for each label, the pids to charge (asked at every sample, so new
 * backends are picked up). A pid seen for the first time is charged from its start when `fromStart`
 * says so (new backends), otherwise from the first sample.
 */
export function cpuMeter(
  groups: Record<string, () => number[] | Promise<number[]>>,
  { everyMs = 1000, fromStart }: { everyMs?: number; fromStart?: (label: string) => boolean } = {},
): { stop(): Promise<CpuReport> } {
  const last = new Map<string, number>(); // `${label}:${pid}` → ticks at the previous sample
  const used: Record<string, number> = Object.fromEntries(Object.keys(groups).map((g) => [g, 0]));
  const m0 = machineTicks();
  const t0 = performance.now();
  let running: Promise<void> = Promise.resolve();
  let first = true;
  const sample = async () => {
    for (const [label, pidsOf] of Object.entries(groups)) {
      let pids: number[];
      try {
        pids = await pidsOf();
      } catch {
        continue;
      }
      for (const pid of pids) {
        const st = readStat(pid);
        if (!st) continue;
        const key = `${label}:${pid}`;
        const prev = last.get(key);
        if (prev === undefined) {
          if (!first && fromStart?.(label)) used[label]! += st.ticks;
        } else used[label]! += st.ticks - prev;
        last.set(key, st.ticks);
      }
    }
    first = false;
  };
  running = sample();
  const timer = setInterval(() => {
    running = running.then(sample);
  }, everyMs);
  return {
    async stop() {
      clearInterval(timer);
      await running;
      await sample();
      const m1 = machineTicks();
      const wallSeconds = (performance.now() - t0) / 1000;
      return {
        groups: Object.fromEntries(Object.entries(used).map(([k, v]) => [k, v / CLK_TCK])),
        machineBusy: (m1.busy - m0.busy) / Math.max(1, m1.total - m0.total),
        machineSeconds: (m1.busy - m0.busy) / CLK_TCK,
        wallSeconds,
      };
    },
  };
}
