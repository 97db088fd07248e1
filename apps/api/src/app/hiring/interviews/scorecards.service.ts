import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import type { Scorecard } from '@rapport/shared/contracts';
import type { EntityManager } from 'typeorm';
import { ValidationFailedException } from '../../../common/filters/validation-exception';
import { Transactions } from '../../../common/persistence/transaction';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { AuditService } from '../../audit/audit.service';
import type { InterviewKitVersionEntity } from '../kits/interview-kit-version.entity';
import { InterviewAccess } from './interview-access.service';
import type { AmendScorecardDto, SaveScorecardDto } from './interview.dto';
import { InterviewRelations } from './interview-relations.service';
import { toScorecard } from './scorecard.mapper';
import { ratingShapeErrors, submitErrors, toStoredRatings } from './scorecard-rules';
import { ScorecardEntity } from './scorecard.entity';

@Injectable()
export class ScorecardsService {
  constructor(
    @InjectTenantRepository(ScorecardEntity) private readonly scorecards: TenantRepository<ScorecardEntity>,
    private readonly access: InterviewAccess,
    private readonly related: InterviewRelations,
    private readonly audit: AuditService,
    private readonly tx: Transactions,
  ) {}

  /** The panel's scorecards as the caller may see them (independence rules in InterviewAccess). */
  async list(interviewId: string): Promise<Scorecard[]> {
    const { panel } = await this.access.visibleInterview(interviewId);
    this.access.assertMaySeeSubmitted(panel);
    const me = this.access.caller().userId;
    const visible = panel.filter((s) => s.status === 'submitted' || s.interviewerId === me);
    const names = await this.related.userNames(visible.map((s) => s.interviewerId));
    return visible.map((s) => toScorecard(s, names.get(s.interviewerId) ?? ''));
  }

  async mine(interviewId: string): Promise<Scorecard> {
    const { card } = await this.myCard(interviewId);
    return this.present(card);
  }

  /** Saves a draft. A submitted scorecard is locked: amend it instead. */
  saveDraft(interviewId: string, dto: SaveScorecardDto): Promise<Scorecard> {
    return this.tx.run(async (manager) => {
      const { card, version } = await this.myCard(interviewId, manager);
      if (card.status === 'submitted') {
        throw new ConflictException('The scorecard is submitted and locked; amend it with a reason instead');
      }
      this.assertShape(dto, version);
      card.ratings = toStoredRatings(dto.ratings);
      if (dto.recommendation !== undefined) card.recommendation = dto.recommendation;
      card.status = 'draft';
      return this.present(await this.scorecards.withManager(manager).save(card), manager);
    });
  }

  submit(interviewId: string): Promise<Scorecard> {
    return this.tx.run(async (manager) => {
      const { card, version } = await this.myCard(interviewId, manager);
      if (card.status === 'submitted') throw new ConflictException('The scorecard is already submitted');
      const errors = submitErrors(card.ratings, card.recommendation, version.questions, version.evidenceRequired);
      if (errors.length) throw new ValidationFailedException(errors);
      card.status = 'submitted';
      card.submittedAt = new Date();
      const saved = await this.scorecards.withManager(manager).save(card);
      await this.audit.record({ action: 'scorecard.submitted', entityType: 'scorecard', entityId: card.id, after: saved }, manager);
      return this.present(saved, manager);
    });
  }

  /** Changes a submitted scorecard; the original stays in the audit trail with the reason. */
  amend(interviewId: string, dto: AmendScorecardDto): Promise<Scorecard> {
    return this.tx.run(async (manager) => {
      const { card, version } = await this.myCard(interviewId, manager);
      if (card.status !== 'submitted') throw new ConflictException('Only a submitted scorecard is amended; save the draft instead');
      this.assertShape(dto, version);
      const ratings = toStoredRatings(dto.ratings);
      const errors = submitErrors(ratings, dto.recommendation, version.questions, version.evidenceRequired);
      if (errors.length) throw new ValidationFailedException(errors);
      const before = { ratings: card.ratings, recommendation: card.recommendation, submittedAt: card.submittedAt };
      card.ratings = ratings;
      card.recommendation = dto.recommendation;
      card.amendedAt = new Date();
      const saved = await this.scorecards.withManager(manager).save(card);
      await this.audit.record(
        {
          action: 'scorecard.amended',
          entityType: 'scorecard',
          entityId: card.id,
          before,
          after: { ratings: saved.ratings, recommendation: saved.recommendation, reason: dto.reason },
        },
        manager,
      );
      return this.present(saved, manager);
    });
  }

  private assertShape(dto: SaveScorecardDto, version: InterviewKitVersionEntity): void {
    const errors = ratingShapeErrors(dto.ratings, version.questions);
    if (errors.length) throw new ValidationFailedException(errors);
  }

  /** The caller's own scorecard; only panel members have one. */
  private async myCard(interviewId: string, manager?: EntityManager) {
    const { interview } = await this.access.visibleInterview(interviewId, manager);
    const me = this.access.caller().userId;
    const repo = manager ? this.scorecards.withManager(manager) : this.scorecards;
    const card = await repo.findOne({ interviewId, interviewerId: me }, { lock: !!manager });
    if (!card) throw new ForbiddenException('Only panel members have a scorecard for this interview');
    const version = await this.related.version(interview.kitVersionId, manager);
    return { card, version };
  }

  private async present(card: ScorecardEntity, manager?: EntityManager): Promise<Scorecard> {
    const names = await this.related.userNames([card.interviewerId], manager);
    return toScorecard(card, names.get(card.interviewerId) ?? '');
  }
}
