import { Injectable } from '@nestjs/common';
import type { InterviewKit, InterviewKitVersionSummary, KitQuestion, Page } from '@rapport/shared/contracts';
import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { ValidationFailedException } from '../../../common/filters/validation-exception';
import { pageByKeyset, pageInfo, type KeysetOrder } from '../../../common/pagination/keyset-query';
import type { ListQueryDto } from '../../../common/pagination/list-query.dto';
import { assertVersion } from '../../../common/persistence/optimistic-lock';
import { Transactions } from '../../../common/persistence/transaction';
import { InjectTenantRepository } from '../../../common/tenancy/inject-tenant-repository.decorator';
import { TenantRepository } from '../../../common/tenancy/tenant.repository';
import { AuditService } from '../../audit/audit.service';
import { CompetencyEntity } from '../../competencies/competency.entity';
import type { CreateInterviewKitDto, KitQuestionDto, UpdateInterviewKitDto } from './kit.dto';
import { InterviewKitVersionEntity } from './interview-kit-version.entity';
import { InterviewKitEntity } from './interview-kit.entity';

export function toKit(kit: InterviewKitEntity, v: InterviewKitVersionEntity): InterviewKit {
  return {
    id: kit.id,
    name: v.name,
    roleTitle: v.roleTitle,
    evidenceRequired: v.evidenceRequired,
    version: v.version,
    questions: v.questions,
    inUse: v.usedAt !== null,
    revision: kit.revision,
    createdAt: kit.createdAt.toISOString(),
    updatedAt: v.updatedAt.toISOString(),
  };
}

/** Kits by the name of their current version (the database's collation), listed from the version rows. */
const ORDER: KeysetOrder = { alias: 'v', keys: [{ sql: 'v.name', type: 'text' }], direction: 'ASC' };

@Injectable()
export class KitsService {
  constructor(
    @InjectTenantRepository(InterviewKitEntity) private readonly kits: TenantRepository<InterviewKitEntity>,
    @InjectTenantRepository(InterviewKitVersionEntity)
    private readonly versions: TenantRepository<InterviewKitVersionEntity>,
    @InjectTenantRepository(CompetencyEntity) private readonly competencies: TenantRepository<CompetencyEntity>,
    private readonly audit: AuditService,
    private readonly tx: Transactions,
  ) {}

  async list(query: ListQueryDto): Promise<Page<InterviewKit>> {
    const current = this.versions.qb('v').innerJoinAndSelect('v.kit', 'k', 'k.current_version = v.version');
    const page = await pageByKeyset(current, ORDER, query);
    return { items: page.rows.map((v) => toKit(v.kit as InterviewKitEntity, v)), ...pageInfo(page) };
  }

  async get(id: string): Promise<InterviewKit> {
    const kit = await this.kits.findByIdOrFail(id);
    return toKit(kit, await this.currentVersion(kit));
  }

  async listVersions(id: string): Promise<InterviewKitVersionSummary[]> {
    await this.kits.findByIdOrFail(id);
    const rows = await this.versions.find({ where: { kitId: id }, order: { version: 'DESC' } });
    return rows.map((v) => ({
      version: v.version,
      name: v.name,
      roleTitle: v.roleTitle,
      questionCount: v.questions.length,
      inUse: v.usedAt !== null,
      createdAt: v.createdAt.toISOString(),
    }));
  }

  create(dto: CreateInterviewKitDto): Promise<InterviewKit> {
    return this.tx.run(async (manager) => {
      await this.assertCompetencies(dto.questions);
      const kit = await this.kits.withManager(manager).save(this.kits.create({ currentVersion: 1 }));
      const versions = this.versions.withManager(manager);
      const version = await versions.save(
        versions.create({
          kitId: kit.id,
          version: 1,
          name: dto.name,
          roleTitle: dto.roleTitle,
          evidenceRequired: dto.evidenceRequired ?? true,
          questions: this.withIds(dto.questions, []),
          usedAt: null,
        }),
      );
      await this.audit.record({ action: 'kit.created', entityType: 'interview_kit', entityId: kit.id, after: version }, manager);
      return toKit(kit, version);
    });
  }

  /** Edits in place while unused; once an interview has used the version, writes a new version. */
  update(id: string, dto: UpdateInterviewKitDto): Promise<InterviewKit> {
    return this.tx.run(async (manager) => {
      const kits = this.kits.withManager(manager);
      const versions = this.versions.withManager(manager);
      const kit = await kits.findByIdOrFail(id, { lock: true });
      assertVersion({ version: kit.revision }, dto.revision);
      const current = await this.currentVersion(kit, manager);
      if (dto.questions) await this.assertCompetencies(dto.questions);
      const content = {
        name: dto.name ?? current.name,
        roleTitle: dto.roleTitle ?? current.roleTitle,
        evidenceRequired: dto.evidenceRequired ?? current.evidenceRequired,
        questions: dto.questions ? this.withIds(dto.questions, current.questions) : current.questions,
      };
      let saved: InterviewKitVersionEntity;
      if (current.usedAt) {
        kit.currentVersion = current.version + 1;
        saved = await versions.save(versions.create({ ...content, kitId: kit.id, version: kit.currentVersion, usedAt: null }));
      } else {
        saved = await versions.save(Object.assign(current, content));
      }
      kit.revision += 1;
      const savedKit = await kits.save(kit);
      await this.audit.record(
        { action: current.usedAt ? 'kit.versioned' : 'kit.updated', entityType: 'interview_kit', entityId: id, after: saved },
        manager,
      );
      return toKit(savedKit, saved);
    });
  }

  /** The version a new interview uses; marks it used so later edits create a new version. */
  async pinForInterview(kitId: string, manager: EntityManager): Promise<InterviewKitVersionEntity> {
    const kit = await this.kits.withManager(manager).findByIdOrFail(kitId);
    const version = await this.currentVersion(kit, manager);
    if (!version.usedAt) {
      version.usedAt = new Date();
      await this.versions.withManager(manager).save(version);
    }
    return version;
  }

  private async currentVersion(kit: InterviewKitEntity, manager?: EntityManager): Promise<InterviewKitVersionEntity> {
    const repo = manager ? this.versions.withManager(manager) : this.versions;
    const v = await repo.findOne({ kitId: kit.id, version: kit.currentVersion });
    if (!v) throw new Error(`Kit ${kit.id} has no version ${kit.currentVersion}`);
    return v;
  }

  /** Keeps the id of a question being edited; new questions get a new id. */
  private withIds(questions: KitQuestionDto[], existing: KitQuestion[]): KitQuestion[] {
    const known = new Set(existing.map((q) => q.id));
    const errors = questions.flatMap((q, i) =>
      q.id && !known.has(q.id) ? [{ field: `questions.${i}.id`, message: 'id is not a question of this kit' }] : [],
    );
    if (errors.length) throw new ValidationFailedException(errors);
    return questions.map((q) => ({
      id: q.id ?? randomUUID(),
      prompt: q.prompt,
      kind: q.kind,
      competencyId: q.competencyId,
      probes: q.probes ?? [],
      anchors: { '1': q.anchors['1'], '3': q.anchors['3'], '5': q.anchors['5'] },
      redFlags: q.redFlags ?? [],
    }));
  }

  private async assertCompetencies(questions: KitQuestionDto[]): Promise<void> {
    const ids = [...new Set(questions.map((q) => q.competencyId))];
    const found = await this.competencies.find({ where: { id: In(ids) }, select: { id: true, organizationId: true } });
    const known = new Set(found.map((c) => c.id));
    const errors = questions.flatMap((q, i) =>
      known.has(q.competencyId) ? [] : [{ field: `questions.${i}.competencyId`, message: 'competencyId is not a competency of this organization' }],
    );
    if (errors.length) throw new ValidationFailedException(errors);
  }
}
