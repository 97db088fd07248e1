import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { REFRESH_COOKIE, type MeResponse, type SessionResponse, type SignupResponse } from '@rapport/shared/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentCaller } from '../../common/decorators/current-caller.decorator';
import { Public } from '../../common/decorators/public.decorator';
import { ANY_ROLE, Roles } from '../../common/decorators/roles.decorator';
import type { Caller } from '../../common/tenancy/request-context';
import { AppConfig } from '../../config/app-config';
import { AcceptInviteDto, LoginDto, PasswordResetConfirmDto, PasswordResetRequestDto, SignupDto } from './auth.dto';
import { type AuthResult, AuthService, toUserSummary } from './auth.service';
import { PasswordResetService } from './password-reset.service';

const COOKIE_PATH = '/api/auth';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
    private readonly passwordReset: PasswordResetService,
  ) {}

  @Public()
  @Post('signup')
  async signup(
    @Body() dto: SignupDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SignupResponse> {
    return this.respond(await this.auth.signup(dto, request.ip), reply);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  async login(
    @Body() dto: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionResponse> {
    return this.respond(await this.auth.login(dto, request.ip), reply);
  }

  /** Exchanges the refresh cookie for a new access token and a new (rotated) refresh cookie. */
  @Public()
  @Post('refresh')
  @HttpCode(200)
  async refresh(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionResponse> {
    try {
      return this.respond(await this.auth.refresh(request.cookies[REFRESH_COOKIE]), reply);
    } catch (error) {
      this.clearCookie(reply);
      throw error;
    }
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const header = request.headers.authorization;
    const bearer = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    await this.auth.logout(request.cookies[REFRESH_COOKIE], bearer);
    this.clearCookie(reply);
  }

  @Public()
  @Post('accept-invite')
  @HttpCode(200)
  async acceptInvite(@Body() dto: AcceptInviteDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionResponse> {
    return this.respond(await this.auth.acceptInvite(dto), reply);
  }

  /** Emails a one-time reset link when the address has an account; 202 either way (no account enumeration). */
  @Public()
  @Post('password-reset')
  @HttpCode(202)
  async requestPasswordReset(@Body() dto: PasswordResetRequestDto, @Req() request: FastifyRequest): Promise<void> {
    await this.passwordReset.request(dto.email, request.ip);
  }

  /** Sets a new password with the emailed token (once, within an hour) and ends every session of the account. */
  @Public()
  @Post('password-reset/confirm')
  @HttpCode(204)
  async confirmPasswordReset(@Body() dto: PasswordResetConfirmDto): Promise<void> {
    await this.passwordReset.confirm(dto);
  }

  @Get('me')
  @Roles(...ANY_ROLE)
  me(@CurrentCaller() caller: Caller): Promise<MeResponse> {
    return this.auth.me(caller);
  }

  private respond(result: AuthResult, reply: FastifyReply): SessionResponse {
    const { session, organization } = result;
    void reply.setCookie(REFRESH_COOKIE, session.refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.secureCookies,
      path: COOKIE_PATH,
      expires: session.refreshExpiresAt,
    });
    return { accessToken: session.accessToken, user: toUserSummary(session.user), organization };
  }

  private clearCookie(reply: FastifyReply): void {
    void reply.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH });
  }
}
