import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import type { Scorecard } from '@rapport/shared/contracts';
import type { EntityManager } from 'typeorm';
import { ValidationFailedException } from '../../../common/filters/validation-exception';
import { Transactions } from '../../../common/persistence/transaction';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { AuditService } from '../../audit/audit.service';
import { UserEntity } from '../../users/user.entity';
import { InterviewKitVersionEntity } from '../kits/interview-kit-version.entity';
import { InterviewAccess } from './interview-access.service';
import { InterviewEntity } from './interview.entity';
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
    const { panel, hiringManagerId } = await this.access.visibleInterview(interviewId);
    this.access.assertMaySeeSubmitted(panel, hiringManagerId);
    const me = this.access.caller().userId;
    const visible = panel.filter((s) => s.status === 'submitted' || s.interviewerId === me);
    const names = await this.related.userNames(visible.map((s) => s.interviewerId));
    return visible.map((s) => toScorecard(s, names.get(s.interviewerId) ?? ''));
  }

  async mine(interviewId: string): Promise<Scorecard> {
    const { card, interviewerName } = await this.myCard(interviewId);
    return toScorecard(card, interviewerName);
  }

  /** Saves a draft. A submitted scorecard is locked: amend it instead. */
  async saveDraft(interviewId: string, dto: SaveScorecardDto): Promise<Scorecard> {
    const { saved, interviewerName } = await this.tx.run(async (manager) => {
      const { card, version, interviewerName } = await this.myCard(interviewId, manager);
      if (card.status === 'submitted') {
        throw new ConflictException('The scorecard is submitted and locked; amend it with a reason instead');
      }
      this.assertShape(dto, version);
      card.ratings = toStoredRatings(dto.ratings);
      if (dto.recommendation !== undefined) card.recommendation = dto.recommendation;
      card.status = 'draft';
      return { saved: await this.scorecards.withManager(manager).save(card), interviewerName };
    });
    return toScorecard(saved, interviewerName);
  }

  /**
   * Submits the caller's scorecard. The audit append is the transaction's last statement, so the
   * organization's audit lock is held only for it and COMMIT; the response is built after COMMIT.
   */
  async submit(interviewId: string): Promise<Scorecard> {
    const { saved, interviewerName } = await this.tx.run(async (manager) => {
      const { card, version, interviewerName } = await this.myCard(interviewId, manager);
      if (card.status === 'submitted') throw new ConflictException('The scorecard is already submitted');
      const errors = submitErrors(card.ratings, card.recommendation, version.questions, version.evidenceRequired);
      if (errors.length) throw new ValidationFailedException(errors);
      card.status = 'submitted';
      card.submittedAt = new Date();
      const saved = await this.scorecards.withManager(manager).save(card);
      await this.audit.record({ action: 'scorecard.submitted', entityType: 'scorecard', entityId: card.id, after: saved }, manager);
      return { saved, interviewerName };
    });
    return toScorecard(saved, interviewerName);
  }

  /** Changes a submitted scorecard; the original stays in the audit trail with the reason. */
  async amend(interviewId: string, dto: AmendScorecardDto): Promise<Scorecard> {
    const { saved, interviewerName } = await this.tx.run(async (manager) => {
      const { card, version, interviewerName } = await this.myCard(interviewId, manager);
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
      return { saved, interviewerName };
    });
    return toScorecard(saved, interviewerName);
  }

  private assertShape(dto: SaveScorecardDto, version: PinnedVersion): void {
    const errors = ratingShapeErrors(dto.ratings, version.questions);
    if (errors.length) throw new ValidationFailedException(errors);
  }

  /**
   * The caller's own scorecard (row-locked inside a transaction) with the kit version its interview
   * pinned and the caller's name, in one statement. Only panel members have one: otherwise 404 for
   * whoever may not open the interview, 403 for whoever may open it without sitting on the panel
   * (owner, admin, HR, the opening's hiring manager).
   */
  private async myCard(interviewId: string, manager?: EntityManager): Promise<{ card: ScorecardEntity; version: PinnedVersion; interviewerName: string }> {
    const me = this.access.caller().userId;
    const qb = (manager ? this.scorecards.withManager(manager) : this.scorecards)
      .qb('s')
      .innerJoin(InterviewEntity, 'i', 'i.organization_id = s.organization_id AND i.id = s.interview_id')
      .innerJoin(InterviewKitVersionEntity, 'v', 'v.organization_id = i.organization_id AND v.id = i.kit_version_id')
      .leftJoin(UserEntity, 'u', 'u.organization_id = s.organization_id AND u.id = s.interviewer_id')
      .addSelect('v.questions', 'pinned_questions')
      .addSelect('v.evidence_required', 'pinned_evidence_required')
      .addSelect('u.name', 'interviewer_name')
      .andWhere('s.interview_id = :interviewId AND s.interviewer_id = :me', { interviewId, me });
    if (manager) qb.setLock('pessimistic_write', undefined, ['s']);
    const { entities, raw } = await qb.getRawAndEntities<MyCardRow>();
    const [card, row] = [entities[0], raw[0]];
    if (!card || !row) {
      await this.access.visibleInterview(interviewId, manager);
      throw new ForbiddenException('Only panel members have a scorecard for this interview');
    }
    return {
      card,
      version: { questions: row.pinned_questions, evidenceRequired: row.pinned_evidence_required },
      interviewerName: row.interviewer_name ?? '',
    };
  }
}

type PinnedVersion = Pick<InterviewKitVersionEntity, 'questions' | 'evidenceRequired'>;

/** The extra columns of `myCard`'s statement. */
interface MyCardRow {
  pinned_questions: InterviewKitVersionEntity['questions'];
  pinned_evidence_required: boolean;
  interviewer_name: string | null;
}
