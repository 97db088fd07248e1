export * from './governance-roles';
export * from './audit-query';
export * from './audit.api';
export * from './retention.api';
export * from './erasure.api';
export * from './export-files';
export * from './exports.api';
export * from './download-tracker';
