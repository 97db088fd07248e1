export * from './lib/culture.routes';
