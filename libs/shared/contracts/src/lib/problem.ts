/** One invalid field of a request, by its JSON path (e.g. `email`, `roles.0`). */
export interface FieldError {
  field: string;
  message: string;
}

/** RFC 9457 problem document returned for every error (`application/problem+json`). */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** Present on validation errors (400): each bad field. */
  errors?: FieldError[];
  requestId?: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
