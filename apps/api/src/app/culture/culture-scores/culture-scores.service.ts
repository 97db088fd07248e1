import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { CultureHeatmap, CulturePeriod, CultureScoresResponse } from '@rapport/shared/contracts';
import { ValidationFailedException } from '../../../common/filters/validation-exception';
import { CultureAccess } from '../shared/culture-access.service';
import { addMonths, monthOf, today } from '../shared/dates';
import { CultureSettingsService } from '../settings/culture-settings.service';
import { CultureDataService } from './culture-data.service';
import type { CultureScoresQueryDto, HeatmapQueryDto, RangeQueryDto } from './culture-scores.dto';
import { buildCultureSeries } from './culture-score-builder';
import { buildHeatmap } from './heatmap-builder';
import { periodEndMonth, periodStartMonth } from './periods';

/** Five years of months: enough for any trend, and bounds the work one request can ask for. */
const MAX_MONTHS = 60;

@Injectable()
export class CultureScoresService {
  constructor(
    private readonly data: CultureDataService,
    private readonly access: CultureAccess,
    private readonly settings: CultureSettingsService,
  ) {}

  /**
   * Staff level: the people whose private data the caller may see (everyone for leaders and HR; else
   * themselves and their reports). Location level: leaders, owner, admin and HR. A page of subjects
   * when `limit` is given (requests always give it), every subject otherwise (exports); one person with
   * `staffMemberId` (their profile).
   */
  async scores(query: Omit<CultureScoresQueryDto, 'limit'> & { limit?: number }): Promise<CultureScoresResponse> {
    if (query.level === 'location' && !this.access.isOverseer()) {
      throw new ForbiddenException('Location scores are for leaders, owners, admins and HR');
    }
    const { from, to } = range(query, query.period);
    if (query.staffMemberId && query.level !== 'staff') {
      throw new ValidationFailedException([{ field: 'staffMemberId', message: 'staffMemberId needs level=staff' }]);
    }
    let scope = query.level === 'staff' ? await this.access.scope() : null;
    if (query.staffMemberId) {
      await this.access.assertMaySeePrivate(query.staffMemberId);
      scope = new Set([query.staffMemberId]);
    }
    const [data, minRaters] = await Promise.all([
      this.data.load({ level: query.level, from, to, staffIds: scope, page: query.limit ? { limit: query.limit, cursor: query.cursor } : undefined }),
      this.settings.minRaters(),
    ]);
    if (query.staffMemberId && data.subjects.length === 0) throw new NotFoundException(`StaffMember ${query.staffMemberId} was not found`);
    const built = buildCultureSeries(data, { unit: query.period, from, to, minRaters });
    return { level: query.level, period: query.period, from, to, periods: built.periods, minRaters, items: built.items, nextCursor: data.nextCursor };
  }

  async heatmap(query: HeatmapQueryDto): Promise<CultureHeatmap> {
    const { from, to } = range(query, 'month');
    const [data, minRaters] = await Promise.all([this.data.heatmap(query.by, from, to), this.settings.minRaters()]);
    return buildHeatmap(data, { by: query.by, from, to, minRaters });
  }
}

/** The months asked for, widened to whole quarters when scoring by quarter. */
function range(query: RangeQueryDto, unit: CulturePeriod): { from: string; to: string } {
  const to = monthOf(query.to ?? today());
  const from = monthOf(query.from ?? addMonths(to, -11));
  if (from > to) throw new ValidationFailedException([{ field: 'from', message: 'from must not be after to' }]);
  if (addMonths(from, MAX_MONTHS - 1) < to) {
    throw new ValidationFailedException([{ field: 'from', message: `the range may span at most ${MAX_MONTHS} months` }]);
  }
  return { from: periodStartMonth(from, unit), to: periodEndMonth(to, unit) };
}
