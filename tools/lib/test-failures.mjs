// The names of failing (and flaky) tests of the last e2e run, from the files the reporters write
// (Jest: tools/lib/jest-failure-reporter.cjs; Playwright: its JSON reporter). See tools/test.mjs.
import { existsSync, readFileSync, rmSync } from 'node:fs';

const DIR = 'tmp/test-failures';
const files = (project) => [`${DIR}/${project}.txt`, `${DIR}/${project}.json`];

export function clearFailures(project) {
  for (const file of files(project)) rmSync(file, { force: true });
}

/** `[{kind: 'failed' | 'flaky', name}]` for one project; empty when its reporters wrote nothing. */
export function readFailures(project) {
  const [text, json] = files(project);
  const out = [];
  if (existsSync(text)) {
    for (const line of readFileSync(text, 'utf8').split('\n').filter(Boolean)) out.push({ kind: 'failed', name: line });
  }
  if (existsSync(json)) {
    const report = JSON.parse(readFileSync(json, 'utf8'));
    const walk = (suite, file) => {
      for (const spec of suite.specs ?? []) {
        for (const test of spec.tests ?? []) {
          const kind = test.status === 'unexpected' ? 'failed' : test.status === 'flaky' ? 'flaky' : null;
          if (kind) out.push({ kind, name: `${file ?? spec.file} › ${spec.title} [${test.projectName}]` });
        }
      }
      for (const child of suite.suites ?? []) walk(child, file ?? suite.file);
    };
    for (const suite of report.suites ?? []) walk(suite, suite.file);
    for (const error of report.errors ?? []) out.push({ kind: 'failed', name: String(error.message ?? error).split('\n')[0] });
  }
  return out;
}
