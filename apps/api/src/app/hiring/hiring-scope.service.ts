import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { InjectTenantRepository } from '../../common/tenancy/inject-tenant-repository.decorator';
import { RequestContext, type Caller } from '../../common/tenancy/request-context';
import { TenantRepository } from '../../common/tenancy/tenant.repository';
import type { TenantOwnedEntity } from '../../common/tenancy/tenant-owned.entity';
import { ApplicationEntity } from './applications/application.entity';
import { CandidateEntity } from './candidates/candidate.entity';
import { INTERVIEW_OVERSEERS } from './hiring.roles';
import { OpeningEntity } from './openings/opening.entity';

/** The SQL parameter every scope condition binds (the caller's user id). */
const ME = 'hiringScopeManagerId';

/** The condition "opening `o` is managed by the caller", for an alias of `openings`. */
const managedOpening = (o: string) => `${o}.hiring_manager_id = :${ME}`;

/** The condition "application `a` belongs to an opening the caller manages". */
const managedApplication = (a: string) =>
  `EXISTS (SELECT 1 FROM openings hs_o WHERE hs_o.organization_id = ${a}.organization_id AND hs_o.id = ${a}.opening_id AND hs_o.hiring_manager_id = :${ME})`;

/** The condition "interview `i` is of an application to an opening the caller manages" (panels aside). */
const managedInterview = (i: string) =>
  `EXISTS (SELECT 1 FROM applications hs_a
      JOIN openings hs_o ON hs_o.organization_id = hs_a.organization_id AND hs_o.id = hs_a.opening_id
     WHERE hs_a.organization_id = ${i}.organization_id AND hs_a.id = ${i}.application_id AND hs_o.hiring_manager_id = :${ME})`;

/** The condition "the caller entered candidate `c`, or `c` applied to an opening the caller manages". */
const managedCandidate = (c: string) =>
  `(${c}.created_by_id = :${ME} OR EXISTS (SELECT 1 FROM applications hs_a
      JOIN openings hs_o ON hs_o.organization_id = hs_a.organization_id AND hs_o.id = hs_a.opening_id
     WHERE hs_a.organization_id = ${c}.organization_id AND hs_a.candidate_id = ${c}.id AND hs_o.hiring_manager_id = :${ME}))`;

/**
 * Which openings, applications and candidates the caller may see and act on: the one place that
 * decides it (docs/adr/0007-structured-interviews.md, "Hiring managers"). Owner, admin and HR see
 * every one of their organization's; anyone else (in practice a hiring manager: the routes admit no
 * other role) only the openings they manage (`openings.hiring_manager_id`), those openings'
 * applications, and the candidates who applied to them or whom they entered. A user holding several
 * roles gets the widest. Outside the scope a record is a 404, exactly like another organization's.
 *
 * Services read these records through `restrict*` (a condition added to their query builder, so a
 * list is filtered in SQL) or the `*OrFail` look-ups, never through the bare tenant repository.
 * Interviews, scorecards and debriefs add panel membership on top: see InterviewAccess.
 */
@Injectable()
export class HiringScope {
  constructor(
    @InjectTenantRepository(OpeningEntity) private readonly openings: TenantRepository<OpeningEntity>,
    @InjectTenantRepository(ApplicationEntity) private readonly applications: TenantRepository<ApplicationEntity>,
    @InjectTenantRepository(CandidateEntity) private readonly candidates: TenantRepository<CandidateEntity>,
  ) {}

  caller(): Caller {
    const caller = RequestContext.caller();
    if (!caller) throw new ForbiddenException();
    return caller;
  }

  /** True for owner, admin and HR (whatever else they hold): every opening of the organization. */
  seesAll(): boolean {
    return this.caller().roles.some((r) => INTERVIEW_OVERSEERS.includes(r));
  }

  /** The hiring manager whose openings bound the caller's view; `null` when the caller sees all. */
  managerId(): string | null {
    return this.seesAll() ? null : this.caller().userId;
  }

  /** Restricts `alias` (an `openings` row) to the caller's openings. */
  restrictOpenings<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
    return this.restrict(qb, managedOpening(alias));
  }

  /** Restricts `alias` (an `applications` row) to applications to the caller's openings. */
  restrictApplications<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
    return this.restrict(qb, managedApplication(alias));
  }

  /** Restricts `alias` (a `candidates` row) to candidates of the caller's openings or entered by them. */
  restrictCandidates<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
    return this.restrict(qb, managedCandidate(alias));
  }

  /**
   * Restricts `alias` (an `interviews` row) to interviews of the caller's openings, panels they sit
   * on elsewhere excluded: for figures across interviews (calibration), not for opening one.
   */
  restrictInterviews<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
    return this.restrict(qb, managedInterview(alias));
  }

  /** The opening if the caller may see it; otherwise null. `lock` row-locks it (inside `manager`'s transaction). */
  opening(id: string, manager?: EntityManager, lock = false): Promise<OpeningEntity | null> {
    return this.one(this.openings, 'o', managedOpening, id, manager, lock);
  }

  application(id: string, manager?: EntityManager, lock = false): Promise<ApplicationEntity | null> {
    return this.one(this.applications, 'a', managedApplication, id, manager, lock);
  }

  candidate(id: string, manager?: EntityManager, lock = false): Promise<CandidateEntity | null> {
    return this.one(this.candidates, 'c', managedCandidate, id, manager, lock);
  }

  async openingOrFail(id: string, manager?: EntityManager, lock = false): Promise<OpeningEntity> {
    return (await this.opening(id, manager, lock)) ?? notFound('Opening', id);
  }

  async applicationOrFail(id: string, manager?: EntityManager, lock = false): Promise<ApplicationEntity> {
    return (await this.application(id, manager, lock)) ?? notFound('Application', id);
  }

  async candidateOrFail(id: string, manager?: EntityManager, lock = false): Promise<CandidateEntity> {
    return (await this.candidate(id, manager, lock)) ?? notFound('Candidate', id);
  }

  /**
   * 403 unless the caller may make `hiringManagerId` an opening's hiring manager: HR, owner and
   * admin anyone; a hiring manager only themselves (creating an opening for someone else, or handing
   * one of theirs to someone else, would move records out of or into their view).
   */
  assertMayAssign(hiringManagerId: string | undefined): void {
    if (hiringManagerId === undefined || this.seesAll() || hiringManagerId === this.caller().userId) return;
    throw new ForbiddenException("Only HR, an owner or an admin assigns an opening's hiring manager to someone else");
  }

  private restrict<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, condition: string): SelectQueryBuilder<T> {
    const managerId = this.managerId();
    return managerId === null ? qb : qb.andWhere(condition, { [ME]: managerId });
  }

  private async one<T extends TenantOwnedEntity>(
    repo: TenantRepository<T>,
    alias: string,
    condition: (alias: string) => string,
    id: string,
    manager: EntityManager | undefined,
    lock: boolean,
  ): Promise<T | null> {
    const qb = this.restrict((manager ? repo.withManager(manager) : repo).qb(alias), condition(alias)).andWhere(`${alias}.id = :id`, { id });
    if (lock) qb.setLock('pessimistic_write', undefined, [alias]);
    return qb.getOne();
  }
}

function notFound(label: string, id: string): never {
  throw new NotFoundException(`${label} ${id} was not found`);
}
