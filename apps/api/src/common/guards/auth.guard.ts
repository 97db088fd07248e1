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
}

export type AuthenticatedRequest = FastifyRequest & { caller?: Caller };

/**
 * Global guard, deny by default: a route is either @Public() or declares @Roles(...). The access
 * token names the user; roles and the active flag are read fresh from the database so that a
 * deactivation or a role change takes effect on the next request, not when the token expires.
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
    const user = await this.users.findOne({
      where: { id: payload.sub, organizationId: payload.org, active: true },
      select: { id: true, organizationId: true, roles: true },
    });
    if (!user) throw new UnauthorizedException('Your session is no longer valid; sign in again');
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
    try {
      return await this.jwt.verifyAsync<AccessTokenPayload>(token);
    } catch {
      throw new UnauthorizedException('Your session has expired; sign in again');
    }
  }
}
