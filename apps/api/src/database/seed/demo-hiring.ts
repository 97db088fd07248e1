import type { ApplicationStage, KitQuestion, Recommendation } from '@rapport/shared/contracts';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { CompetencyEntity } from '../../app/competencies/competency.entity';
import { ApplicationEntity } from '../../app/hiring/applications/application.entity';
import { StageChangeEntity } from '../../app/hiring/applications/stage-change.entity';
import { CandidateEntity } from '../../app/hiring/candidates/candidate.entity';
import { InterviewEntity } from '../../app/hiring/interviews/interview.entity';
import { ScorecardEntity } from '../../app/hiring/interviews/scorecard.entity';
import { InterviewKitVersionEntity } from '../../app/hiring/kits/interview-kit-version.entity';
import { InterviewKitEntity } from '../../app/hiring/kits/interview-kit.entity';
import { OpeningEntity } from '../../app/hiring/openings/opening.entity';
import { DEMO_KITS } from './demo-kits';

const DAY = 24 * 3600 * 1000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);

const PIPELINE: ApplicationStage[] = ['applied', 'screening', 'interviewing', 'offer', 'hired'];

interface DemoCandidate {
  name: string;
  stage: ApplicationStage;
  source: string;
  /** Panel ratings per interviewer local part, one number per question (null = not asked). */
  panel?: Record<string, { ratings: (number | null)[]; recommendation: Recommendation } | 'pending'>;
  reason?: string;
}

/** Candidates in every stage; Jordan's panel visibly disagrees, Riley's interview still awaits a scorecard. */
const COORDINATOR_CANDIDATES: DemoCandidate[] = [
  { name: 'Avery Quinn', stage: 'applied', source: 'Website' },
  { name: 'Blake Moreno', stage: 'screening', source: 'Referral' },
  {
    name: 'Casey Lindqvist',
    stage: 'interviewing',
    source: 'Job board',
    panel: {
      manager: { ratings: [4, 5, 4, 4, 3, 4, 5, 4], recommendation: 'yes' },
      interviewer: { ratings: [4, 4, 4, 5, 3, 4, 4, 4], recommendation: 'yes' },
    },
  },
  {
    name: 'Jordan Ellis',
    stage: 'interviewing',
    source: 'Referral',
    panel: {
      manager: { ratings: [2, 3, 2, 2, 3, 2, 3, 3], recommendation: 'no' },
      interviewer: { ratings: [5, 4, 4, 5, 3, 5, 4, 4], recommendation: 'strong_yes' },
    },
  },
  {
    name: 'Riley Okafor',
    stage: 'interviewing',
    source: 'Website',
    panel: { manager: { ratings: [4, 3, 4, 4, 4, 3, 4, null], recommendation: 'yes' }, interviewer: 'pending' },
  },
  {
    name: 'Morgan Adeyemi',
    stage: 'offer',
    source: 'Job board',
    panel: {
      manager: { ratings: [5, 5, 4, 5, 4, 5, 5, 4], recommendation: 'strong_yes' },
      interviewer: { ratings: [5, 4, 5, 5, 4, 4, 5, 5], recommendation: 'strong_yes' },
    },
  },
  { name: 'Taylor Brandt', stage: 'hired', source: 'Referral' },
  { name: 'Jamie Novak', stage: 'rejected', source: 'Job board', reason: 'Pushed a package on a hesitant patient in the role-play' },
  { name: 'Rowan Patel', stage: 'withdrawn', source: 'Website', reason: 'Accepted another offer' },
];

/** Every stage too; Drew's panel broadly agrees. */
const INJECTOR_CANDIDATES: DemoCandidate[] = [
  { name: 'Sam Whitaker', stage: 'applied', source: 'Website' },
  {
    name: 'Drew Castillo',
    stage: 'interviewing',
    source: 'Referral',
    panel: {
      manager: { ratings: [4, 4, 3, 4, 4, 3, 4, 4], recommendation: 'yes' },
      owner: { ratings: [3, 4, 3, 3, 4, 3, 4, 3], recommendation: 'yes' },
    },
  },
  { name: 'Elliot Fraser', stage: 'offer', source: 'Job board' },
  { name: 'Harper Lindqvist', stage: 'screening', source: 'Job board' },
  { name: 'Morgan Achebe', stage: 'hired', source: 'Referral' },
  { name: 'Kai Romero', stage: 'rejected', source: 'Website', reason: 'Talked over the patient in the consultation role-play' },
  { name: 'Quinn Delacroix', stage: 'withdrawn', source: 'Job board', reason: 'Relocating out of state' },
];

const EVIDENCE: Record<number, string> = {
  1: 'Defended the policy and did not acknowledge how the patient felt.',
  2: 'Accurate but rushed; the patient’s concern came second.',
  3: 'Explained clearly and resolved it; little about the patient as a person.',
  4: 'Acknowledged the feeling, explained transparently, followed up.',
  5: 'Named the feeling first, explained in writing, fixed the cause and followed up the next day.',
};

/** Adds the hiring side of the demo practice: kits, two openings, candidates in every stage, scored panels. */
export async function seedDemoHiring(
  manager: EntityManager,
  organizationId: string,
  users: Map<string, string>,
  locations: Map<string, string>,
): Promise<void> {
  const competencies = await manager.getRepository(CompetencyEntity).find({ where: { organizationId } });
  const competencyByKey = new Map(competencies.map((c) => [c.key, c.id]));
  const kitVersions: InterviewKitVersionEntity[] = [];
  for (const kit of DEMO_KITS) {
    const saved = await manager.getRepository(InterviewKitEntity).save({ organizationId, currentVersion: 1, revision: 1 });
    const questions: KitQuestion[] = kit.questions.map((q) => ({
      id: randomUUID(),
      prompt: q.prompt,
      kind: q.kind,
      competencyId: competencyByKey.get(q.competencyKey) as string,
      probes: q.probes,
      anchors: q.anchors,
      redFlags: q.redFlags,
    }));
    kitVersions.push(
      await manager.getRepository(InterviewKitVersionEntity).save({
        organizationId,
        kitId: saved.id,
        version: 1,
        name: kit.name,
        roleTitle: kit.roleTitle,
        evidenceRequired: true,
        questions,
        usedAt: null,
      }),
    );
  }
  const openings = [
    { title: 'Patient coordinator', location: 'DTN', kit: kitVersions[0], candidates: COORDINATOR_CANDIDATES },
    { title: 'Nurse injector', location: 'RVS', kit: kitVersions[2], candidates: INJECTOR_CANDIDATES },
  ];
  for (const spec of openings) {
    const opening = await manager.getRepository(OpeningEntity).save({
      organizationId,
      title: spec.title,
      locationId: locations.get(spec.location) as string,
      hiringManagerId: users.get('manager') as string,
      kitId: spec.kit.kitId,
      status: 'open' as const,
    });
    for (const [index, c] of spec.candidates.entries()) {
      await seedCandidate(manager, organizationId, users, opening, spec.kit, c, index);
    }
  }
}

async function seedCandidate(
  manager: EntityManager,
  organizationId: string,
  users: Map<string, string>,
  opening: OpeningEntity,
  kit: InterviewKitVersionEntity,
  c: DemoCandidate,
  index: number,
): Promise<void> {
  const email = `${c.name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.com`;
  const candidate = await manager
    .getRepository(CandidateEntity)
    .save({ organizationId, name: c.name, email, phone: null, source: c.source, notes: null });
  // The stages the candidate passed through, spaced a few days apart and ending at c.stage.
  const path: ApplicationStage[] = PIPELINE.includes(c.stage)
    ? PIPELINE.slice(0, PIPELINE.indexOf(c.stage) + 1)
    : ['applied', 'screening', c.stage];
  const start = 20 + index * 2;
  const enteredAt = path.map((_s, i) => daysAgo(start - i * 4));
  const application = await manager.getRepository(ApplicationEntity).save({
    organizationId,
    candidateId: candidate.id,
    openingId: opening.id,
    stage: c.stage,
    stageEnteredAt: enteredAt[enteredAt.length - 1],
  });
  for (const [i, stage] of path.entries()) {
    await manager.getRepository(StageChangeEntity).save({
      organizationId,
      applicationId: application.id,
      fromStage: i === 0 ? null : path[i - 1],
      toStage: stage,
      reason: i === path.length - 1 ? (c.reason ?? null) : null,
      changedById: users.get('manager') ?? null,
      createdAt: enteredAt[i],
    });
  }
  if (!c.panel) return;
  if (!kit.usedAt) {
    kit.usedAt = daysAgo(start);
    await manager.getRepository(InterviewKitVersionEntity).save(kit);
  }
  const interview = await manager.getRepository(InterviewEntity).save({
    organizationId,
    applicationId: application.id,
    kitId: kit.kitId,
    kitVersionId: kit.id,
    scheduledAt: daysAgo(Math.max(1, start - 8)),
  });
  for (const [local, card] of Object.entries(c.panel)) {
    const submitted = card !== 'pending';
    await manager.getRepository(ScorecardEntity).save({
      organizationId,
      interviewId: interview.id,
      interviewerId: users.get(local) as string,
      status: submitted ? 'submitted' : 'not_started',
      ratings: submitted
        ? kit.questions.map((q, i) => {
            const rating = card.ratings[i] ?? null;
            return { questionId: q.id, rating, evidence: rating === null ? '' : EVIDENCE[rating] };
          })
        : [],
      recommendation: submitted ? card.recommendation : null,
      submittedAt: submitted ? daysAgo(Math.max(1, start - 9)) : null,
      amendedAt: null,
    });
  }
}
