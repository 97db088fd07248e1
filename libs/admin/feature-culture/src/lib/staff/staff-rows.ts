import type { CultureScoresResponse, Location, StaffMember } from '@rapport/shared/contracts';
import { cultureScoreBand, type CultureScoreBand } from '@rapport/admin/ui';

export interface StaffRow {
  member: StaffMember;
  locationName: string;
  /** false when the caller may not see this person's score (the API sent no series for them). */
  scoreVisible: boolean;
  score: number | null;
  insufficient: boolean;
  delta: number | null;
  trend: (number | null)[];
}

export type ScoreFilter = 'all' | CultureScoreBand;

export interface StaffFilter {
  search: string;
  locationId: string;
  score: ScoreFilter;
}

export type StaffSortKey = 'name' | 'location' | 'score';

/** One row per person: their location's name and, when visible, their latest score and 12-month trend. */
export function buildStaffRows(
  staff: readonly StaffMember[],
  locations: readonly Location[],
  scores: CultureScoresResponse | null,
): StaffRow[] {
  const locationNames = new Map(locations.map((l) => [l.id, l.name]));
  const series = new Map((scores?.items ?? []).map((item) => [item.subjectId, item]));
  return staff.map((member) => {
    const item = series.get(member.id);
    const scored = item?.points.filter((p) => p.score !== null) ?? [];
    const latest = scored[scored.length - 1] ?? null;
    return {
      member,
      locationName: locationNames.get(member.locationId) ?? '',
      scoreVisible: !!item,
      score: latest?.score ?? null,
      insufficient: latest?.insufficient_data ?? false,
      delta: latest?.delta ?? null,
      trend: (scores?.periods ?? []).map((period) => item?.points.find((p) => p.period === period)?.score ?? null),
    };
  });
}

/** Search matches name, role title or email, any case; location and score band narrow further. */
export function filterStaffRows(rows: readonly StaffRow[], filter: StaffFilter): StaffRow[] {
  const needle = filter.search.trim().toLowerCase();
  return rows.filter((row) => {
    if (needle && ![row.member.name, row.member.roleTitle, row.member.email].some((s) => s.toLowerCase().includes(needle))) {
      return false;
    }
    if (filter.locationId && row.member.locationId !== filter.locationId) return false;
    if (filter.score !== 'all' && (!row.scoreVisible || cultureScoreBand(row.score) !== filter.score)) return false;
    return true;
  });
}

/** Sorted copy; people without a score sort after those with one, whichever the direction. */
export function sortStaffRows(rows: readonly StaffRow[], key: StaffSortKey, direction: 'asc' | 'desc' | ''): StaffRow[] {
  if (!direction) return [...rows];
  const sign = direction === 'asc' ? 1 : -1;
  const byName = (a: StaffRow, b: StaffRow) => a.member.name.localeCompare(b.member.name);
  return [...rows].sort((a, b) => {
    if (key === 'score') {
      if (a.score === null || b.score === null) return a.score === b.score ? byName(a, b) : a.score === null ? 1 : -1;
      return sign * (a.score - b.score) || byName(a, b);
    }
    const primary = key === 'location' ? a.locationName.localeCompare(b.locationName) : byName(a, b);
    // Ties (same location) stay in name order whichever way the column is sorted.
    return sign * primary || byName(a, b);
  });
}
