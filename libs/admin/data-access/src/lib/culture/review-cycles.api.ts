import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CreateReviewCycleRequest,
  Page,
  ReviewAssignment,
  ReviewCycle,
  ReviewCycleStatus,
  ReviewResults,
  SaveReviewAssignmentRequest,
} from '@rapport/shared/contracts';
import type { Observable } from 'rxjs';
import { API_BASE_URL } from '../api/api-config';
import { toParams } from './query-params';

/** 360 review cycles (HR sets them up and closes them; leaders follow progress). */
@Injectable({ providedIn: 'root' })
export class ReviewCyclesApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/review-cycles`;

  list(): Observable<Page<ReviewCycle>> {
    return this.http.get<Page<ReviewCycle>>(this.base);
  }

  get(id: string): Observable<ReviewCycle> {
    return this.http.get<ReviewCycle>(`${this.base}/${encodeURIComponent(id)}`);
  }

  create(body: CreateReviewCycleRequest): Observable<ReviewCycle> {
    return this.http.post<ReviewCycle>(this.base, body);
  }

  close(id: string): Observable<ReviewCycle> {
    return this.http.post<ReviewCycle>(`${this.base}/${encodeURIComponent(id)}/close`, {});
  }

  /** One person's results; peer and upward only as aggregates of enough raters once the cycle is closed. */
  results(cycleId: string, staffMemberId: string): Observable<ReviewResults> {
    return this.http.get<ReviewResults>(`${this.base}/${encodeURIComponent(cycleId)}/results`, {
      params: toParams({ staffMemberId }),
    });
  }
}

/** The reviews the caller gives. */
@Injectable({ providedIn: 'root' })
export class ReviewAssignmentsApi {
  private readonly http = inject(HttpClient);
  private readonly root = inject(API_BASE_URL);

  mine(query: { cycleId?: string; cycleStatus?: ReviewCycleStatus } = {}): Observable<Page<ReviewAssignment>> {
    return this.http.get<Page<ReviewAssignment>>(`${this.root}/me/review-assignments`, { params: toParams(query) });
  }

  get(id: string): Observable<ReviewAssignment> {
    return this.http.get<ReviewAssignment>(`${this.root}/review-assignments/${encodeURIComponent(id)}`);
  }

  save(id: string, body: SaveReviewAssignmentRequest): Observable<ReviewAssignment> {
    return this.http.put<ReviewAssignment>(`${this.root}/review-assignments/${encodeURIComponent(id)}`, body);
  }

  submit(id: string): Observable<ReviewAssignment> {
    return this.http.post<ReviewAssignment>(`${this.root}/review-assignments/${encodeURIComponent(id)}/submit`, {});
  }
}
