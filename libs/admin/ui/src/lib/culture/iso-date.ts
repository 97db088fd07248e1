import { Injectable, type Provider } from '@angular/core';
import { DateAdapter, NativeDateAdapter, provideNativeDateAdapter } from '@angular/material/core';

/** A local calendar day as `YYYY-MM-DD` (the API's date format), without a time-zone shift. */
export function toIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `YYYY-MM-DD` as a local date (not UTC midnight, which is the previous day west of Greenwich). */
export function fromIsoDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const date = new Date(+match[1], +match[2] - 1, +match[3]);
  return date.getMonth() === +match[2] - 1 ? date : null;
}

/**
 * Date pickers show and accept `YYYY-MM-DD`: the format the API speaks, unambiguous in every locale
 * (03/04 is March in one clinic and April in the next), and typed days are read as local days.
 */
@Injectable()
export class IsoDateAdapter extends NativeDateAdapter {
  override parse(value: unknown, parseFormat?: unknown): Date | null {
    if (typeof value === 'string') {
      const iso = fromIsoDate(value);
      if (iso) return iso;
      if (!value.trim()) return null;
    }
    return super.parse(value, parseFormat);
  }

  override format(date: Date, displayFormat: object): string {
    const format = displayFormat as Intl.DateTimeFormatOptions | null;
    // The input (numeric day format) shows the ISO day; calendar labels and headers keep the locale's words.
    return format?.day && format.month === 'numeric' && format.year ? toIsoDate(date) : super.format(date, displayFormat);
  }
}

/** Providers for a page or dialog with `mat-datepicker`s. */
export function provideIsoDateAdapter(): Provider[] {
  return [provideNativeDateAdapter(), { provide: DateAdapter, useClass: IsoDateAdapter }];
}
