export { SuppressionsModule } from './lib/suppressions.module';
export { SuppressionsService } from './lib/suppressions.service';
