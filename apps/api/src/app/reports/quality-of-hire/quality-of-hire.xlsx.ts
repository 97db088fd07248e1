import type { QualityCorrelation, QualityOfHire } from '@rapport/shared/contracts';
import type { Cell } from '../files/cells';
import type { SheetSpec } from '../files/xlsx';

const round3 = (x: number | null | undefined) => (x === null || x === undefined ? null : Math.round(x * 1000) / 1000);
const stats = (c: QualityCorrelation): Cell[] => [c.n, round3(c.rho), round3(c.ci95?.lower), round3(c.ci95?.upper), c.readingText];
const STAT_COLUMNS = [
  { header: 'Hires (n)', width: 10 },
  { header: 'Spearman rho', width: 13, numFmt: '0.000' },
  { header: '95% CI low', width: 11, numFmt: '0.000' },
  { header: '95% CI high', width: 11, numFmt: '0.000' },
  { header: 'Reading', width: 58 },
];

/** Quality of hire as three sheets (competency, question, interviewer) with the method under each. */
export function qualityOfHireSheets(report: QualityOfHire): SheetSpec[] {
  const method = [
    `Hires through Rapport with at least ${report.minQuarters} scored quarters of culture data after the hire quarter: ${report.hires}.`,
    "Outcome: each hire's mean quarterly culture score (0-100) after the hire quarter. Interview side: the mean rating the panel gave.",
    `Spearman rank correlation with a 95% confidence interval (Fisher z); below ${report.minN} hires: not enough data.`,
    'Tracked: the whole interval is above 0. No evidence yet: the interval spans 0.',
  ];
  return [
    {
      name: 'By competency',
      columns: [{ header: 'Competency', width: 30 }, ...STAT_COLUMNS],
      rows: report.byCompetency.map((c) => [c.competencyName, ...stats(c)]),
      notes: method,
    },
    {
      name: 'By question',
      columns: [{ header: 'Kit', width: 24 }, { header: 'Question', width: 48 }, ...STAT_COLUMNS],
      rows: report.byQuestion.map((q) => [q.kitName, q.prompt, ...stats(q)]),
      notes: method,
    },
    {
      name: 'By interviewer',
      columns: [{ header: 'Interviewer', width: 26 }, ...STAT_COLUMNS],
      rows: report.byInterviewer.map((i) => [i.name, ...stats(i)]),
      notes: report.hiddenInterviewers
        ? [`${report.hiddenInterviewers} other interviewer(s) are not listed: named rows of others are for HR and the owner.`, ...method]
        : method,
    },
  ];
}
