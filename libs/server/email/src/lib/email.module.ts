import { Module } from '@nestjs/common';
import { EmailComposer } from './email-composer';
import { EmailTransport } from './email-transport';
import { LinkTokens } from './link-tokens';
import { SnsVerifier } from './sns-verifier';

/** Building, signing and sending email; verifying what SES tells us about it. */
@Module({
  providers: [LinkTokens, EmailComposer, EmailTransport, SnsVerifier],
  exports: [LinkTokens, EmailComposer, EmailTransport, SnsVerifier],
})
export class EmailModule {}
