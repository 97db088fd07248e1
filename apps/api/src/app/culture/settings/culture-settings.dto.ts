import { ANONYMITY_MIN_RATERS, type CultureSettings } from '@rapport/shared/contracts';
import { IsInt, Max, Min } from 'class-validator';

export class UpdateCultureSettingsDto implements CultureSettings {
  /** Raise the anonymity minimum for peer and upward results; it can never go below 3. */
  @IsInt()
  @Min(ANONYMITY_MIN_RATERS, { message: `anonymityMinRaters must be at least ${ANONYMITY_MIN_RATERS}` })
  @Max(50)
  anonymityMinRaters!: number;
}
