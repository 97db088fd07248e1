/**
 * Interview kits of the demo practice: one per patient-facing role, written against the care standard
 * (DESIGN.md §2). Anchors describe observable answers so that two interviewers hearing the same story
 * land on the same number; 2 and 4 lie between the anchors. Content only: the seed turns it into rows.
 */
export interface DemoQuestion {
  competencyKey:
    | 'empathy'
    | 'responsiveness'
    | 'billing_integrity'
    | 'soft_sell'
    | 'timeliness'
    | 'extra_mile'
    | 'service_recovery'
    | 'culture_carrier';
  kind: 'behavioral' | 'situational' | 'role_play';
  prompt: string;
  /** 2–3 follow-up probes the interviewer may use to get past a rehearsed answer. */
  probes: string[];
  /** What a 1, 3 and 5 answer looks like, concrete and observable. */
  anchors: { '1': string; '3': string; '5': string };
  /** 1–2 things that should worry the panel whatever the rating. */
  redFlags: string[];
}

export interface DemoKit {
  name: string;
  roleTitle: string;
  questions: DemoQuestion[];
}

export const DEMO_KITS: DemoKit[] = [
  {
    name: 'Front desk / patient coordinator — care interview',
    roleTitle: 'Patient coordinator',
    questions: [
      {
        competencyKey: 'empathy',
        kind: 'behavioral',
        prompt:
          'Tell me about a time a patient arrived at the desk visibly nervous or upset before a treatment. What did you notice, and what did you do?',
        probes: [
          'What exactly did you say first?',
          'How did you know whether it helped?',
          'What did you pass on to the clinician, if anything?',
        ],
        anchors: {
          '1': 'Processes the check-in as usual; describes the patient as difficult or dramatic; no sign the feeling was noticed.',
          '3': 'Notices the nerves, is polite and reassuring, and checks the patient in efficiently.',
          '5': 'Names the feeling before the paperwork, adjusts pace and tone, offers a quiet seat or a word with the nurse, and tells the clinician so the patient does not have to explain it twice.',
        },
        redFlags: [
          'Talks about the patient with irritation or mockery',
          'Cannot recall any patient as a person',
        ],
      },
      {
        competencyKey: 'responsiveness',
        kind: 'situational',
        prompt:
          'On Monday morning you find four website inquiries from the weekend with no reply, and a voicemail from Friday afternoon. The phones are already ringing. What do you do?',
        probes: [
          'In what order, and why?',
          'What do you say to the person who waited since Friday?',
          'What would you suggest so this does not happen next weekend?',
        ],
        anchors: {
          '1': 'Answers them when things calm down, or assumes people who really want an answer will call back.',
          '3': 'Replies to all of them that morning, oldest and most urgent first, and returns the voicemail.',
          '5': 'Replies the same morning with an apology for the wait, books or answers rather than just acknowledging, logs each one, and proposes a weekend auto-reply and a Monday first-hour inbox check.',
        },
        redFlags: [
          'Treats online inquiries as less important than walk-ins',
          'Blames the weekend or the system',
        ],
      },
      {
        competencyKey: 'timeliness',
        kind: 'role_play',
        prompt:
          'Play it out: I am a patient who has been in the waiting room for 25 minutes past my appointment time. Nobody has said anything, and I have to pick up my child at four. I walk up to the desk.',
        probes: [
          'When would you have spoken to me if I had not come up?',
          'What choices would you offer me?',
          'What do you tell the injector running late?',
        ],
        anchors: {
          '1': 'Says the provider is busy and asks the patient to sit down; or offers no time estimate and no choice.',
          '3': 'Apologises, checks how long the wait will be, and gives an honest estimate.',
          '5': 'Apologises for not warning them sooner, gives a real estimate, offers choices (wait, a shorter visit, rebook at a priority time), and from then on warns every waiting patient before they have to ask.',
        },
        redFlags: ['Invents an estimate to get the patient to sit down', 'Becomes defensive when challenged'],
      },
      {
        competencyKey: 'billing_integrity',
        kind: 'situational',
        prompt:
          'A caller wants to book filler and asks what it will cost. The price depends on how many syringes the injector decides on at the consultation. What do you tell them?',
        probes: [
          'What would you put in writing, and when?',
          'What if they press you for one number?',
          'What if the final price turns out higher than they expected?',
        ],
        anchors: {
          '1': 'Quotes the lowest price to get the booking, or refuses to discuss money and says the injector will explain.',
          '3': 'Gives the accurate price per syringe and a typical range, and explains that the injector confirms the amount.',
          '5': 'Gives the honest range and consultation fee, explains what drives it, sends it in writing, and makes sure a signed estimate is ready before any treatment starts.',
        },
        redFlags: ['Sees vagueness about price as good for sales'],
      },
      {
        competencyKey: 'soft_sell',
        kind: 'situational',
        prompt:
          "At checkout you have been asked to mention this month's package offer. The patient paying mentions that money is tight this month. What do you do?",
        probes: [
          'Do you mention the offer at all? How?',
          'What if they ask whether it is a good deal for them?',
          'What do you tell your manager afterwards?',
        ],
        anchors: {
          '1': 'Pitches the package anyway, stresses that the offer ends soon, or tries a second time after a no.',
          '3': 'Mentions the offer briefly and neutrally, accepts the answer, and moves on.',
          '5': 'Reads the moment and does not pitch; if asked, explains honestly who the package suits, including that doing nothing is fine, notes the interest for later, and tells the manager why they skipped it.',
        },
        redFlags: ['Uses urgency or scarcity to close', 'Counts a sale as a win regardless of fit'],
      },
      {
        competencyKey: 'service_recovery',
        kind: 'behavioral',
        prompt:
          'Tell me about a time you made a scheduling mistake, such as a wrong appointment time, that a patient noticed. What happened next?',
        probes: [
          'What were your first words to the patient?',
          'What did you offer them?',
          'What did you change so it would not happen again?',
        ],
        anchors: {
          '1': 'Explains why it was not really their fault, or suggests the patient misread the confirmation.',
          '3': 'Apologises sincerely and finds the patient a new time quickly.',
          '5': 'Apologises without excuses, lets the patient say how it affected them, fixes it on the spot with a gesture that fits, follows up, and changes the confirmation step that let the error through.',
        },
        redFlags: ['Cannot name any mistake of their own', 'Blames the patient for the mix-up'],
      },
      {
        competencyKey: 'culture_carrier',
        kind: 'situational',
        prompt:
          'Your colleague at the desk is overwhelmed: two patients checking in, one checking out upset about a charge, and the phone ringing. You are on your break. What do you do?',
        probes: [
          'Which part do you take on, and how do you decide?',
          'What do you say to your colleague afterwards?',
        ],
        anchors: {
          '1': 'Finishes the break; it is not their queue. Or helps but complains about the colleague to others.',
          '3': 'Steps in and takes the phone or a check-in until the rush is over.',
          '5': 'Steps in without being asked, takes the upset patient somewhere quieter or frees the colleague to, checks on the colleague afterwards, and raises staffing at rush times without blaming anyone.',
        },
        redFlags: ['Keeps score of who helps whom'],
      },
      {
        competencyKey: 'extra_mile',
        kind: 'behavioral',
        prompt:
          'Tell me about something you did for a patient that was not part of your job, that they remembered.',
        probes: ['How did you know it would matter to them?', 'How did you find out they remembered it?'],
        anchors: {
          '1': 'Cannot think of an example, or describes doing the job as required.',
          '3': 'A kind, appropriate gesture, such as walking a patient to their car or calling a cab.',
          '5': 'A gesture built on noticing something personal (a remembered event, a need nobody voiced), done without being asked, and followed up on later.',
        },
        redFlags: ['Sees extra effort as something the practice should pay extra for'],
      },
    ],
  },
  {
    name: 'Billing specialist — care interview',
    roleTitle: 'Billing specialist',
    questions: [
      {
        competencyKey: 'billing_integrity',
        kind: 'behavioral',
        prompt: 'Tell me about a time a patient was upset by a bill they did not expect. How did it go?',
        probes: [
          'What did the patient say, and what did you say first?',
          'How did you find out what went wrong?',
          'What changed afterwards, if anything?',
        ],
        anchors: {
          '1': 'Defends the policy, points to the fine print, or implies the patient should have asked.',
          '3': 'Explains the charge accurately and resolves it, correcting it if it was wrong.',
          '5': 'Acknowledges the surprise and frustration first, explains transparently, resolves it, and changes something so it does not recur, such as written estimates signed before treatment.',
        },
        redFlags: ['Frames billing complaints as patients trying to avoid paying'],
      },
      {
        competencyKey: 'billing_integrity',
        kind: 'role_play',
        prompt:
          'Play it out: I am a patient calling about a charge for a follow-up touch-up. At my treatment I was told touch-ups were included. I am angry and I say I will post a review.',
        probes: [
          'What do you need to check before you promise anything?',
          'What do you do if the record shows no such promise?',
          'How do you close the call?',
        ],
        anchors: {
          '1': 'Says the charge stands because the price list says so, or reacts to the review threat with coldness.',
          '3': 'Stays calm, checks the record and the estimate, explains the result, and corrects the bill if it is wrong.',
          '5': "Lets the patient finish, acknowledges the anger, gives a time to call back, checks the record and with staff, resolves in the patient's favour where the practice was unclear, confirms in writing, and fixes the script.",
        },
        redFlags: [
          'Argues about the review rather than the problem',
          'Promises a refund they cannot authorise',
        ],
      },
      {
        competencyKey: 'billing_integrity',
        kind: 'situational',
        prompt:
          "Checking statements before they go out, you see a patient charged more than the signed estimate, and two others with small errors in the practice's favour. Nobody has complained. What do you do?",
        probes: ['Who do you tell, and how?', 'What do you say to the patients, if anything?'],
        anchors: {
          '1': 'Sends the statements; nobody noticed and the amounts are small.',
          '3': 'Corrects all three before they go out and tells the manager.',
          '5': 'Corrects all three, tells the patients plainly where a wrong bill already reached them, traces the cause (a price list, a code, a template), fixes it, and spot-checks the next run.',
        },
        redFlags: ['Would only correct errors that cost the practice money'],
      },
      {
        competencyKey: 'empathy',
        kind: 'behavioral',
        prompt:
          'Tell me about a time you had to talk about money with a patient who was embarrassed or struggling to pay.',
        probes: [
          'Where did the conversation happen?',
          'What options did you offer?',
          'How did the patient leave?',
        ],
        anchors: {
          '1': 'Discusses the balance at the desk in front of others, or treats the patient as a collections case.',
          '3': 'Is respectful and discreet and explains the payment options clearly.',
          '5': 'Picks a private moment, acknowledges the awkwardness, explains options without judgement, puts the agreed plan in writing, and checks in before the next payment date.',
        },
        redFlags: ['Speaks of patients who owe money with contempt'],
      },
      {
        competencyKey: 'responsiveness',
        kind: 'situational',
        prompt:
          'A patient left a voicemail about a refund eight days ago. You wrote it down and forgot to call back. They have just emailed asking if anyone reads messages. What do you do?',
        probes: ['What do you say first?', 'How will you keep track of callbacks from now on?'],
        anchors: {
          '1': 'Replies with the refund status only, or explains how busy the office has been.',
          '3': 'Calls that day, apologises, and gives an accurate status and date for the refund.',
          '5': 'Calls within the hour, owns the missed callback without excuses, gives a firm date, confirms by email, calls again when the refund is sent, and moves callbacks into a shared list that someone checks daily.',
        },
        redFlags: ['Minimises eight days as no big deal'],
      },
      {
        competencyKey: 'service_recovery',
        kind: 'situational',
        prompt:
          'A wrong price in the billing system means thirty patients were overcharged last month. Your manager asks you how to handle it. What do you propose?',
        probes: ['Who hears about it first, and how?', 'What would you say in the message to patients?'],
        anchors: {
          '1': 'Refunds quietly only those who complain, or suggests a credit without telling patients why.',
          '3': 'Refunds everyone affected and fixes the price in the system.',
          '5': 'Refunds everyone promptly with a plain apology explaining the error, offers a way to ask questions, fixes the price, adds a check for future price changes, and reports back when all refunds are done.',
        },
        redFlags: ['Prioritises hiding the error over telling patients'],
      },
      {
        competencyKey: 'soft_sell',
        kind: 'situational',
        prompt:
          'A patient setting up a payment plan asks whether they should add a skincare package that the front desk called a great deal. It would double their monthly payment. What do you say?',
        probes: [
          'Where is the line between informing and selling for you?',
          'Who do you tell about the exchange?',
        ],
        anchors: {
          '1': 'Encourages adding it because it is a good deal and easy to finance.',
          '3': 'Gives the accurate price and what it would do to the monthly payment, and leaves the decision to the patient.',
          '5': 'Gives the full numbers in writing, asks whether the patient wants it or felt pushed, says it can wait, and mentions the exchange to the manager if it suggests pressure at the desk.',
        },
        redFlags: ['Uses financing to make a larger purchase feel small'],
      },
      {
        competencyKey: 'culture_carrier',
        kind: 'behavioral',
        prompt:
          'Tell me about a time you noticed that the way colleagues quoted fees was confusing patients. What did you do about it?',
        probes: ['How did you raise it with them?', 'What was the result?'],
        anchors: {
          '1': 'Complained about colleagues to others, or did nothing because it was not their area.',
          '3': 'Told the manager and explained the correct fees when asked.',
          '5': 'Raised it kindly and directly with the colleagues, helped write a plain fee sheet or script, and checked later that disputes went down.',
        },
        redFlags: ['Describes colleagues as the problem rather than the process'],
      },
    ],
  },
  {
    name: 'Nurse injector — care interview',
    roleTitle: 'Nurse injector',
    questions: [
      {
        competencyKey: 'empathy',
        kind: 'behavioral',
        prompt:
          'Tell me about a time a patient was very anxious before an injection: about needles, pain, or how they would look afterwards.',
        probes: [
          'How did you notice the anxiety?',
          'What did you change in what you did or said?',
          'Did you go ahead that day? Why?',
        ],
        anchors: {
          '1': 'Tells the patient it will be fine and proceeds; describes anxious patients as a time drain.',
          '3': 'Explains each step calmly, uses numbing, and checks the patient is ready.',
          '5': 'Asks what worries them most, answers that specifically, slows down, offers to pause or postpone without pressure, and checks in after treatment.',
        },
        redFlags: ['Proceeds when the patient seems unsure to keep the schedule'],
      },
      {
        competencyKey: 'empathy',
        kind: 'situational',
        prompt:
          'Two weeks after a treatment that went exactly as planned, a patient comes back saying they look strange and are upset. You see nothing wrong. What do you do?',
        probes: ['What do you ask them?', 'What would you offer, and what would you not?'],
        anchors: {
          '1': 'Tells the patient the result is perfect and they will get used to it.',
          '3': 'Listens, reviews before-and-after photos, and explains the result honestly.',
          '5': 'Takes the feeling seriously, asks what they see and what they hoped for, looks together at photos, offers honest options including waiting or dissolving, and documents the conversation.',
        },
        redFlags: ["Dismisses the patient's perception as irrational"],
      },
      {
        competencyKey: 'soft_sell',
        kind: 'role_play',
        prompt:
          'Play it out: I am a patient booked for lip filler. I hesitate about the cost. You were asked this month to promote a three-area package. I say, "I am not sure I can afford this."',
        probes: [
          'What do you want to know from me before you recommend anything?',
          'Would you mention the package? How?',
          'What goes in my notes?',
        ],
        anchors: {
          '1': 'Pushes the package as better value, or suggests financing before asking about goals.',
          '3': 'Mentions the package neutrally and lets the patient decide.',
          '5': 'Asks about goals and budget first, gives honest options including doing less or waiting, mentions the package only if it fits, accepts a no, and documents the conversation.',
        },
        redFlags: ['Treats hesitation as an objection to overcome'],
      },
      {
        competencyKey: 'soft_sell',
        kind: 'situational',
        prompt:
          'A patient asks for twice the filler you think suits their face, and shows you a photo of someone else as the goal. What do you do?',
        probes: ['How do you say no, if you do?', 'What if they say another clinic will do it?'],
        anchors: {
          '1': 'Gives the patient what they ask for; it is their choice and their money.',
          '3': 'Explains that it would not suit them and recommends a smaller amount.',
          '5': 'Explores what they like in the photo, explains honestly what is achievable and safe, proposes a staged plan with a review, declines what would harm them, and documents the advice.',
        },
        redFlags: ['Would treat beyond their clinical judgement to keep the sale'],
      },
      {
        competencyKey: 'service_recovery',
        kind: 'situational',
        prompt:
          'A patient calls two days after filler with a visible bruise. They have a wedding on Saturday and are upset that nobody told them this could happen. What do you do?',
        probes: ['What do you say before you offer anything?', 'What do you change in your consent process?'],
        anchors: {
          '1': 'Points out that bruising is in the consent form and suggests concealer.',
          '3': 'Apologises, gives good aftercare advice, and offers to see them.',
          '5': 'Acknowledges how worrying this is before the wedding, sees them promptly, offers what helps (treatment, camouflage advice), calls again before Saturday, and makes sure the risk is said aloud, not only written.',
        },
        redFlags: ['Hides behind the consent form'],
      },
      {
        competencyKey: 'timeliness',
        kind: 'situational',
        prompt:
          'You are 30 minutes behind because an earlier patient needed a longer consultation. Three patients are waiting. What do you do?',
        probes: [
          'Who tells the waiting patients, and what?',
          'What do you change in how you plan consultations?',
        ],
        anchors: {
          '1': 'Rushes the next patients to catch up and lets the desk deal with the waiting room.',
          '3': 'Asks the desk to tell waiting patients the real delay and apologises to each patient.',
          '5': 'Makes sure waiting patients are told and offered a choice, does not shortchange anyone to catch up, apologises in person, and books longer slots for first consultations.',
        },
        redFlags: ['Catches up by cutting the consent conversation short'],
      },
      {
        competencyKey: 'billing_integrity',
        kind: 'situational',
        prompt:
          'Mid-consultation you recommend a second syringe. The patient says the desk quoted a lower total. What do you do?',
        probes: [
          'When do you treat: before or after the price is settled?',
          'How do you follow up with the desk?',
        ],
        anchors: {
          '1': 'Proceeds and lets billing sort out the difference later.',
          '3': 'Gives the correct price for the extra syringe and asks the patient to decide.',
          '5': 'Stops, explains the price plainly, updates the written estimate for the patient to sign before treating, offers to stay with the original plan, and tells the desk so the quote is fixed.',
        },
        redFlags: ['Treats first and prices afterwards'],
      },
      {
        competencyKey: 'extra_mile',
        kind: 'behavioral',
        prompt:
          'Tell me about a time you followed up with a patient after treatment when nothing required you to.',
        probes: ['What made you do it?', 'What did you learn from the call?'],
        anchors: {
          '1': 'Follow-up is not their job, or has no example.',
          '3': 'Routinely calls first-time patients the day after.',
          '5': 'Follows up based on something personal they noticed, acts on what they hear, and brings the habit to colleagues.',
        },
        redFlags: ['Sees follow-up as a chance to sell the next treatment'],
      },
    ],
  },
  {
    name: 'Aesthetician — care interview',
    roleTitle: 'Aesthetician',
    questions: [
      {
        competencyKey: 'empathy',
        kind: 'situational',
        prompt:
          'During a skin assessment, a patient with acne scarring becomes tearful and says they avoid photos. What do you do?',
        probes: ['Do you carry on with the assessment?', 'What do you say about what treatment can achieve?'],
        anchors: {
          '1': 'Carries on with the assessment and moves quickly to a treatment plan.',
          '3': 'Pauses, is kind and reassuring, and explains the treatment options.',
          '5': 'Pauses and acknowledges the feeling, lets them talk, is honest about what treatment can and cannot do, lets them set the pace, and notes their concerns for the next visit.',
        },
        redFlags: ["Uses the patient's insecurity to sell a bigger plan"],
      },
      {
        competencyKey: 'empathy',
        kind: 'behavioral',
        prompt:
          'Tell me about a patient whose mood or situation you picked up on without them saying it. What did you notice, and what did you do?',
        probes: ['How did you check you read it right?', 'What did you change in the treatment or the talk?'],
        anchors: {
          '1': 'Cannot give an example, or sticks to the same script for every patient.',
          '3': 'Noticed and adjusted: quieter, gentler, or more explanation.',
          '5': 'Noticed, checked gently, adapted the visit to the person, and remembered it next time without making the patient explain again.',
        },
        redFlags: ['Shares what patients confided with other staff as gossip'],
      },
      {
        competencyKey: 'soft_sell',
        kind: 'role_play',
        prompt:
          'Play it out: I am a patient at the end of a facial. I point at the shelf and ask which products I need. I say I already own a lot of skincare. You earn a commission on products.',
        probes: [
          'What do you ask me before you recommend anything?',
          'What if the answer is "nothing new"?',
          'How does the commission affect you?',
        ],
        anchors: {
          '1': 'Recommends a full regimen from the shelf, or says their current products are doing damage.',
          '3': 'Recommends one or two products that suit the skin and gives prices.',
          '5': 'Asks what they use and what they want, suggests keeping what works, recommends at most what fills a real gap with prices in writing, and is happy with "nothing today".',
        },
        redFlags: ['Says the commission decides what they recommend'],
      },
      {
        competencyKey: 'soft_sell',
        kind: 'situational',
        prompt:
          'A patient wants to book a series of ten peels before an event in three weeks. You think two lighter treatments would serve them better. What do you do?',
        probes: ['How do you explain the difference?', 'What if they insist?'],
        anchors: {
          '1': 'Books the ten; the patient asked for it.',
          '3': 'Explains that fewer, lighter treatments suit the timeline and recommends those.',
          '5': 'Explores the goal for the event, explains the risks and the smaller plan honestly, puts the plan and prices in writing, and books a follow-up after the event to decide on more.',
        },
        redFlags: ['Would do treatment they think is unsafe to keep the patient'],
      },
      {
        competencyKey: 'service_recovery',
        kind: 'situational',
        prompt:
          'A patient calls the day after a peel: their skin is red and sore, more than they expected, and they feel nobody warned them. What do you do?',
        probes: ['What do you ask first?', 'When do you follow up, and how?'],
        anchors: {
          '1': 'Says redness is normal and the aftercare sheet explains it.',
          '3': 'Listens, gives clear aftercare advice, and offers to see them.',
          '5': 'Acknowledges the worry, asks about symptoms to rule out a reaction, sees them that day if needed, calls again the next day, and changes how the aftercare talk is given before treatment.',
        },
        redFlags: ["Blames the patient's aftercare before hearing them out"],
      },
      {
        competencyKey: 'timeliness',
        kind: 'behavioral',
        prompt:
          'Tell me about a day your schedule fell behind. What did you tell waiting patients, and how did the day end?',
        probes: ['When did you first warn someone?', 'What did you change afterwards?'],
        anchors: {
          '1': 'Did not tell anyone, or shortened treatments without saying so.',
          '3': 'Let waiting patients know about the delay and apologised.',
          '5': 'Warned patients early with a real estimate and a choice, kept each treatment whole, and found and fixed the cause (booking lengths, set-up time).',
        },
        redFlags: ['Treats lateness as normal in the job'],
      },
      {
        competencyKey: 'extra_mile',
        kind: 'behavioral',
        prompt: 'Tell me about something small you did for a patient that made their visit memorable.',
        probes: ['How did you come up with it?', 'How do you know it mattered?'],
        anchors: {
          '1': 'No example, or describes a standard part of the service.',
          '3': 'A thoughtful comfort, such as a warm blanket or a note for a sensitive skin day.',
          '5': 'A gesture built on something personal the patient shared, offered unprompted, and followed up on at the next visit.',
        },
        redFlags: ['Gestures only for high-spending patients'],
      },
      {
        competencyKey: 'culture_carrier',
        kind: 'situational',
        prompt:
          "In the staff room, a colleague jokes about a patient's skin in a way that mocks them. Others laugh. What do you do?",
        probes: ['Do you say something then or later?', 'What if it is a senior colleague?'],
        anchors: {
          '1': 'Laughs along, or says it is harmless when patients cannot hear.',
          '3': 'Does not join in and says something to the colleague later.',
          '5': 'Says calmly in the moment that we do not talk about patients that way, speaks with the colleague privately afterwards, and raises it with the manager if it is a pattern.',
        },
        redFlags: ['Thinks how staff talk about patients backstage does not matter'],
      },
    ],
  },
  {
    name: 'Practice manager — care interview',
    roleTitle: 'Practice manager',
    questions: [
      {
        competencyKey: 'culture_carrier',
        kind: 'behavioral',
        prompt:
          'Tell me about a time you changed how a team treated patients. What did you do yourself, and what did you ask of others?',
        probes: [
          'How did you model it yourself?',
          'How did you know it had changed?',
          'Who resisted, and how did you handle it?',
        ],
        anchors: {
          '1': 'Describes a memo or a rule sent out; no example of leading by their own behavior.',
          '3': 'Set clear expectations, trained the team, and followed up.',
          '5': 'Modeled the behavior visibly, recognised it in others, coached privately where it was missing, and measured it (reviews, callbacks, feedback) to show the change held.',
        },
        redFlags: ['Says you cannot hire nice, only train it by rules'],
      },
      {
        competencyKey: 'culture_carrier',
        kind: 'situational',
        prompt:
          'Your busiest physician is curt with patients and staff, and newer staff have started to copy the tone. Revenue depends on this physician. What do you do?',
        probes: ['How do you raise it with the physician?', 'What do you tell the staff meanwhile?'],
        anchors: {
          '1': 'Lets it go because of the revenue, or tells staff to toughen up.',
          '3': 'Raises it with the physician privately and with specific examples.',
          '5': 'Raises it privately with specific examples and patient feedback, frames it as how patients and staff experience them, agrees on a concrete goal, follows up, and protects staff who speak up.',
        },
        redFlags: ['Exempts high earners from the care standard'],
      },
      {
        competencyKey: 'service_recovery',
        kind: 'role_play',
        prompt:
          'Play it out: I am a patient who was booked at the wrong time. I took the afternoon off, drove forty minutes, and now there is no slot. I ask for the manager.',
        probes: [
          'What do you offer, and why that?',
          'What do you do after I leave?',
          'What do you say to the coordinator who made the booking?',
        ],
        anchors: {
          '1': 'Explains how the error happened, or suggests the patient may have misheard.',
          '3': 'Apologises sincerely and offers a priority appointment soon.',
          '5': 'Listens fully, apologises without excuses, finds a way to see them today or makes rebooking easy with a gesture that fits, follows up personally, and fixes the booking step without blaming the coordinator.',
        },
        redFlags: ['Publicly blames a staff member to the patient'],
      },
      {
        competencyKey: 'service_recovery',
        kind: 'behavioral',
        prompt:
          'Tell me about a time a patient posted a negative review of your practice. How did you respond, and what changed inside the practice?',
        probes: [
          'What did the public reply say?',
          'Did you contact the patient directly?',
          'What did the team learn?',
        ],
        anchors: {
          '1': 'Replied defensively in public or asked for the review to be removed; nothing changed.',
          '3': 'Replied politely, took the conversation offline, and resolved it with the patient.',
          '5': 'Replied with an acknowledgement and no patient details, called the patient, fixed the issue, traced its cause, shared the lesson with the team, and checked it did not repeat.',
        },
        redFlags: ['Discloses patient details in a public reply'],
      },
      {
        competencyKey: 'responsiveness',
        kind: 'situational',
        prompt:
          'You learn that weekend web and social inquiries usually wait until Tuesday for a reply, and some returned calls are never made. What do you put in place?',
        probes: ['How would you measure it?', 'Who owns it when someone is off sick?'],
        anchors: {
          '1': 'Tells the team to be faster, with no owner or measure.',
          '3': 'Assigns an owner for the inbox and the callback list with a response target.',
          '5': 'Sets owners and a same-day target, covers weekends and absences, tracks response time and callbacks returned, reviews them with the team, and thanks those who close the loop.',
        },
        redFlags: ['Sees online inquiries as less valuable than phone calls'],
      },
      {
        competencyKey: 'billing_integrity',
        kind: 'situational',
        prompt:
          'Several patients this quarter disputed charges. You find that fees are mostly quoted verbally. What do you change?',
        probes: ['What would the patient sign, and when?', 'How do you handle the open disputes?'],
        anchors: {
          '1': 'Tells staff to be clearer and holds firm on the disputed charges.',
          '3': 'Introduces written estimates and resolves the open disputes fairly.',
          '5': 'Settles open disputes generously where the practice was unclear, introduces written estimates and fee policies signed before treatment, trains the team, and tracks disputes and billing errors afterwards.',
        },
        redFlags: ['Treats fee disputes as a collections problem only'],
      },
      {
        competencyKey: 'soft_sell',
        kind: 'situational',
        prompt:
          'The owner proposes a monthly package sales target for every staff member, with a bonus. How do you respond?',
        probes: ['What would you measure instead, or as well?', 'How would you bring the owner along?'],
        anchors: {
          '1': 'Implements it as asked and ranks staff by sales.',
          '3': 'Raises the risk of pressure selling and suggests a softer target.',
          '5': 'Explains respectfully how sales targets push pressure onto patients, proposes rewarding patient outcomes, retention and reviews instead, and offers a trial with clear measures.',
        },
        redFlags: ['Sees patient pressure as an acceptable cost of growth'],
      },
      {
        competencyKey: 'timeliness',
        kind: 'behavioral',
        prompt:
          'Tell me about a time a clinic kept running late day after day. How did you find the cause, and what did you change?',
        probes: ['What did the data show?', 'How did you tell patients in the meantime?'],
        anchors: {
          '1': 'Accepted lateness as part of a busy practice, or blamed patients who arrive late.',
          '3': 'Adjusted the schedule and asked staff to warn patients about delays.',
          '5': 'Looked at where time was lost, changed booking lengths or buffers with the clinicians, made warning waiting patients a routine, and tracked the on-time rate until it held.',
        },
        redFlags: ['Blames patients for the practice running late'],
      },
    ],
  },
];
