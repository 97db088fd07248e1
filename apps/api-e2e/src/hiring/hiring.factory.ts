import type { Application, Candidate, Competency, Interview, InterviewKit, Opening, Page } from '@rapport/shared/contracts';
import { type Session, userWithRoles } from '../factories';
import { api, bearer, expectStatus } from '../support/http';

export const anchors = { '1': 'Blames the patient', '3': 'Explains accurately', '5': 'Acknowledges, explains, fixes the cause' };

export async function competencies(token: string): Promise<Competency[]> {
  return ((await expectStatus(api().get('/api/competencies').set(bearer(token)), 200)).body as Page<Competency>).items;
}

/** A kit with three questions: two on the first competency, one on the second (evidence required unless said). */
export async function createKit(token: string, name = 'Coordinator kit', options: { evidenceRequired?: boolean } = {}): Promise<InterviewKit> {
  const [c1, c2] = await competencies(token);
  const question = (prompt: string, competencyId: string) => ({
    prompt,
    kind: 'behavioral',
    competencyId,
    probes: ['What happened next?'],
    anchors,
    redFlags: ['Blames the patient'],
  });
  const res = await expectStatus(
    api()
      .post('/api/interview-kits')
      .set(bearer(token))
      .send({
        name,
        roleTitle: 'Patient coordinator',
        questions: [question('A surprise bill', c1.id), question('An upset caller', c1.id), question('A late doctor', c2.id)],
        ...options,
      }),
    201,
  );
  return res.body as InterviewKit;
}

export interface HiringWorld {
  owner: Session;
  manager: Session;
  i1: Session;
  i2: Session;
  kit: InterviewKit;
  opening: Opening;
  candidate: Candidate;
  application: Application;
}

/** An organization with a hiring manager, two interviewers, a kit, an opening and one application. */
export async function hiringWorld(owner: Session): Promise<HiringWorld> {
  const manager = await userWithRoles(owner, ['hiring_manager']);
  const i1 = await userWithRoles(owner, ['interviewer']);
  const i2 = await userWithRoles(owner, ['interviewer']);
  const kit = await createKit(manager.token);
  const location = (
    await expectStatus(api().post('/api/locations').set(bearer(owner.token)).send({ name: 'Main clinic', code: 'MAIN' }), 201)
  ).body as { id: string };
  const opening = (
    await expectStatus(
      api()
        .post('/api/openings')
        .set(bearer(manager.token))
        .send({ title: 'Patient coordinator', locationId: location.id, hiringManagerId: manager.user.id, kitId: kit.id }),
      201,
    )
  ).body as Opening;
  const candidate = (
    await expectStatus(
      api().post('/api/candidates').set(bearer(manager.token)).send({ name: 'Casey Lind', email: 'casey@example.com', source: 'Referral' }),
      201,
    )
  ).body as Candidate;
  const application = (
    await expectStatus(
      api().post('/api/applications').set(bearer(manager.token)).send({ candidateId: candidate.id, openingId: opening.id }),
      201,
    )
  ).body as Application;
  return { owner, manager, i1, i2, kit, opening, candidate, application };
}

export async function schedulePanel(world: HiringWorld, interviewerIds = [world.i1.user.id, world.i2.user.id]): Promise<Interview> {
  return (
    await expectStatus(
      api()
        .post('/api/interviews')
        .set(bearer(world.manager.token))
        .send({ applicationId: world.application.id, scheduledAt: '2026-12-01T15:00:00.000Z', interviewerIds }),
      201,
    )
  ).body as Interview;
}

/** A new opening of the world's location, managed by `hiringManagerId` (the world's manager by default). */
export async function createOpening(
  world: HiringWorld,
  { title = 'Front desk', hiringManagerId = world.manager.user.id, kitId = world.kit.id }: { title?: string; hiringManagerId?: string; kitId?: string } = {},
): Promise<Opening> {
  return (
    await expectStatus(
      api()
        .post('/api/openings')
        .set(bearer(world.owner.token))
        .send({ title, locationId: world.opening.locationId, hiringManagerId, kitId }),
      201,
    )
  ).body as Opening;
}

/** A new candidate's application to `openingId`. */
export async function applyTo(world: HiringWorld, openingId: string, email: string): Promise<Application> {
  const candidate = (
    await expectStatus(api().post('/api/candidates').set(bearer(world.owner.token)).send({ name: 'Robin Vale', email }), 201)
  ).body as Candidate;
  return (
    await expectStatus(api().post('/api/applications').set(bearer(world.owner.token)).send({ candidateId: candidate.id, openingId }), 201)
  ).body as Application;
}

/** An interview of `applicationId` at `scheduledAt` with this panel, scheduled by the owner. */
export async function scheduleInterview(applicationId: string, interviewerIds: string[], token: string, scheduledAt = '2026-12-01T15:00:00.000Z'): Promise<Interview> {
  return (
    await expectStatus(api().post('/api/interviews').set(bearer(token)).send({ applicationId, scheduledAt, interviewerIds }), 201)
  ).body as Interview;
}
