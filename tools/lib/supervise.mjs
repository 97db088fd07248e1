// Child-process supervision shared by the launchers (start, dev, test).
//
// Children run in their own process group (`detached`): a Ctrl+C in the terminal then reaches the
// launcher only, which forwards one signal to the child and, once the child has exited, stops
// the embedded database. Without this the terminal would signal the API twice (directly and via
// the launcher) and NestJS, which re-raises the signal after its first shutdown, would be killed
// in the middle of its graceful shutdown.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';

const HANDLED = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const children = new Set();
let requested = null;
let installed = false;

/** Installs SIGINT/SIGTERM/SIGHUP handlers that forward the first signal to the running children. */
export function handleSignals({ quiet = false } = {}) {
  if (installed) return;
  installed = true;
  for (const sig of HANDLED) {
    process.on(sig, () => {
      if (requested) {
        // npm forwards the terminal's signal too: a second copy must not escalate.
        return;
      }
      requested = sig;
      if (!quiet) process.stderr.write(`\n${sig} received: shutting down…\n`);
      for (const child of children) signalChild(child, sig === 'SIGHUP' ? 'SIGTERM' : sig);
    });
  }
}

/** The signal that asked us to stop, or null. */
export function shutdownRequested() {
  return requested;
}

/**
 * Runs a command to completion with its output on ours (or, with `capture`, collected and
 * returned as `output`, so that parallel runs do not interleave).
 * @returns {Promise<{code: number|null, signal: string|null, output?: string}>}
 */
export function run(command, args, { env = process.env, cwd, killAfterMs = 30_000, capture = false } = {}) {
  return new Promise((resolve, reject) => {
    if (requested) {
      resolve({ code: null, signal: requested });
      return;
    }
    const stdio = capture ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'];
    const child = spawn(command, args, { env, cwd, detached: true, stdio });
    child.killAfterMs = killAfterMs;
    children.add(child);
    let output = '';
    if (capture) {
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
    }
    child.once('error', (err) => {
      children.delete(child);
      reject(err);
    });
    // 'close' (not 'exit'): all output has been read by then.
    child.once('close', (code, signal) => {
      children.delete(child);
      clearTimeout(child.killTimer);
      resolve(capture ? { code, signal, output } : { code, signal });
    });
  });
}

/** Runs `task(item)` for every item, at most `limit` at a time, keeping the order of results. */
export async function inParallel(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Maps a child's end to an exit code the shell understands (128 + signal number). */
export function exitCodeOf({ code, signal }) {
  if (code !== null && code !== undefined) return code;
  return 128 + (constants.signals[signal] ?? 1);
}

function signalChild(child, sig) {
  try {
    // The whole group: `nx` and the task processes it started stop together.
    process.kill(-child.pid, sig);
  } catch {
    try {
      child.kill(sig);
    } catch {
      /* already gone */
    }
  }
  child.killTimer = setTimeout(() => {
    process.stderr.write(`child ${child.pid} did not stop within ${child.killAfterMs / 1000} s: killing it\n`);
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
  }, child.killAfterMs);
  child.killTimer.unref();
}

/** Path of a binary installed in node_modules/.bin (no npx: it would resolve through the network). */
export function bin(name) {
  return new URL(`../../node_modules/.bin/${name}`, import.meta.url).pathname;
}
