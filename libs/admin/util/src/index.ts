export * from './lib/problem';
export * from './lib/field-error';
