export { AuthJobsModule, AuthModule } from './lib/auth.module';
export { AuthService } from './lib/auth.service';
export { StoreService } from './lib/store.service';
export { AuthGuard } from './lib/auth.guard';
