import type { Route } from '@angular/router';
import { QualityOfHirePage } from './quality-of-hire.page';

/** `/quality-of-hire` (panel roles; the shell guards it): one page with an XLSX export. */
export const qualityOfHireRoutes: Route[] = [{ path: '', component: QualityOfHirePage, title: 'Quality of hire · Rapport' }];
