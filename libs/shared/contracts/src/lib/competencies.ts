export interface Competency {
  id: string;
  /** Stable machine key, unique in the organization, e.g. `empathy`. */
  key: string;
  name: string;
  definition: string;
  indicators: string[];
  /** Display order in the care standard. */
  position: number;
  /** Optimistic-locking version: send it back on PATCH to get 409 instead of overwriting a newer edit. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateCompetencyRequest {
  key: string;
  name: string;
  definition: string;
  indicators: string[];
}

export interface UpdateCompetencyRequest {
  name?: string;
  definition?: string;
  indicators?: string[];
  version: number;
}

/** The care standard every organization starts with (DESIGN.md §2). */
export interface CareStandardEntry {
  key: string;
  name: string;
  definition: string;
  indicators: string[];
}
