import { Init1795720758981 } from './1795720758981-Init';

/** Migrations in order, listed explicitly for the webpack bundle. */
export const MIGRATIONS = [Init1795720758981];
