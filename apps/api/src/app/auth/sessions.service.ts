import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { IsNull, Repository, type EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { randomToken, sha256 } from '../../common/security/tokens';
import type { AccessTokenPayload } from '../../common/guards/auth.guard';
import { UserEntity } from '../users/user.entity';
import { RefreshTokenEntity } from './refresh-token.entity';

const isUuid = (value: unknown): value is string =>
  typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

type RotateOutcome = { session: IssuedSession; failure?: undefined; revokeFamily?: undefined } | { session?: undefined; failure: string; revokeFamily?: string };

export interface IssuedSession {
  accessToken: string;
  refreshToken: string;
  refreshExpiresAt: Date;
  user: UserEntity;
}

/**
 * Access tokens (short-lived JWT) and rotating refresh tokens. Refresh tokens are looked up by
 * hash before the tenant is known, so this service reads them without TenantRepository; every
 * lookup is by an unguessable secret, never by an id a caller chose.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    @InjectRepository(RefreshTokenEntity) private readonly tokens: Repository<RefreshTokenEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
  ) {}

  async issue(user: UserEntity, manager?: EntityManager, familyId: string = randomUUID()): Promise<IssuedSession> {
    const refreshToken = randomToken();
    const refreshExpiresAt = new Date(Date.now() + this.config.get('REFRESH_TOKEN_TTL_SECONDS') * 1000);
    const repo = manager ? manager.getRepository(RefreshTokenEntity) : this.tokens;
    await repo.insert({
      organizationId: user.organizationId,
      userId: user.id,
      familyId,
      tokenHash: sha256(refreshToken),
      expiresAt: refreshExpiresAt,
      revokedAt: null,
    });
    const payload: AccessTokenPayload = { sub: user.id, org: user.organizationId, sid: familyId };
    const accessToken = await this.jwt.signAsync(payload, { expiresIn: this.config.get('ACCESS_TOKEN_TTL_SECONDS') });
    return { accessToken, refreshToken, refreshExpiresAt, user };
  }

  /** Rotates a refresh token. Presenting an already-rotated token revokes its whole family. */
  async rotate(presented: string | undefined): Promise<IssuedSession> {
    if (!presented) throw new UnauthorizedException('No session to refresh; sign in');
    const outcome = await this.tokens.manager.transaction(async (manager): Promise<RotateOutcome> => {
      const repo = manager.getRepository(RefreshTokenEntity);
      const token = await repo.findOne({
        where: { tokenHash: sha256(presented) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!token) return { failure: 'Your session is not valid; sign in' }
      if (token.revokedAt) {
        // A replayed rotated token means two parties hold the family: treat it as stolen.
        return { failure: 'Your session has ended; sign in again', revokeFamily: token.replacedById ? token.familyId : undefined }
      }
      if (token.expiresAt.getTime() <= Date.now()) return { failure: 'Your session has expired; sign in' }
      const user = await manager.getRepository(UserEntity).findOne({ where: { id: token.userId, active: true } });
      if (!user) return { failure: 'Your account is not active' }
      const next = await this.issue(user, manager, token.familyId);
      const replacement = await repo.findOneOrFail({ where: { tokenHash: sha256(next.refreshToken) } });
      await repo.update({ id: token.id }, { revokedAt: new Date(), replacedById: replacement.id });
      return { session: next }
    });
    if (outcome.session) return outcome.session;
    // Revoked outside the lookup transaction, which must commit (not roll back) for this to stick.
    if (outcome.revokeFamily) {
      await this.tokens.update({ familyId: outcome.revokeFamily, revokedAt: IsNull() }, { revokedAt: new Date() });
    }
    throw new UnauthorizedException(outcome.failure);
  }

  /**
   * Ends the session(s) named by a refresh cookie and/or an access token: every token of the family
   * is revoked, so the refresh cookie and every access token minted for the session stop working at
   * once (the guard checks the family on each request). A bearer token is enough: a client that lost
   * its cookie can still end the session it holds.
   */
  async endSessions(presented: string | undefined, accessToken: string | undefined): Promise<void> {
    const families: { familyId: string; userId: string }[] = [];
    if (presented) {
      const token = await this.tokens.findOne({ where: { tokenHash: sha256(presented) }, select: { familyId: true, userId: true } });
      if (token) families.push({ familyId: token.familyId, userId: token.userId });
    }
    const claims = await this.claimsOf(accessToken);
    if (claims) families.push({ familyId: claims.sid, userId: claims.sub });
    for (const { familyId, userId } of families) {
      await this.tokens.update({ familyId, userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    }
  }

  /** The claims of a validly signed access token, expired or not (ending an expired session is harmless). */
  private async claimsOf(accessToken: string | undefined): Promise<AccessTokenPayload | null> {
    if (!accessToken) return null;
    try {
      const claims = await this.jwt.verifyAsync<AccessTokenPayload>(accessToken, { ignoreExpiration: true });
      return isUuid(claims.sid) && isUuid(claims.sub) ? claims : null;
    } catch {
      return null;
    }
  }

}
