import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { RequestContext, type Caller } from '../../../common/tenancy/request-context';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { ApplicationEntity } from '../applications/application.entity';
import { HiringScope } from '../hiring-scope.service';
import { OpeningEntity } from '../openings/opening.entity';
import { InterviewEntity } from './interview.entity';
import { ScorecardEntity } from './scorecard.entity';

/** Which interviews a caller may list when not asking for their own panels only. */
export type InterviewScope = 'all' | 'managed_or_panel' | 'panel';

/**
 * Independence by construction (DESIGN.md §3, ADR 0007): a panel member sees other scorecards
 * only after submitting their own; owner, admin and HR, and the opening's hiring manager, when not
 * on the panel see submitted scorecards; drafts are never shown to anyone but their author;
 * everyone else — another opening's hiring manager included — does not see the interview at all
 * (404, so ids leak nothing).
 */
@Injectable()
export class InterviewAccess {
  constructor(
    @InjectTenantRepository(InterviewEntity) private readonly interviews: TenantRepository<InterviewEntity>,
    @InjectTenantRepository(ScorecardEntity) private readonly scorecards: TenantRepository<ScorecardEntity>,
    private readonly hiring: HiringScope,
  ) {}

  caller(): Caller {
    const caller = RequestContext.caller();
    if (!caller) throw new ForbiddenException();
    return caller;
  }

  /** Which interviews `GET /api/interviews` lists to the caller (before `mine=true` narrows it). */
  scope(): InterviewScope {
    const caller = this.caller();
    if (this.hiring.seesAll()) return 'all';
    return caller.roles.includes('hiring_manager') ? 'managed_or_panel' : 'panel';
  }

  /** Whether the caller oversees interviews of the opening managed by `hiringManagerId`, panel aside. */
  managesOpening(hiringManagerId: string): boolean {
    const scope = this.scope();
    return scope === 'all' || (scope === 'managed_or_panel' && hiringManagerId === this.caller().userId);
  }

  /**
   * The interview, its panel and its opening's hiring manager if the caller may open it; otherwise
   * 404. Two statements: the interview with its opening's hiring manager, then the panel.
   */
  async visibleInterview(
    id: string,
    manager?: EntityManager,
  ): Promise<{ interview: InterviewEntity; panel: ScorecardEntity[]; hiringManagerId: string }> {
    // Inside a transaction, read on its connection: a second connection per request starves the pool.
    const interviews = manager ? this.interviews.withManager(manager) : this.interviews;
    const scorecards = manager ? this.scorecards.withManager(manager) : this.scorecards;
    const { entities, raw } = await interviews
      .qb('i')
      .innerJoin(ApplicationEntity, 'a', 'a.organization_id = i.organization_id AND a.id = i.application_id')
      .innerJoin(OpeningEntity, 'o', 'o.organization_id = a.organization_id AND o.id = a.opening_id')
      .addSelect('o.hiring_manager_id', 'opening_hiring_manager_id')
      .andWhere('i.id = :id', { id })
      .getRawAndEntities<{ opening_hiring_manager_id: string }>();
    const [interview, row] = [entities[0], raw[0]];
    if (!interview || !row) throw new NotFoundException(`Interview ${id} was not found`);
    const panel = await scorecards.find({ where: { interviewId: id }, order: { createdAt: 'ASC', id: 'ASC' } });
    const hiringManagerId = row.opening_hiring_manager_id;
    this.assertMayOpen(id, panel, hiringManagerId);
    return { interview, panel, hiringManagerId };
  }

  /**
   * 404 unless the caller sits on the interview's panel (`panel` as loaded with it) or oversees its
   * opening (`hiringManagerId`: the opening's hiring manager).
   */
  assertMayOpen(id: string, panel: readonly { interviewerId: string }[], hiringManagerId: string): void {
    const caller = this.caller();
    if (!this.managesOpening(hiringManagerId) && !panel.some((s) => s.interviewerId === caller.userId)) {
      throw new NotFoundException(`Interview ${id} was not found`);
    }
  }

  /**
   * Throws unless the caller may see the submitted scorecards of these interviews (all of one
   * opening, managed by `hiringManagerId`): 403 for a panel member who has not yet submitted, 404
   * for someone with no business seeing them.
   */
  assertMaySeeSubmitted(panel: readonly Pick<ScorecardEntity, 'interviewerId' | 'status'>[], hiringManagerId: string): void {
    const caller = this.caller();
    const mine = panel.filter((s) => s.interviewerId === caller.userId);
    if (mine.length === 0 && !this.managesOpening(hiringManagerId)) throw new NotFoundException('The interview was not found');
    if (mine.some((s) => s.status !== 'submitted')) {
      throw new ForbiddenException(
        "Submit your own scorecard first: the panel's ratings stay hidden until you have committed yours",
      );
    }
  }
}
