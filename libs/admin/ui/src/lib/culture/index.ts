export * from './anonymous-aggregate';
export * from './culture-score-chip';
export * from './sparkline';
export * from './chart';
export * from './iso-date';
export * from './format';
