import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { UserEntity } from '../../users/user.entity';
import { ApplicationEntity } from '../applications/application.entity';
import { CandidateEntity } from '../candidates/candidate.entity';
import { InterviewKitVersionEntity } from '../kits/interview-kit-version.entity';
import { OpeningEntity } from '../openings/opening.entity';
import type { InterviewEntity } from './interview.entity';

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

  version(id: string, manager?: EntityManager): Promise<InterviewKitVersionEntity> {
    return this.on(this.versions, manager).findByIdOrFail(id);
  }

  async forInterview(interview: InterviewEntity, manager?: EntityManager) {
    const version = await this.version(interview.kitVersionId, manager);
    const app = await this.on(this.applications, manager).findByIdOrFail(interview.applicationId);
    const opening = await this.opening(app.openingId, manager);
    const candidate = await this.on(this.candidates, manager).findByIdOrFail(app.candidateId);
    return { version, app, opening, candidate };
  }

  async userNames(ids: string[], manager?: EntityManager): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.on(this.users, manager).find({ where: { id: In(ids) } });
    return new Map(rows.map((u) => [u.id, u.name]));
  }
}
