// Small statistics and printing helpers shared by the benchmarks. Benchmarks print figures and
// ratios; none of them asserts (they are measurements, not tests).

export function median(values) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const ms = (x) => (x === null || x === undefined ? 'n/a' : x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(x < 10 ? 2 : 0)} ms`);

export const ratio = (a, b) => (a === null || b === null || !b ? null : a / b);
export const fmtRatio = (r) => (r === null || r === undefined ? 'n/a' : `${r.toFixed(r < 10 ? 2 : 0)}x`);

/** Runs `fn` `runs` times (after one warm-up), returning the wall-clock milliseconds of each. */
export async function timeRuns(fn, runs, { warmup = 1 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return samples;
}

/** One summary line per figure, collected by run.mjs for the final table. */
export class Figures {
  constructor(bench) {
    this.bench = bench;
    this.rows = [];
  }

  add(figure, value, { target = '', ratio: r = null, note = '' } = {}) {
    this.rows.push({ bench: this.bench, figure, value, target, ratio: r, note });
    console.log(`  ${figure}: ${value}${r === null ? '' : ` (ratio ${fmtRatio(r)})`}${target ? ` [target ${target}]` : ''}${note ? ` - ${note}` : ''}`);
  }
}

/** Markdown table of every figure (pasted into docs/performance.md). */
export function markdownTable(rows) {
  const lines = ['| bench | figure | value | ratio | target | note |', '|---|---|---|---|---|---|'];
  for (const r of rows) lines.push(`| ${r.bench} | ${r.figure} | ${r.value} | ${r.ratio === null ? '' : fmtRatio(r.ratio)} | ${r.target} | ${r.note} |`);
  return lines.join('\n');
}
