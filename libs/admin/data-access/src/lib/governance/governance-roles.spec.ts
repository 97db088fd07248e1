import { EXPORT_REPORTS, type Role } from '@rapport/shared/contracts';
import {
  AUDIT_ROLES,
  ERASURE_ROLES,
  EXPORT_ROLES,
  exportsFor,
  GOVERNANCE_ROLES,
  LEGAL_HOLD_ROLES,
  RETENTION_MANAGE_ROLES,
  RETENTION_VIEW_ROLES,
} from './governance-roles';

describe('governance roles', () => {
  it('opens /governance to those who may use one of its pages, and only to them', () => {
    for (const role of [...AUDIT_ROLES, ...RETENTION_VIEW_ROLES, ...RETENTION_MANAGE_ROLES]) expect(GOVERNANCE_ROLES).toContain(role);
    for (const role of GOVERNANCE_ROLES) {
      const pages = [AUDIT_ROLES, RETENTION_VIEW_ROLES].some((roles) => roles.includes(role)) || exportsFor([role], EXPORT_REPORTS).length > 0;
      expect(pages).toBe(true);
    }
    const outside: Role[] = ['interviewer', 'leader', 'staff'];
    for (const role of outside) expect(GOVERNANCE_ROLES).not.toContain(role);
  });

  it('keeps self-identification data (adverse impact) and erasure to HR and the owner', () => {
    expect(EXPORT_ROLES['adverse-impact']).toEqual(['owner', 'hr']);
    expect(ERASURE_ROLES).toEqual(['owner', 'hr']);
    expect(LEGAL_HOLD_ROLES).toContain('admin');
  });

  it('lists the exports a role may download, in the contract order', () => {
    expect(exportsFor(['hiring_manager'], EXPORT_REPORTS)).toEqual(['candidate-packet', 'hiring-funnel', 'quality-of-hire']);
    expect(exportsFor(['admin'], EXPORT_REPORTS)).not.toContain('adverse-impact');
    expect(exportsFor(['hr'], EXPORT_REPORTS)).toEqual(EXPORT_REPORTS);
    expect(exportsFor(['staff'], EXPORT_REPORTS)).toEqual([]);
  });
});
