import type { Recommendation } from '@rapport/shared/contracts';
import { fmt, PdfReport } from '../files/pdf';
import type { CandidatePacket, PacketInterview } from './candidate-packet.data';

const RECOMMENDATION: Record<Recommendation, string> = { strong_no: 'Strong no', no: 'No', yes: 'Yes', strong_yes: 'Strong yes' };
const DECISION: Record<string, string> = { advance: 'Advance', hire: 'Hire', reject: 'Reject' };
const day = (d: Date) => d.toISOString().slice(0, 10);
const minute = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

function interviewSection(pdf: PdfReport, item: PacketInterview, index: number, competencyNames: Map<string, string>): void {
  const { interview, kit } = item;
  pdf.heading(`Interview ${index + 1}: ${minute(interview.scheduledAt)}`, 2);
  pdf.keyValues([
    ['Kit', kit ? `${kit.name} (version ${kit.version})` : 'unknown'],
    ['Panel', item.panel.map((p) => `${p.name} (${p.status.replace('_', ' ')})`).join(', ') || 'none'],
  ]);
  if (item.scorecards.length < item.panel.length) {
    pdf.note('Only submitted scorecards are shown: drafts stay private to their author.');
  }
  for (const [qi, question] of (kit?.questions ?? []).entries()) {
    pdf.heading(`Q${qi + 1}. ${question.prompt}`, 3);
    pdf.note(`${competencyNames.get(question.competencyId) ?? 'Competency'} - ${question.kind.replace('_', '-')}`);
    pdf.paragraph(`1 = ${question.anchors['1']}`, { size: 9, indent: 10 });
    pdf.paragraph(`3 = ${question.anchors['3']}`, { size: 9, indent: 10 });
    pdf.paragraph(`5 = ${question.anchors['5']}`, { size: 9, indent: 10 });
    if (question.redFlags.length) pdf.paragraph(`Red flags: ${question.redFlags.join('; ')}`, { size: 9, indent: 10 });
    pdf.space(0.3);
    for (const card of item.scorecards) {
      const rating = card.ratings.find((r) => r.questionId === question.id);
      const score = rating?.rating ?? null;
      pdf.paragraph(`${card.interviewerName}: ${score === null ? 'not rated' : `${score} / 5`}`, { size: 9.5, bold: true, indent: 10 });
      if (rating?.evidence) pdf.paragraph(`Evidence: ${rating.evidence}`, { size: 9, indent: 20 });
    }
  }
  if (item.scorecards.length) {
    pdf.space(0.3);
    pdf.table(
      [
        { header: 'Interviewer', width: 0.4 },
        { header: 'Recommendation', width: 0.3 },
        { header: 'Submitted', width: 0.3 },
      ],
      item.scorecards.map((c) => [
        c.interviewerName,
        c.recommendation ? RECOMMENDATION[c.recommendation] : '–',
        `${c.submittedAt ? minute(c.submittedAt) : '–'}${c.amendedAt ? ` (amended ${day(c.amendedAt)})` : ''}`,
      ]),
    );
  }
}

/** The candidate packet for the file: application, interviews with anchors and evidence, panel statistics, decision. */
export function candidatePacketPdf(packet: CandidatePacket, generatedAt: Date): Promise<Buffer> {
  const { application, candidate, opening, debrief } = packet;
  const pdf = new PdfReport(`Candidate packet: ${candidate.name}`, `Rapport - confidential - generated ${minute(generatedAt)}`);

  pdf.heading('Application');
  pdf.keyValues([
    ['Candidate', candidate.name],
    ['Email', candidate.email],
    ['Phone', candidate.phone ?? '–'],
    ['Source', candidate.source ?? '–'],
    ['Opening', `${opening.title} (${packet.locationName})`],
    ['Hiring manager', packet.hiringManagerName],
    ['Applied', day(packet.history[0] && packet.history[0].at < application.createdAt ? packet.history[0].at : application.createdAt)],
    ['Current stage', application.stage],
  ]);
  if (candidate.notes) pdf.space(0.3).paragraph(`Notes: ${candidate.notes}`, { size: 9.5 });
  pdf.heading('Stage history', 2);
  pdf.table(
    [
      { header: 'Date', width: 0.2 },
      { header: 'Change', width: 0.3 },
      { header: 'Reason', width: 0.3 },
      { header: 'By', width: 0.2 },
    ],
    packet.history.map((h) => [day(h.at), `${h.fromStage ?? 'new'} -> ${h.toStage}`, h.reason ?? '', h.by]),
  );

  pdf.heading('Interviews');
  if (packet.interviews.length === 0) pdf.paragraph('No interview has been scheduled.');
  packet.interviews.forEach((item, i) => interviewSection(pdf, item, i, packet.competencyNames));

  pdf.heading('Panel statistics');
  pdf.paragraph(`${debrief.submittedScorecards} submitted scorecard(s), ${debrief.pendingScorecards} pending.`, { size: 9.5 });
  if (debrief.competencies.length) pdf.table(
    [
      { header: 'Competency', width: 0.34 },
      { header: 'Mean', width: 0.1, align: 'right' },
      { header: 'Min', width: 0.09, align: 'right' },
      { header: 'Max', width: 0.09, align: 'right' },
      { header: 'SD', width: 0.09, align: 'right' },
      { header: 'Raters', width: 0.1, align: 'right' },
      { header: 'Disagreement', width: 0.19 },
    ],
    debrief.competencies.map((c) => [
      c.competencyName,
      fmt(c.mean),
      fmt(c.min),
      fmt(c.max),
      fmt(c.sd),
      String(c.n),
      c.disagreement ? 'yes (range >= 2)' : 'no',
    ]),
  );
  const { agreement } = debrief;
  pdf.keyValues([
    [
      "Inter-rater agreement (Krippendorff's alpha, ordinal)",
      agreement.alpha === null ? `not computed (${agreement.reason.replace(/_/g, ' ')})` : fmt(agreement.alpha, 3),
    ],
    ['Raters / rated units', `${agreement.raters} / ${agreement.units}`],
    ['Overall score', fmt(debrief.overallScore)],
    ['Computed recommendation', debrief.computedRecommendation ? RECOMMENDATION[debrief.computedRecommendation] : '–'],
  ]);

  pdf.heading('Decision');
  if (!application.decision) {
    pdf.paragraph('No decision has been recorded.');
  } else {
    pdf.keyValues([
      ['Decision', DECISION[application.decision] ?? application.decision],
      ['Decided by', application.decidedById ? (packet.userNames.get(application.decidedById) ?? 'Former user') : '–'],
      ['Decided', application.decidedAt ? minute(application.decidedAt) : '–'],
      [
        'Recommendation at the time',
        application.computedRecommendation ? RECOMMENDATION[application.computedRecommendation] : '–',
      ],
      ['Override of the computed recommendation', application.decisionOverride ? 'yes' : 'no'],
    ]);
    pdf.space(0.3).paragraph(`Rationale: ${application.decisionRationale ?? ''}`);
  }
  return pdf.finish();
}
