import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router } from '@angular/router';
import {
  AUDIT_DEFAULT_PAGE_SIZE,
  AUDIT_PAGE_SIZES,
  AuditApi,
  auditFiltersFromParams,
  type AuditFilters,
  downloadTracker,
  ExportsApi,
  isoDay,
  LatestLoadable,
  parseDay,
  toAuditQuery,
  UsersApi,
} from '@rapport/admin/data-access';
import { PageState } from '@rapport/admin/ui';
import type { AuditEvent, AuditVerification, Page, User } from '@rapport/shared/contracts';
import { map } from 'rxjs';
import { DownloadProgress } from '../shared/download-progress';
import { AUDIT_ENTITY_TYPES, entityLabel } from './audit-changes';
import { AuditEventDetail } from './audit-event-detail';

/**
 * The audit trail: who changed what and when, newest first. Filters live in the URL (a filtered view
 * can be shared and survives a reload); the API does the filtering and paging. "Verify chain" asks
 * the API to recompute the organization's hash chain.
 */
@Component({
  selector: 'rp-audit-log-page',
  imports: [
    DatePipe,
    DecimalPipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatSelectModule,
    MatTableModule,
    PageState,
    DownloadProgress,
    AuditEventDetail,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../governance-page.scss', './audit-log.page.scss'],
  templateUrl: './audit-log.page.html',
})
export class AuditLogPage {
  private readonly api = inject(AuditApi);
  private readonly exportsApi = inject(ExportsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly usersApi = inject(UsersApi);

  // Query parameters, bound by the router (withComponentInputBinding).
  readonly entity = input<string>();
  readonly entityId = input<string>();
  readonly actor = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly page = input<string>();
  readonly size = input<string>();

  protected readonly filters = computed<AuditFilters>(() =>
    auditFiltersFromParams({
      entity: this.entity(),
      entityId: this.entityId(),
      actor: this.actor(),
      from: this.from(),
      to: this.to(),
      page: this.page(),
      size: this.size(),
    }),
  );
  protected readonly events = new LatestLoadable<Page<AuditEvent>>();
  protected readonly verification = new LatestLoadable<AuditVerification>();
  protected readonly users = new LatestLoadable<User[]>();
  protected readonly csv = downloadTracker();
  protected readonly expanded = signal<string | null>(null);

  protected readonly entityTypes = AUDIT_ENTITY_TYPES;
  protected readonly entityLabel = entityLabel;
  protected readonly pageSizes: number[] = [...AUDIT_PAGE_SIZES];
  protected readonly columns = ['seq', 'createdAt', 'actor', 'action', 'entity', 'expand'];
  protected readonly pageSize = computed(() => this.filters().size ?? AUDIT_DEFAULT_PAGE_SIZE);
  protected readonly pageIndex = computed(() => (this.filters().page ?? 1) - 1);
  protected readonly filtered = computed(() => {
    const { entity, entityId, actor, from, to } = this.filters();
    return !!(entity || entityId || actor || from || to);
  });
  private readonly names = computed(() => new Map((this.users.value() ?? []).map((u) => [u.id, u.name])));

  protected readonly form = inject(FormBuilder).nonNullable.group({
    entity: [''],
    entityId: [''],
    actor: [''],
    from: [null as Date | null],
    to: [null as Date | null],
  });

  constructor() {
    // Deactivated users still appear as actors, so the whole list is used.
    this.users.load(this.usersApi.list().pipe(map((page) => [...page.items].sort((a, b) => a.name.localeCompare(b.name)))));
    effect(() => {
      const filters = this.filters();
      untracked(() => {
        this.form.reset({
          entity: filters.entity ?? '',
          entityId: filters.entityId ?? '',
          actor: filters.actor ?? '',
          from: parseDay(filters.from),
          to: parseDay(filters.to),
        });
        this.expanded.set(null);
        this.load();
      });
    });
  }

  protected load(): void {
    this.events.load(this.api.list(toAuditQuery(this.filters())));
  }

  protected apply(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { entity, entityId, actor, from, to } = this.form.getRawValue();
    this.navigate({
      entity: entity || undefined,
      entityId: entityId.trim() || undefined,
      actor: actor || undefined,
      from: from ? isoDay(from) : undefined,
      to: to ? isoDay(to) : undefined,
    });
  }

  protected clear(): void {
    this.navigate({});
  }

  protected showRecord(event: AuditEvent): void {
    this.navigate({ entity: event.entityType, entityId: event.entityId });
  }

  protected changePage(event: PageEvent): void {
    const size = event.pageSize === AUDIT_DEFAULT_PAGE_SIZE ? undefined : event.pageSize;
    const sizeChanged = event.pageSize !== this.pageSize();
    this.navigate({ ...this.filters(), size, page: sizeChanged || event.pageIndex === 0 ? undefined : event.pageIndex + 1 });
  }

  protected verify(): void {
    this.verification.load(this.api.verify());
  }

  /** The audit-log export takes the same filters as the view (whole days, counted in UTC). */
  protected exportCsv(): void {
    const { entity, entityId, actor, from, to } = this.filters();
    this.csv.start(this.exportsApi.download('audit-log', { format: 'csv', entity, entityId, actor, from, to }));
  }

  protected toggle(event: AuditEvent): void {
    this.expanded.update((id) => (id === event.id ? null : event.id));
  }

  protected actorName(id: string | null): string {
    if (!id) return 'System';
    return this.names().get(id) ?? `User ${id.slice(0, 8)}`;
  }

  private navigate(filters: AuditFilters): void {
    // Empty values are dropped from the URL by the router.
    void this.router.navigate([], { relativeTo: this.route, queryParams: { ...filters } });
  }
}
