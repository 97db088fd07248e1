import { HttpErrorResponse } from '@angular/common/http';
import { Injector, runInInjectionContext } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Subject, throwError } from 'rxjs';
import { LatestLoadable } from './latest-loadable';

describe('LatestLoadable', () => {
  const create = () => runInInjectionContext(TestBed.inject(Injector), () => new LatestLoadable<string>());

  it('goes from loading to ready with the value', () => {
    const loadable = create();
    const source = new Subject<string>();
    loadable.load(source);
    expect(loadable.status()).toBe('loading');
    source.next('hello');
    expect(loadable.status()).toBe('ready');
    expect(loadable.value()).toBe('hello');
  });

  it('keeps only the latest load: an older answer arriving late is ignored', () => {
    const loadable = create();
    const first = new Subject<string>();
    const second = new Subject<string>();
    loadable.load(first);
    loadable.load(second);
    second.next('new');
    first.next('old');
    expect(loadable.value()).toBe('new');
  });

  it('reports a 404 as not found, with the API message', () => {
    const loadable = create();
    const notFound = new HttpErrorResponse({
      status: 404,
      error: { type: 'x', title: 'Not Found', status: 404, detail: 'StaffMember s1 was not found' },
    });
    loadable.load(throwError(() => notFound));
    expect(loadable.status()).toBe('error');
    expect(loadable.notFound()).toBe(true);
    expect(loadable.errorMessage()).toBe('StaffMember s1 was not found');
  });
});
