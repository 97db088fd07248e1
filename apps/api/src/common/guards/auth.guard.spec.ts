import { type ExecutionContext, ForbiddenException, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Role } from '@rapport/shared/contracts';
import type { Repository } from 'typeorm';
import type { UserEntity } from '../../app/users/user.entity';
import { Public } from '../decorators/public.decorator';
import { Roles } from '../decorators/roles.decorator';
import { type AccessTokenPayload, type AuthenticatedRequest, AuthGuard } from './auth.guard';

/** Handlers as a controller declares them; the guard reads the real decorators' metadata. */
class ProbeController {
  @Public()
  open(): string {
    return 'open';
  }

  @Roles('hr', 'owner')
  hrOnly(): string {
    return 'hrOnly';
  }

  undecided(): string {
    return 'undecided';
  }
}

@Public()
class PublicController {
  anything(): string {
    return 'anything';
  }
}

const USER = { id: '1b0e7d1c-2f4a-4c55-9d1e-0a3f5b6c7d81', organizationId: '2c1f8e2d-3a5b-4d66-8e2f-1b4a6c7d8e92' };
const SESSION = '3d2a9f3e-4b6c-4e77-9f3a-2c5b7d8e9fa3';
const jwt = new JwtService({ secret: 'a-test-secret-that-is-long-enough-000' });

describe('AuthGuard (deny by default)', () => {
  /** The guard's one statement: `findOne` stands for its result, `conditions` records its WHERE clauses. */
  let findOne: jest.Mock<Promise<Pick<UserEntity, 'id' | 'organizationId' | 'roles'> | null>>;
  let conditions: [string, Record<string, unknown>][];
  let guard: AuthGuard;

  beforeEach(() => {
    findOne = jest.fn();
    conditions = [];
    const qb = {
      select: () => qb,
      where: (sql: string, params: Record<string, unknown>) => (conditions.push([sql, params]), qb),
      andWhere: (sql: string, params: Record<string, unknown>) => (conditions.push([sql, params]), qb),
      getOne: () => findOne(),
    };
    guard = new AuthGuard(new Reflector(), jwt, { createQueryBuilder: () => qb } as unknown as Repository<UserEntity>);
  });

  const signedIn = async (claims: Partial<AccessTokenPayload> = {}): Promise<Record<string, string>> => {
    const payload = { sub: USER.id, org: USER.organizationId, sid: SESSION, ...claims };
    return { authorization: `Bearer ${await jwt.signAsync(payload)}` };
  };
  const userWith = (roles: Role[]) => findOne.mockResolvedValue({ ...USER, roles });

  function context(
    controller: new () => object,
    handler: (...args: never[]) => unknown,
    headers: Record<string, string> = {},
  ): { ctx: ExecutionContext; request: AuthenticatedRequest } {
    const request = { headers } as AuthenticatedRequest;
    const ctx = {
      getHandler: () => handler,
      getClass: () => controller,
      switchToHttp: () => ({ getRequest: () => request }),
    } as unknown as ExecutionContext;
    return { ctx, request };
  }

  it('refuses a handler with neither @Public() nor @Roles() with 403, even for a signed-in owner', async () => {
    userWith(['owner']);
    const { ctx, request } = context(ProbeController, ProbeController.prototype.undecided, await signedIn());
    const refusal = guard.canActivate(ctx);
    await expect(refusal).rejects.toThrow(ForbiddenException);
    await expect(refusal).rejects.toThrow('This route declares no roles');
    expect(request.caller).toBeUndefined();
  });

  it('lets anyone through a @Public() handler or controller without reading a token or a user', async () => {
    await expect(guard.canActivate(context(ProbeController, ProbeController.prototype.open).ctx)).resolves.toBe(true);
    await expect(guard.canActivate(context(PublicController, PublicController.prototype.anything).ctx)).resolves.toBe(true);
    expect(findOne).not.toHaveBeenCalled();
  });

  it('admits a role the handler names and attaches the caller from the database row', async () => {
    userWith(['staff', 'hr']);
    const { ctx, request } = context(ProbeController, ProbeController.prototype.hrOnly, await signedIn());
    await expect(guard.canActivate(ctx)).resolves.toBe(true);
    expect(request.caller).toEqual({ userId: USER.id, organizationId: USER.organizationId, roles: ['staff', 'hr'] });
  });

  it('refuses a signed-in user whose roles the handler does not name with 403', async () => {
    userWith(['staff', 'interviewer']);
    const { ctx } = context(ProbeController, ProbeController.prototype.hrOnly, await signedIn());
    const refusal = guard.canActivate(ctx);
    await expect(refusal).rejects.toThrow(ForbiddenException);
    await expect(refusal).rejects.toThrow('Your role does not allow this action');
  });

  it('refuses an unknown or deactivated user with 401: only an active user of the token organization counts', async () => {
    findOne.mockResolvedValue(null);
    const { ctx, request } = context(ProbeController, ProbeController.prototype.hrOnly, await signedIn());
    await expect(guard.canActivate(ctx)).rejects.toThrow(UnauthorizedException);
    expect(request.caller).toBeUndefined();
    // Roles, the active flag and the session are read fresh on every request, scoped to the token's organization.
    expect(conditions).toEqual([
      [expect.stringContaining('u.active'), { sub: USER.id, org: USER.organizationId }],
      [expect.stringMatching(/family_id = :sid[\s\S]*revoked_at IS NULL/), { sid: SESSION }],
    ]);
  });

  it('refuses a token that names no session (or a malformed one) with 401 before looking up a user', async () => {
    userWith(['hr']);
    for (const headers of [await signedIn({ sid: undefined }), await signedIn({ sid: "x' OR '1'='1" })]) {
      const { ctx } = context(ProbeController, ProbeController.prototype.hrOnly, headers);
      await expect(guard.canActivate(ctx)).rejects.toThrow(UnauthorizedException);
    }
    expect(findOne).not.toHaveBeenCalled();
  });

  it('refuses a missing, malformed or forged token with 401 before looking up a user', async () => {
    const forged = await new JwtService({ secret: 'another-secret-of-enough-length-0000' }).signAsync({ sub: USER.id, org: USER.organizationId });
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Basic dXNlcjpwYXNz' },
      { authorization: 'Bearer not-a-jwt' },
      { authorization: `Bearer ${forged}` },
    ];
    for (const headers of attempts) {
      const { ctx } = context(ProbeController, ProbeController.prototype.hrOnly, headers);
      await expect(guard.canActivate(ctx)).rejects.toThrow(UnauthorizedException);
    }
    expect(findOne).not.toHaveBeenCalled();
  });
});
