import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { RequestContext, type Caller } from '../../../common/tenancy/request-context';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { HIRING_MANAGERS } from '../hiring.roles';
import { InterviewEntity } from './interview.entity';
import { ScorecardEntity } from './scorecard.entity';

const isManager = (caller: Caller) => caller.roles.some((r) => HIRING_MANAGERS.includes(r));

/**
 * Independence by construction (DESIGN.md §3): a panel member sees other scorecards only after
 * submitting their own; managers not on the panel see submitted scorecards; drafts are never
 * shown to anyone but their author; everyone else does not see the interview at all (404).
 */
@Injectable()
export class InterviewAccess {
  constructor(
    @InjectTenantRepository(InterviewEntity) private readonly interviews: TenantRepository<InterviewEntity>,
    @InjectTenantRepository(ScorecardEntity) private readonly scorecards: TenantRepository<ScorecardEntity>,
  ) {}

  caller(): Caller {
    const caller = RequestContext.caller();
    if (!caller) throw new ForbiddenException();
    return caller;
  }

  /** The interview if the caller is on its panel or manages hiring; otherwise 404. */
  async visibleInterview(id: string, manager?: EntityManager): Promise<{ interview: InterviewEntity; panel: ScorecardEntity[] }> {
    // Inside a transaction, read on its connection: a second connection per request starves the pool.
    const interviews = manager ? this.interviews.withManager(manager) : this.interviews;
    const scorecards = manager ? this.scorecards.withManager(manager) : this.scorecards;
    const interview = await interviews.findByIdOrFail(id);
    const panel = await scorecards.find({ where: { interviewId: id }, order: { createdAt: 'ASC', id: 'ASC' } });
    this.assertMayOpen(id, panel);
    return { interview, panel };
  }

  /** 404 unless the caller manages hiring or sits on the interview's panel (`panel` as loaded with it). */
  assertMayOpen(id: string, panel: readonly { interviewerId: string }[]): void {
    const caller = this.caller();
    if (!isManager(caller) && !panel.some((s) => s.interviewerId === caller.userId)) {
      throw new NotFoundException(`Interview ${id} was not found`);
    }
  }

  /**
   * Throws unless the caller may see the submitted scorecards of these interviews: 403 for a
   * panel member who has not yet submitted, 404 for someone with no business seeing them.
   */
  assertMaySeeSubmitted(panel: ScorecardEntity[]): void {
    const caller = this.caller();
    const mine = panel.filter((s) => s.interviewerId === caller.userId);
    if (mine.some((s) => s.status !== 'submitted')) {
      throw new ForbiddenException(
        "Submit your own scorecard first: the panel's ratings stay hidden until you have committed yours",
      );
    }
    if (mine.length === 0 && !isManager(caller)) throw new NotFoundException('The interview was not found');
  }
}
