// The named dataset sizes of issue 8. `practice` is one location of the group, so a practice org
// and one location of the group org hold about the same amount of data.

/** People per location by role title, in the order they are created (the first of each is the lead). */
const GROUP_ROSTER = [
  ['Medical director', 1],
  ['Physician', 2],
  ['Practice manager', 1],
  ['Lead nurse', 1],
  ['Nurse injector', 8],
  ['Aesthetician', 9],
  ['Patient coordinator', 14],
  ['Billing specialist', 5],
  ['Medical assistant', 9],
];

const PRACTICE_ROSTER = [
  ['Medical director', 1],
  ['Physician', 1],
  ['Practice manager', 1],
  ['Lead nurse', 1],
  ['Nurse injector', 5],
  ['Aesthetician', 5],
  ['Patient coordinator', 8],
  ['Billing specialist', 3],
  ['Medical assistant', 5],
];

export const SCALES = {
  practice: {
    organizationName: 'Seeded practice',
    locations: 1,
    roster: PRACTICE_ROSTER,
    months: 24,
    observations: 6_000,
    candidates: 250,
    interviews: 750,
    scorecards: 2_500,
    reviewCycles: 8,
  },
  group: {
    organizationName: 'Seeded practice group',
    locations: 200,
    roster: GROUP_ROSTER,
    months: 24,
    observations: 2_000_000,
    candidates: 50_000,
    interviews: 150_000,
    scorecards: 500_000,
    reviewCycles: 8,
  },
};

export const staffPerLocation = (scale) => scale.roster.reduce((n, [, count]) => n + count, 0);
