import { inject, Injectable } from '@angular/core';
import type {
  CreateReviewCycleRequest,
  Page,
  ReviewAssignment,
  ReviewCycle,
  SaveReviewAssignmentRequest,
  StaffMember,
} from '@rapport/shared/contracts';
import { map, type Observable, tap } from 'rxjs';
import { ListStore } from '../api/list.store';
import { ReviewAssignmentsApi, ReviewCyclesApi } from './review-cycles.api';
import { StaffApi } from './staff.api';

/** The staff directory, by name. Provide it in the page component that shows it. */
@Injectable()
export class StaffStore extends ListStore<StaffMember> {
  private readonly api = inject(StaffApi);

  protected fetch(): Observable<Page<StaffMember>> {
    return this.api
      .list()
      .pipe(map((page) => ({ ...page, items: [...page.items].sort((a, b) => a.name.localeCompare(b.name)) })));
  }
}

/** Review cycles, newest period first (the API's order); creating and closing keep the list in step. */
@Injectable()
export class ReviewCyclesStore extends ListStore<ReviewCycle> {
  private readonly api = inject(ReviewCyclesApi);

  protected fetch(): Observable<Page<ReviewCycle>> {
    return this.api.list();
  }

  create(body: CreateReviewCycleRequest): Observable<ReviewCycle> {
    return this.api.create(body).pipe(tap((cycle) => this.upsert(cycle)));
  }

  close(id: string): Observable<ReviewCycle> {
    return this.api.close(id).pipe(tap((cycle) => this.upsert(cycle)));
  }
}

/** The reviews the caller gives, in every cycle. */
@Injectable()
export class MyReviewsStore extends ListStore<ReviewAssignment> {
  private readonly api = inject(ReviewAssignmentsApi);

  protected fetch(): Observable<Page<ReviewAssignment>> {
    return this.api.mine();
  }

  save(id: string, body: SaveReviewAssignmentRequest): Observable<ReviewAssignment> {
    return this.api.save(id, body).pipe(tap((assignment) => this.upsert(assignment)));
  }

  submit(id: string): Observable<ReviewAssignment> {
    return this.api.submit(id).pipe(tap((assignment) => this.upsert(assignment)));
  }
}
