import { inject, Injectable } from '@angular/core';
import type { Competency, Page, UpdateCompetencyRequest } from '@rapport/shared/contracts';
import { map, Observable, tap } from 'rxjs';
import { ListStore } from '../api/list.store';
import { CompetenciesApi } from './competencies.api';

/** The organization's competency library (its copy of the care standard), in display order. */
@Injectable()
export class CompetenciesStore extends ListStore<Competency> {
  private readonly api = inject(CompetenciesApi);

  protected fetch(): Observable<Page<Competency>> {
    return this.api
      .list()
      .pipe(map((page) => ({ ...page, items: [...page.items].sort((a, b) => a.position - b.position) })));
  }

  update(id: string, body: UpdateCompetencyRequest): Observable<Competency> {
    return this.api.update(id, body).pipe(tap((competency) => this.upsert(competency)));
  }
}
