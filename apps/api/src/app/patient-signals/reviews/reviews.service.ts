import { Injectable } from '@nestjs/common';
import {
  REVIEW_THEMES,
  type CsvImportResult,
  type CursorPage,
  type OnlineReview,
  type ReviewSummary,
  type ReviewTheme,
  type ReviewThemeRule,
  type ReviewThemeRulesResponse,
  type UpdateReviewThemeRulesResponse,
} from '@rapport/shared/contracts';
import { Transactions } from '../../../common/persistence/transaction';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { RequestContext } from '../../../common/tenancy/request-context';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { AuditService } from '../../audit/audit.service';
import { periodKeyOf, periodSpans } from '../../culture/culture-scores/periods';
import { today } from '../../culture/shared/dates';
import { LocationEntity } from '../../locations/location.entity';
import { CsvImportException } from '../shared/csv-import.exception';
import { importNew, newestFirst } from '../shared/import-helpers';
import { monthRange } from '../shared/month-range';
import { OnlineReviewEntity, ReviewThemeRuleEntity } from './online-review.entity';
import { compileThemeRules, DEFAULT_THEME_RULES } from './review-themes';
import type { ReviewsQueryDto, ReviewSummaryQueryDto, UpdateReviewThemesDto } from './reviews.dto';
import { parseReviewsCsv } from './reviews-csv';

const toReview = (r: OnlineReviewEntity): OnlineReview => ({
  id: r.id,
  source: r.source,
  reviewedOn: r.reviewedOn,
  locationId: r.locationId,
  rating: r.rating,
  text: r.text,
  themes: r.themes,
});

const sameThemes = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((t, i) => t === b[i]);

@Injectable()
export class ReviewsService {
  constructor(
    @InjectTenantRepository(OnlineReviewEntity) private readonly reviews: TenantRepository<OnlineReviewEntity>,
    @InjectTenantRepository(ReviewThemeRuleEntity) private readonly rules: TenantRepository<ReviewThemeRuleEntity>,
    @InjectTenantRepository(LocationEntity) private readonly locations: TenantRepository<LocationEntity>,
    private readonly audit: AuditService,
    private readonly tx: Transactions,
  ) {}

  async themeRules(): Promise<ReviewThemeRulesResponse> {
    const stored = new Map((await this.rules.find()).map((r) => [r.theme, r.keywords]));
    return {
      rules: REVIEW_THEMES.map((theme) => ({
        theme,
        keywords: stored.get(theme) ?? DEFAULT_THEME_RULES.find((r) => r.theme === theme)?.keywords ?? [],
      })),
    };
  }

  /** Saves the rules (themes left out keep theirs) and re-tags every stored review under them. */
  async updateThemeRules(dto: UpdateReviewThemesDto): Promise<UpdateReviewThemeRulesResponse> {
    const before = await this.themeRules();
    const next: ReviewThemeRule[] = before.rules.map((r) => {
      const given = dto.rules.find((g) => g.theme === r.theme);
      return given ? { theme: r.theme, keywords: [...new Set(given.keywords)] } : r;
    });
    const tag = compileThemeRules(next);
    const retagged = await this.tx.run(async (manager) => {
      const ruleRepo = this.rules.withManager(manager);
      for (const rule of dto.rules) {
        const existing = await ruleRepo.findOne({ theme: rule.theme });
        const keywords = next.find((r) => r.theme === rule.theme)?.keywords ?? [];
        await ruleRepo.save(existing ? Object.assign(existing, { keywords }) : ruleRepo.create({ theme: rule.theme, keywords }));
      }
      const changed = await this.retag(manager, tag);
      await this.audit.record(
        {
          action: 'reviews.themes_updated',
          entityType: 'review_theme_rules',
          entityId: RequestContext.organizationId(),
          before: before.rules,
          after: { rules: next, retagged: changed },
        },
        manager,
      );
      return changed;
    });
    return { rules: next, retagged };
  }

  /** All rows or none; a review imported before (same source, day, location, rating and text) is skipped. */
  async import(text: string, dryRun: boolean): Promise<CsvImportResult> {
    const locations = await this.locations.find({ select: { id: true, code: true, organizationId: true } });
    const parsed = parseReviewsCsv(text, new Map(locations.map((l) => [l.code.toUpperCase(), l.id])), today());
    if (parsed.problems.length) throw new CsvImportException(parsed.problems);
    const tag = compileThemeRules((await this.themeRules()).rules);
    return this.tx.run((manager) =>
      importNew(manager, {
        repo: this.reviews,
        target: OnlineReviewEntity,
        rows: parsed.rows.map((r) => ({ ...r, day: r.reviewedOn })),
        dryRun,
        toEntity: (r) => ({
          source: r.source,
          reviewedOn: r.reviewedOn,
          locationId: r.locationId,
          rating: r.rating,
          text: r.text,
          themes: tag(r.text),
          fingerprint: r.fingerprint,
        }),
        audit: this.audit,
        auditAs: { action: 'reviews.imported', entityType: 'online_review_import' },
      }),
    );
  }

  async list(query: ReviewsQueryDto): Promise<CursorPage<OnlineReview>> {
    const qb = this.reviews.qb('r');
    if (query.locationId) qb.andWhere('r.location_id = :locationId', { locationId: query.locationId });
    if (query.theme) qb.andWhere(':theme = ANY(r.themes)', { theme: query.theme });
    if (query.from) qb.andWhere('r.reviewed_on >= :from', { from: query.from });
    if (query.to) qb.andWhere('r.reviewed_on <= :to', { to: query.to });
    return newestFirst(qb, 'reviewed_on', query, (r) => r.reviewedOn, toReview);
  }

  /** Per location and month or quarter: reviews, mean rating, and per theme the count and mean rating. */
  async summary(query: ReviewSummaryQueryDto): Promise<ReviewSummary> {
    const range = monthRange(query, query.period);
    const qb = this.reviews
      .qb('r')
      .select('r.location_id', 'locationId')
      .addSelect("to_char(r.reviewed_on, 'YYYY-MM')", 'month')
      .addSelect('r.rating', 'rating')
      .addSelect('r.themes', 'themes')
      .addSelect('count(*)::int', 'n')
      .andWhere('r.reviewed_on BETWEEN :first AND :last', { first: range.firstDay, last: range.lastDay })
      .groupBy('r.location_id')
      .addGroupBy("to_char(r.reviewed_on, 'YYYY-MM')")
      .addGroupBy('r.rating')
      .addGroupBy('r.themes');
    if (query.locationId) qb.andWhere('r.location_id = :locationId', { locationId: query.locationId });
    const [groups, locations] = await Promise.all([
      qb.getRawMany<{ locationId: string; month: string; rating: number; themes: ReviewTheme[]; n: number }>(),
      this.locations.find({ order: { name: 'ASC' } }),
    ]);
    const points = new Map<string, Accumulator>();
    for (const g of groups) {
      const key = `${g.locationId}|${periodKeyOf(g.month, query.period)}`;
      const acc = points.get(key) ?? newAccumulator(g.locationId, periodKeyOf(g.month, query.period));
      acc.add(g.rating, g.n, g.themes);
      points.set(key, acc);
    }
    const shown = locations.filter((l) => !query.locationId || l.id === query.locationId);
    return {
      from: range.from,
      to: range.to,
      period: query.period,
      periods: periodSpans(range.from, range.to, query.period).map((s) => s.key),
      locations: shown.map((l) => ({ id: l.id, name: l.name })),
      points: [...points.values()].map((a) => a.point()).sort((a, b) => a.period.localeCompare(b.period) || a.locationId.localeCompare(b.locationId)),
    };
  }

  /** Recomputes every review's themes; returns how many changed. Batched by id to bound memory. */
  private async retag(manager: import('typeorm').EntityManager, tag: (text: string) => ReviewTheme[]): Promise<number> {
    const repo = this.reviews.withManager(manager);
    let changed = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = await repo
        .qb('r')
        .select(['r.id', 'r.text', 'r.themes', 'r.organizationId'])
        .andWhere('r.id > :after', { after })
        .orderBy('r.id', 'ASC')
        .take(1000)
        .getMany();
      if (batch.length === 0) return changed;
      const updates = batch.map((r) => ({ id: r.id, themes: tag(r.text), old: r.themes })).filter((u) => !sameThemes(u.themes, u.old));
      if (updates.length) {
        await manager.query(
          `UPDATE online_reviews r SET themes = u.themes::text[], updated_at = now()
             FROM (SELECT unnest($1::uuid[]) AS id, unnest($2::text[]) AS themes) u
            WHERE r.id = u.id AND r.organization_id = $3`,
          [updates.map((u) => u.id), updates.map((u) => `{${u.themes.join(',')}}`), RequestContext.organizationId()],
        );
        changed += updates.length;
      }
      after = batch[batch.length - 1].id;
    }
  }
}

interface Accumulator {
  add(rating: number, n: number, themes: readonly ReviewTheme[]): void;
  point(): ReviewSummary['points'][number];
}

function newAccumulator(locationId: string, period: string): Accumulator {
  let count = 0;
  let sum = 0;
  const themes = new Map<ReviewTheme, { count: number; sum: number }>(REVIEW_THEMES.map((t) => [t, { count: 0, sum: 0 }]));
  return {
    add(rating, n, tagged) {
      count += n;
      sum += rating * n;
      for (const t of tagged) {
        const th = themes.get(t);
        if (th) {
          th.count += n;
          th.sum += rating * n;
        }
      }
    },
    point: () => ({
      locationId,
      period,
      count,
      meanRating: count ? sum / count : null,
      themes: Object.fromEntries(
        [...themes].map(([t, v]) => [t, { count: v.count, meanRating: v.count ? v.sum / v.count : null }]),
      ) as ReviewSummary['points'][number]['themes'],
    }),
  };
}
