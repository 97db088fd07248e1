import { AsyncLocalStorage } from 'node:async_hooks';
import type { Role } from '@rapport/shared/contracts';

/** Who is calling, set once per request after authentication. */
export interface Caller {
  userId: string;
  organizationId: string;
  roles: Role[];
}

export interface RequestContextStore {
  requestId?: string;
  caller?: Caller;
  /** SQL statements run for the request so far (counted outside production; see QueryCounter). */
  queries?: number;
}

const storage = new AsyncLocalStorage<RequestContextStore>();

/**
 * The request's context (caller, request id), carried by AsyncLocalStorage so that the tenancy
 * and audit mechanisms find it without every service passing it along by hand.
 */
export const RequestContext = {
  run<T>(store: RequestContextStore, fn: () => T): T {
    return storage.run(store, fn);
  },
  current(): RequestContextStore | undefined {
    return storage.getStore();
  },
  caller(): Caller | undefined {
    return storage.getStore()?.caller;
  },
  /** The caller's organization; throws when there is none so a query can never run unscoped. */
  organizationId(): string {
    const orgId = storage.getStore()?.caller?.organizationId;
    if (!orgId) {
      throw new Error('No tenant in the request context: tenant data was accessed outside an authenticated request');
    }
    return orgId;
  },
};
