import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { UserRole } from '@parley/shared-types';
import { UnauthorizedException } from '../errors';

/** Who is calling, resolved once by the auth guard: every tenant-owned query starts from `storeId`. */
export interface AuthContext {
  userId: string;
  storeId: string;
  email: string;
  role: UserRole;
  via: 'jwt' | 'api_key';
  apiKeyId?: string;
}

export interface RequestWithAuth {
  auth?: AuthContext;
}

const PUBLIC_ROUTE = 'parley:public-route';

/** Opens a route to callers without a bearer token (auth, health, docs, webhooks, public links). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);
export const PUBLIC_ROUTE_KEY = PUBLIC_ROUTE;

/** The caller of a protected route. */
export const Auth = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthContext => {
  const req = ctx.switchToHttp().getRequest<RequestWithAuth>();
  if (!req.auth) throw new UnauthorizedException();
  return req.auth;
});
