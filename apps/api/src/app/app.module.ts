import { createSecretKey } from 'node:crypto';
import 'pg'; // TypeORM loads the driver dynamically; importing it keeps it in the deploy package.json.
import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AuthGuard } from '../common/guards/auth.guard';
import { RequestContextInterceptor } from '../common/interceptors/request-context.interceptor';
import { IdempotencyModule } from '../common/idempotency/idempotency.module';
import { PersistenceModule } from '../common/persistence/persistence.module';
import { QueryCounter } from '../common/persistence/query-counter';
import { AppConfig } from '../config/app-config';
import { ConfigGlobalModule } from '../config/config-global.module';
import { validateEnv } from '../config/env.validation';
import { pinoOptions } from '../config/logging';
import { dataSourceOptions } from '../database/data-source';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CompetenciesModule } from './competencies/competencies.module';
import { CultureModule } from './culture/culture.module';
import { HealthModule } from './health/health.module';
import { HiringModule } from './hiring/hiring.module';
import { LocationsModule } from './locations/locations.module';
import { MessagesModule } from './messages/messages.module';
import { QualityOfHireModule } from './analytics/quality-of-hire/quality-of-hire.module';
import { PatientSignalsModule } from './patient-signals/patient-signals.module';
import { ReportsModule } from './reports/reports.module';
import { UserEntity } from './users/user.entity';
import { UsersModule } from './users/users.module';

/** Composition only: infrastructure first, then one module per domain. */
@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, validate: validateEnv, ignoreEnvFile: true }),
    ConfigGlobalModule,
    LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: (config: AppConfig) => pinoOptions(config) }),
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config.get('DATABASE_URL'), config.get('DB_POOL_MAX')),
        // Counts statements per request when EXPOSE_QUERY_COUNT is on (x-db-queries); prints nothing.
        ...(config.get('EXPOSE_QUERY_COUNT') ? { logging: ['query' as const], logger: new QueryCounter() } : {}),
        retryAttempts: 10,
        retryDelay: 2000,
      }),
    }),
    TypeOrmModule.forFeature([UserEntity]),
    JwtModule.registerAsync({
      global: true,
      inject: [AppConfig],
      // A KeyObject built once: given a string, jsonwebtoken tries (and fails) to parse it as a public key
      // on every verify, which cost 13% of the API's CPU on small reads (docs/performance.md).
      useFactory: (config: AppConfig) => ({
        secret: createSecretKey(Buffer.from(config.get('JWT_SECRET'))),
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
    ScheduleModule.forRoot(),
    PersistenceModule,
    IdempotencyModule,
    AuditModule,
    HealthModule,
    AuthModule,
    UsersModule,
    MessagesModule,
    LocationsModule,
    CompetenciesModule,
    HiringModule,
    CultureModule,
    PatientSignalsModule,
    QualityOfHireModule,
    ReportsModule,
  ],
  providers: [
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_INTERCEPTOR, useClass: RequestContextInterceptor },
  ],
})
export class AppModule {}
