import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RateLimitEventEntity } from './rate-limit-event.entity';
import { RateLimitService } from './rate-limit.service';

@Module({
  imports: [TypeOrmModule.forFeature([RateLimitEventEntity])],
  providers: [RateLimitService],
  exports: [RateLimitService],
})
export class RateLimitModule {}
