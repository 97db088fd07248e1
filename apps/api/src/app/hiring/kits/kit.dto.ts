import { PartialType } from '@nestjs/swagger';
import {
  QUESTION_KINDS,
  type Anchors,
  type CreateInterviewKitRequest,
  type KitQuestionInput,
  type QuestionKind,
  type UpdateInterviewKitRequest,
} from '@rapport/shared/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { trim } from '../../../common/validation/transforms';
import { IsVersion } from '../../../common/persistence/optimistic-lock';

const trimAll = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value;

export class AnchorsDto implements Anchors {
  /** What a 1 answer looks like. */
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(1000) '1'!: string;
  /** What a 3 answer looks like. */
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(1000) '3'!: string;
  /** What a 5 answer looks like. */
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(1000) '5'!: string;
}

export class KitQuestionDto implements KitQuestionInput {
  @IsOptional()
  @IsUUID()
  id?: string;

  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  prompt!: string;

  @IsIn(QUESTION_KINDS, { message: `kind must be one of: ${QUESTION_KINDS.join(', ')}` })
  kind!: QuestionKind;

  @IsUUID()
  competencyId!: string;

  @Transform(trimAll)
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(500, { each: true })
  probes: string[] = [];

  @ValidateNested()
  @Type(() => AnchorsDto)
  anchors!: AnchorsDto;

  @Transform(trimAll)
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(500, { each: true })
  redFlags: string[] = [];
}

export class CreateInterviewKitDto implements CreateInterviewKitRequest {
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  roleTitle!: string;

  /** When true (default), every rating needs written evidence before a scorecard can be submitted. */
  @IsOptional()
  @IsBoolean()
  evidenceRequired?: boolean;

  @IsArray()
  @ArrayMinSize(1, { message: 'questions must contain at least one question' })
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => KitQuestionDto)
  questions!: KitQuestionDto[];
}

export class UpdateInterviewKitDto extends PartialType(CreateInterviewKitDto) implements UpdateInterviewKitRequest {
  @IsVersion()
  revision!: number;
}
