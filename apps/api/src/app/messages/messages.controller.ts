import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Message, Page } from '@rapport/shared/contracts';
import { Roles } from '../../common/decorators/roles.decorator';
import { MessageListQueryDto } from './message.dto';
import { MessagesService } from './messages.service';

@ApiTags('messages')
@Controller('messages')
export class MessagesController {
  constructor(private readonly messages: MessagesService) {}

  /** The organization's outgoing email, newest first: kept messages (no SMTP) or delivery status. */
  @Get()
  @Roles('owner', 'admin')
  list(@Query() query: MessageListQueryDto): Promise<Page<Message>> {
    return this.messages.list(query);
  }
}
