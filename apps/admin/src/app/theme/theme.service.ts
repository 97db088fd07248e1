import { DOCUMENT } from '@angular/common';
import { computed, inject, Injectable, signal } from '@angular/core';

export type ThemePreference = 'system' | 'light' | 'dark';

const STORAGE_KEY = 'rp-theme';

/**
 * Light or dark. By default the theme follows the operating system (`prefers-color-scheme`, through
 * the CSS `color-scheme` the Material theme is built on); a choice made with the toggle is remembered
 * on this device. Only this preference is stored, never anything about the user.
 */
@Injectable({ providedIn: 'root' })
export class ThemeService {
  private readonly document = inject(DOCUMENT);
  private readonly preference = signal<ThemePreference>(this.read());

  readonly current = this.preference.asReadonly();
  /** What is on screen now, resolving `system` through the media query. */
  readonly isDark = computed(() => {
    const preference = this.preference();
    if (preference !== 'system') return preference === 'dark';
    return this.document.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  });

  apply(): void {
    const root = this.document.documentElement;
    root.classList.remove('rp-theme-light', 'rp-theme-dark');
    const preference = this.preference();
    if (preference !== 'system') root.classList.add(`rp-theme-${preference}`);
  }

  toggle(): void {
    this.preference.set(this.isDark() ? 'light' : 'dark');
    try {
      this.document.defaultView?.localStorage.setItem(STORAGE_KEY, this.preference());
    } catch {
      // Storage can be unavailable (private mode, policy): the choice then lasts for this visit.
    }
    this.apply();
  }

  private read(): ThemePreference {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(STORAGE_KEY);
      return stored === 'light' || stored === 'dark' ? stored : 'system';
    } catch {
      return 'system';
    }
  }
}
