import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { ANONYMOUS_RELATIONS, type FieldError, type Page, type ReviewAssignment } from '@rapport/shared/contracts';
import { In, type EntityManager } from 'typeorm';
import { ValidationFailedException } from '../../../common/filters/validation-exception';
import { pageByKeyset, pageInfo, type KeysetOrder } from '../../../common/pagination/keyset-query';
import { Transactions } from '../../../common/persistence/transaction';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { AuditService } from '../../audit/audit.service';
import { CompetencyEntity } from '../../competencies/competency.entity';
import { CultureAccess } from '../shared/culture-access.service';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import { ReviewAssignmentEntity } from './review-assignment.entity';
import type { MyAssignmentsQueryDto, SaveReviewAssignmentDto } from './review-cycle.dto';
import { ReviewCycleEntity } from './review-cycle.entity';

/** The reviews the caller gives. Another person's assignment is a 404, like another organization's. */
/** In the order they were generated. */
const ORDER: KeysetOrder = { alias: 'a', keys: [{ sql: 'a.created_at', type: 'timestamptz' }], direction: 'ASC' };

@Injectable()
export class ReviewAssignmentsService {
  constructor(
    @InjectTenantRepository(ReviewAssignmentEntity) private readonly assignments: TenantRepository<ReviewAssignmentEntity>,
    @InjectTenantRepository(ReviewCycleEntity) private readonly cycles: TenantRepository<ReviewCycleEntity>,
    @InjectTenantRepository(StaffMemberEntity) private readonly staff: TenantRepository<StaffMemberEntity>,
    @InjectTenantRepository(CompetencyEntity) private readonly competencies: TenantRepository<CompetencyEntity>,
    private readonly access: CultureAccess,
    private readonly audit: AuditService,
    private readonly tx: Transactions,
  ) {}

  async mine(query: MyAssignmentsQueryDto): Promise<Page<ReviewAssignment>> {
    const me = this.access.caller().userId;
    const qb = this.assignments.qb('a').andWhere('a.rater_user_id = :me', { me });
    if (query.cycleId) qb.andWhere('a.cycle_id = :cycleId', { cycleId: query.cycleId });
    if (query.cycleStatus) {
      // In SQL, so that pages and the total count only assignments of cycles in that status.
      qb.andWhere('EXISTS (SELECT 1 FROM review_cycles rc WHERE rc.id = a.cycle_id AND rc.organization_id = a.organization_id AND rc.status = :cycleStatus)', {
        cycleStatus: query.cycleStatus,
      });
    }
    const page = await pageByKeyset(qb, ORDER, query);
    return { items: await this.present(page.rows), ...pageInfo(page) };
  }

  async get(id: string): Promise<ReviewAssignment> {
    return (await this.present([await this.myAssignment(id)]))[0];
  }

  /** Saves a draft; the cycle must be open and the review not yet submitted. */
  async save(id: string, dto: SaveReviewAssignmentDto): Promise<ReviewAssignment> {
    await this.assertRatings(dto);
    return this.tx.run(async (manager) => {
      const assignment = await this.editable(id, manager);
      assignment.ratings = dto.ratings.map((r) => ({ competencyId: r.competencyId, rating: r.rating, comment: r.comment ?? '' }));
      assignment.status = 'draft';
      const saved = await this.assignments.withManager(manager).save(assignment);
      return (await this.present([saved], manager))[0];
    });
  }

  /** Locks the review. At least one competency must be rated. */
  submit(id: string): Promise<ReviewAssignment> {
    return this.tx.run(async (manager) => {
      const assignment = await this.editable(id, manager);
      if (assignment.ratings.length === 0) {
        throw new ValidationFailedException([{ field: 'ratings', message: 'rate at least one competency before submitting' }]);
      }
      assignment.status = 'submitted';
      assignment.submittedAt = new Date();
      const saved = await this.assignments.withManager(manager).save(assignment);
      const anonymous = ANONYMOUS_RELATIONS.includes(saved.relation);
      // Peer and upward raters stay anonymous in the audit trail too: no actor, no subject, no ratings.
      await this.audit.record(
        anonymous
          ? {
              action: 'review_assignment.submitted',
              entityType: 'review_assignment',
              entityId: saved.id,
              actorUserId: null,
              after: { cycleId: saved.cycleId, relation: saved.relation },
            }
          : {
              action: 'review_assignment.submitted',
              entityType: 'review_assignment',
              entityId: saved.id,
              after: { cycleId: saved.cycleId, subjectStaffId: saved.subjectStaffId, relation: saved.relation, ratings: saved.ratings },
            },
        manager,
      );
      return (await this.present([saved], manager))[0];
    });
  }

  private async myAssignment(id: string, manager?: EntityManager): Promise<ReviewAssignmentEntity> {
    const repo = manager ? this.assignments.withManager(manager) : this.assignments;
    const found = await repo.findOne({ id, raterUserId: this.access.caller().userId }, { lock: !!manager });
    if (!found) throw new NotFoundException(`ReviewAssignment ${id} was not found`);
    return found;
  }

  private async editable(id: string, manager: EntityManager): Promise<ReviewAssignmentEntity> {
    const assignment = await this.myAssignment(id, manager);
    const cycle = await this.cycles.withManager(manager).findByIdOrFail(assignment.cycleId);
    if (cycle.status === 'closed') throw new ConflictException('The review cycle is closed');
    if (assignment.status === 'submitted') throw new ConflictException('The review is submitted and locked');
    return assignment;
  }

  private async assertRatings(dto: SaveReviewAssignmentDto): Promise<void> {
    const ids = dto.ratings.map((r) => r.competencyId);
    const known = new Set(
      (await this.competencies.find({ where: { id: In([...new Set(ids)]) }, select: { id: true, organizationId: true } })).map((c) => c.id),
    );
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    dto.ratings.forEach((r, i) => {
      if (!known.has(r.competencyId)) errors.push({ field: `ratings.${i}.competencyId`, message: 'competencyId is not a competency of this organization' });
      else if (seen.has(r.competencyId)) errors.push({ field: `ratings.${i}.competencyId`, message: 'each competency is rated once' });
      seen.add(r.competencyId);
    });
    if (errors.length) throw new ValidationFailedException(errors);
  }

  private async present(rows: ReviewAssignmentEntity[], manager?: EntityManager): Promise<ReviewAssignment[]> {
    if (!rows.length) return [];
    const cycleRepo = manager ? this.cycles.withManager(manager) : this.cycles;
    const staffRepo = manager ? this.staff.withManager(manager) : this.staff;
    const [cycles, subjects] = await Promise.all([
      cycleRepo.find({ where: { id: In([...new Set(rows.map((r) => r.cycleId))]) } }),
      staffRepo.find({ where: { id: In([...new Set(rows.map((r) => r.subjectStaffId))]) } }),
    ]);
    const cycleById = new Map(cycles.map((c) => [c.id, c]));
    const subjectById = new Map(subjects.map((s) => [s.id, s]));
    return rows.map((a) => {
      const cycle = cycleById.get(a.cycleId) as ReviewCycleEntity;
      const subject = subjectById.get(a.subjectStaffId) as StaffMemberEntity;
      return {
        id: a.id,
        cycleId: a.cycleId,
        cycleName: cycle.name,
        cycleStatus: cycle.status,
        periodStart: cycle.periodStart,
        periodEnd: cycle.periodEnd,
        subject: { staffMemberId: subject.id, name: subject.name, roleTitle: subject.roleTitle },
        relation: a.relation,
        status: a.status,
        ratings: a.ratings,
        submittedAt: a.submittedAt?.toISOString() ?? null,
        updatedAt: a.updatedAt.toISOString(),
      };
    });
  }
}
