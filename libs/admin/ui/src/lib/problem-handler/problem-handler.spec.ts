import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { FormBuilder } from '@angular/forms';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ProblemHandler } from './problem-handler';

describe('ProblemHandler', () => {
  let handler: ProblemHandler;
  let open: jest.Mock;

  beforeEach(() => {
    open = jest.fn();
    TestBed.configureTestingModule({ providers: [{ provide: MatSnackBar, useValue: { open } }] });
    handler = TestBed.inject(ProblemHandler);
  });

  const form = () => new FormBuilder().nonNullable.group({ code: '' });

  it('shows field errors on the form and nothing in the snackbar', () => {
    const f = form();
    handler.handle(
      new HttpErrorResponse({
        status: 400,
        error: { type: 'v', title: 'Invalid', status: 400, errors: [{ field: 'code', message: 'Bad code' }] },
      }),
      f,
    );

    expect(f.controls.code.errors).toEqual({ server: 'Bad code' });
    expect(open).not.toHaveBeenCalled();
  });

  it('puts an error without fields in the snackbar', () => {
    handler.handle(
      new HttpErrorResponse({ status: 409, error: { type: 'c', title: 'Conflict', status: 409, detail: 'Taken.' } }),
      form(),
    );

    expect(open).toHaveBeenCalledWith('Taken.', 'Dismiss', expect.any(Object));
  });

  it('names the fields the form cannot show', () => {
    handler.handle(
      new HttpErrorResponse({
        status: 400,
        error: { type: 'v', title: 'Invalid', status: 400, errors: [{ field: 'zip', message: 'unknown' }] },
      }),
      form(),
    );

    expect(open).toHaveBeenCalledWith('Invalid (zip: unknown)', 'Dismiss', expect.any(Object));
  });
});
