import type { Logger as TypeOrmLogger } from 'typeorm';
import { RequestContext } from '../tenancy/request-context';

const noop = (): void => undefined;

/** Response header carrying the number of SQL statements a request ran (only with EXPOSE_QUERY_COUNT=true). */
export const QUERY_COUNT_HEADER = 'x-db-queries';

/**
 * A TypeORM logger that prints nothing and counts each statement against the current request, so
 * that tests can hold a list route's query count flat as its page size grows (no N+1). Errors are
 * reported by the problem filter and the request log, not here.
 */
export class QueryCounter implements TypeOrmLogger {
  logQuery(): void {
    const store = RequestContext.current();
    if (store) store.queries = (store.queries ?? 0) + 1;
  }
  // The rest is deliberately silent (see above).
  logQueryError = noop;
  logQuerySlow = noop;
  logSchemaBuild = noop;
  logMigration = noop;
  log = noop;
}
