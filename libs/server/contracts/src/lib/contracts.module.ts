import { Module } from '@nestjs/common';
import { EmailModule } from '@parley/server-email';
import { NegotiationModule } from '@parley/server-negotiation';
import { NotificationsModule } from '@parley/server-notifications';
import { ContractDeliveries } from './contract-deliveries';
import { ContractDocuments } from './contract-documents';
import { ContractSending } from './contract-sending';
import { ContractSigning } from './contract-signing';
import { ContractTemplatesController } from './contract-templates.controller';
import { ContractTemplatesService } from './contract-templates.service';
import { ContractViews } from './contract-views';
import { ContractsController } from './contracts.controller';
import { ContractsService } from './contracts.service';
import { OutreachTrail } from './outreach-trail';
import { PdfRenderer } from './pdf/pdf-renderer';
import { PublicContractsController } from './public-contracts.controller';
import { DeliveryLinks } from './deliveries/delivery-links';
import { DeliveryTokens, SigningTokens } from './signing-tokens';

/** Contracts: templates, drafts reserving budget, PDFs from one shared Chromium, signing links and the public signature. */
@Module({
  imports: [NegotiationModule, EmailModule, NotificationsModule],
  controllers: [ContractsController, ContractTemplatesController, PublicContractsController],
  providers: [ContractsService, ContractTemplatesService, ContractViews, ContractDocuments, ContractSending, ContractSigning, ContractDeliveries, OutreachTrail, PdfRenderer, SigningTokens, DeliveryTokens, DeliveryLinks],
  exports: [ContractsService, PdfRenderer, ContractViews, OutreachTrail, ContractDeliveries, DeliveryTokens, DeliveryLinks],
})
export class ContractsModule {}
