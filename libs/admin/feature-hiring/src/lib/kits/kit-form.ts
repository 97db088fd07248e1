import { type AbstractControl, type FormArray, type FormControl, type FormGroup, type NonNullableFormBuilder, type ValidationErrors, Validators } from '@angular/forms';
import type { CreateInterviewKitRequest, InterviewKit, KitQuestion, QuestionKind } from '@rapport/shared/contracts';

/** The API's limits (kit.dto.ts), so the form refuses what the API would. */
export const MAX_QUESTIONS = 40;
const MAX_LIST = 10;
const MAX_LIST_ITEM = 500;

export type QuestionGroup = FormGroup<{
  /** Kept when editing, so the API keeps the question's identity across versions. */
  id: FormControl<string | null>;
  kind: FormControl<QuestionKind>;
  competencyId: FormControl<string>;
  prompt: FormControl<string>;
  /** One probe per line. */
  probes: FormControl<string>;
  anchors: FormGroup<{ '1': FormControl<string>; '3': FormControl<string>; '5': FormControl<string> }>;
  /** One red flag per line. */
  redFlags: FormControl<string>;
}>;

export type KitForm = FormGroup<{
  name: FormControl<string>;
  roleTitle: FormControl<string>;
  evidenceRequired: FormControl<boolean>;
  questions: FormArray<QuestionGroup>;
}>;

/** The non-empty, trimmed lines of a text box. */
export const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** At most `MAX_LIST` lines of at most `MAX_LIST_ITEM` characters, as the API allows. */
function lineList(control: AbstractControl<string>): ValidationErrors | null {
  const items = lines(control.value ?? '');
  if (items.length > MAX_LIST) return { message: `At most ${MAX_LIST} lines` };
  if (items.some((item) => item.length > MAX_LIST_ITEM)) return { message: `Each line at most ${MAX_LIST_ITEM} characters` };
  return null;
}

const anchorValidators = [Validators.required, Validators.maxLength(1000)];

export function questionGroup(fb: NonNullableFormBuilder, q?: KitQuestion): QuestionGroup {
  return fb.group({
    id: fb.control<string | null>(q?.id ?? null),
    kind: fb.control<QuestionKind>(q?.kind ?? 'behavioral'),
    competencyId: fb.control(q?.competencyId ?? '', Validators.required),
    prompt: fb.control(q?.prompt ?? '', [Validators.required, Validators.maxLength(1000)]),
    probes: fb.control((q?.probes ?? []).join('\n'), lineList),
    anchors: fb.group({
      '1': fb.control(q?.anchors['1'] ?? '', anchorValidators),
      '3': fb.control(q?.anchors['3'] ?? '', anchorValidators),
      '5': fb.control(q?.anchors['5'] ?? '', anchorValidators),
    }),
    redFlags: fb.control((q?.redFlags ?? []).join('\n'), lineList),
  });
}

export function kitForm(fb: NonNullableFormBuilder, kit?: InterviewKit): KitForm {
  return fb.group({
    name: fb.control(kit?.name ?? '', [Validators.required, Validators.maxLength(200)]),
    roleTitle: fb.control(kit?.roleTitle ?? '', [Validators.required, Validators.maxLength(200)]),
    evidenceRequired: fb.control(kit?.evidenceRequired ?? true),
    questions: fb.array((kit?.questions.length ? kit.questions : [undefined]).map((q) => questionGroup(fb, q))),
  });
}

type QuestionValue = ReturnType<QuestionGroup['getRawValue']>;

function toQuestion(q: QuestionValue, index: number): KitQuestion {
  return {
    id: q.id ?? `new-${index}`,
    kind: q.kind,
    competencyId: q.competencyId,
    prompt: q.prompt.trim(),
    probes: lines(q.probes),
    anchors: { '1': q.anchors['1'].trim(), '3': q.anchors['3'].trim(), '5': q.anchors['5'].trim() },
    redFlags: lines(q.redFlags),
  };
}

/** The request body: text trimmed, line lists split, new questions without an id (the API assigns one). */
export function toKitRequest(form: KitForm): CreateInterviewKitRequest {
  const value = form.getRawValue();
  return {
    name: value.name.trim(),
    roleTitle: value.roleTitle.trim(),
    evidenceRequired: value.evidenceRequired,
    questions: value.questions.map((q, i) => {
      const { id, ...rest } = toQuestion(q, i);
      return q.id ? { id, ...rest } : rest;
    }),
  };
}

/** The questions as the interviewer will see them, from the unsaved form. */
export function previewQuestions(form: KitForm): KitQuestion[] {
  return form.getRawValue().questions.map(toQuestion);
}

/** Moves a question in the array (drag and drop, or the up / down buttons). */
export function moveQuestion(questions: FormArray<QuestionGroup>, from: number, to: number): void {
  if (from === to || to < 0 || to >= questions.length) return;
  const control = questions.at(from);
  questions.removeAt(from, { emitEvent: false });
  questions.insert(to, control);
  questions.markAsDirty();
}
