import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, ForbiddenException, type AuthContext } from '@parley/server-core';
import { OperatorAccess } from './operator-access';

@ApiTags('Operations')
@ApiBearerAuth()
@Controller('admin')
export class AdminController {
  constructor(private readonly access: OperatorAccess) {}

  @Post('ticket')
  @HttpCode(200)
  @ApiOperation({ summary: 'A single-use link (60 s) that opens the queue dashboard at /admin/queues and keeps it open with an httpOnly cookie; operators (ADMIN_EMAILS) only' })
  @ApiOkResponse({ schema: { example: { success: true, data: { ticket: 'Xy…', url: '/admin/queues?ticket=Xy…', expiresIn: 60 } } } })
  @ApiForbiddenResponse({ description: 'The caller is not listed in ADMIN_EMAILS' })
  ticket(@Auth() auth: AuthContext): Promise<{ ticket: string; url: string; expiresIn: number }> {
    if (!this.access.isOperator(auth.email)) throw new ForbiddenException('The queue dashboard is for operators listed in ADMIN_EMAILS');
    return this.access.issueTicket(auth.email);
  }
}
