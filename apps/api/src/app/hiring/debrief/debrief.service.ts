import { Injectable } from '@nestjs/common';
import type { CompetencyAggregate, Debrief, Recommendation } from '@rapport/shared/contracts';
import { computeRecommendation, panelAgreement, panelAggregate, type PanelRating } from '@rapport/shared/scoring';
import { In } from 'typeorm';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { CompetencyEntity } from '../../competencies/competency.entity';
import { ApplicationEntity } from '../applications/application.entity';
import { InterviewKitVersionEntity } from '../kits/interview-kit-version.entity';
import { InterviewAccess } from '../interviews/interview-access.service';
import { InterviewEntity } from '../interviews/interview.entity';
import { ScorecardEntity } from '../interviews/scorecard.entity';

const round = (x: number | null, digits = 2) => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits);

/**
 * The debrief: numbers computed from submitted scorecards only (drafts never count), by the pure
 * functions of @rapport/shared/scoring. Across several interviews of one application, each
 * (interview, question) pair is a unit of agreement.
 */
@Injectable()
export class DebriefService {
  constructor(
    @InjectTenantRepository(InterviewEntity) private readonly interviews: TenantRepository<InterviewEntity>,
    @InjectTenantRepository(ScorecardEntity) private readonly scorecards: TenantRepository<ScorecardEntity>,
    @InjectTenantRepository(InterviewKitVersionEntity) private readonly versions: TenantRepository<InterviewKitVersionEntity>,
    @InjectTenantRepository(CompetencyEntity) private readonly competencies: TenantRepository<CompetencyEntity>,
    @InjectTenantRepository(ApplicationEntity) private readonly applications: TenantRepository<ApplicationEntity>,
    private readonly access: InterviewAccess,
  ) {}

  async forInterview(interviewId: string): Promise<Debrief> {
    const { interview, panel } = await this.access.visibleInterview(interviewId);
    this.access.assertMaySeeSubmitted(panel);
    const app = await this.applications.findByIdOrFail(interview.applicationId);
    return this.compute(app, [interview]);
  }

  async forApplication(applicationId: string): Promise<Debrief> {
    const app = await this.applications.findByIdOrFail(applicationId);
    const interviews = await this.interviews.find({ where: { applicationId }, order: { scheduledAt: 'ASC' } });
    this.access.assertMaySeeSubmitted(await this.access.panelsOf(interviews.map((i) => i.id)));
    return this.compute(app, interviews);
  }

  /** No visibility check: for the decision, which is itself restricted. */
  async computeForApplication(applicationId: string): Promise<Debrief> {
    const app = await this.applications.findByIdOrFail(applicationId);
    return this.compute(app, await this.interviews.find({ where: { applicationId } }));
  }

  private async compute(app: ApplicationEntity, interviews: InterviewEntity[]): Promise<Debrief> {
    const ids = interviews.map((i) => i.id);
    const cards = ids.length ? await this.scorecards.find({ where: { interviewId: In(ids) } }) : [];
    const submitted = cards.filter((c) => c.status === 'submitted');
    const versionIds = [...new Set(interviews.map((i) => i.kitVersionId))];
    const versions = versionIds.length ? await this.versions.find({ where: { id: In(versionIds) } }) : [];
    const competencyOf = new Map<string, string>(); // `${interviewId}:${questionId}` → competency
    for (const interview of interviews) {
      const version = versions.find((v) => v.id === interview.kitVersionId);
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
