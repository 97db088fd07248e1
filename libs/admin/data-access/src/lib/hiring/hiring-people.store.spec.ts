import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Role } from '@rapport/shared/contracts';
import { AuthStore } from '../auth/auth.store';
import { HiringPeopleStore } from './hiring-people.store';
import { interviewFixture } from './testing';

describe('HiringPeopleStore', () => {
  let backend: HttpTestingController;

  function store(roles: Role[], id = 'u-me') {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), HiringPeopleStore] });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthStore).signIn({ email: 'x', password: 'y' }).subscribe();
    backend.expectOne('/api/auth/login').flush({
      accessToken: 't',
      user: { id, email: 'me@x', name: 'Me Myself', roles },
      organization: { id: 'o', name: 'Org' },
    });
    return TestBed.inject(HiringPeopleStore);
  }

  afterEach(() => backend.verify());

  const user = (id: string, name: string, roles: Role[], active = true) => ({
    id,
    name,
    roles,
    active,
    email: `${id}@x`,
    invitationPending: false,
    version: 1,
    createdAt: '',
    updatedAt: '',
  });

  it('offers active users by role to someone who may read the user list', () => {
    const people = store(['admin']);
    people.load();
    backend.expectOne('/api/users').flush({
      items: [
        user('u-ivan', 'Ivan Novak', ['interviewer']),
        user('u-sofia', 'Sofia Alvarez', ['staff']),
        user('u-maya', 'Maya Chen', ['hiring_manager', 'interviewer']),
        user('u-gone', 'Gone Away', ['interviewer'], false),
      ],
      total: 4,
    });
    expect(people.partial()).toBe(false);
    expect(people.interviewers().map((p) => p.name)).toEqual(['Ivan Novak', 'Maya Chen']);
    expect(people.hiringManagers().map((p) => p.name)).toEqual(['Maya Chen']);
    expect(people.nameOf('u-sofia')).toBe('Sofia Alvarez');
  });

  it('falls back to people seen on panels, plus the user, for a hiring manager (no user list)', () => {
    const people = store(['hiring_manager'], 'u-me');
    people.load();
    backend.expectNone('/api/users');
    backend.expectOne('/api/interviews').flush({ items: [interviewFixture()], total: 1 });
    expect(people.partial()).toBe(true);
    expect(people.interviewers().map((p) => p.name)).toEqual(['Ivan Novak', 'Maya Chen', 'Me Myself']);
    // Only the user is sure to be allowed to manage an opening.
    expect(people.hiringManagers().map((p) => p.name)).toEqual(['Me Myself']);
  });
});
