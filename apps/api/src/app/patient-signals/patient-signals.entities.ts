import { FeedbackItemMappingEntity, PatientFeedbackEntity } from './feedback/patient-feedback.entity';
import { OnlineReviewEntity, ReviewThemeRuleEntity } from './reviews/online-review.entity';

export const PATIENT_SIGNAL_ENTITIES = [PatientFeedbackEntity, FeedbackItemMappingEntity, OnlineReviewEntity, ReviewThemeRuleEntity];
