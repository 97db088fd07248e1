#!/usr/bin/env node
// Prints the gzip size of the admin's initial JavaScript (what a browser must download before the
// first page renders) and exits 1 above the limit of issue 3 (250 kB). Angular's own budget in
// apps/admin/project.json measures raw bytes; this is the figure users actually pay for.
//
// Initial files = the <script> and modulepreload tags of index.html, plus every chunk they import
// statically (followed transitively, so a missing modulepreload cannot hide a file). Dynamic
// `import()` targets are lazy and not counted.
//
// Usage: node tools/bench/admin-bundle-size.mjs [--dir dist/apps/admin/browser] [--max-kb 250]
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index > 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const dir = resolve(option('--dir', 'dist/apps/admin/browser'));
const maxKb = Number(option('--max-kb', '250'));
const indexPath = join(dir, 'index.html');
if (!existsSync(indexPath)) {
  console.error(`No ${indexPath}: build the admin first (npx nx build admin).`);
  process.exit(2);
}

const html = readFileSync(indexPath, 'utf8');
const entries = [
  ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g),
  ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"/g),
].map((m) => m[1]);
if (entries.length === 0) {
  console.error(`No script or modulepreload tags found in ${indexPath}.`);
  process.exit(2);
}

// esbuild emits `import{a as b}from"./chunk-X.js"` and `import"./chunk-X.js"`; `import("./…")` is lazy.
const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["']\.\/([^"']+\.js)["']/g;
const initial = new Set();
const queue = [...entries];
while (queue.length > 0) {
  const file = queue.shift();
  if (initial.has(file)) continue;
  initial.add(file);
  const code = readFileSync(join(dir, file), 'utf8');
  for (const match of code.matchAll(STATIC_IMPORT)) queue.push(match[1]);
}

const kb = (bytes) => (bytes / 1000).toFixed(2);
let rawTotal = 0;
let gzipTotal = 0;
const rows = [...initial].map((file) => {
  const content = readFileSync(join(dir, file));
  const gzip = gzipSync(content).length;
  rawTotal += content.length;
  gzipTotal += gzip;
  return { file, raw: content.length, gzip };
});
rows.sort((a, b) => b.gzip - a.gzip);
for (const row of rows) console.log(`${row.file.padEnd(28)} ${kb(row.raw).padStart(9)} kB raw ${kb(row.gzip).padStart(8)} kB gzip`);
console.log(`initial JS: ${rows.length} files, ${kb(rawTotal)} kB raw, ${kb(gzipTotal)} kB gzip (limit ${maxKb} kB gzip)`);

if (gzipTotal / 1000 > maxKb) {
  console.error(`Initial JavaScript is ${kb(gzipTotal)} kB gzip, over the ${maxKb} kB limit: lazy-load what grew.`);
  process.exit(1);
}
