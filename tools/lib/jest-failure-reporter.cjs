// Jest reporter: writes the failing tests of a run, one per line, to `options.file` (and removes the
// file when nothing failed). `npm test` prints them under its summary, so the last lines of a CI log
// name what failed even when the full output is cut.
const { mkdirSync, rmSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const { stripVTControlCharacters } = require('node:util');

// Jest's messages carry ANSI colour codes; node:util strips them.
const firstLine = (text) => stripVTControlCharacters(String(text ?? '')).trim().split('\n')[0].slice(0, 240);

class FailureReporter {
  constructor(globalConfig, options) {
    this.file = path.resolve(globalConfig.rootDir, options.file);
  }

  onRunComplete(_contexts, results) {
    const lines = [];
    for (const file of results.testResults) {
      const rel = path.relative(process.cwd(), file.testFilePath);
      if (file.testExecError) lines.push(`${rel}: ${firstLine(file.testExecError.message)}`);
      for (const test of file.testResults) {
        if (test.status === 'failed') lines.push(`${rel} › ${test.fullName}: ${firstLine(test.failureMessages[0])}`);
      }
    }
    rmSync(this.file, { force: true });
    if (lines.length) {
      mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileSync(this.file, `${lines.join('\n')}\n`);
    }
  }
}

module.exports = FailureReporter;
