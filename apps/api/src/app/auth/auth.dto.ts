import {
  PASSWORD_MIN_LENGTH,
  type AcceptInviteRequest,
  type LoginRequest,
  type PasswordResetConfirmRequest,
  type PasswordResetRequest,
  type SignupRequest,
} from '@rapport/shared/contracts';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';
import { IsNotCommonPassword } from '../../common/security/common-passwords';
import { IsNotPersonalPassword } from '../../common/security/personal-passwords';
import { trim } from '../../common/validation/transforms';
import { normalizeEmail } from '../users/user.dto';

const PASSWORD_RULE = `password must be at least ${PASSWORD_MIN_LENGTH} characters`;

export class SignupDto implements SignupRequest {
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  organizationName!: string;

  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @Transform(normalizeEmail)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(320)
  email!: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: PASSWORD_RULE })
  @MaxLength(200)
  @IsNotCommonPassword()
  @IsNotPersonalPassword()
  password!: string;
}

export class LoginDto implements LoginRequest {
  @Transform(normalizeEmail)
  @IsString()
  @IsNotEmpty()
  @MaxLength(320)
  email!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password!: string;
}

export class AcceptInviteDto implements AcceptInviteRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token!: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: PASSWORD_RULE })
  @MaxLength(200)
  @IsNotCommonPassword()
  password!: string;
}

export class PasswordResetRequestDto implements PasswordResetRequest {
  @Transform(normalizeEmail)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(320)
  email!: string;
}

/** The new password follows the same rules as at sign-up and on accepting an invitation. */
export class PasswordResetConfirmDto implements PasswordResetConfirmRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token!: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: PASSWORD_RULE })
  @MaxLength(200)
  @IsNotCommonPassword()
  password!: string;
}
