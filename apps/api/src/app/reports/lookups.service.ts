import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { InjectTenantRepository } from '../../common/tenancy/inject-tenant-repository.decorator';
import { TenantRepository } from '../../common/tenancy/tenant.repository';
import { CompetencyEntity } from '../competencies/competency.entity';
import { UserEntity } from '../users/user.entity';

/** Name look-ups shared by the exports (users, competencies), tenant-scoped. */
@Injectable()
export class PacketLookups {
  constructor(
    @InjectTenantRepository(UserEntity) private readonly users: TenantRepository<UserEntity>,
    @InjectTenantRepository(CompetencyEntity) private readonly competencies: TenantRepository<CompetencyEntity>,
  ) {}

  async userNames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.users.find({ where: { id: In([...new Set(ids)]) } });
    return new Map(rows.map((u) => [u.id, u.name]));
  }

  async competencyNames(): Promise<Map<string, string>> {
    return new Map((await this.competencies.find()).map((c) => [c.id, c.name]));
  }
}
