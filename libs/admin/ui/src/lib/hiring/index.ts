export * from './hiring-labels';
export * from './agreement';
export * from './rating-scale';
export * from './score-chip';
export * from './question-brief';
export * from './reason-dialog';
