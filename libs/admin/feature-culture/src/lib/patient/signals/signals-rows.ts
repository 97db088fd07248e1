import type { PatientSignalCell, PatientSignals } from '@rapport/shared/contracts';

export interface SignalCellView {
  competencyId: string;
  cell: PatientSignalCell | null;
  /** Patient mean − staff mean (1–5 scale) when both are shown; positive: patients see it better than colleagues do. */
  gap: number | null;
}

export interface SignalRow {
  location: { id: string; name: string };
  cells: SignalCellView[];
  /** Survey responses in the period (from the monthly trend). */
  responses: number;
}

/** One row per location, one cell per competency in the API's order; a missing cell is `null`, never a zero. */
export function signalRows(signals: PatientSignals): SignalRow[] {
  const cells = new Map(signals.cells.map((c) => [`${c.locationId}|${c.competencyId}`, c]));
  return signals.locations.map((location) => ({
    location,
    responses: signals.trend.filter((t) => t.locationId === location.id).reduce((sum, t) => sum + t.responses, 0),
    cells: signals.competencies.map((competency) => {
      const cell = cells.get(`${location.id}|${competency.id}`) ?? null;
      const patient = cell && !cell.patient.suppressed ? cell.patient.mean : null;
      const staff = cell && !cell.staff.insufficient_data ? cell.staff.mean : null;
      return { competencyId: competency.id, cell, gap: patient !== null && staff !== null ? patient - staff : null };
    }),
  }));
}

/** Every `YYYY-MM` from `from` to `to`, inclusive (at most 10 years, so a bad bound cannot loop for long). */
export function monthsBetween(from: string, to: string): string[] {
  const parse = (m: string) => {
    const match = /^(\d{4})-(\d{2})$/.exec(m);
    return match ? +match[1] * 12 + (+match[2] - 1) : null;
  };
  const start = parse(from);
  const end = parse(to);
  if (start === null || end === null || end < start) return [];
  const months: string[] = [];
  for (let i = start; i <= Math.min(end, start + 119); i++) {
    months.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}

/** `+0.4` / `−0.3` / `0.0`, or an em dash without both sides. */
export function formatSignedGap(gap: number | null): string {
  if (gap === null) return '—';
  const rounded = Math.round(gap * 10) / 10;
  if (rounded === 0) return '0.0';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(1)}`;
}
