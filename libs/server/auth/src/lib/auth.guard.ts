import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PUBLIC_ROUTE_KEY, UnauthorizedException, type AuthContext, type RequestWithAuth } from '@parley/server-core';
import type { Request } from 'express';
import { API_KEY_PREFIX, ApiKeysService } from './api-keys.service';
import { AuthService } from './auth.service';

/**
 * Global guard: every route needs `Authorization: Bearer <JWT or API key>` unless marked @Public().
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly apiKeys: ApiKeysService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE_KEY, [context.getHandler(), context.getClass()])) return true;
    const req = context.switchToHttp().getRequest<Request & RequestWithAuth>();
    if (!bearerToken(req)) throw new UnauthorizedException('Missing bearer token');
    const auth = await this.authenticate(req);
    if (!auth) throw new UnauthorizedException('Invalid or revoked token');
    req.auth = auth;
    return true;
  }

  /** The caller of a request by its bearer token (JWT or API key), or null; for routes that also take other credentials. */
  async authenticate(req: Request): Promise<AuthContext | null> {
    const token = bearerToken(req);
    if (!token) return null;
    return token.startsWith(API_KEY_PREFIX) ? this.apiKeys.authenticate(token) : this.auth.authenticate(token);
  }
}

export function bearerToken(req: Request): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match ? match[1] : null;
}
