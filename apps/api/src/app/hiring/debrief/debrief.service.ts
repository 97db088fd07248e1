import { Injectable, NotFoundException } from '@nestjs/common';
import type { CompetencyAggregate, Debrief, Recommendation } from '@rapport/shared/contracts';
import { computeRecommendation, panelAgreement, panelAggregate, type PanelRating } from '@rapport/shared/scoring';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { CompetencyEntity } from '../../competencies/competency.entity';
import { ApplicationEntity } from '../applications/application.entity';
import { InterviewKitVersionEntity } from '../kits/interview-kit-version.entity';
import { OpeningEntity } from '../openings/opening.entity';
import { InterviewAccess } from '../interviews/interview-access.service';
import { InterviewEntity } from '../interviews/interview.entity';
import { ScorecardEntity } from '../interviews/scorecard.entity';

const round = (x: number | null, digits = 2) => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits);

/** What `load` maps onto the entities it reads in one statement (`opening` is the entity's own relation). */
type Mapped = ApplicationEntity & { interviews?: (InterviewEntity & { pinned?: InterviewKitVersionEntity; panel?: ScorecardEntity[] })[] };

/** An application with its interviews, each with the kit version it pinned and its whole panel. */
interface Loaded {
  app: ApplicationEntity;
  /** The opening's hiring manager, who sees its submitted scorecards without sitting on a panel. */
  hiringManagerId: string;
  interviews: { interview: InterviewEntity; version: InterviewKitVersionEntity | null; panel: ScorecardEntity[] }[];
}

/**
 * The debrief: numbers computed from submitted scorecards only (drafts never count), by the pure
 * functions of @rapport/shared/scoring. Across several interviews of one application, each
 * (interview, question) pair is a unit of agreement.
 */
@Injectable()
export class DebriefService {
  constructor(
    @InjectTenantRepository(CompetencyEntity) private readonly competencies: TenantRepository<CompetencyEntity>,
    @InjectTenantRepository(ApplicationEntity) private readonly applications: TenantRepository<ApplicationEntity>,
    private readonly access: InterviewAccess,
  ) {}

  /** The debrief of one interview: one statement for the interview, its application, kit version and panel. */
  async forInterview(interviewId: string): Promise<Debrief> {
    const loaded = await this.load({ interviewId });
    if (!loaded) throw new NotFoundException(`Interview ${interviewId} was not found`);
    const panel = loaded.interviews.flatMap((i) => i.panel);
    this.access.assertMayOpen(interviewId, panel, loaded.hiringManagerId);
    this.access.assertMaySeeSubmitted(panel, loaded.hiringManagerId);
    return this.compute(loaded);
  }

  /** The debrief of every interview of an application: one statement for all of them and their panels. */
  async forApplication(applicationId: string): Promise<Debrief> {
    const loaded = await this.load({ applicationId });
    if (!loaded) throw new NotFoundException(`Application ${applicationId} was not found`);
    this.access.assertMaySeeSubmitted(loaded.interviews.flatMap((i) => i.panel), loaded.hiringManagerId);
    return this.compute(loaded);
  }

  /** No visibility check: for the decision, which is itself restricted. */
  async computeForApplication(applicationId: string): Promise<Debrief> {
    const loaded = await this.load({ applicationId });
    if (!loaded) throw new NotFoundException(`Application ${applicationId} was not found`);
    return this.compute(loaded);
  }

  /**
   * The application with its opening and its interviews (all, or the one asked for) in the order
   * they were scheduled, each with its pinned kit version and its panel in the order the scorecards
   * were opened: one statement. `null` when there is no such application (or interview) in the
   * caller's organization.
   */
  private async load(which: { applicationId: string } | { interviewId: string }): Promise<Loaded | null> {
    const qb = this.applications.qb('a');
    const ofApplication = 'i.organization_id = a.organization_id AND i.application_id = a.id';
    if ('interviewId' in which) {
      qb.innerJoinAndMapMany('a.interviews', InterviewEntity, 'i', `${ofApplication} AND i.id = :interviewId`, { interviewId: which.interviewId });
    } else {
      qb.leftJoinAndMapMany('a.interviews', InterviewEntity, 'i', ofApplication).andWhere('a.id = :applicationId', {
        applicationId: which.applicationId,
      });
    }
    const app = (await qb
      .innerJoinAndMapOne('a.opening', OpeningEntity, 'o', 'o.organization_id = a.organization_id AND o.id = a.opening_id')
      .leftJoinAndMapOne('i.pinned', InterviewKitVersionEntity, 'v', 'v.organization_id = i.organization_id AND v.id = i.kit_version_id')
      .leftJoinAndMapMany('i.panel', ScorecardEntity, 's', 's.organization_id = i.organization_id AND s.interview_id = i.id')
      .orderBy('i.scheduled_at', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .addOrderBy('s.created_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getOne()) as Mapped | null;
    if (!app?.opening) return null;
    return {
      app,
      hiringManagerId: app.opening.hiringManagerId,
      interviews: (app.interviews ?? []).map((i) => ({ interview: i, version: i.pinned ?? null, panel: i.panel ?? [] })),
    };
  }

  private async compute({ app, interviews }: Loaded): Promise<Debrief> {
    const ids = interviews.map((i) => i.interview.id);
    const cards = interviews.flatMap((i) => i.panel);
    const submitted = cards.filter((c) => c.status === 'submitted');
    const competencyOf = new Map<string, string>(); // `${interviewId}:${questionId}` → competency
    for (const { interview, version } of interviews) {
      for (const q of version?.questions ?? []) competencyOf.set(`${interview.id}:${q.id}`, q.competencyId);
    }
    const ratings: PanelRating[] = submitted.flatMap((card) =>
      card.ratings.flatMap((r) => {
        const unit = `${card.interviewId}:${r.questionId}`;
        const competencyId = competencyOf.get(unit);
        return competencyId ? [{ interviewerId: card.interviewerId, questionId: unit, competencyId, rating: r.rating }] : [];
      }),
    );
    const names = await this.competencyNames();
    const aggregates = panelAggregate(ratings);
    const competencies: CompetencyAggregate[] = aggregates
      .map((a) => ({
        competencyId: a.competencyId,
        competencyName: names.get(a.competencyId)?.name ?? '',
        mean: round(a.mean),
        min: a.min,
        max: a.max,
        sd: round(a.stdDev),
        n: a.n,
        disagreement: a.disagreement,
        byInterviewer: a.scores.map((s) => ({ interviewerId: s.interviewerId, score: round(s.score) ?? 0 })),
      }))
      .sort((x, y) => (names.get(x.competencyId)?.position ?? 0) - (names.get(y.competencyId)?.position ?? 0));
    const alpha = panelAgreement(ratings, 'ordinal');
    const raters = new Set(ratings.filter((r) => r.rating !== null).map((r) => r.interviewerId)).size;
    const units = new Set(ratings.filter((r) => r.rating !== null).map((r) => r.questionId)).size;
    const computed = computeRecommendation(aggregates.map((a) => ({ competencyId: a.competencyId, score: a.mean })));
    return {
      applicationId: app.id,
      interviewIds: ids,
      submittedScorecards: submitted.length,
      pendingScorecards: cards.length - submitted.length,
      competencies,
      agreement:
        alpha.alpha === null
          ? { alpha: null, metric: 'ordinal', raters, units, reason: alpha.reason }
          : { alpha: round(alpha.alpha, 3) as number, metric: 'ordinal', raters, units },
      overallScore: round(computed.overallScore),
      computedRecommendation: computed.recommendation,
      recommendations: submitted
        .filter((c): c is ScorecardEntity & { recommendation: Recommendation } => c.recommendation !== null)
        .map((c) => ({ interviewerId: c.interviewerId, recommendation: c.recommendation })),
      decision:
        app.decision && app.decidedAt && app.decidedById
          ? {
              decision: app.decision,
              rationale: app.decisionRationale ?? '',
              computedRecommendation: app.computedRecommendation,
              override: app.decisionOverride,
              decidedById: app.decidedById,
              decidedAt: app.decidedAt.toISOString(),
            }
          : null,
    };
  }

  private async competencyNames(): Promise<Map<string, { name: string; position: number }>> {
    const rows = await this.competencies.find();
    return new Map(rows.map((c) => [c.id, { name: c.name, position: c.position }]));
  }
}
