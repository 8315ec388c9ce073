import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@parley/server-core';
import { ApiKey, Store, User } from '@parley/server-data';
import { ApiKeysController } from './api-keys.controller';
import { ApiKeysMaintenanceCron, ApiKeysMaintenanceProcessor } from './api-keys-maintenance';
import { ApiKeysService } from './api-keys.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { AuthRateLimits } from './rate-limits';
import { StoreController } from './store.controller';
import { StoreService } from './store.service';

const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86_400 } as const;
/** "12h" → 43200 (the config schema has already checked the form). */
const durationSeconds = (value: string): number => Number(value.slice(0, -1)) * UNIT_SECONDS[value.slice(-1) as keyof typeof UNIT_SECONDS];

const controllers = [AuthController, StoreController, ApiKeysController];
const services = [AuthService, ApiKeysService, StoreService, PasswordHasher, AuthRateLimits];

/** Accounts, stores and API keys; installs the global bearer-token guard. */
@Module({
  imports: [
    TypeOrmModule.forFeature([User, Store, ApiKey]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      // A key object made once: given the secret as a string, jsonwebtoken would build one on every verify.
      useFactory: (config: AppConfig) => ({ secret: createSecretKey(Buffer.from(config.APP_SECRET)), signOptions: { algorithm: 'HS256', expiresIn: durationSeconds(config.JWT_TTL) } }),
    }),
  ],
  controllers,
  providers: [...services, AuthGuard, { provide: APP_GUARD, useExisting: AuthGuard }],
  exports: [StoreService, ApiKeysService, AuthService, AuthGuard],
})
export class AuthModule {}

/** The auth module's background work, loaded where processors run. */
@Module({
  imports: [AuthModule],
  providers: [ApiKeysMaintenanceCron, ApiKeysMaintenanceProcessor],
})
export class AuthJobsModule {}
