import { Module } from '@nestjs/common';
import { TenancyModule } from '../../common/tenancy/tenancy.module';
import { CompetencyEntity } from '../competencies/competency.entity';
import { CultureModule } from '../culture/culture.module';
import { StaffMemberEntity } from '../culture/staff/staff-member.entity';
import { LocationEntity } from '../locations/location.entity';
import { FeedbackItemsService } from './feedback/feedback-items.service';
import { PatientFeedbackController } from './feedback/patient-feedback.controller';
import { PatientFeedbackService } from './feedback/patient-feedback.service';
import { PATIENT_SIGNAL_ENTITIES } from './patient-signals.entities';
import { ReviewsController } from './reviews/reviews.controller';
import { ReviewsService } from './reviews/reviews.service';
import { PatientSignalsController } from './signals/patient-signals.controller';
import { PatientSignalsService } from './signals/patient-signals.service';
import { ThreeWayGapService } from './three-way-gap/three-way-gap.service';

/** The patient's voice: post-visit surveys and online reviews, beside staff scores and in the leader's gap. */
@Module({
  imports: [TenancyModule.forFeature([...PATIENT_SIGNAL_ENTITIES, StaffMemberEntity, LocationEntity, CompetencyEntity]), CultureModule],
  controllers: [PatientFeedbackController, ReviewsController, PatientSignalsController],
  providers: [PatientFeedbackService, FeedbackItemsService, ReviewsService, PatientSignalsService, ThreeWayGapService],
  // The leadership-goals export shows the three-way gap too.
  exports: [ThreeWayGapService],
})
export class PatientSignalsModule {}
