export function sharedScoring(): string {
  return 'shared-scoring';
}
