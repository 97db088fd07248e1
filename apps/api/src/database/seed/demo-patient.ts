import { PATIENT_FEEDBACK_ITEMS, type PatientFeedbackItem } from '@rapport/shared/contracts';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { StaffMemberEntity } from '../../app/culture/staff/staff-member.entity';
import { PatientFeedbackEntity } from '../../app/patient-signals/feedback/patient-feedback.entity';
import { OnlineReviewEntity } from '../../app/patient-signals/reviews/online-review.entity';
import { compileThemeRules, DEFAULT_THEME_RULES } from '../../app/patient-signals/reviews/review-themes';

/**
 * The patient's voice in the demo practice: a year of post-visit surveys and online reviews. The
 * stories match the culture data: Northgate (NGT) answers messages ever more slowly, and patients of
 * Dr. Martins (RVS) feel less listened to than his self-rating says. Deterministic (seeded PRNG).
 */

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

const DAY_MS = 24 * 3600 * 1000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const clamp = (x: number) => Math.min(5, Math.max(1, Math.round(x)));

const COMMENTS = {
  good: ['Everyone was kind and explained every step.', 'Felt listened to, no rush.', 'Clear price list before we started.', 'They called me back within the hour.'],
  bad: ['Nobody returned my message for three days.', 'I felt rushed in the consult.', 'The final bill was higher than the quote.', 'Was offered a package I did not ask for.'],
};

const REVIEW_TEXTS = {
  good: [
    'The front desk staff were warm and remembered my name.',
    'Results look natural and the nurse explained everything.',
    'Transparent pricing, no hidden fees, and on time.',
    'They answered my email the same day. Lovely team.',
  ],
  bad: [
    'Waited 40 minutes past my appointment with no explanation.',
    'Felt pushed to buy a package during the consult.',
    'Left two voicemails and nobody called back.',
    'I was billed for a product I never received.',
  ],
};

export async function seedDemoPatientSignals(manager: EntityManager, organizationId: string, locations: Map<string, string>): Promise<void> {
  const rnd = prng(20_261_126);
  const noise = (spread: number) => (rnd() * 2 - 1) * spread;
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const now = Date.now();
  const staff = await manager.getRepository(StaffMemberEntity).find({ where: { organizationId }, order: { name: 'ASC' } });
  const leo = staff.find((s) => s.name === 'Dr. Leo Martins');
  const codeOf = new Map([...locations].map(([code, id]) => [id, code]));

  const responses: Partial<PatientFeedbackEntity>[] = [];
  for (let d = 364; d >= 1; d--) {
    for (let k = 0; k < 2; k++) {
      const person = pick(staff);
      const code = codeOf.get(person.locationId) ?? 'DTN';
      const monthsAgo = d / 30.44;
      const slowReplies = code === 'NGT' ? -2 * (1 - monthsAgo / 12) : 0;
      const rushed = person.id === leo?.id ? -1.4 : 0;
      const base = 4.4 + noise(0.7);
      const scores: Partial<Record<PatientFeedbackItem, number>> = {};
      for (const item of PATIENT_FEEDBACK_ITEMS) {
        if (rnd() < 0.25) continue; // not every item is answered
        const shift = item === 'same_day_reply' ? slowReplies : item === 'listened' || item === 'explained_clearly' ? rushed : 0;
        scores[item] = clamp(base + shift + noise(0.6));
      }
      if (Object.keys(scores).length === 0) scores.courteous = clamp(base);
      const mean = Object.values(scores).reduce((a, b) => a + b, 0) / Object.keys(scores).length;
      const comment = rnd() < 0.35 ? pick(mean >= 3.8 ? COMMENTS.good : COMMENTS.bad) : null;
      const respondedOn = isoDay(new Date(now - d * DAY_MS));
      responses.push({
        organizationId,
        locationId: person.locationId,
        respondedOn,
        staffMemberIds: [person.id],
        scores,
        comment,
        fingerprint: createHash('sha256').update(`demo|${respondedOn}|${k}|${person.id}`).digest('hex'),
      });
    }
  }
  await manager.getRepository(PatientFeedbackEntity).insert(responses);

  const tag = compileThemeRules(DEFAULT_THEME_RULES);
  const reviews: Partial<OnlineReviewEntity>[] = [];
  for (let d = 360; d >= 3; d -= 3) {
    const code = pick(['DTN', 'RVS', 'NGT'] as const);
    const monthsAgo = d / 30.44;
    const good = rnd() < (code === 'NGT' ? 0.85 - 0.5 * (1 - monthsAgo / 12) : 0.8);
    const text = pick(good ? REVIEW_TEXTS.good : REVIEW_TEXTS.bad);
    const reviewedOn = isoDay(new Date(now - d * DAY_MS));
    const source = pick(['Google', 'Yelp', 'RealSelf']);
    reviews.push({
      organizationId,
      locationId: locations.get(code) as string,
      source,
      reviewedOn,
      rating: good ? clamp(4.6 + noise(0.5)) : clamp(1.8 + noise(0.8)),
      text,
      themes: tag(text),
      fingerprint: createHash('sha256').update(`demo-review|${reviewedOn}|${source}|${text}`).digest('hex'),
    });
  }
  await manager.getRepository(OnlineReviewEntity).insert(reviews);
}
