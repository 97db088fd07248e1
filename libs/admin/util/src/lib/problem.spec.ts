import { HttpErrorResponse } from '@angular/common/http';
import { FormBuilder, Validators } from '@angular/forms';
import type { ProblemDocument } from '@rapport/shared/contracts';
import { applyProblemToForm, problemMessage, toProblem } from './problem';

const validationProblem: ProblemDocument = {
  type: 'https://rapport.test/problems/validation',
  title: 'Validation failed',
  status: 400,
  errors: [
    { field: 'code', message: 'code must be 2 to 10 letters or digits' },
    { field: 'roles.1', message: 'each value in roles must be a valid role' },
    { field: 'color', message: 'property color should not exist' },
  ],
};

describe('applyProblemToForm', () => {
  const fb = new FormBuilder().nonNullable;

  function form() {
    return fb.group({
      name: fb.control('Downtown', Validators.required),
      code: fb.control('d t'),
      roles: fb.control<string[]>(['staff', 'boss']),
    });
  }

  it('puts each field message on its control as a touched server error', () => {
    const f = form();
    applyProblemToForm(f, validationProblem);

    expect(f.controls.code.errors).toEqual({ server: 'code must be 2 to 10 letters or digits' });
    expect(f.controls.code.touched).toBe(true);
    expect(f.controls.name.errors).toBeNull();
  });

  it('lands a nested field path on the deepest existing control', () => {
    const f = form();
    applyProblemToForm(f, validationProblem);

    expect(f.controls.roles.errors).toEqual({ server: 'each value in roles must be a valid role' });
  });

  it('returns the errors no control can show', () => {
    expect(applyProblemToForm(form(), validationProblem)).toEqual([
      { field: 'color', message: 'property color should not exist' },
    ]);
  });

  it('keeps client-side errors next to the server error', () => {
    const f = form();
    f.controls.name.setValue('');
    applyProblemToForm(f, { ...validationProblem, errors: [{ field: 'name', message: 'taken' }] });

    expect(f.controls.name.errors).toEqual({ required: true, server: 'taken' });
  });

  it('drops the server error once the user edits the field', () => {
    const f = form();
    applyProblemToForm(f, validationProblem);
    f.controls.code.setValue('DTN');

    expect(f.controls.code.errors).toBeNull();
    expect(f.controls.code.valid).toBe(true);
  });
});

describe('toProblem', () => {
  it('passes an API problem document through', () => {
    const error = new HttpErrorResponse({ status: 400, error: validationProblem });
    expect(toProblem(error)).toBe(validationProblem);
  });

  it('describes an unreachable server', () => {
    const problem = toProblem(new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') }));
    expect(problem.title).toBe('Cannot reach the server');
  });

  it('falls back to the HTTP status for a body that is not a problem', () => {
    const problem = toProblem(new HttpErrorResponse({ status: 502, statusText: 'Bad Gateway', error: '<html>' }));
    expect(problem).toMatchObject({ status: 502, title: 'Bad Gateway' });
  });

  it('prefers the detail sentence as the user-facing message', () => {
    expect(problemMessage({ type: 'x', title: 'Conflict', status: 409, detail: 'Code DTN is taken.' })).toBe(
      'Code DTN is taken.',
    );
    expect(problemMessage({ type: 'x', title: 'Conflict', status: 409 })).toBe('Conflict');
  });
});
