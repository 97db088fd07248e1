import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Proves the lint rules that keep the architecture honest actually fire (CONVENTIONS.md):
 * shared libs stay framework-free and scopes do not cross. Runs the real ESLint CLI on code
 * passed through stdin, so nothing is written to the tree.
 */
const root = join(__dirname, '../../../../..');

interface LintMessage {
  ruleId: string | null;
  severity: number;
  message: string;
}

function lint(relativePath: string, code: string): string[] {
  const run = spawnSync(
    join(root, 'node_modules/.bin/eslint'),
    ['--stdin', '--stdin-filename', join(root, relativePath), '--format', 'json'],
    { cwd: root, input: code, encoding: 'utf8' },
  );
  const [result] = JSON.parse(run.stdout) as { messages: LintMessage[] }[];
  return result.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('module boundaries', () => {
  jest.setTimeout(60_000);

  it('fails when a shared lib imports a framework', () => {
    const errors = lint(
      'libs/shared/scoring/src/lib/probe.spec.ts',
      "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n",
    );
    expect(errors.some((e) => e.startsWith('@typescript-eslint/no-restricted-imports'))).toBe(true);
  });

  it('fails when a shared lib imports an admin lib', () => {
    const errors = lint(
      'libs/shared/scoring/src/lib/probe.spec.ts',
      "import * as api from '@rapport/admin/data-access';\nexport const x = api;\n",
    );
    expect(errors.some((e) => e.startsWith('@nx/enforce-module-boundaries'))).toBe(true);
  });

  it('accepts a shared lib importing another shared lib', () => {
    const errors = lint(
      'libs/shared/scoring/src/lib/probe.spec.ts',
      "import { ROLES } from '@rapport/shared/contracts';\nexport const x = ROLES;\n",
    );
    expect(errors).toEqual([]);
  });
});
