import { PartialType } from '@nestjs/swagger';
import type { CreateStaffMemberRequest, UpdateStaffMemberRequest } from '@rapport/shared/contracts';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ListQueryDto } from '../../../common/pagination/list-query.dto';
import { trim } from '../../../common/validation/transforms';
import { IsCalendarDate } from '../shared/dates';
import { Nullable } from '../../../common/validation/nullable';
import { IsNotFarFuture } from '../../../common/validation/date-horizon';
import { IsVersion } from '../../../common/persistence/optimistic-lock';

const lowerTrim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class CreateStaffMemberDto implements CreateStaffMemberRequest {
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  /** Unique in the organization; stored lower-case (the metrics import finds people by it). */
  @Transform(lowerTrim)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email!: string;

  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  roleTitle!: string;

  @IsUUID()
  locationId!: string;

  /** The staff member this person reports to; null to clear. */
  @IsOptional()
  @Nullable()
  @IsUUID()
  managerId?: string | null;

  /** Their user account, when they sign in; null to unlink. */
  @IsOptional()
  @Nullable()
  @IsUUID()
  userId?: string | null;

  @IsCalendarDate()
  @IsNotFarFuture({ years: 1 })
  hiredAt!: string;

  /** The hired application this person came from. */
  @IsOptional()
  @Nullable()
  @IsUUID()
  applicationId?: string | null;
}

export class UpdateStaffMemberDto extends PartialType(CreateStaffMemberDto) implements UpdateStaffMemberRequest {
  @IsVersion()
  version!: number;
}

export class StaffQueryDto extends ListQueryDto {
  @IsOptional()
  @IsUUID()
  locationId?: string;

  @IsOptional()
  @IsUUID()
  managerId?: string;
}
