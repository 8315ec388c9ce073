export { LiveEventsModule, LiveModule } from './lib/live.module';
export { LiveEvents, type LiveEvent } from './lib/live-events';
