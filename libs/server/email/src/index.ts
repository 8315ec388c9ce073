export { EmailModule } from './lib/email.module';
export { EmailComposer, domainOf, type ComposedEmail, type EmailToCompose } from './lib/email-composer';
export { EmailTransport, DeliveryError, type DeliveryReceipt } from './lib/email-transport';
export { LinkTokens } from './lib/link-tokens';
export { SnsVerifier, SnsVerificationError, SNS_CERTIFICATE_FETCHER, isSnsUrl, type SnsMessage, type CertificateFetcher } from './lib/sns-verifier';
export { classifyFailure, parseDeliveryReport, type DeliveryReport, type FailureClass } from './lib/delivery-status';
