import { Injectable } from '@nestjs/common';
import type { KitQuestion, QualityOfHire } from '@rapport/shared/contracts';
import { DataSource, In } from 'typeorm';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { RequestContext } from '../../../common/tenancy/request-context';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { CompetencyEntity } from '../../competencies/competency.entity';
import { CultureDataService } from '../../culture/culture-scores/culture-data.service';
import { buildCultureSeries } from '../../culture/culture-scores/culture-score-builder';
import { periodKeyOf, periodStartMonth } from '../../culture/culture-scores/periods';
import { addMonths, monthOf, today } from '../../culture/shared/dates';
import { CultureSettingsService } from '../../culture/settings/culture-settings.service';
import { InterviewKitVersionEntity } from '../../hiring/kits/interview-kit-version.entity';
import { UserEntity } from '../../users/user.entity';
import { buildQualityOfHire, outcomeAfterHire, type HireScorecard, type QuestionInfo } from './quality-of-hire-builder';

/** A hire needs this many scored quarters after their hire quarter to count. */
export const MIN_QUARTERS_AFTER_HIRE = 2;
/** Culture history considered: five years, the longest range culture scores are computed over. */
const MAX_MONTHS = 60;

/** Who sees every interviewer's named row; everyone else sees only their own. */
const SEES_ALL_INTERVIEWERS = ['owner', 'hr'];

interface HireRow {
  staffMemberId: string;
  hiredAt: string;
  interviewerId: string | null;
  kitVersionId: string | null;
  ratings: HireScorecard['ratings'] | null;
}

@Injectable()
export class QualityOfHireService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly culture: CultureDataService,
    private readonly settings: CultureSettingsService,
    @InjectTenantRepository(InterviewKitVersionEntity) private readonly kitVersions: TenantRepository<InterviewKitVersionEntity>,
    @InjectTenantRepository(CompetencyEntity) private readonly competencies: TenantRepository<CompetencyEntity>,
    @InjectTenantRepository(UserEntity) private readonly users: TenantRepository<UserEntity>,
  ) {}

  async report(): Promise<QualityOfHire> {
    const organizationId = RequestContext.organizationId();
    // Staff hired through Rapport, with every submitted scorecard of their application's interviews.
    const rows: HireRow[] = await this.dataSource.query(
      `SELECT s.id AS "staffMemberId", to_char(s.hired_at, 'YYYY-MM-DD') AS "hiredAt",
              sc.interviewer_id AS "interviewerId", i.kit_version_id AS "kitVersionId", sc.ratings
         FROM staff_members s
         LEFT JOIN interviews i ON i.application_id = s.application_id AND i.organization_id = s.organization_id
         LEFT JOIN scorecards sc ON sc.interview_id = i.id AND sc.organization_id = s.organization_id AND sc.status = 'submitted'
        WHERE s.organization_id = $1 AND s.application_id IS NOT NULL`,
      [organizationId],
    );
    const hiredAt = new Map(rows.map((r) => [r.staffMemberId, r.hiredAt]));
    const scorecards: HireScorecard[] = rows
      .filter((r): r is HireRow & { interviewerId: string; ratings: HireScorecard['ratings'] } => r.interviewerId !== null && r.ratings !== null)
      .map((r) => ({ staffMemberId: r.staffMemberId, interviewerId: r.interviewerId, ratings: r.ratings }));
    const versionIds = [...new Set(rows.map((r) => r.kitVersionId).filter((v): v is string => v !== null))];
    const interviewerIds = [...new Set(scorecards.map((s) => s.interviewerId))];

    const [outcomes, versions, competencies, interviewers] = await Promise.all([
      this.outcomes(hiredAt),
      versionIds.length ? this.kitVersions.find({ where: { id: In(versionIds) }, order: { version: 'ASC' } }) : Promise.resolve([]),
      this.competencies.find({ order: { position: 'ASC' } }),
      interviewerIds.length ? this.users.find({ where: { id: In(interviewerIds) }, select: { id: true, name: true, organizationId: true } }) : Promise.resolve([]),
    ]);
    // Question ids are stable across versions of a kit; the newest version's wording wins.
    const questions = new Map<string, QuestionInfo>();
    for (const v of versions) {
      for (const q of v.questions as KitQuestion[]) questions.set(q.id, { prompt: q.prompt, competencyId: q.competencyId, kitId: v.kitId, kitName: v.name });
    }
    const body = buildQualityOfHire({
      hires: [...hiredAt.keys()].map((id) => ({ staffMemberId: id, outcome: outcomes.get(id) ?? null })),
      scorecards,
      questions,
      competencies,
      interviewers: new Map(interviewers.map((u) => [u.id, u.name])),
      minQuarters: MIN_QUARTERS_AFTER_HIRE,
    });
    const caller = RequestContext.caller();
    if (caller && caller.roles.some((r) => SEES_ALL_INTERVIEWERS.includes(r))) return { ...body, hiddenInterviewers: 0 };
    const own = body.byInterviewer.filter((r) => r.interviewerId === caller?.userId);
    return { ...body, byInterviewer: own, hiddenInterviewers: body.byInterviewer.length - own.length };
  }

  /** Each hire's mean quarterly culture score after their hire quarter (absent: too little data). */
  private async outcomes(hiredAt: ReadonlyMap<string, string>): Promise<Map<string, number>> {
    if (hiredAt.size === 0) return new Map();
    const to = monthOf(today());
    const earliest = [...hiredAt.values()].map(monthOf).sort()[0];
    const from = periodStartMonth(earliest > addMonths(to, -(MAX_MONTHS - 3)) ? earliest : addMonths(to, -(MAX_MONTHS - 3)), 'quarter');
    const [data, minRaters] = await Promise.all([
      this.culture.load({ level: 'staff', from, to, staffIds: new Set(hiredAt.keys()) }),
      this.settings.minRaters(),
    ]);
    const series = buildCultureSeries(data, { unit: 'quarter', from, to, minRaters });
    const out = new Map<string, number>();
    for (const s of series.items) {
      const hired = hiredAt.get(s.subjectId);
      if (!hired) continue;
      const value = outcomeAfterHire(s.points, periodKeyOf(monthOf(hired), 'quarter'), MIN_QUARTERS_AFTER_HIRE);
      if (value !== null) out.set(s.subjectId, value);
    }
    return out;
  }
}
