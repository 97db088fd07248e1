export * from './lib/leadership.routes';
