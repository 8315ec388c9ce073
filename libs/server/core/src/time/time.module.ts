import { Global, Module, type DynamicModule } from '@nestjs/common';
import { Clock } from './clock';
import { PeriodicJobs } from './periodic-jobs';

/** The clock (the real one, or a test's) and the periodic-job recorder, for every module. */
@Global()
@Module({})
export class TimeModule {
  static forRoot(clock: Clock = new Clock()): DynamicModule {
    return { module: TimeModule, providers: [{ provide: Clock, useValue: clock }, PeriodicJobs], exports: [Clock, PeriodicJobs] };
  }
}
