// Lets the TypeORM CLI (ts-node) resolve the workspace's `@rapport/*` path aliases.
const path = require('node:path');
const tsConfigPaths = require('tsconfig-paths');
const root = path.resolve(__dirname, '../../../..');
const { compilerOptions } = require(path.join(root, 'tsconfig.base.json'));
tsConfigPaths.register({ baseUrl: root, paths: compilerOptions.paths });
