import { FUNNEL_SMALL_SAMPLE } from '@rapport/shared/contracts';
import { median } from '@rapport/shared/scoring';
import { daysInStage, daysToHire, furthestRank, type Journey, PIPELINE, type PipelineStage, rankOf } from '../journeys';

export interface FunnelOpening {
  id: string;
  title: string;
  locationName: string;
  status: string;
}

/**
 * One opening × stage. `entered` = applications that reached the stage (or a later one: stages may
 * be skipped); `advanced` = those that reached a later stage. entered = advanced + rejected +
 * withdrawn + open, so every application that reached the stage is accounted for once.
 */
export interface FunnelRow {
  openingId: string;
  opening: string;
  location: string;
  openingStatus: string;
  stage: PipelineStage;
  entered: number;
  advanced: number | null;
  rejected: number | null;
  withdrawn: number | null;
  /** Got this far, no further, and still open (waiting here, or moved back to an earlier stage). */
  open: number | null;
  /** advanced / entered; `null` when nobody entered (and for `hired`, the end of the funnel). */
  passThroughRate: number | null;
  /** Median over applications of days spent in the stage (completed stays only). */
  medianDaysInStage: number | null;
  /** On the `hired` row: median days from application to hire. */
  medianDaysToHire: number | null;
  /** entered < 10: too few for the rate to mean much. */
  smallSample: boolean;
}

const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

export function buildFunnel(openings: readonly FunnelOpening[], journeys: readonly Journey[]): FunnelRow[] {
  const byOpening = new Map<string, Journey[]>();
  for (const j of journeys) byOpening.set(j.openingId, [...(byOpening.get(j.openingId) ?? []), j]);
  return openings.flatMap((opening) => {
    const own = (byOpening.get(opening.id) ?? []).map((j) => ({ journey: j, furthest: furthestRank(j) }));
    return PIPELINE.map((stage): FunnelRow => {
      const rank = rankOf(stage);
      const isEnd = stage === 'hired';
      const reached = own.filter((o) => o.furthest >= rank);
      const endedHere = reached.filter((o) => o.furthest === rank);
      const count = (current: string) => endedHere.filter((o) => o.journey.stage === current).length;
      const advanced = isEnd ? null : reached.length - endedHere.length;
      const days = reached.map((o) => daysInStage(o.journey, stage)).filter((d): d is number => d !== null);
      const toHire = isEnd ? reached.map((o) => daysToHire(o.journey)).filter((d): d is number => d !== null) : [];
      return {
        openingId: opening.id,
        opening: opening.title,
        location: opening.locationName,
        openingStatus: opening.status,
        stage: stage as PipelineStage,
        entered: reached.length,
        advanced,
        rejected: isEnd ? null : count('rejected'),
        withdrawn: isEnd ? null : count('withdrawn'),
        open: isEnd ? null : endedHere.length - count('rejected') - count('withdrawn'),
        passThroughRate: advanced === null || reached.length === 0 ? null : advanced / reached.length,
        medianDaysInStage: isEnd ? null : round1(median(days)),
        medianDaysToHire: isEnd ? round1(median(toHire)) : null,
        smallSample: reached.length < FUNNEL_SMALL_SAMPLE,
      };
    });
  });
}
