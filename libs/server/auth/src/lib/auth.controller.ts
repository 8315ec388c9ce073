import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Auth, Public, type AuthContext } from '@parley/server-core';
import type { AuthResult, MeDto } from '@parley/shared-types';
import type { Request } from 'express';
import { LoginDto, RegisterDto } from './auth.dto';
import { AuthService } from './auth.service';
import { AUTH_RESULT_EXAMPLE, ME_EXAMPLE } from './examples';

@ApiTags('Auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('register')
  @ApiOperation({ summary: 'Create a store and its owner; returns a login token' })
  @ApiCreatedResponse({ description: 'The new owner, store and access token', schema: { example: { success: true, data: AUTH_RESULT_EXAMPLE } } })
  @ApiConflictResponse({ description: 'The email is already registered' })
  @ApiUnprocessableEntityResponse({ description: 'A field is invalid (password under 10 characters, bad email, …)' })
  @ApiTooManyRequestsResponse({ description: 'Too many registrations from this address' })
  register(@Body() dto: RegisterDto, @Req() req: Request): Promise<AuthResult> {
    return this.auth.register(dto, req.ip ?? 'unknown');
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with email and password', description: 'Failed attempts are limited per account and IP: the 11th within 15 minutes answers 429 with Retry-After.' })
  @ApiOkResponse({ schema: { example: { success: true, data: AUTH_RESULT_EXAMPLE } } })
  @ApiUnauthorizedResponse({ description: 'Wrong email or password' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed logins' })
  login(@Body() dto: LoginDto, @Req() req: Request): Promise<AuthResult> {
    return this.auth.login(dto, req.ip ?? 'unknown');
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user (with role) and their store' })
  @ApiOkResponse({ schema: { example: { success: true, data: ME_EXAMPLE } } })
  me(@Auth() auth: AuthContext): Promise<MeDto> {
    return this.auth.me(auth);
  }
}
