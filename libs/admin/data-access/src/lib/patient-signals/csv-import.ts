import type { CsvImportResult } from '@rapport/shared/contracts';
import { csvErrorRows, type UploadProgress } from '../api/csv-upload';

export type { CsvErrorRow } from '../api/csv-upload';

/** What a patient-feedback or review upload reports while it runs. */
export type CsvUploadProgress = UploadProgress<CsvImportResult>;

/** The rows of a refused patient-feedback or review import (see `csvErrorRows`). */
export const csvImportErrorRows = csvErrorRows;
