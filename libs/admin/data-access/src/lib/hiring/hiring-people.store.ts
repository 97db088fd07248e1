import { computed, DestroyRef, inject, Injectable, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { Role } from '@rapport/shared/contracts';
import { problemMessage, toProblem } from '@rapport/admin/util';
import { map, type Observable } from 'rxjs';
import type { LoadStatus } from '../api/list.store';
import { AuthStore } from '../auth/auth.store';
import { UsersApi } from '../users/users.api';
import { HIRING_ROLES, PANEL_ROLES, USER_DIRECTORY_ROLES } from './hiring-roles';
import { InterviewsApi } from './interviews.api';

export interface HiringPerson {
  id: string;
  name: string;
  /** Known only when the full user list could be read. */
  roles: readonly Role[] | null;
}

/**
 * The people hiring screens pick from (panel interviewers, an opening's hiring manager) and name.
 * `GET /api/users` is for owner, admin and HR only; a hiring manager without those roles gets the
 * people already seen on interview panels plus themselves (`partial` says so, and pages explain it).
 */
@Injectable()
export class HiringPeopleStore {
  private readonly auth = inject(AuthStore);
  private readonly users = inject(UsersApi);
  private readonly interviews = inject(InterviewsApi);
  private readonly destroyRef = inject(DestroyRef);

  private readonly state = signal<{ status: LoadStatus; people: HiringPerson[]; partial: boolean; error: string }>({
    status: 'idle',
    people: [],
    partial: false,
    error: '',
  });

  readonly status = computed(() => this.state().status);
  readonly people = computed(() => this.state().people);
  readonly partial = computed(() => this.state().partial);
  readonly errorMessage = computed(() => this.state().error);
  /** Who may sit on a panel (everyone seen on a panel when roles are unknown). */
  readonly interviewers = computed(() => this.people().filter((p) => !p.roles || p.roles.some((r) => PANEL_ROLES.includes(r))));
  /** Who may be an opening's hiring manager (when roles are unknown, only the signed-in user is sure to). */
  readonly hiringManagers = computed(() =>
    this.people().filter((p) => (p.roles ? p.roles.some((r) => HIRING_ROLES.includes(r)) : p.id === this.auth.user()?.id)),
  );

  load(): void {
    this.state.update((s) => ({ ...s, status: 'loading', error: '' }));
    const partial = !this.auth.hasAnyRole(USER_DIRECTORY_ROLES);
    const source = partial ? this.fromPanels() : this.fromUsers();
    source.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (people) => this.state.set({ status: 'ready', people: sortByName(people), partial, error: '' }),
      error: (error: unknown) =>
        this.state.set({ status: 'error', people: this.withMe([]), partial, error: problemMessage(toProblem(error)) }),
    });
  }

  nameOf(id: string | null | undefined): string {
    if (!id) return '';
    return this.people().find((p) => p.id === id)?.name ?? '';
  }

  private fromUsers(): Observable<HiringPerson[]> {
    return this.users
      .list()
      .pipe(map((page) => page.items.filter((u) => u.active).map((u) => ({ id: u.id, name: u.name, roles: u.roles }))));
  }

  private fromPanels(): Observable<HiringPerson[]> {
    return this.interviews.list().pipe(
      map((page) => {
        const byId = new Map<string, HiringPerson>();
        for (const member of page.items.flatMap((i) => i.panel)) {
          byId.set(member.interviewerId, { id: member.interviewerId, name: member.name, roles: null });
        }
        return this.withMe([...byId.values()]);
      }),
    );
  }

  private withMe(people: HiringPerson[]): HiringPerson[] {
    const me = this.auth.user();
    if (!me || people.some((p) => p.id === me.id)) return people;
    return [...people, { id: me.id, name: me.name, roles: me.roles }];
  }
}

const sortByName = (people: HiringPerson[]) => [...people].sort((a, b) => a.name.localeCompare(b.name));
