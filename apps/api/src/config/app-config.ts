import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { EnvironmentVariables } from './env.validation';

/** Typed access to the validated environment. */
@Injectable()
export class AppConfig {
  constructor(private readonly config: ConfigService<EnvironmentVariables, true>) {}

  get<K extends keyof EnvironmentVariables>(key: K): EnvironmentVariables[K] {
    return this.config.get(key, { infer: true });
  }

  get publicUrl(): string {
    return this.get('PUBLIC_URL') ?? `http://localhost:${this.get('PORT')}`;
  }

  /** The refresh cookie is `Secure` whenever the public address is https (or in production). */
  get secureCookies(): boolean {
    return this.isProduction || this.publicUrl.toLowerCase().startsWith('https:');
  }

  get isProduction(): boolean {
    return this.get('NODE_ENV') === 'production';
  }
}
