import type { InterviewerCalibration } from '@rapport/shared/contracts';
import type { SheetSpec } from '../files/xlsx';

const LABELS: Record<InterviewerCalibration['label'], string> = {
  lenient: 'lenient',
  severe: 'severe',
  calibrated: 'calibrated',
  insufficient_data: 'insufficient data',
};

export function calibrationSheets(rows: readonly InterviewerCalibration[], period: string): SheetSpec[] {
  return [
    {
      name: 'Interviewer calibration',
      columns: [
        { header: 'Interviewer', width: 26 },
        { header: 'Scorecards', width: 11 },
        { header: 'Ratings', width: 9 },
        { header: 'Mean deviation from fellow panelists', width: 32, numFmt: '+0.00;-0.00;0.00' },
        { header: 'Share of 1s and 5s', width: 18, numFmt: '0%' },
        { header: 'Calibration', width: 18 },
      ],
      rows: rows.map((r) => [r.name, r.scorecards, r.ratings, r.meanDeviation, r.extremeShare, LABELS[r.label]]),
      notes: [
        `Interviews scheduled in: ${period}. Submitted scorecards only.`,
        'Mean deviation: per interview and competency, own score minus the mean of the other panelists; + is lenient, - severe (ADR 0004).',
      ],
    },
  ];
}
