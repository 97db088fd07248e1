import { Injectable } from '@nestjs/common';
import type { InterviewerCalibration } from '@rapport/shared/contracts';
import { interviewerCalibration, type InterviewRating } from '@rapport/shared/scoring';
import { In } from 'typeorm';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { UserEntity } from '../../users/user.entity';
import { InterviewKitVersionEntity } from '../kits/interview-kit-version.entity';
import { InterviewEntity } from '../interviews/interview.entity';
import { ScorecardEntity } from '../interviews/scorecard.entity';

/** Interviewer leniency/severity over interviews scheduled in a period (submitted scorecards only). */
@Injectable()
export class CalibrationService {
  constructor(
    @InjectTenantRepository(InterviewEntity) private readonly interviews: TenantRepository<InterviewEntity>,
    @InjectTenantRepository(ScorecardEntity) private readonly scorecards: TenantRepository<ScorecardEntity>,
    @InjectTenantRepository(InterviewKitVersionEntity) private readonly versions: TenantRepository<InterviewKitVersionEntity>,
    @InjectTenantRepository(UserEntity) private readonly users: TenantRepository<UserEntity>,
  ) {}

  async calibration(from?: string, to?: string): Promise<InterviewerCalibration[]> {
    const qb = this.interviews.qb('i');
    if (from) qb.andWhere('i.scheduled_at >= :from', { from });
    if (to) qb.andWhere('i.scheduled_at < :to', { to });
    const interviews = await qb.getMany();
    if (interviews.length === 0) return [];
    const cards = await this.scorecards.find({ where: { interviewId: In(interviews.map((i) => i.id)), status: 'submitted' } });
    const versions = await this.versions.find({ where: { id: In([...new Set(interviews.map((i) => i.kitVersionId))]) } });
    const competencyOf = new Map<string, string>();
    for (const i of interviews) {
      for (const q of versions.find((v) => v.id === i.kitVersionId)?.questions ?? []) competencyOf.set(`${i.id}:${q.id}`, q.competencyId);
    }
    const ratings: InterviewRating[] = cards.flatMap((c) =>
      c.ratings.flatMap((r) => {
        const competencyId = competencyOf.get(`${c.interviewId}:${r.questionId}`);
        return competencyId
          ? [{ interviewId: c.interviewId, interviewerId: c.interviewerId, questionId: r.questionId, competencyId, rating: r.rating }]
          : [];
      }),
    );
    const results = new Map(interviewerCalibration(ratings).map((r) => [r.interviewerId, r]));
    const interviewerIds = [...new Set(cards.map((c) => c.interviewerId))];
    const names = new Map((await this.users.find({ where: { id: In(interviewerIds) } })).map((u) => [u.id, u.name]));
    return interviewerIds
      .map((id) => {
        const own = ratings.filter((r) => r.interviewerId === id && r.rating !== null);
        const extremes = own.filter((r) => r.rating === 1 || r.rating === 5).length;
        const result = results.get(id);
        return {
          interviewerId: id,
          name: names.get(id) ?? '',
          scorecards: cards.filter((c) => c.interviewerId === id).length,
          ratings: own.length,
          meanDeviation: result?.meanDeviation === null || result === undefined ? null : Math.round(result.meanDeviation * 100) / 100,
          extremeShare: own.length ? Math.round((extremes / own.length) * 100) / 100 : null,
          label: result?.label ?? 'insufficient_data',
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name));
  }
}
