import { MESSAGE_KINDS, type MessageKind, type MessageListQuery } from '@rapport/shared/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ListQueryDto } from '../../common/pagination/list-query.dto';
import { normalizeEmail } from '../users/user.dto';

/** `GET /api/messages?to=&kind=&limit=&cursor=`, newest first. */
export class MessageListQueryDto extends ListQueryDto implements MessageListQuery {
  /** Only messages to this address (compared case-insensitively, as accounts are). */
  @IsOptional()
  @Transform(normalizeEmail)
  @IsString()
  @MaxLength(320)
  to?: string;

  @IsOptional()
  @IsIn(MESSAGE_KINDS, { message: `kind must be one of ${MESSAGE_KINDS.join(', ')}` })
  kind?: MessageKind;
}
