export * from './patient-signals-roles';
export * from './csv-import';
export * from './cursor-list';
export * from './patient-feedback.api';
export * from './reviews.api';
export * from './patient-signals.api';
export * from './three-way-gap.api';
export * from './quality-of-hire.api';
