import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ItemMappingEditor } from './item-mapping-editor';
import { ThemeRulesEditor } from './theme-rules-editor';

/** How patient signals are read: review theme keywords and the survey item → competency mapping. */
@Component({
  selector: 'rp-patient-settings-page',
  imports: [ItemMappingEditor, ThemeRulesEditor],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../../shared/culture-page.scss'],
  template: `
    <div class="page-header">
      <p class="intro">
        Every number on the patient pages comes from these rules, which anyone can read: no model decides what a review is
        about or which behaviour a survey item measures.
      </p>
    </div>
    <section class="card" aria-labelledby="themes-heading">
      <h2 id="themes-heading">Review themes</h2>
      <rp-theme-rules-editor />
    </section>
    <section class="card" aria-labelledby="items-heading">
      <h2 id="items-heading">Survey items and competencies</h2>
      <p class="muted">A patient mean for a competency averages the items mapped to it.</p>
      <rp-item-mapping-editor />
    </section>
  `,
})
export class PatientSettingsPage {}
