import { Injectable } from '@nestjs/common';
import { type AdverseImpactReport, SELECTION_STAGES } from '@rapport/shared/contracts';
import { DEFAULT_MIN_GROUP_SIZE, FOUR_FIFTHS } from '@rapport/shared/scoring';
import { In } from 'typeorm';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { JourneysService } from '../journeys.service';
import { ReportAccess } from '../report-access.service';
import { CandidateSelfIdentificationEntity } from '../self-identification/self-identification.entity';
import { type Answers, adverseImpactOf } from './adverse-impact.builder';
import type { AdverseImpactQueryDto } from './adverse-impact.dto';

const CHUNK = 5000;

/**
 * Per opening and stage, selection rates by self-identified group (callers: HR and owner, checked by
 * the route). With more than one opening, a pooled "All openings" entry comes first: one opening of a
 * small practice rarely has five applicants per group.
 */
@Injectable()
export class AdverseImpactService {
  constructor(
    private readonly access: ReportAccess,
    private readonly journeys: JourneysService,
    @InjectTenantRepository(CandidateSelfIdentificationEntity)
    private readonly answers: TenantRepository<CandidateSelfIdentificationEntity>,
  ) {}

  async report(query: AdverseImpactQueryDto): Promise<AdverseImpactReport> {
    const openings = await this.access.openings(query.openingId);
    const journeys = await this.journeys.load({ openingIds: this.access.openingScope(query.openingId, openings) });
    const answers = await this.answersOf([...new Set(journeys.map((j) => j.candidateId))]);
    const stages = query.stage ? [query.stage] : [...SELECTION_STAGES];
    const entries = openings.map((o) =>
      adverseImpactOf({ id: o.id, title: o.title }, journeys.filter((j) => j.openingId === o.id), answers, stages, DEFAULT_MIN_GROUP_SIZE),
    );
    if (openings.length > 1) {
      entries.unshift(adverseImpactOf({ id: null, title: 'All openings' }, journeys, answers, stages, DEFAULT_MIN_GROUP_SIZE));
    }
    return { generatedAt: new Date().toISOString(), minGroupSize: DEFAULT_MIN_GROUP_SIZE, fourFifths: FOUR_FIFTHS, openings: entries };
  }

  private async answersOf(candidateIds: string[]): Promise<Map<string, Answers>> {
    const map = new Map<string, Answers>();
    for (let i = 0; i < candidateIds.length; i += CHUNK) {
      const rows = await this.answers.find({ where: { candidateId: In(candidateIds.slice(i, i + CHUNK)) } });
      for (const r of rows) map.set(r.candidateId, { sex: r.sex, raceEthnicity: r.raceEthnicity });
    }
    return map;
  }
}
