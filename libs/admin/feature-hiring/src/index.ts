export * from './lib/hiring.routes';
