import type { CanDeactivateFn, Route } from '@angular/router';
import { provideNativeDateAdapter } from '@angular/material/core';
import { provideEchartsCore } from 'ngx-echarts';
import { ApplicationPage } from './application/application.page';
import { CalibrationPage } from './calibration/calibration.page';
import { DebriefPage } from './debrief/debrief.page';
import { HiringLayout } from './hiring-layout';
import { KitEditorPage } from './kits/kit-editor.page';
import { KitsPage } from './kits/kits.page';
import { OpeningsPage } from './openings/openings.page';
import { PipelinePage } from './pipeline/pipeline.page';

/** Leaving the kit editor with unsaved edits asks first. */
const leaveKitEditor: CanDeactivateFn<KitEditorPage> = (page) => page.confirmLeave();

/** Hiring (owner, admin, HR, hiring managers). The shell guards the whole feature with `roleGuard`. */
export const hiringRoutes: Route[] = [
  {
    path: '',
    providers: [
      // ECharts (and only the parts the debrief draws) load with the first chart, not with the app.
      provideEchartsCore({ echarts: () => import('./debrief/echarts-setup').then((m) => m.echarts) }),
      provideNativeDateAdapter(),
    ],
    children: [
      {
        path: '',
        component: HiringLayout,
        children: [
          { path: '', pathMatch: 'full', redirectTo: 'openings' },
          { path: 'openings', component: OpeningsPage, title: 'Openings · Rapport' },
          { path: 'kits', component: KitsPage, title: 'Interview kits · Rapport' },
          { path: 'calibration', component: CalibrationPage, title: 'Interviewer calibration · Rapport' },
        ],
      },
      { path: 'openings/:openingId', component: PipelinePage, title: 'Pipeline · Rapport' },
      { path: 'applications/:applicationId', component: ApplicationPage, title: 'Candidate · Rapport' },
      { path: 'applications/:applicationId/debrief', component: DebriefPage, title: 'Debrief · Rapport' },
      { path: 'kits/new', component: KitEditorPage, title: 'New interview kit · Rapport', canDeactivate: [leaveKitEditor] },
      { path: 'kits/:kitId', component: KitEditorPage, title: 'Interview kit · Rapport', canDeactivate: [leaveKitEditor] },
    ],
  },
];
