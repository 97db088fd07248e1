import { Init1795720758981 } from './1795720758981-Init';
import { Hiring1795721344700 } from './1795721344700-Hiring';
import { Culture1795722117169 } from './1795722117169-Culture';

/** Migrations in order, listed explicitly for the webpack bundle. */
export const MIGRATIONS = [Init1795720758981, Hiring1795721344700, Culture1795722117169];
