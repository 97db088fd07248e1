export * from './lib/shared-scoring';
