import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { SettingsLayout } from './settings-layout';
import { settingsRoutes } from './settings.routes';

describe('SettingsLayout', () => {
  it('links every settings section, the anonymity minimum included', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(SettingsLayout);
    await fixture.whenStable();

    const links = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll<HTMLAnchorElement>('nav a'));
    expect(links.map((a) => [a.textContent?.trim(), a.getAttribute('href')])).toEqual([
      ['Locations', '/locations'],
      ['Users', '/users'],
      ['Care standard', '/care-standard'],
      ['Anonymity', '/anonymity'],
      ['Messages', '/messages'],
    ]);
  });

  it('routes each linked section to a page', () => {
    const children = settingsRoutes[0].children ?? [];
    const paths = children.filter((r) => r.component).map((r) => r.path);
    expect(paths).toEqual(['locations', 'users', 'care-standard', 'anonymity', 'messages']);
    expect(children.find((r) => r.path === 'anonymity')?.title).toBe('Anonymity · Rapport');
  });
});
