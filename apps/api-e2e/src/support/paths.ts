import { resolve } from 'node:path';

/** The workspace root, whatever directory Jest was started from. */
export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');
export const API_MAIN = resolve(WORKSPACE_ROOT, 'dist/apps/api/main.js');
