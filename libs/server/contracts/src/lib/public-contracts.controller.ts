import { Body, Controller, Get, Header, HttpCode, Param, Post, Req, StreamableFile } from '@nestjs/common';
import { ApiConflictResponse, ApiGoneResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Public, RawResponse } from '@parley/server-core';
import type { PublicContractDto } from '@parley/shared-types';
import type { Request } from 'express';
import { ContractSigning } from './contract-signing';
import { pdfFile } from './contracts.controller';
import { SignContractDto } from './contracts.dto';

/** The signing link's endpoints: no bearer token, the signed link is the key. */
@ApiTags('Contract signing (public)')
@Public()
@Controller('public/contracts')
export class PublicContractsController {
  constructor(private readonly signing: ContractSigning) {}

  @Get(':token')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'What the signer sees: the terms, the clauses and a link to the PDF' })
  @ApiOkResponse({ description: '{contract, pdfUrl}' })
  @ApiNotFoundResponse({ description: 'A link we never made' })
  @ApiGoneResponse({ description: 'Expired, replaced by a newer link, or the contract was withdrawn' })
  view(@Param('token') token: string): Promise<{ contract: PublicContractDto; pdfUrl: string }> {
    return this.signing.view(token);
  }

  @Get(':token/pdf')
  @RawResponse()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The agreement as a PDF (the signed PDF once signed)' })
  @ApiProduces('application/pdf')
  async pdf(@Param('token') token: string): Promise<StreamableFile> {
    return pdfFile(await this.signing.pdf(token), 'agreement.pdf');
  }

  @Post(':token/sign')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign: {signerName, accept: true}',
    description: 'Records the signer name, time, IP and user agent, stores the signed PDF (signature and audit page) with its SHA-256, creates the deliveries, and notifies both parties.',
  })
  @ApiOkResponse({ description: '{contract}' })
  @ApiUnprocessableEntityResponse({ description: 'accept is not true, or no signerName' })
  @ApiConflictResponse({ description: 'Already signed' })
  sign(@Param('token') token: string, @Body() dto: SignContractDto, @Req() req: Request): Promise<{ contract: PublicContractDto }> {
    return this.signing.sign(token, dto.signerName, { ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null });
  }
}
