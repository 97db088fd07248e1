import type { Route } from '@angular/router';
import { MyInterviewsPage } from './my-interviews/my-interviews.page';
import { ScoringPage } from './scoring/scoring.page';

/** An interviewer's panels and the scoring screen. The shell guards the feature with the panel roles. */
export const interviewsRoutes: Route[] = [
  { path: '', component: MyInterviewsPage, title: 'My interviews · Rapport' },
  { path: ':interviewId', component: ScoringPage, title: 'Scorecard · Rapport' },
];
