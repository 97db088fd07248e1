import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CreateStaffMemberRequest,
  Page,
  Role,
  StaffMember,
  StaffMemberDraft,
  UpdateStaffMemberRequest,
} from '@rapport/shared/contracts';
import type { Observable } from 'rxjs';
import { allPages } from '../api/all-pages';
import { API_BASE_URL } from '../api/api-config';
import { toParams } from './query-params';

/**
 * Who may create a staff record (the API's `STAFF_CREATORS`: culture admins, and a hiring manager when a
 * hire is made). Editing one is for `CULTURE_ADMIN_ROLES` only. Buttons use these; the API stays the judge.
 */
export const STAFF_CREATOR_ROLES: readonly Role[] = ['owner', 'admin', 'hr', 'hiring_manager'];

export interface StaffQuery {
  locationId?: string;
  managerId?: string;
}

/** The staff directory: readable by every role (peers pick whom to recognize from it). */
@Injectable({ providedIn: 'root' })
export class StaffApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/staff`;

  /** The whole directory (every page: a group can have thousands of people). */
  list(query: StaffQuery = {}): Observable<Page<StaffMember>> {
    return allPages((cursor) => this.http.get<Page<StaffMember>>(this.base, { params: toParams({ ...query, cursor }) }));
  }

  get(id: string): Observable<StaffMember> {
    return this.http.get<StaffMember>(this.url(id));
  }

  /**
   * The staff record a hire starts from (candidate's name and email, the opening's title and location).
   * 409 unless the application is hired and no staff member was created from it yet.
   */
  draftFromApplication(applicationId: string): Observable<StaffMemberDraft> {
    return this.http.get<StaffMemberDraft>(`${this.base}/from-application/${encodeURIComponent(applicationId)}`);
  }

  /** With `applicationId`, links the person to the hire they came from (one staff member per application). */
  create(body: CreateStaffMemberRequest): Observable<StaffMember> {
    return this.http.post<StaffMember>(this.base, body);
  }

  /** Send the `version` that was read: a newer edit by someone else answers 409 instead of being overwritten. */
  update(id: string, body: UpdateStaffMemberRequest): Observable<StaffMember> {
    return this.http.patch<StaffMember>(this.url(id), body);
  }

  private url(id: string): string {
    return `${this.base}/${encodeURIComponent(id)}`;
  }
}
