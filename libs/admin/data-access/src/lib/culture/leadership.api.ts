import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CreateCheckInRequest,
  CreateLeadershipGoalRequest,
  LeaderOverview,
  LeadershipGoal,
  Page,
  UpdateLeadershipGoalRequest,
} from '@rapport/shared/contracts';
import type { Observable } from 'rxjs';
import { allPages } from '../api/all-pages';
import { API_BASE_URL } from '../api/api-config';
import { toParams } from './query-params';

/** Leadership goals with check-ins, and the leader page (`GET /leaders/:userId/overview`). */
@Injectable({ providedIn: 'root' })
export class LeadershipApi {
  private readonly http = inject(HttpClient);
  private readonly root = inject(API_BASE_URL);

  /** Every goal (every page), optionally of one leader. */
  goals(ownerId?: string): Observable<Page<LeadershipGoal>> {
    return allPages((cursor) => this.http.get<Page<LeadershipGoal>>(`${this.root}/leadership-goals`, { params: toParams({ ownerId, cursor }) }));
  }

  createGoal(body: CreateLeadershipGoalRequest): Observable<LeadershipGoal> {
    return this.http.post<LeadershipGoal>(`${this.root}/leadership-goals`, body);
  }

  updateGoal(id: string, body: UpdateLeadershipGoalRequest): Observable<LeadershipGoal> {
    return this.http.patch<LeadershipGoal>(`${this.root}/leadership-goals/${encodeURIComponent(id)}`, body);
  }

  /** Returns the goal with all its check-ins. */
  checkIn(goalId: string, body: CreateCheckInRequest): Observable<LeadershipGoal> {
    return this.http.post<LeadershipGoal>(`${this.root}/leadership-goals/${encodeURIComponent(goalId)}/check-ins`, body);
  }

  /** For the leader themself and owner/admin/HR; anyone else gets 404. */
  overview(userId: string): Observable<LeaderOverview> {
    return this.http.get<LeaderOverview>(`${this.root}/leaders/${encodeURIComponent(userId)}/overview`);
  }
}
