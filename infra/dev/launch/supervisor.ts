import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The order things stop in: the gateway first, then the subgraphs, then what they depend on (the
 * database and the broker). Higher tiers stop first; a tier stops as a whole, in parallel.
 */
export const Tier = { infrastructure: 0, subgraph: 1, gateway: 2 } as const;

interface Supervised {
  name: string;
  child: ChildProcess;
  tier: number;
  stopSignal: NodeJS.Signals;
  exited: Promise<void>;
}

export interface SuperviseOptions extends Omit<SpawnOptions, 'detached'> {
  tier: number;
  /** How this process asks to be stopped cleanly (Postgres: SIGINT, its fast shutdown). */
  stopSignal?: NodeJS.Signals;
}

/** Thrown by `spawn` once a stop has begun: nothing new starts while the launcher winds down. */
export class Stopping extends Error {
  constructor() {
    super('the launcher is stopping');
  }
}

/**
 * Every process the launcher starts, each in a process group of its own. A Ctrl-C in the terminal is
 * delivered to the terminal's foreground group only, so it reaches the launcher and none of these: the
 * launcher stops them itself, in order (a Postgres signalled by the terminal would drop the services'
 * connections under them while they still run). The group lets a stop reach a child's own children
 * (initdb's bootstrap backend). Their process ids go to a file, `<pid> <name>` a line, the launcher's
 * own first, so a leftover can be found after a launcher that was killed outright.
 */
export class Supervisor {
  private readonly running: Supervised[] = [];
  private stopping = false;

  constructor(private readonly pidFile: string) {
    mkdirSync(path.dirname(pidFile), { recursive: true });
    writeFileSync(pidFile, `${process.pid} launcher\n`);
  }

  get isStopping(): boolean {
    return this.stopping;
  }

  spawn(name: string, command: string, args: string[], options: SuperviseOptions): ChildProcess {
    if (this.stopping) throw new Stopping();
    const { tier, stopSignal = 'SIGTERM', ...spawnOptions } = options;
    const child = spawn(command, args, { ...spawnOptions, detached: true });
    // Listened for at once: a process that already exited never emits 'exit' again, and a stop that
    // waited for it then would wait for ever.
    const exited = new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.once('error', () => {
        if (child.pid === undefined) resolve(); // it never started
      });
    });
    if (child.pid !== undefined) appendFileSync(this.pidFile, `${child.pid} ${name}\n`);
    this.running.push({ name, child, tier, stopSignal, exited });
    return child;
  }

  /** Stops everything, highest tier first, each process with its own signal; resolves when all exited. */
  async stopAll(onTier?: (names: string[]) => void): Promise<void> {
    this.stopping = true;
    const tiers = [...new Set(this.running.map((r) => r.tier))].sort((a, b) => b - a);
    for (const tier of tiers) {
      const group = this.running.filter((r) => r.tier === tier && alive(r.child));
      if (group.length === 0) continue;
      onTier?.(group.map((r) => r.name));
      for (const r of group) signalGroup(r.child, r.stopSignal);
      await Promise.all(group.map((r) => r.exited));
    }
  }

  /** The second Ctrl-C, or a stop that takes too long: SIGKILL to every group still there. */
  async killAll(waitMs = 2_000): Promise<string[]> {
    this.stopping = true;
    const left = this.running.filter((r) => alive(r.child));
    for (const r of left) signalGroup(r.child, 'SIGKILL');
    await Promise.race([
      Promise.all(left.map((r) => r.exited)),
      new Promise((resolve) => setTimeout(resolve, waitMs).unref()),
    ]);
    return left.map((r) => r.name);
  }
}

const alive = (child: ChildProcess) =>
  child.pid !== undefined && child.exitCode === null && child.signalCode === null;

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (!alive(child)) return;
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // ESRCH: it ended between the check and the signal.
  }
}
