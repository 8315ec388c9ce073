export { OpsModule } from './lib/ops.module';
export { QueueDashboard } from './lib/queue-dashboard';
