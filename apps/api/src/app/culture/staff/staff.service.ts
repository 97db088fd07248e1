import { ConflictException, Injectable } from '@nestjs/common';
import type { Page, StaffMember, StaffMemberDraft } from '@rapport/shared/contracts';
import type { EntityManager } from 'typeorm';
import { ValidationFailedException } from '../../../common/filters/validation-exception';
import { pageByKeyset, pageInfo, type KeysetOrder } from '../../../common/pagination/keyset-query';
import { assertVersion } from '../../../common/persistence/optimistic-lock';
import { Transactions } from '../../../common/persistence/transaction';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { assertReferences, type Reference } from '../../../common/validation/references';
import { AuditService } from '../../audit/audit.service';
import { ApplicationEntity } from '../../hiring/applications/application.entity';
import { CandidateEntity } from '../../hiring/candidates/candidate.entity';
import { HiringScope } from '../../hiring/hiring-scope.service';
import { OpeningEntity } from '../../hiring/openings/opening.entity';
import { LocationEntity } from '../../locations/location.entity';
import { UserEntity } from '../../users/user.entity';
import type { CreateStaffMemberDto, StaffQueryDto, UpdateStaffMemberDto } from './staff.dto';
import { StaffMemberEntity } from './staff-member.entity';

export const toStaffMember = (s: StaffMemberEntity): StaffMember => ({
  id: s.id,
  name: s.name,
  email: s.email,
  roleTitle: s.roleTitle,
  locationId: s.locationId,
  managerId: s.managerId,
  userId: s.userId,
  hiredAt: s.hiredAt,
  applicationId: s.applicationId,
  version: s.version,
  createdAt: s.createdAt.toISOString(),
  updatedAt: s.updatedAt.toISOString(),
});

const ORDER: KeysetOrder = { alias: 's', keys: [{ sql: 's.name', type: 'text' }], direction: 'ASC' };

@Injectable()
export class StaffService {
  constructor(
    @InjectTenantRepository(StaffMemberEntity) private readonly staff: TenantRepository<StaffMemberEntity>,
    @InjectTenantRepository(LocationEntity) private readonly locations: TenantRepository<LocationEntity>,
    @InjectTenantRepository(UserEntity) private readonly users: TenantRepository<UserEntity>,
    @InjectTenantRepository(ApplicationEntity) private readonly applications: TenantRepository<ApplicationEntity>,
    @InjectTenantRepository(CandidateEntity) private readonly candidates: TenantRepository<CandidateEntity>,
    @InjectTenantRepository(OpeningEntity) private readonly openings: TenantRepository<OpeningEntity>,
    private readonly hiring: HiringScope,
    private readonly audit: AuditService,
    private readonly tx: Transactions,
  ) {}

  async list(query: StaffQueryDto): Promise<Page<StaffMember>> {
    const qb = this.staff.qb('s');
    if (query.locationId) qb.andWhere('s.location_id = :locationId', { locationId: query.locationId });
    if (query.managerId) qb.andWhere('s.manager_id = :managerId', { managerId: query.managerId });
    const page = await pageByKeyset(qb, ORDER, query);
    return { items: page.rows.map(toStaffMember), ...pageInfo(page) };
  }

  async get(id: string): Promise<StaffMember> {
    return toStaffMember(await this.staff.findByIdOrFail(id));
  }

  /**
   * The form to create the staff member, prefilled from a hired application of an opening the
   * caller may see (a hiring manager: one they manage; otherwise 404, see HiringScope).
   */
  async draftFromApplication(applicationId: string): Promise<StaffMemberDraft> {
    const application = await this.hiring.applicationOrFail(applicationId);
    if (application.stage !== 'hired') {
      throw new ConflictException(`The application is at "${application.stage}"; a staff member is created once it is hired`);
    }
    const existing = await this.staff.findOne({ applicationId });
    if (existing) throw new ConflictException(`Staff member ${existing.id} was already created from this application`);
    const candidate = await this.candidates.findByIdOrFail(application.candidateId);
    const opening = await this.openings.findByIdOrFail(application.openingId);
    return {
      name: candidate.name,
      email: candidate.email.toLowerCase(),
      roleTitle: opening.title,
      locationId: opening.locationId,
      applicationId,
    };
  }

  create(dto: CreateStaffMemberDto): Promise<StaffMember> {
    return this.tx.run(async (manager) => {
      await assertReferences(this.references(dto));
      // A hiring manager links only hires of their own openings (others' are not theirs to see).
      if (dto.applicationId && !(await this.hiring.application(dto.applicationId, manager))) {
        throw new ValidationFailedException([{ field: 'applicationId', message: 'applicationId must be a hired application of this organization' }]);
      }
      const repo = this.staff.withManager(manager);
      const saved = await repo.save(
        repo.create({
          ...dto,
          managerId: dto.managerId ?? null,
          userId: dto.userId ?? null,
          applicationId: dto.applicationId ?? null,
        }),
      );
      await this.audit.record({ action: 'staff_member.created', entityType: 'staff_member', entityId: saved.id, after: saved }, manager);
      return toStaffMember(saved);
    });
  }

  update(id: string, dto: UpdateStaffMemberDto): Promise<StaffMember> {
    return this.tx.run(async (manager) => {
      const repo = this.staff.withManager(manager);
      const entity = await repo.findByIdOrFail(id, { lock: true });
      assertVersion(entity, dto.version);
      await assertReferences(this.references(dto));
      if (dto.managerId) await this.assertNoReportingLoop(manager, id, dto.managerId);
      const before = { ...entity };
      const { version: _ignored, ...changes } = dto;
      Object.assign(entity, changes);
      const saved = await repo.save(entity);
      await this.audit.record({ action: 'staff_member.updated', entityType: 'staff_member', entityId: id, before, after: saved }, manager);
      return toStaffMember(saved);
    });
  }

  /** A manager must not (directly or through others) report to the person they manage. */
  private async assertNoReportingLoop(manager: EntityManager, id: string, managerId: string): Promise<void> {
    const links = await this.staff.withManager(manager).find({ select: { id: true, managerId: true, organizationId: true } });
    const managerOf = new Map(links.map((l) => [l.id, l.managerId]));
    const seen = new Set<string>();
    for (let at: string | null | undefined = managerId; at && !seen.has(at); at = managerOf.get(at)) {
      if (at === id) {
        throw new ValidationFailedException([{ field: 'managerId', message: 'managerId would make a reporting loop' }]);
      }
      seen.add(at);
    }
  }

  private references(dto: Partial<CreateStaffMemberDto>): Reference[] {
    return [
      { field: 'locationId', id: dto.locationId, repo: this.locations, message: 'locationId is not a location of this organization' },
      { field: 'managerId', id: dto.managerId ?? undefined, repo: this.staff, message: 'managerId is not a staff member of this organization' },
      { field: 'userId', id: dto.userId ?? undefined, repo: this.users, message: 'userId is not a user of this organization' },
      {
        field: 'applicationId',
        id: dto.applicationId ?? undefined,
        repo: this.applications,
        where: { stage: 'hired' },
        message: 'applicationId must be a hired application of this organization',
      },
    ];
  }
}
