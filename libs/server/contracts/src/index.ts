export { ContractsModule } from './lib/contracts.module';
export { ContractsService } from './lib/contracts.service';
export { PdfRenderer } from './lib/pdf/pdf-renderer';
export { contractHtml, type ContractDocumentInput } from './lib/pdf/contract-document';
export { dueDates } from './lib/contract-deliveries';
export { ContractLifecycle } from './lib/contract-lifecycle';
export { DeliveriesModule } from './lib/deliveries/deliveries.module';
export { ContractsJobsModule } from './lib/contracts-jobs.module';
export { DeliveryReminders } from './lib/deliveries/delivery-reminders';
