import { Injectable } from '@nestjs/common';
import type { InterviewerCalibration } from '@rapport/shared/contracts';
import { interviewerCalibration, type InterviewRating } from '@rapport/shared/scoring';
import { In } from 'typeorm';
import { ValidationFailedException } from '../../../common/filters/validation-exception';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { UserEntity } from '../../users/user.entity';
import { HiringScope } from '../hiring-scope.service';
import { InterviewKitVersionEntity } from '../kits/interview-kit-version.entity';
import { InterviewEntity } from '../interviews/interview.entity';
import { ScorecardEntity, type StoredRating } from '../interviews/scorecard.entity';

/**
 * Interviewer leniency/severity over interviews scheduled in a period (submitted scorecards only),
 * of the openings the caller may see (HiringScope).
 */
@Injectable()
export class CalibrationService {
  constructor(
    @InjectTenantRepository(ScorecardEntity) private readonly scorecards: TenantRepository<ScorecardEntity>,
    @InjectTenantRepository(InterviewKitVersionEntity) private readonly versions: TenantRepository<InterviewKitVersionEntity>,
    @InjectTenantRepository(UserEntity) private readonly users: TenantRepository<UserEntity>,
    private readonly scope: HiringScope,
  ) {}

  /** `from` inclusive, `to` exclusive (ISO 8601); 400 naming `from` when it is after `to`. */
  async calibration(from?: string, to?: string): Promise<InterviewerCalibration[]> {
    if (from && to && Date.parse(from) > Date.parse(to)) {
      throw new ValidationFailedException([{ field: 'from', message: 'from must not be after to' }]);
    }
    // One join instead of an id list: a group's year holds more interviews than a statement's
    // parameter limit (65,535), and the join is served by the (organization_id, ...) indexes.
    const qb = this.scorecards
      .qb('s')
      .innerJoin(InterviewEntity, 'i', 'i.id = s.interview_id AND i.organization_id = s.organization_id')
      .select('s.interview_id', 'interviewId')
      .addSelect('s.interviewer_id', 'interviewerId')
      .addSelect('s.ratings', 'ratings')
      .addSelect('i.kit_version_id', 'kitVersionId')
      .andWhere("s.status = 'submitted'");
    // A hiring manager calibrates over the interviews of the openings they manage: the scorecards
    // they may already read there, not the whole organization's interviewers.
    this.scope.restrictInterviews(qb, 'i');
    if (from) qb.andWhere('i.scheduled_at >= :from', { from });
    if (to) qb.andWhere('i.scheduled_at < :to', { to });
    const cards = await qb.getRawMany<{ interviewId: string; interviewerId: string; ratings: StoredRating[]; kitVersionId: string }>();
    if (cards.length === 0) return [];
    const versionIds = [...new Set(cards.map((c) => c.kitVersionId))];
    const versions = new Map((await this.versions.find({ where: { id: In(versionIds) } })).map((v) => [v.id, v]));
    const ratings: InterviewRating[] = cards.flatMap((c) => {
      const competencyOf = new Map((versions.get(c.kitVersionId)?.questions ?? []).map((q) => [q.id, q.competencyId]));
      return c.ratings.flatMap((r) => {
        const competencyId = competencyOf.get(r.questionId);
        return competencyId ? [{ interviewId: c.interviewId, interviewerId: c.interviewerId, questionId: r.questionId, competencyId, rating: r.rating }] : [];
      });
    });
    const results = new Map(interviewerCalibration(ratings).map((r) => [r.interviewerId, r]));
    const byInterviewer = new Map<string, { scorecards: number; rated: number[] }>();
    for (const c of cards) {
      const entry = byInterviewer.get(c.interviewerId) ?? { scorecards: 0, rated: [] };
      entry.scorecards += 1;
      byInterviewer.set(c.interviewerId, entry);
    }
    for (const r of ratings) if (r.rating !== null) byInterviewer.get(r.interviewerId)?.rated.push(r.rating);
    const interviewerIds = [...byInterviewer.keys()];
    const names = new Map((await this.users.find({ where: { id: In(interviewerIds) } })).map((u) => [u.id, u.name]));
    return interviewerIds
      .map((id) => {
        const { scorecards, rated } = byInterviewer.get(id) ?? { scorecards: 0, rated: [] };
        const extremes = rated.filter((r) => r === 1 || r === 5).length;
        const result = results.get(id);
        return {
          interviewerId: id,
          name: names.get(id) ?? '',
          scorecards,
          ratings: rated.length,
          meanDeviation: result?.meanDeviation === null || result === undefined ? null : Math.round(result.meanDeviation * 100) / 100,
          extremeShare: rated.length ? Math.round((extremes / rated.length) * 100) / 100 : null,
          label: result?.label ?? 'insufficient_data',
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name));
  }
}
