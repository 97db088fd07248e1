import { Init1795720758981 } from './1795720758981-Init';
import { Hiring1795721344700 } from './1795721344700-Hiring';
import { Culture1795722117169 } from './1795722117169-Culture';
import { AuditChain1795722997808 } from './1795722997808-AuditChain';
import { Retention1795723325868 } from './1795723325868-Retention';

/** Migrations in order, listed explicitly for the webpack bundle. */
export const MIGRATIONS = [Init1795720758981, Hiring1795721344700, Culture1795722117169, AuditChain1795722997808, Retention1795723325868];
