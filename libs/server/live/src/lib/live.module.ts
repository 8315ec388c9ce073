import { Module } from '@nestjs/common';
import { AuthModule } from '@parley/server-auth';
import { EventsController } from './events.controller';
import { LiveEvents } from './live-events';

/** Publishing store events: for any process (API or worker). */
@Module({
  providers: [LiveEvents],
  exports: [LiveEvents],
})
export class LiveEventsModule {}

/** The SSE endpoint and its tickets: for the API. */
@Module({
  imports: [LiveEventsModule, AuthModule],
  controllers: [EventsController],
})
export class LiveModule {}
