import type { ServiceMetricName } from '@rapport/shared/contracts';
import type { EntityManager } from 'typeorm';
import { CompetencyEntity } from '../../app/competencies/competency.entity';
import { CheckInEntity } from '../../app/culture/leadership-goals/check-in.entity';
import { LeadershipGoalEntity } from '../../app/culture/leadership-goals/leadership-goal.entity';
import { ObservationEntity } from '../../app/culture/observations/observation.entity';
import { generateAssignments } from '../../app/culture/review-cycles/assignment-generation';
import { ReviewAssignmentEntity } from '../../app/culture/review-cycles/review-assignment.entity';
import { ReviewCycleEntity } from '../../app/culture/review-cycles/review-cycle.entity';
import { ServiceMetricEntity } from '../../app/culture/service-metrics/service-metric.entity';
import { StaffMemberEntity } from '../../app/culture/staff/staff-member.entity';
import { UserEntity } from '../../app/users/user.entity';

/**
 * The culture side of the demo practice: 25 people over three locations, two physicians who lead
 * (Dr. Hart, Dr. Martins) with goals and check-ins, 12 months of observations and service metrics,
 * and two closed 360 cycles. Every chart tells a story: Northgate (NGT) slides on responsiveness, and
 * Dr. Martins rates himself far above how his staff rate him. Deterministic: a seeded PRNG drives all
 * numbers and ids (one demo organization per database), dates are relative to today.
 */

/** mulberry32: small, fast, good enough for demo data, and the same sequence on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DOMAIN = 'demo.rapport.test';
const DAY_MS = 24 * 3600 * 1000;
const MONTH_MS = 30.44 * DAY_MS;

interface Person {
  name: string;
  role: string;
  loc: 'DTN' | 'RVS' | 'NGT';
  /** Demo user's local part, or a new staff user is created. */
  user?: string;
  /** Index of the manager in PEOPLE. */
  mgr?: number;
}

const PEOPLE: Person[] = [
  { name: 'Dr. Olivia Hart', role: 'Medical director', loc: 'DTN', user: 'owner' }, // 0
  { name: 'Dr. Leo Martins', role: 'Physician', loc: 'RVS', user: 'leader', mgr: 0 }, // 1
  { name: 'Maya Chen', role: 'Practice manager', loc: 'DTN', user: 'manager', mgr: 0 }, // 2
  { name: 'Nadia Okoye', role: 'Lead nurse', loc: 'NGT', mgr: 0 }, // 3
  { name: 'Sofia Alvarez', role: 'Patient coordinator', loc: 'RVS', user: 'staff', mgr: 1 }, // 4
  { name: 'Grace Liu', role: 'Nurse injector', loc: 'DTN', mgr: 0 },
  { name: 'Omar Haddad', role: 'Nurse injector', loc: 'DTN', mgr: 0 },
  { name: 'Elena Petrova', role: 'Aesthetician', loc: 'DTN', mgr: 0 },
  { name: 'Jonah Brooks', role: 'Patient coordinator', loc: 'DTN', mgr: 2 },
  { name: 'Priya Raman', role: 'Patient coordinator', loc: 'DTN', mgr: 2 },
  { name: 'Lucas Ferreira', role: 'Patient coordinator', loc: 'DTN', mgr: 2 },
  { name: 'Hannah Weiss', role: 'Billing specialist', loc: 'DTN', mgr: 2 },
  { name: 'Marco Bianchi', role: 'Nurse injector', loc: 'RVS', mgr: 1 },
  { name: 'Aisha Karim', role: 'Nurse injector', loc: 'RVS', mgr: 1 },
  { name: 'Chloe Dubois', role: 'Aesthetician', loc: 'RVS', mgr: 1 },
  { name: 'Ben Carter', role: 'Patient coordinator', loc: 'RVS', mgr: 1 },
  { name: 'Ruth Mensah', role: 'Billing specialist', loc: 'RVS', mgr: 1 },
  { name: 'Tomás Rivera', role: 'Medical assistant', loc: 'RVS', mgr: 1 },
  { name: 'Kenji Sato', role: 'Nurse injector', loc: 'NGT', mgr: 3 },
  { name: 'Laura Jensen', role: 'Nurse injector', loc: 'NGT', mgr: 3 },
  { name: 'Mia Novak', role: 'Aesthetician', loc: 'NGT', mgr: 3 },
  { name: 'Isla Murray', role: 'Aesthetician', loc: 'NGT', mgr: 3 },
  { name: 'Daniel Kim', role: 'Patient coordinator', loc: 'NGT', mgr: 3 },
  { name: 'Zoe Adler', role: 'Patient coordinator', loc: 'NGT', mgr: 3 },
  { name: 'Victor Lang', role: 'Billing specialist', loc: 'NGT', mgr: 3 },
];

/** Which metrics each role is measured on (rates are fractions, minutes for inquiries). */
const ROLE_METRICS: Record<string, ServiceMetricName[]> = {
  'Patient coordinator': ['inquiry_response_minutes', 'calls_returned_rate'],
  'Billing specialist': ['billing_error_rate', 'fee_estimate_given_rate', 'signed_fee_policy_rate'],
  'Nurse injector': ['on_time_rate', 'review_rating'],
  Aesthetician: ['on_time_rate', 'review_rating'],
  Physician: ['on_time_rate', 'review_rating'],
  'Medical director': ['on_time_rate', 'review_rating'],
};

const NOTES: Record<'recognition' | 'coaching', string[]> = {
  recognition: [
    'Noticed a nervous first-time patient and walked them through every step before starting.',
    'Called a patient back the same hour and closed the loop on their question.',
    'Explained the fees in writing before the treatment; the patient thanked us for the clarity.',
    'Suggested a smaller treatment that fit the patient’s goals instead of the package.',
    'Told the waiting patients about the delay and offered to reschedule.',
    'Remembered a patient’s daughter’s wedding and sent a card.',
    'Owned a billing mistake, apologised and fixed it before the patient asked.',
    'Covered a colleague’s calls during a busy morning without being asked.',
  ],
  coaching: [
    'A web inquiry waited two days for an answer; agree a same-day rule.',
    'Patient left without the fee estimate in writing.',
    'Mentioned the package twice after the patient said no.',
    'Started 25 minutes late and nobody told the patient.',
    'Answered a complaint with the policy before acknowledging the frustration.',
  ],
};

const COMMENTS: Record<number, string> = {
  1: 'I rarely see this; patients notice.',
  2: 'Sometimes, but not when it is busy.',
  3: 'Usually there when it matters.',
  4: 'Consistent; others follow the example.',
  5: 'The model for the team on this.',
};

const clamp = (x: number) => Math.min(5, Math.max(1, Math.round(x)));
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const monthKey = (d: Date) => d.toISOString().slice(0, 7);

export async function seedDemoCulture(
  manager: EntityManager,
  organizationId: string,
  users: Map<string, string>,
  locations: Map<string, string>,
): Promise<void> {
  const rnd = prng(20_260_501);
  const uuid = () => {
    const h = Array.from({ length: 32 }, () => Math.floor(rnd() * 16).toString(16));
    h[12] = '4';
    h[16] = '89ab'[Math.floor(rnd() * 4)];
    const s = h.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };
  const noise = (spread: number) => (rnd() * 2 - 1) * spread;
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const now = new Date();
  const competencies = await manager.getRepository(CompetencyEntity).find({ where: { organizationId }, order: { position: 'ASC' } });
  const keyOf = new Map(competencies.map((c) => [c.id, c.key]));
  const byKey = new Map(competencies.map((c) => [c.key, c.id]));

  // People: the four demo users keep their accounts; everyone else gets a staff account (demo password).
  const { passwordHash } = (await manager
    .getRepository(UserEntity)
    .findOne({ where: { id: users.get('owner') }, select: { id: true, passwordHash: true } })) as UserEntity;
  const staffIds = PEOPLE.map(() => uuid());
  const userIds = PEOPLE.map((p) => (p.user ? (users.get(p.user) as string) : uuid()));
  const email = (p: Person) => `${p.name.replace(/^Dr\. /, '').toLowerCase().normalize('NFD').replace(/[^a-z ]/g, '').replace(/ /g, '.')}@${DOMAIN}`;
  await manager.getRepository(UserEntity).insert(
    PEOPLE.flatMap((p, i) =>
      p.user
        ? []
        : [{ id: userIds[i], organizationId, email: email(p), name: p.name, roles: ['staff' as const], passwordHash, invitationTokenHash: null, invitationExpiresAt: null }],
    ),
  );
  const staff = PEOPLE.map((p, i) => ({
    id: staffIds[i],
    organizationId,
    name: p.name,
    email: p.user ? `${p.user}@${DOMAIN}` : email(p),
    roleTitle: p.role,
    locationId: locations.get(p.loc) as string,
    // One multi-row INSERT: PostgreSQL checks the self-reference at the end of the statement.
    managerId: p.mgr === undefined ? null : staffIds[p.mgr],
    userId: userIds[i],
    hiredAt: isoDay(new Date(now.getTime() - (14 + Math.floor(rnd() * 60)) * MONTH_MS)),
    applicationId: null,
  }));
  await manager.getRepository(StaffMemberEntity).insert(staff);

  // Each person's "true" level (1–5) per competency; NGT's responsiveness erodes over the year.
  const level = PEOPLE.map(() => 4.1 + noise(0.45));
  const responsivenessDrift = (loc: string, monthsAgo: number) => (loc === 'NGT' ? -1.8 * (1 - monthsAgo / 11) + 0.3 : 0);

  // 12 months of observations (about two per person per month), authored by managers and peers.
  const observations: Partial<ObservationEntity>[] = [];
  for (let m = 11; m >= 0; m--) {
    for (const [i, p] of PEOPLE.entries()) {
      for (let k = 0; k < 1 + Math.floor(rnd() * 3); k++) {
        const day = new Date(now.getTime() - (m * MONTH_MS + rnd() * MONTH_MS));
        if (day > now) continue;
        const competencyId = pick(competencies).id;
        const drift = keyOf.get(competencyId) === 'responsiveness' ? responsivenessDrift(p.loc, m) : 0;
        const coaching = rnd() < 0.3 - (level[i] - 4.1) * 0.15 - drift * 0.35;
        const author = p.mgr !== undefined && rnd() < 0.6 ? p.mgr : pick(PEOPLE.map((_x, j) => j).filter((j) => j !== i && PEOPLE[j].loc === p.loc));
        observations.push({
          organizationId,
          staffMemberId: staffIds[i],
          competencyId,
          kind: coaching ? 'coaching' : 'recognition',
          note: pick(NOTES[coaching ? 'coaching' : 'recognition']),
          observedAt: isoDay(day),
          authorId: userIds[author],
        });
      }
    }
  }
  await manager.getRepository(ObservationEntity).insert(observations);

  // 12 months of service metrics (the current month to date included), per person by role and per location.
  const metrics: Partial<ServiceMetricEntity>[] = [];
  const value = (metric: ServiceMetricName, quality: number, respDrift: number): number => {
    const q = Math.min(1, Math.max(0, (quality - 1) / 4)); // 0 bad … 1 excellent
    switch (metric) {
      case 'inquiry_response_minutes':
        return Math.round(Math.max(10, 60 + (1 - q) * 500 - respDrift * 300 + noise(25)));
      case 'calls_returned_rate':
        return +Math.min(1, Math.max(0.4, 0.75 + q * 0.22 + respDrift * 0.15 + noise(0.03))).toFixed(3);
      case 'billing_error_rate':
        return +Math.max(0, 0.06 - q * 0.05 + noise(0.008)).toFixed(3);
      case 'review_rating':
        return +Math.min(5, Math.max(1, 3.6 + q * 1.3 + noise(0.2))).toFixed(2);
      default:
        return +Math.min(1, Math.max(0, 0.7 + q * 0.28 + noise(0.04))).toFixed(3);
    }
  };
  for (let m = 11; m >= 0; m--) {
    const period = monthKey(new Date(now.getFullYear(), now.getMonth() - m, 15));
    for (const [i, p] of PEOPLE.entries()) {
      const drift = responsivenessDrift(p.loc, m);
      for (const metric of ROLE_METRICS[p.role] ?? []) {
        metrics.push({ organizationId, staffMemberId: staffIds[i], locationId: null, period, metric, value: value(metric, level[i], drift) });
      }
    }
    for (const code of ['DTN', 'RVS', 'NGT'] as const) {
      const drift = responsivenessDrift(code, m);
      for (const metric of ['review_rating', 'inquiry_response_minutes'] as const) {
        metrics.push({ organizationId, staffMemberId: null, locationId: locations.get(code) as string, period, metric, value: value(metric, 3.8, drift) });
      }
    }
  }
  await manager.getRepository(ServiceMetricEntity).insert(metrics);

  // Two closed quarterly 360 cycles: the last two complete quarters.
  const q = Math.floor(now.getMonth() / 3);
  const cycles = [2, 1].map((back) => {
    const start = new Date(Date.UTC(now.getFullYear(), (q - back) * 3, 1));
    const end = new Date(Date.UTC(now.getFullYear(), (q - back + 1) * 3, 0));
    const label = `Q${(((q - back) % 4) + 4) % 4 + 1} ${start.getUTCFullYear()}`;
    return { id: uuid(), organizationId, name: `${label} 360 review`, periodStart: isoDay(start), periodEnd: isoDay(end), locationIds: null, peersPerPerson: 3, includeUpward: true, status: 'closed' as const, closedAt: new Date(Math.min(end.getTime() + 21 * DAY_MS, now.getTime() - DAY_MS)), monthsAgo: back * 3 - 1 };
  });
  await manager.getRepository(ReviewCycleEntity).insert(cycles.map(({ monthsAgo: _m, ...c }) => c));
  const generated = generateAssignments(staff, new Set([users.get('owner') as string, users.get('leader') as string]), {
    locationIds: null,
    peersPerPerson: 3,
    includeUpward: true,
  });
  const subjectIndex = new Map(staffIds.map((id, i) => [id, i]));
  const leo = staffIds[1];
  const assignments = cycles.flatMap((cycle) =>
    generated.map((a) => {
      const i = subjectIndex.get(a.subjectStaffId) as number;
      // A few reviews were never given; the physicians' own and their staff's always were (the gap story).
      const submitted = rnd() < 0.93 || a.relation === 'upward' || (a.relation === 'self' && (a.subjectStaffId === leo || i === 0));
      const ratings = competencies.map((c) => {
        let base = level[i] + (c.key === 'responsiveness' ? 1.5 * responsivenessDrift(PEOPLE[i].loc, cycle.monthsAgo) : 0);
        if (a.relation === 'self') base = a.subjectStaffId === leo ? 5 : base + 0.4;
        else if (a.subjectStaffId === leo) base = c.key === 'billing_integrity' ? 3.6 : 2.5;
        const rating = clamp(base + noise(0.8));
        return { competencyId: c.id, rating, comment: rnd() < 0.3 ? COMMENTS[rating] : '' };
      });
      return {
        ...a,
        organizationId,
        cycleId: cycle.id,
        status: submitted ? ('submitted' as const) : ('not_started' as const),
        ratings: submitted ? ratings : [],
        submittedAt: submitted ? new Date(cycle.closedAt.getTime() - Math.floor(rnd() * 14) * DAY_MS) : null,
      };
    }),
  );
  await manager.getRepository(ReviewAssignmentEntity).insert(assignments);

  // Goals and monthly check-ins for both physicians.
  const goalSpecs = [
    { owner: 'owner', key: 'culture_carrier', title: 'Model the care standard in every huddle', target: 'Upward culture carrier ≥ 4.3' },
    { owner: 'owner', key: 'extra_mile', title: 'Recognize one extra-mile moment a week', target: '50 recognitions recorded this year' },
    { owner: 'leader', key: 'empathy', title: 'Acknowledge the feeling before the plan', target: 'Upward empathy from 2.5 to 3.5' },
    { owner: 'leader', key: 'timeliness', title: 'Run on time or say why', target: 'On-time rate ≥ 90% and no unannounced delay' },
  ];
  const goals = goalSpecs.map((g, i) => ({
    id: uuid(),
    organizationId,
    ownerId: users.get(g.owner) as string,
    competencyId: byKey.get(g.key) as string,
    title: g.title,
    description: `Personal leadership goal on ${g.key.replace('_', ' ')}, reviewed at each check-in.`,
    target: g.target,
    dueDate: isoDay(new Date(now.getTime() + (3 + i) * MONTH_MS)),
  }));
  await manager.getRepository(LeadershipGoalEntity).insert(goals);
  const checkIns = goals.flatMap((goal, gi) =>
    [5, 4, 3, 2, 1].map((monthsAgo, k) => ({
      organizationId,
      goalId: goal.id,
      progress: Math.min(100, Math.round((k + 1) * (goal.ownerId === users.get('leader') ? 9 : 16) + noise(4))),
      note: k === 4 && gi >= 2 ? 'Staff still say I rush the first minute; asking a nurse to cue me.' : 'On track; discussed in the monthly one-to-one.',
      date: isoDay(new Date(now.getTime() - monthsAgo * MONTH_MS)),
      authorId: goal.ownerId,
    })),
  );
  await manager.getRepository(CheckInEntity).insert(checkIns);
}
