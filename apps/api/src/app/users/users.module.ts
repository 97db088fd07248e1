import { Module } from '@nestjs/common';
import { RateLimitModule } from '../../common/security/rate-limit.module';
import { TenancyModule } from '../../common/tenancy/tenancy.module';
import { MessagesModule } from '../messages/messages.module';
import { UserEntity } from './user.entity';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [TenancyModule.forFeature([UserEntity]), RateLimitModule, MessagesModule],
  controllers: [UsersController],
  providers: [UsersService],
  exports: [UsersService],
})
export class UsersModule {}
