import { ROLES, type CreateUserRequest, type Role, type UpdateUserRequest } from '@rapport/shared/contracts';
import { Transform } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import { trim } from '../../common/validation/transforms';
import { IsVersion } from '../../common/persistence/optimistic-lock';

export const normalizeEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

export class CreateUserDto implements CreateUserRequest {
  @Transform(normalizeEmail)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(320)
  email!: string;

  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @IsArray()
  @ArrayMinSize(1, { message: 'roles must contain at least one role' })
  @ArrayUnique()
  @IsIn(ROLES, { each: true, message: `each role must be one of: ${ROLES.join(', ')}` })
  roles!: Role[];
}

export class UpdateUserDto implements UpdateUserRequest {
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1, { message: 'roles must contain at least one role' })
  @ArrayUnique()
  @IsIn(ROLES, { each: true, message: `each role must be one of: ${ROLES.join(', ')}` })
  roles?: Role[];

  /** false deactivates: the user can no longer sign in and their sessions end. */
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @IsVersion()
  version!: number;
}
