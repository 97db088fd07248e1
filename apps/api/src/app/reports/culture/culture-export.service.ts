import { Injectable } from '@nestjs/common';
import type { CultureHeatmap, CulturePeriod, CultureScoresResponse } from '@rapport/shared/contracts';
import { CultureScoresService } from '../../culture/culture-scores/culture-scores.service';

export interface CultureExportData {
  locations: CultureScoresResponse;
  staff: CultureScoresResponse;
  heatmaps: CultureHeatmap[];
}

/**
 * Reuses the culture domain's own computations (scores through the anonymity threshold, heatmap cells
 * withheld below it), so an export can never show a number the culture pages hide.
 */
@Injectable()
export class CultureExportService {
  constructor(private readonly scores: CultureScoresService) {}

  async load(filter: { from?: string; to?: string; period: CulturePeriod }): Promise<CultureExportData> {
    const range = { from: filter.from, to: filter.to };
    const [locations, staff, byLocation, byRole] = await Promise.all([
      this.scores.scores({ ...range, level: 'location', period: filter.period }),
      this.scores.scores({ ...range, level: 'staff', period: filter.period }),
      this.scores.heatmap({ ...range, by: 'location' }),
      this.scores.heatmap({ ...range, by: 'roleTitle' }),
    ]);
    return { locations, staff, heatmaps: [byLocation, byRole] };
  }
}
