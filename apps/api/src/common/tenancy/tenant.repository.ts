import { NotFoundException } from '@nestjs/common';
import type {
  DeepPartial,
  EntityManager,
  FindManyOptions,
  FindOptionsWhere,
  ObjectLiteral,
  Repository,
  SelectQueryBuilder,
} from 'typeorm';
import { RequestContext } from './request-context';
import type { TenantOwnedEntity } from './tenant-owned.entity';

type Where<T> = FindOptionsWhere<T> | FindOptionsWhere<T>[];

/**
 * A repository that can only see and write the caller's organization. Services inject this, never
 * a raw Repository, for tenant-owned entities (see docs/adr/0002-tenancy.md).
 */
export class TenantRepository<T extends TenantOwnedEntity & ObjectLiteral> {
  constructor(
    private readonly repo: Repository<T>,
    private readonly label: string,
  ) {}

  /** The same scoping on a transaction's entity manager. */
  withManager(manager: EntityManager): TenantRepository<T> {
    return new TenantRepository(manager.getRepository<T>(this.repo.target), this.label);
  }


  private scope(where?: Where<T>): Where<T> {
    const organizationId = RequestContext.organizationId();
    const tenant = { organizationId } as FindOptionsWhere<T>;
    if (!where) return tenant;
    if (Array.isArray(where)) return where.map((w) => ({ ...w, ...tenant }));
    return { ...where, ...tenant };
  }

  find(options: FindManyOptions<T> = {}): Promise<T[]> {
    return this.repo.find({ ...options, where: this.scope(options.where as Where<T> | undefined) });
  }

  findAndCount(options: FindManyOptions<T> = {}): Promise<[T[], number]> {
    return this.repo.findAndCount({ ...options, where: this.scope(options.where as Where<T> | undefined) });
  }

  count(where?: Where<T>): Promise<number> {
    return this.repo.count({ where: this.scope(where) });
  }

  findOne(where: Where<T>, options: { lock?: boolean } = {}): Promise<T | null> {
    return this.repo.findOne({
      where: this.scope(where),
      ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /**
   * 404 when the record does not exist or belongs to another organization (ids leak nothing).
   * `lock` takes a row lock for the rest of the transaction (read-modify-write without lost updates).
   */
  async findByIdOrFail(id: string, options: { lock?: boolean } = {}): Promise<T> {
    const found = await this.findOne({ id } as FindOptionsWhere<T>, options);
    if (!found) throw new NotFoundException(`${this.label} ${id} was not found`);
    return found;
  }

  create(data: DeepPartial<T>): T {
    return this.repo.create({ ...data, organizationId: RequestContext.organizationId() } as DeepPartial<T>);
  }

  save(entity: T): Promise<T> {
    this.assertOwned(entity);
    return this.repo.save(entity);
  }

  async remove(entity: T): Promise<void> {
    this.assertOwned(entity);
    await this.repo.delete({ id: entity.id, organizationId: entity.organizationId } as FindOptionsWhere<T>);
  }

  /** A query builder that starts scoped to the caller's organization. */
  qb(alias: string): SelectQueryBuilder<T> {
    return this.repo
      .createQueryBuilder(alias)
      .where(`${alias}.organization_id = :tenantOrganizationId`, {
        tenantOrganizationId: RequestContext.organizationId(),
      });
  }

  private assertOwned(entity: T): void {
    if (entity.organizationId !== RequestContext.organizationId()) {
      throw new NotFoundException(`${this.label} was not found`);
    }
  }
}
