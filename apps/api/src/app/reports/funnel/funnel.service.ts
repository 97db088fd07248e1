import { Injectable } from '@nestjs/common';
import { JourneysService } from '../journeys.service';
import { ReportAccess } from '../report-access.service';
import { buildFunnel, type FunnelRow } from './funnel.builder';

export interface FunnelFilter {
  openingId?: string;
  from?: string;
  to?: string;
}

/** The hiring funnel of the openings the caller may export (applications created in the range). */
@Injectable()
export class FunnelService {
  constructor(
    private readonly access: ReportAccess,
    private readonly journeys: JourneysService,
  ) {}

  async rows(filter: FunnelFilter): Promise<{ rows: FunnelRow[]; openingTitle?: string }> {
    const openings = await this.access.openings(filter.openingId);
    const [journeys, locations] = await Promise.all([
      this.journeys.load({ openingIds: this.access.openingScope(filter.openingId, openings), from: filter.from, to: filter.to }),
      this.access.locationNames(openings.map((o) => o.locationId)),
    ]);
    const rows = buildFunnel(
      openings.map((o) => ({ id: o.id, title: o.title, status: o.status, locationName: locations.get(o.locationId) ?? '' })),
      journeys,
    );
    return { rows, openingTitle: filter.openingId ? openings[0]?.title : undefined };
  }
}
