export interface Location {
  id: string;
  name: string;
  /** Short code, unique in the organization, e.g. `DTN`; used by CSV imports. */
  code: string;
  /** Optimistic-locking version: send it back on PATCH to get 409 instead of overwriting a newer edit. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateLocationRequest {
  name: string;
  code: string;
}

export interface UpdateLocationRequest extends Partial<CreateLocationRequest> {
  version: number;
}
