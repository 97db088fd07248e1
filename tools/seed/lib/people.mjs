// Locations, staff and their user accounts. Every location has the scale's roster; reporting lines:
// the owner leads the group from the first location, each location's medical director reports to
// the owner, physicians / practice manager / lead nurse to the director, clinical staff to the lead
// nurse, front desk and billing to the practice manager.
import { CITY_WORDS, FIRST_NAMES, LAST_NAMES, SITE_WORDS } from './content.mjs';
import { pgArray, row } from './copy.mjs';
import { DAY_MS, isoDay } from './time.mjs';

const ROLES_BY_TITLE = {
  'Medical director': ['leader', 'interviewer'],
  Physician: ['leader', 'interviewer'],
  'Practice manager': ['hiring_manager', 'interviewer'],
  'Lead nurse': ['interviewer', 'staff'],
};

/** Named logins take these places at the first location (the first person with the title). */
const NAMED_SLOTS = {
  'Medical director': 'owner',
  Physician: 'leader',
  'Practice manager': 'manager',
  'Lead nurse': 'interviewer',
  'Patient coordinator': 'staff',
};

const MANAGER_TITLE = {
  Physician: 'Medical director',
  'Practice manager': 'Medical director',
  'Lead nurse': 'Medical director',
  'Nurse injector': 'Lead nurse',
  Aesthetician: 'Lead nurse',
  'Medical assistant': 'Lead nurse',
  'Patient coordinator': 'Practice manager',
  'Billing specialist': 'Practice manager',
};

function locationName(i, count) {
  if (count === 1) return 'Harbor Clinic';
  const base = `${CITY_WORDS[i % CITY_WORDS.length]} ${SITE_WORDS[Math.floor(i / CITY_WORDS.length) % SITE_WORDS.length]}`;
  const round = Math.floor(i / (CITY_WORDS.length * SITE_WORDS.length));
  return round === 0 ? base : `${base} ${round + 1}`;
}

/**
 * Plans people in memory. `named` maps a login's local part to {id, name, email} (made by the API).
 * Staff hired within the history window are hired through Rapport with probability 0.7 (their
 * application is made by the hiring plan).
 */
export function planPeople({ rng, ids, scale, named, window }) {
  const locations = Array.from({ length: scale.locations }, (_, i) => ({
    id: ids.location(),
    name: locationName(i, scale.locations),
    code: `L${String(i + 1).padStart(3, '0')}`,
  }));
  const staff = [];
  const ownerIndex = 0;
  for (const [loc, location] of locations.entries()) {
    const firstOfTitle = new Map();
    for (const [title, count] of scale.roster) {
      for (let k = 0; k < count; k++) {
        const slot = loc === 0 && k === 0 ? NAMED_SLOTS[title] : undefined;
        const first = rng.pick(FIRST_NAMES);
        const last = rng.pick(LAST_NAMES);
        const index = staff.length;
        const person = {
          index,
          id: ids.staff(),
          loc,
          locationId: location.id,
          roleTitle: title,
          named: slot ?? null,
          name: slot ? named[slot].name : `${title === 'Medical director' || title === 'Physician' ? 'Dr. ' : ''}${first} ${last}`,
          email: slot ? named[slot].email : `${first}.${last}.${index}@${named.domain}`.toLowerCase(),
          userId: slot ? named[slot].id : ids.user(),
          roles: slot ? null : (ROLES_BY_TITLE[title] ?? (title === 'Nurse injector' && k < 2 ? ['interviewer', 'staff'] : ['staff'])),
          managerIndex: null,
          hiredAt: 0,
          viaRapport: false,
          applicationId: null,
        };
        if (!firstOfTitle.has(title)) firstOfTitle.set(title, index);
        staff.push(person);
      }
    }
    for (const person of staff.slice(firstOfTitle.get('Medical director'))) {
      if (person.roleTitle === 'Medical director') person.managerIndex = person.index === ownerIndex ? null : ownerIndex;
      else person.managerIndex = firstOfTitle.get(MANAGER_TITLE[person.roleTitle]) ?? null;
    }
  }
  // Tenure: leads and named logins have been there for years; 40% of the others joined within the window.
  for (const person of staff) {
    const lead = person.named || person.roleTitle === 'Medical director' || person.roleTitle === 'Practice manager';
    if (!lead && rng.chance(0.4)) {
      person.hiredAt = window.start + Math.floor(rng.next() * (window.end - window.start - 30 * DAY_MS));
      person.viaRapport = rng.chance(0.7);
    } else {
      person.hiredAt = window.start - rng.between(30, 12 * 365) * DAY_MS;
    }
  }
  return { locations, staff };
}

/** Staff and users at a location who sit on interview panels, and the location's hiring manager. */
export function hiringTeams(people) {
  const teams = people.locations.map(() => ({ interviewers: [], hiringManager: null }));
  for (const person of people.staff) {
    const team = teams[person.loc];
    if (person.roleTitle === 'Practice manager' && !team.hiringManager) team.hiringManager = person.userId;
    const roles = person.roles ?? [];
    if (person.named ? ['owner', 'manager', 'interviewer', 'leader'].includes(person.named) : roles.includes('interviewer')) {
      team.interviewers.push(person.userId);
    }
  }
  return teams;
}

export const LOCATION_COLUMNS = ['id', 'created_at', 'updated_at', 'organization_id', 'name', 'code', 'version'];

export function* locationRows(people, organizationId, window) {
  const created = new Date(window.start - 400 * DAY_MS);
  for (const l of people.locations) yield row(l.id, created, created, organizationId, l.name, l.code, 1);
}

export const USER_COLUMNS = [
  'id', 'created_at', 'updated_at', 'organization_id', 'email', 'name', 'roles', 'password_hash', 'active',
  'invitation_token_hash', 'invitation_expires_at', 'version',
];

/** Users of everyone on staff but the named logins (the API made those), sharing the seed password's hash. */
export function* userRows(people, organizationId, passwordHash) {
  for (const s of people.staff) {
    if (s.named) continue;
    const at = new Date(s.hiredAt);
    yield row(s.userId, at, at, organizationId, s.email, s.name, pgArray(s.roles), passwordHash, true, null, null, 1);
  }
}

export const STAFF_COLUMNS = [
  'id', 'created_at', 'updated_at', 'organization_id', 'name', 'email', 'role_title', 'location_id', 'manager_id',
  'user_id', 'hired_at', 'application_id', 'version',
];

export function* staffRows(people, organizationId) {
  for (const s of people.staff) {
    const at = new Date(s.hiredAt);
    const manager = s.managerIndex === null ? null : people.staff[s.managerIndex].id;
    yield row(s.id, at, at, organizationId, s.name, s.email, s.roleTitle, s.locationId, manager, s.userId, isoDay(s.hiredAt), s.applicationId, 1);
  }
}
