import { TestBed } from '@angular/core/testing';
import { ThemeService } from './theme.service';

describe('ThemeService', () => {
  afterEach(() => {
    localStorage.clear();
    document.documentElement.className = '';
  });

  it('follows the system until the user picks, then pins and remembers the choice', () => {
    const theme = TestBed.inject(ThemeService);
    theme.apply();
    expect(theme.current()).toBe('system');
    expect(document.documentElement.classList.contains('rp-theme-dark')).toBe(false);

    theme.toggle(); // jsdom reports a light system: the toggle goes dark
    expect(theme.isDark()).toBe(true);
    expect(document.documentElement.classList.contains('rp-theme-dark')).toBe(true);
    expect(localStorage.getItem('rp-theme')).toBe('dark');

    theme.toggle();
    expect(document.documentElement.classList.contains('rp-theme-light')).toBe(true);
    expect(document.documentElement.classList.contains('rp-theme-dark')).toBe(false);
  });

  it('starts from a stored choice', () => {
    localStorage.setItem('rp-theme', 'dark');
    const theme = TestBed.inject(ThemeService);
    theme.apply();
    expect(theme.isDark()).toBe(true);
    expect(document.documentElement.classList.contains('rp-theme-dark')).toBe(true);
  });
});
