import type { Route } from '@angular/router';
import { PATIENT_ADMIN_ROLES, roleGuard } from '@rapport/admin/data-access';
import { PatientImportPage } from './import/patient-import.page';
import { PatientLayout } from './patient-layout';
import { OnlineReviewsPage } from './reviews/online-reviews.page';
import { PatientSettingsPage } from './settings/patient-settings.page';
import { PatientSignalsPage } from './signals/patient-signals.page';

/** `/culture/patient` ("Patient voice"): signals and reviews for culture overseers; import and rules for admin roles. */
export const patientVoiceRoute: Route = {
  path: 'patient',
  component: PatientLayout,
  children: [
    { path: '', pathMatch: 'full', component: PatientSignalsPage, title: 'Patient voice · Rapport' },
    { path: 'reviews', component: OnlineReviewsPage, title: 'Online reviews · Rapport' },
    {
      path: 'import',
      canMatch: [roleGuard(PATIENT_ADMIN_ROLES)],
      component: PatientImportPage,
      title: 'Import patient feedback · Rapport',
    },
    {
      path: 'settings',
      canMatch: [roleGuard(PATIENT_ADMIN_ROLES)],
      component: PatientSettingsPage,
      title: 'Review themes and survey items · Rapport',
    },
  ],
};
