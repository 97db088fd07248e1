export * from './lib/hiring.routes';
export * from './lib/quality/quality.routes';
