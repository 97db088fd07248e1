import { Init1795720758981 } from './1795720758981-Init';
import { Hiring1795721344700 } from './1795721344700-Hiring';

/** Migrations in order, listed explicitly for the webpack bundle. */
export const MIGRATIONS = [Init1795720758981, Hiring1795721344700];
