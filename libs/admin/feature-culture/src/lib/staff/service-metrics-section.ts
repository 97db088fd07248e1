import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { LatestLoadable, ServiceMetricsApi } from '@rapport/admin/data-access';
import { PageState, Sparkline } from '@rapport/admin/ui';
import type { Page, ServiceMetric } from '@rapport/shared/contracts';
import { formatPeriod, METRICS } from '../shared/labels';
import { lastMonths, metricRows } from './metric-rows';

/** A person's service metrics (imported monthly): latest figure and the 12-month trend of each. */
@Component({
  selector: 'rp-service-metrics-section',
  imports: [PageState, Sparkline],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    table {
      width: 100%;
      border-collapse: collapse;
      font-size: 0.875rem;
    }
    th,
    td {
      padding: 8px 10px;
      text-align: start;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.8125rem;
    }
  `,
  template: `
    <rp-page-state
      [status]="metrics.status()"
      [empty]="!rows().length"
      emptyIcon="query_stats"
      emptyMessage="No service metrics for this person yet. HR imports them monthly."
      [errorMessage]="metrics.errorMessage()"
      (retry)="load()"
    >
      <table aria-label="Service metrics">
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col">Latest</th>
            <th scope="col">12 months</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.metric) {
            <tr>
              <th scope="row">
                {{ info[row.metric].label }}
                @if (info[row.metric].lowerIsBetter) {
                  <span class="hint">(lower is better)</span>
                }
              </th>
              <td>
                {{ row.latest ? info[row.metric].format(row.latest.value) : '—' }}
                <span class="hint">{{ row.latest ? period(row.latest.period) : '' }}</span>
              </td>
              <td>
                <rp-sparkline [values]="row.trend" [min]="row.min" [max]="row.max" [label]="info[row.metric].label + ', last 12 months'" />
              </td>
            </tr>
          }
        </tbody>
      </table>
    </rp-page-state>
  `,
})
export class ServiceMetricsSection {
  readonly staffMemberId = input.required<string>();

  private readonly api = inject(ServiceMetricsApi);
  private readonly months = lastMonths(new Date());

  protected readonly metrics = new LatestLoadable<Page<ServiceMetric>>();
  protected readonly rows = computed(() => metricRows(this.metrics.value()?.items ?? [], this.months));
  protected readonly info = METRICS;
  protected readonly period = formatPeriod;

  constructor() {
    effect(() => {
      this.staffMemberId();
      untracked(() => this.load());
    });
  }

  protected load(): void {
    this.metrics.load(this.api.list({ staffMemberId: this.staffMemberId(), from: this.months[0] }));
  }
}
