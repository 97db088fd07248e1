import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditController } from './audit.controller';
import { AuditEventEntity } from './audit-event.entity';
import { AuditHeadEntity } from './audit-head.entity';
import { AuditSigner } from './audit-signer';
import { AuditVerificationService } from './audit-verification.service';
import { AuditService } from './audit.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEventEntity, AuditHeadEntity])],
  controllers: [AuditController],
  providers: [AuditService, AuditVerificationService, AuditSigner],
  exports: [AuditService],
})
export class AuditModule {}
