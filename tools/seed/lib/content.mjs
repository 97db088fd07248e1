// Text the seeded rows are made of: names, notes, evidence, kit questions. Plain ASCII without tabs,
// backslashes or line breaks, so rows need no escaping in COPY's text format.

export const FIRST_NAMES = [
  'Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Elijah', 'Sophia', 'Mateo', 'Isabella', 'Lucas', 'Mia', 'Levi',
  'Amelia', 'Asher', 'Harper', 'James', 'Evelyn', 'Leo', 'Abigail', 'Ezra', 'Emily', 'Luca', 'Ella', 'Hudson',
  'Nora', 'Aiden', 'Grace', 'Kai', 'Chloe', 'Omar', 'Zoe', 'Ravi', 'Layla', 'Kenji', 'Aaliyah', 'Tomas',
  'Priya', 'Diego', 'Hana', 'Samuel', 'Fatima', 'Julian', 'Ines', 'Mohamed', 'Yara', 'Felix', 'Mei', 'Andre',
  'Nadia', 'Victor', 'Sofia', 'Daniel', 'Ruth', 'Ben', 'Elena', 'Jonah', 'Laura', 'Isla', 'Maya', 'Owen',
];

export const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
  'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin',
  'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker',
  'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores', 'Green', 'Adams', 'Nelson',
  'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts', 'Okafor', 'Haddad', 'Petrova',
  'Sato', 'Jensen', 'Mensah', 'Novak', 'Adler', 'Lindqvist', 'Castillo',
];

export const CITY_WORDS = [
  'Harbor', 'Riverside', 'Northgate', 'Lakeview', 'Hillcrest', 'Oakwood', 'Maple', 'Westfield', 'Brookside',
  'Cedar', 'Summit', 'Fairview', 'Kingsway', 'Elm Park', 'Bayside', 'Highland', 'Meadow', 'Pinecrest',
  'Southpoint', 'Clearwater',
];
export const SITE_WORDS = ['Clinic', 'Medspa', 'Studio', 'Dermatology', 'Aesthetics'];

export const CANDIDATE_SOURCES = [
  ['Job board', 40],
  ['Website', 25],
  ['Referral', 20],
  ['Agency', 10],
  ['Walk-in', 5],
];

export const REJECTION_REASONS = [
  'Did not acknowledge the patient in the role-play',
  'Pushed the package after the patient said no',
  'Could not give an example of following up with a patient',
  'Evidence did not support the role at this level',
  'Another candidate was a stronger fit for the team',
  'Availability did not match the schedule',
];
export const WITHDRAWAL_REASONS = ['Accepted another offer', 'Relocating', 'Salary expectations', 'No longer looking'];

export const OBSERVATION_NOTES = {
  recognition: [
    'Noticed a nervous first-time patient and walked them through every step before starting.',
    'Called a patient back the same hour and closed the loop on their question.',
    'Explained the fees in writing before the treatment; the patient thanked us for the clarity.',
    'Suggested a smaller treatment that fit the goals of the patient instead of the package.',
    'Told the waiting patients about the delay and offered to reschedule.',
    'Owned a billing mistake, apologised and fixed it before the patient asked.',
    'Covered the calls of a colleague during a busy morning without being asked.',
    'Stayed late to see a patient whose appointment had been double-booked.',
  ],
  coaching: [
    'A web inquiry waited two days for an answer; agree a same-day rule.',
    'Patient left without the fee estimate in writing.',
    'Mentioned the package twice after the patient said no.',
    'Started 25 minutes late and nobody told the patient.',
    'Answered a complaint with the policy before acknowledging the frustration.',
  ],
};

/** 360 comments by rating (most ratings come without one). */
export const REVIEW_COMMENTS = {
  1: 'I rarely see this; patients notice.',
  2: 'Sometimes, but not when it is busy.',
  3: 'Usually there when it matters.',
  4: 'Consistent; others follow the example.',
  5: 'The model for the team on this.',
};

/** Scorecard evidence by rating: what the candidate said, in a line. */
export const EVIDENCE = {
  1: ['Defended the policy; no sign the feeling was noticed.', 'Blamed the patient; no example given.'],
  2: ['Accurate but rushed; the concern of the patient came second.', 'Example was vague and ended with the policy.'],
  3: ['Explained clearly and resolved it; little about the person.', 'Solid example, followed the process.'],
  4: ['Acknowledged the feeling, explained transparently, followed up.', 'Concrete example with a follow-up call.'],
  5: ['Named the feeling first, fixed the cause, followed up next day.', 'Clear story, owned the outcome, taught the team.'],
};

const QUESTION_BY_COMPETENCY = {
  empathy: {
    kind: 'behavioral',
    prompt: 'Tell me about a time a patient was nervous or upset before a treatment. What did you notice and do?',
  },
  responsiveness: {
    kind: 'situational',
    prompt: 'A patient left a voicemail yesterday evening and you are fully booked today. What do you do, and when?',
  },
  billing_integrity: {
    kind: 'situational',
    prompt: 'The estimate a patient received was lower than the final bill. Walk me through the conversation.',
  },
  soft_sell: {
    kind: 'role_play',
    prompt: 'I am a patient who came for one small treatment and I am unsure about it. Advise me.',
  },
  timeliness: {
    kind: 'behavioral',
    prompt: 'Describe a day when you were running late. How did the waiting patients hear about it?',
  },
  extra_mile: {
    kind: 'behavioral',
    prompt: 'Tell me about something you did for a patient that nobody asked you to do.',
  },
  service_recovery: {
    kind: 'behavioral',
    prompt: 'Tell me about a complaint you handled from the first minute to the end.',
  },
  culture_carrier: {
    kind: 'behavioral',
    prompt: 'How have you helped a new colleague learn how the team treats patients?',
  },
};

const ANCHORS = {
  '1': 'Focuses on the process or the policy; the patient as a person is absent from the answer.',
  '3': 'Handles it correctly and politely; the patient is informed and the issue resolved.',
  '5': 'Puts the patient first, explains transparently, follows up and improves the process for the next one.',
};

/** Role titles each kit interviews for; the first title names the kit. */
export const KIT_ROLES = [
  ['Patient coordinator', 'Practice manager'],
  ['Nurse injector', 'Lead nurse', 'Physician', 'Medical director'],
  ['Aesthetician'],
  ['Billing specialist'],
  ['Medical assistant'],
];

/** A kit for the API (POST /api/interview-kits): one question per competency of the care standard. */
export function kitRequest(roleTitle, competencies) {
  return {
    name: `${roleTitle} - care interview`,
    roleTitle,
    evidenceRequired: true,
    questions: competencies.map((c) => ({
      prompt: QUESTION_BY_COMPETENCY[c.key]?.prompt ?? `Tell me about a time you showed ${c.name.toLowerCase()}.`,
      kind: QUESTION_BY_COMPETENCY[c.key]?.kind ?? 'behavioral',
      competencyId: c.id,
      probes: ['What exactly did you say?', 'How did you know it helped?'],
      anchors: ANCHORS,
      redFlags: ['Talks about patients with irritation'],
    })),
  };
}

/** Which metrics each role is measured on (as in the demo practice). */
export const ROLE_METRICS = {
  'Patient coordinator': ['inquiry_response_minutes', 'calls_returned_rate'],
  'Billing specialist': ['billing_error_rate', 'fee_estimate_given_rate', 'signed_fee_policy_rate'],
  'Nurse injector': ['on_time_rate', 'review_rating'],
  Aesthetician: ['on_time_rate', 'review_rating'],
  Physician: ['on_time_rate', 'review_rating'],
  'Medical director': ['on_time_rate', 'review_rating'],
};
export const LOCATION_METRICS = ['review_rating', 'inquiry_response_minutes'];

export const GOAL_TEMPLATES = [
  { key: 'culture_carrier', title: 'Model the care standard in every huddle', target: 'Upward culture carrier at least 4.3' },
  { key: 'extra_mile', title: 'Recognize one extra-mile moment a week', target: '50 recognitions recorded this year' },
  { key: 'empathy', title: 'Acknowledge the feeling before the plan', target: 'Upward empathy from 3.0 to 3.8' },
  { key: 'timeliness', title: 'Run on time or say why', target: 'On-time rate at least 90% and no unannounced delay' },
];
