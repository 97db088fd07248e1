import type { Route } from '@angular/router';
import { AnonymityPage } from './anonymity/anonymity.page';
import { CareStandardPage } from './care-standard/care-standard.page';
import { LocationsPage } from './locations/locations.page';
import { MessagesPage } from './messages/messages.page';
import { SettingsLayout } from './settings-layout';
import { UsersPage } from './users/users.page';

/** Organization settings (owner/admin). The shell guards the whole feature with `roleGuard`. */
export const settingsRoutes: Route[] = [
  {
    path: '',
    component: SettingsLayout,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'locations' },
      { path: 'locations', component: LocationsPage, title: 'Locations · Rapport' },
      { path: 'users', component: UsersPage, title: 'Users · Rapport' },
      { path: 'care-standard', component: CareStandardPage, title: 'Care standard · Rapport' },
      { path: 'anonymity', component: AnonymityPage, title: 'Anonymity · Rapport' },
      { path: 'messages', component: MessagesPage, title: 'Messages · Rapport' },
    ],
  },
];
