export * from './lib/confirm-dialog/confirm-dialog';
export * from './lib/page-state/page-state';
export * from './lib/role-chips/role-chips';
export * from './lib/copy-field/copy-field';
export * from './lib/problem-handler/problem-handler';
export * from './lib/culture';
export * from './lib/hiring/index';
export * from './lib/staff/index';
