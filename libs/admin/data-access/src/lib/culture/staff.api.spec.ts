import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { StaffMember, StaffMemberDraft } from '@rapport/shared/contracts';
import { StaffApi } from './staff.api';

const member = { id: 's 1', name: 'Jordan Ellis', version: 2 } as StaffMember;

describe('StaffApi', () => {
  let backend: HttpTestingController;
  let api: StaffApi;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    api = TestBed.inject(StaffApi);
  });

  afterEach(() => backend.verify());

  it('reads the draft of a hire from its application', () => {
    const draft: StaffMemberDraft = { name: 'Jordan Ellis', email: 'jordan@example.com', roleTitle: 'Patient coordinator', locationId: 'l1', applicationId: 'a/1' };
    let seen: StaffMemberDraft | undefined;
    api.draftFromApplication('a/1').subscribe((d) => (seen = d));
    const req = backend.expectOne('/api/staff/from-application/a%2F1');
    expect(req.request.method).toBe('GET');
    req.flush(draft);
    expect(seen).toEqual(draft);
  });

  it('creates a staff member with the body as given (the application link included)', () => {
    const body = { name: 'Jordan Ellis', email: 'jordan@example.com', roleTitle: 'Patient coordinator', locationId: 'l1', hiredAt: '2026-11-20', applicationId: 'a1', managerId: null };
    let saved: StaffMember | undefined;
    api.create(body).subscribe((s) => (saved = s));
    const req = backend.expectOne('/api/staff');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual(body);
    req.flush(member);
    expect(saved).toEqual(member);
  });

  it('updates one staff member with PATCH, sending the version it read', () => {
    api.update('s 1', { roleTitle: 'Lead coordinator', version: 2 }).subscribe();
    const req = backend.expectOne('/api/staff/s%201');
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({ roleTitle: 'Lead coordinator', version: 2 });
    req.flush({ ...member, version: 3 });
  });
});
