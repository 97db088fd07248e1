import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RateLimitModule } from '../../common/security/rate-limit.module';
import { MessagesModule } from '../messages/messages.module';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from '../users/user.entity';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginAttemptEntity } from './login-attempt.entity';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordResetService } from './password-reset.service';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SessionsService } from './sessions.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity, OrganizationEntity, RefreshTokenEntity, LoginAttemptEntity]),
    RateLimitModule,
    MessagesModule,
  ],
  controllers: [AuthController],
  providers: [AuthService, SessionsService, LoginThrottleService, PasswordResetService],
})
export class AuthModule {}
