import { Module } from '@nestjs/common';
import { TenancyModule } from '../../common/tenancy/tenancy.module';
import { UserEntity } from '../users/user.entity';
import { MessageDelivery } from './message-delivery.service';
import { MessageQueue } from './message-queue.service';
import { MessageEntity } from './message.entity';
import { MessagesController } from './messages.controller';
import { MessagesService } from './messages.service';
import { Outbox } from './outbox.service';

/** The outbox, its pg-boss queue and the SMTP delivery worker (docs/adr/0013-outbox-and-queue.md). */
@Module({
  imports: [TenancyModule.forFeature([MessageEntity, UserEntity])],
  controllers: [MessagesController],
  providers: [MessageQueue, MessageDelivery, Outbox, MessagesService],
  exports: [Outbox],
})
export class MessagesModule {}
