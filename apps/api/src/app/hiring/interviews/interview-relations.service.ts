import { Injectable, NotFoundException } from '@nestjs/common';
import { In, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import type { TenantOwnedEntity } from '../../../common/tenancy/tenant-owned.entity';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { UserEntity } from '../../users/user.entity';
import { ApplicationEntity } from '../applications/application.entity';
import { CandidateEntity } from '../candidates/candidate.entity';
import { InterviewKitVersionEntity } from '../kits/interview-kit-version.entity';
import { OpeningEntity } from '../openings/opening.entity';
import type { InterviewEntity } from './interview.entity';

/** The records an interview hangs off. */
export interface InterviewContext {
  version: InterviewKitVersionEntity;
  app: ApplicationEntity;
  opening: OpeningEntity;
  candidate: CandidateEntity;
}

/** The rows with these ids, by id, in one query. */
async function byId<T extends TenantOwnedEntity>(repo: TenantRepository<T>, ids: string[]): Promise<Map<string, T>> {
  const unique = [...new Set(ids)];
  const rows = unique.length ? await repo.find({ where: { id: In(unique) } as FindOptionsWhere<T> }) : [];
  return new Map(rows.map((r) => [r.id, r]));
}

function must<T>(rows: Map<string, T>, id: string, label: string): T {
  const row = rows.get(id);
  if (!row) throw new NotFoundException(`${label} ${id} was not found`);
  return row;
}

/** Loads what an interview hangs off (kit version, application, opening, candidate, names). */
@Injectable()
export class InterviewRelations {
  constructor(
    @InjectTenantRepository(InterviewKitVersionEntity) private readonly versions: TenantRepository<InterviewKitVersionEntity>,
    @InjectTenantRepository(ApplicationEntity) private readonly applications: TenantRepository<ApplicationEntity>,
    @InjectTenantRepository(OpeningEntity) private readonly openings: TenantRepository<OpeningEntity>,
    @InjectTenantRepository(CandidateEntity) private readonly candidates: TenantRepository<CandidateEntity>,
    @InjectTenantRepository(UserEntity) private readonly users: TenantRepository<UserEntity>,
  ) {}

  private on<T extends object>(repo: T & { withManager(m: EntityManager): T }, manager?: EntityManager): T {
    return manager ? repo.withManager(manager) : repo;
  }

  opening(id: string, manager?: EntityManager): Promise<OpeningEntity> {
    return this.on(this.openings, manager).findByIdOrFail(id);
  }

  /** Each interview's context, with one query per kind of record for the whole list (not one per interview). */
  async forInterviews(interviews: InterviewEntity[], manager?: EntityManager): Promise<Map<string, InterviewContext>> {
    const result = new Map<string, InterviewContext>();
    if (interviews.length === 0) return result;
    const [versions, apps] = await Promise.all([
      byId(this.on(this.versions, manager), interviews.map((i) => i.kitVersionId)),
      byId(this.on(this.applications, manager), interviews.map((i) => i.applicationId)),
    ]);
    const [openings, candidates] = await Promise.all([
      byId(this.on(this.openings, manager), [...apps.values()].map((a) => a.openingId)),
      byId(this.on(this.candidates, manager), [...apps.values()].map((a) => a.candidateId)),
    ]);
    for (const interview of interviews) {
      const app = must(apps, interview.applicationId, 'Application');
      result.set(interview.id, {
        version: must(versions, interview.kitVersionId, 'InterviewKitVersion'),
        app,
        opening: must(openings, app.openingId, 'Opening'),
        candidate: must(candidates, app.candidateId, 'Candidate'),
      });
    }
    return result;
  }

  async userNames(ids: string[], manager?: EntityManager): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.on(this.users, manager).find({ where: { id: In(ids) } });
    return new Map(rows.map((u) => [u.id, u.name]));
  }
}
