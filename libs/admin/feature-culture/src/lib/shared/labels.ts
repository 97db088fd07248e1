import type { ObservationKind, ReviewRelation, ServiceMetricName } from '@rapport/shared/contracts';

export const RELATION_LABELS: Record<ReviewRelation, string> = {
  self: 'Self review',
  manager: 'As their manager',
  peer: 'Peer review',
  upward: 'Upward review',
};

export const KIND_LABELS: Record<ObservationKind, string> = {
  recognition: 'Recognition',
  coaching: 'Coaching',
};

export interface MetricInfo {
  label: string;
  format: (value: number) => string;
  /** true when a smaller number is the better service (response time, billing errors). */
  lowerIsBetter: boolean;
}

const percent = (value: number) => `${(value * 100).toFixed(value >= 0.995 || value === 0 ? 0 : 1)}%`;

export const METRICS: Record<ServiceMetricName, MetricInfo> = {
  inquiry_response_minutes: {
    label: 'Inquiry response time',
    format: (v) => (v >= 120 ? `${(v / 60).toFixed(1)} h` : `${Math.round(v)} min`),
    lowerIsBetter: true,
  },
  calls_returned_rate: { label: 'Calls returned', format: percent, lowerIsBetter: false },
  billing_error_rate: { label: 'Billing errors', format: percent, lowerIsBetter: true },
  on_time_rate: { label: 'On time', format: percent, lowerIsBetter: false },
  review_rating: { label: 'Patient review rating', format: (v) => `${v.toFixed(2)} / 5`, lowerIsBetter: false },
  fee_estimate_given_rate: { label: 'Fee estimate given', format: percent, lowerIsBetter: false },
  signed_fee_policy_rate: { label: 'Signed fee policy', format: percent, lowerIsBetter: false },
};

export { formatDay, formatPeriod, shortName } from '@rapport/admin/ui';
