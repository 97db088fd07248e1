import type { Route } from '@angular/router';
import { CULTURE_ADMIN_ROLES, roleGuard } from '@rapport/admin/data-access';
import { provideCultureCharts, provideIsoDateAdapter } from '@rapport/admin/ui';
import { CultureLayout } from './culture-layout';
import { ReviewCyclePage } from './cycles/review-cycle.page';
import { ReviewCyclesPage } from './cycles/review-cycles.page';
import { MetricsImportPage } from './import/metrics-import.page';
import { CultureOverviewPage } from './overview/culture-overview.page';
import { patientVoiceRoute } from './patient/patient.routes';
import { MyReviewsPage } from './reviews/my-reviews.page';
import { ReviewFormPage } from './reviews/review-form.page';
import { StaffListPage } from './staff/staff-list.page';
import { StaffProfilePage } from './staff/staff-profile.page';

/** `/culture` (leaders, owner, admin, HR; the shell guards it): overview, review cycles, metric import. */
export const cultureRoutes: Route[] = [
  {
    path: '',
    component: CultureLayout,
    // Charts load ECharts on first use, in their own chunk; dialogs use the ISO date pickers.
    providers: [provideCultureCharts(), provideIsoDateAdapter()],
    children: [
      { path: '', pathMatch: 'full', component: CultureOverviewPage, title: 'Culture · Rapport' },
      { path: 'cycles', component: ReviewCyclesPage, title: 'Review cycles · Rapport' },
      { path: 'cycles/:id', component: ReviewCyclePage, title: 'Review cycle · Rapport' },
      {
        path: 'import',
        canMatch: [roleGuard(CULTURE_ADMIN_ROLES)],
        component: MetricsImportPage,
        title: 'Import service metrics · Rapport',
      },
      patientVoiceRoute,
    ],
  },
];

/** `/staff` (everyone: the directory is the team's): list, profile, and the "Recognize / coach" quick action. */
export const staffRoutes: Route[] = [
  {
    path: '',
    providers: [provideCultureCharts(), provideIsoDateAdapter()],
    children: [
      { path: '', component: StaffListPage, title: 'Staff · Rapport' },
      { path: 'recognize', component: StaffListPage, data: { recognize: true }, title: 'Recognize or coach · Rapport' },
      { path: ':id', component: StaffProfilePage, title: 'Staff profile · Rapport' },
    ],
  },
];

/** `/reviews` (everyone): the reviews the caller gives. */
export const reviewsRoutes: Route[] = [
  { path: '', component: MyReviewsPage, title: 'My reviews · Rapport' },
  { path: ':id', component: ReviewFormPage, title: 'Review · Rapport' },
];
