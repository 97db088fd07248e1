import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import type { Role } from '@rapport/shared/contracts';
import type { FastifyRequest } from 'fastify';
import { Repository } from 'typeorm';
import { UserEntity } from '../../app/users/user.entity';
import { IS_PUBLIC } from '../decorators/public.decorator';
import { ROLES_KEY } from '../decorators/roles.decorator';
import type { Caller } from '../tenancy/request-context';

export interface AccessTokenPayload {
  sub: string;
  org: string;
  /** The session: the refresh-token family the token was minted for. Revoking the family ends the token. */
  sid: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const SESSION_ENDED = 'Your session is no longer valid; sign in again';

export type AuthenticatedRequest = FastifyRequest & { caller?: Caller };

/**
 * Global guard, deny by default: a route is either @Public() or declares @Roles(...). The access
 * token names the user and the session; roles, the active flag and whether the session is still
 * live (its refresh-token family not revoked: logout, deactivation, theft) are read fresh from the
 * database in one statement, so each takes effect on the next request, not when the token expires.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!allowed) {
      // A route without a deliberate decision is a defect; refuse rather than guess.
      throw new ForbiddenException('This route declares no roles');
    }
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const payload = await this.verify(request);
    const user = await this.users
      .createQueryBuilder('u')
      .select(['u.id', 'u.organizationId', 'u.roles'])
      .where('u.id = :sub AND u.organization_id = :org AND u.active', { sub: payload.sub, org: payload.org })
      // A rotation revokes the old token and inserts its successor in one transaction: a live family
      // always has exactly one unrevoked token, and a revoked family has none.
      .andWhere(
        `EXISTS (SELECT 1 FROM refresh_tokens t
                  WHERE t.family_id = :sid AND t.user_id = u.id AND t.organization_id = u.organization_id
                    AND t.revoked_at IS NULL AND t.expires_at > now())`,
        { sid: payload.sid },
      )
      .getOne();
    if (!user) throw new UnauthorizedException(SESSION_ENDED);
    request.caller = { userId: user.id, organizationId: user.organizationId, roles: user.roles };
    if (!user.roles.some((role) => allowed.includes(role))) {
      throw new ForbiddenException('Your role does not allow this action');
    }
    return true;
  }

  private async verify(request: FastifyRequest): Promise<AccessTokenPayload> {
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    if (!token) throw new UnauthorizedException('Sign in to continue');
    let payload: AccessTokenPayload;
    try {
      payload = await this.jwt.verifyAsync<AccessTokenPayload>(token);
    } catch {
      throw new UnauthorizedException('Your session has expired; sign in again');
    }
    // Tokens minted before sessions were named carry no sid: they cannot be ended, so they are refused.
    if (![payload.sub, payload.org, payload.sid].every((id) => typeof id === 'string' && UUID.test(id))) {
      throw new UnauthorizedException(SESSION_ENDED);
    }
    return payload;
  }
}
