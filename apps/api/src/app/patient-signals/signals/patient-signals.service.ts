import { Injectable } from '@nestjs/common';
import { MIN_PATIENT_RESPONSES, type PatientSignals } from '@rapport/shared/contracts';
import { DataSource } from 'typeorm';
import { RequestContext } from '../../../common/tenancy/request-context';
import { CultureScoresService } from '../../culture/culture-scores/culture-scores.service';
import { FeedbackItemsService } from '../feedback/feedback-items.service';
import { monthRange } from '../shared/month-range';
import { patientAggregates, patientTrend, toPatientAggregate } from './patient-aggregates';

/** The culture heatmap by location, with what patients said about each competency beside it. */
@Injectable()
export class PatientSignalsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly items: FeedbackItemsService,
    private readonly culture: CultureScoresService,
  ) {}

  async byLocation(query: { from?: string; to?: string }): Promise<PatientSignals> {
    const range = monthRange(query);
    const organizationId = RequestContext.organizationId();
    const mapping = await this.items.resolve();
    const scope = { organizationId, firstDay: range.firstDay, lastDay: range.lastDay };
    const [heatmap, patient, trend] = await Promise.all([
      this.culture.heatmap({ by: 'location', from: range.from, to: range.to }),
      patientAggregates(this.dataSource.manager, { ...scope, mapping, byLocation: true }),
      patientTrend(this.dataSource.manager, scope),
    ]);
    const patientOf = new Map(patient.map((p) => [`${p.locationId}|${p.competencyId}`, p]));
    const staffOf = new Map(heatmap.cells.map((c) => [`${c.groupKey}|${c.competencyId}`, c]));
    const cells = heatmap.groups.flatMap((location) =>
      heatmap.competencies.map((competency) => {
        const key = `${location.key}|${competency.id}`;
        const staff = staffOf.get(key);
        return {
          locationId: location.key,
          competencyId: competency.id,
          patient: toPatientAggregate(patientOf.get(key)),
          staff: {
            insufficient_data: staff?.insufficient_data ?? true,
            n: staff?.n ?? null,
            mean: staff?.mean ?? null,
            score: staff?.score ?? null,
          },
        };
      }),
    );
    return {
      from: range.from,
      to: range.to,
      minResponses: MIN_PATIENT_RESPONSES,
      competencies: heatmap.competencies,
      locations: heatmap.groups.map((g) => ({ id: g.key, name: g.name })),
      cells,
      trend,
    };
  }
}
