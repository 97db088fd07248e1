export * from './lib/interviews.routes';
