import { plainToInstance } from 'class-transformer';
import { IsEmail, IsString, MaxLength, validateSync, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { flattenValidationErrors } from './validation-exception';

class Child {
  @IsString()
  @MaxLength(3)
  label!: string;
}

class Parent {
  @IsEmail()
  email!: string;

  @ValidateNested()
  @Type(() => Child)
  child!: Child;
}

const errorsFor = (input: object) =>
  flattenValidationErrors(validateSync(plainToInstance(Parent, input), { whitelist: true, forbidNonWhitelisted: true }));

describe('flattenValidationErrors', () => {
  it('reports a missing field once, as required', () => {
    expect(errorsFor({ child: { label: 'ok' } })).toEqual([{ field: 'email', message: 'email is required' }]);
  });

  it('names nested fields by path', () => {
    expect(errorsFor({ email: 'a@b.co', child: { label: 'toolong' } })).toEqual([
      { field: 'child.label', message: 'label must be shorter than or equal to 3 characters' },
    ]);
  });

  it('names unknown fields', () => {
    expect(errorsFor({ email: 'a@b.co', child: { label: 'ok' }, admin: true })).toEqual([
      { field: 'admin', message: 'admin is not an accepted field' },
    ]);
  });
});
