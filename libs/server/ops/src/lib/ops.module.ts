import { Module } from '@nestjs/common';
import { AuthModule } from '@parley/server-auth';
import { AdminController } from './admin.controller';
import { MetricsController } from './metrics.controller';
import { OperatorAccess } from './operator-access';
import { QueueDashboard } from './queue-dashboard';

/** What operators watch: the queue dashboard (mounted by createApp, see QueueDashboard) and Prometheus metrics. */
@Module({
  imports: [AuthModule],
  controllers: [AdminController, MetricsController],
  providers: [OperatorAccess, QueueDashboard],
  exports: [QueueDashboard],
})
export class OpsModule {}
