import type { CareStandardEntry } from './competencies';

/**
 * The competency library every new organization starts with (DESIGN.md §2). Keys are stable:
 * imports, kits and reports refer to them. Organizations edit their copy, never this constant.
 */
export const CARE_STANDARD: readonly CareStandardEntry[] = [
  {
    key: 'empathy',
    name: 'Empathy & warmth',
    definition: 'Notices how the patient feels and responds to the person in front of them, not to the ticket.',
    indicators: [
      'Greets patients by name and makes eye contact',
      'Names the feeling before solving the problem ("that sounds worrying")',
      'Adjusts pace and tone to an anxious or hesitant patient',
    ],
  },
  {
    key: 'responsiveness',
    name: 'Responsiveness',
    definition: 'Answers online inquiries promptly, returns calls, and closes the loop.',
    indicators: [
      'Replies to web and social inquiries the same business day',
      'Returns missed calls and voicemails within hours, not days',
      'Follows up to confirm the question was actually resolved',
    ],
  },
  {
    key: 'billing_integrity',
    name: 'Billing integrity & fee transparency',
    definition: 'Explains fees up front and in writing, bills accurately, and handles disputes kindly.',
    indicators: [
      'Gives a written estimate before treatment',
      'Checks bills for accuracy before they go out',
      'Treats a billing complaint as a service moment, not a confrontation',
    ],
  },
  {
    key: 'soft_sell',
    name: 'Soft-sell integrity',
    definition: 'Recommends what the patient needs and wants; never pressures them to buy more.',
    indicators: [
      "Asks about the patient's goals before suggesting anything",
      'Offers honest options, including doing less or nothing',
      'Accepts a "no" without a second push',
    ],
  },
  {
    key: 'timeliness',
    name: "Respect for the patient's time",
    definition: 'Is punctual, keeps the schedule, and tells patients about delays before they have to ask.',
    indicators: [
      'Starts appointments on time',
      'Warns waiting patients of delays and offers a choice',
      'Plans the day so that running late is the exception',
    ],
  },
  {
    key: 'extra_mile',
    name: 'Going the extra mile',
    definition: 'Makes the special gesture, perk or consideration that a patient remembers.',
    indicators: [
      'Remembers personal details and follows up on them',
      'Offers small comforts without being asked',
      'Solves a problem that was not strictly their job',
    ],
  },
  {
    key: 'service_recovery',
    name: 'Service recovery',
    definition: 'Acknowledges a lapse, makes the patient feel heard, and fixes it.',
    indicators: [
      'Apologises without excuses',
      'Listens fully before proposing a remedy',
      'Fixes the cause so the lapse does not repeat',
    ],
  },
  {
    key: 'culture_carrier',
    name: 'Culture carrier',
    definition: "Supports colleagues and models the practice's care culture for others.",
    indicators: [
      'Helps a colleague who is behind without being asked',
      'Speaks about patients respectfully, also when they are not present',
      'Gives and welcomes feedback on how patients were treated',
    ],
  },
];
