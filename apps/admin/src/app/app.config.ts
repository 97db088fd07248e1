import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
} from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { authInterceptor, AuthStore } from '@rapport/admin/data-access';
import { firstValueFrom } from 'rxjs';
import { appRoutes } from './app.routes';
import { ThemeService } from './theme/theme.service';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    // Query parameters (returnUrl, the invitation token) arrive as component inputs.
    provideRouter(appRoutes, withComponentInputBinding()),
    provideHttpClient(withInterceptors([authInterceptor])),
    // The access token is kept in memory only, so a reload starts signed out: restore the session
    // from the refresh cookie before the first navigation, so guards see the real state.
    provideAppInitializer(() => firstValueFrom(inject(AuthStore).restore())),
    provideAppInitializer(() => inject(ThemeService).apply()),
  ],
};
