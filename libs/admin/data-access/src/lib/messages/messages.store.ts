import { inject, Injectable } from '@angular/core';
import type { Message, Page } from '@rapport/shared/contracts';
import type { Observable } from 'rxjs';
import { ListStore } from '../api/list.store';
import { MessagesApi } from './messages.api';

/** The newest outgoing messages of the organization. Provide it in the page that shows them. */
@Injectable()
export class MessagesStore extends ListStore<Message> {
  private readonly api = inject(MessagesApi);

  protected fetch(): Observable<Page<Message>> {
    return this.api.list();
  }
}
