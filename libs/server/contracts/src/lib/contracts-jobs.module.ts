import { Module } from '@nestjs/common';
import { EmailModule } from '@parley/server-email';
import { NotificationsModule } from '@parley/server-notifications';
import { ContractLifecycle } from './contract-lifecycle';
import { ContractsModule } from './contracts.module';
import { DeliveryReminders } from './deliveries/delivery-reminders';

/** The contracts' periodic jobs (status moves, delivery reminders), where the crons run: apps/worker, or the API with RUN_WORKERS. */
@Module({
  imports: [ContractsModule, EmailModule, NotificationsModule],
  providers: [ContractLifecycle, DeliveryReminders],
  exports: [ContractLifecycle, DeliveryReminders],
})
export class ContractsJobsModule {}
