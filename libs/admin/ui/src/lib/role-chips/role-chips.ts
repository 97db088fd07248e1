import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatChipsModule } from '@angular/material/chips';
import { type Role, ROLE_LABELS, ROLES } from '@rapport/shared/contracts';

/** A user's roles as chips, always in the canonical order so tables scan easily. */
@Component({
  selector: 'rp-role-chips',
  imports: [MatChipsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-chip-set [attr.aria-label]="ariaLabel()">
      @for (role of ordered(); track role) {
        <mat-chip [disableRipple]="true">{{ labels[role] }}</mat-chip>
      }
    </mat-chip-set>
  `,
})
export class RoleChips {
  readonly roles = input.required<readonly Role[]>();
  readonly ariaLabel = input('Roles');

  protected readonly labels = ROLE_LABELS;
  protected readonly ordered = computed(() => ROLES.filter((role) => this.roles().includes(role)));
}
