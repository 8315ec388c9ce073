import type { AuthResult, LoginBody } from '@parley/shared-types';
import { useMutation } from '@tanstack/react-query';
import { useSession } from '@/lib/session-context';
import { api } from '@/lib/api-client';

export const login = (body: LoginBody) => api.post<AuthResult>('/auth/login', body, { auth: false });

export function useLogin() {
  const { signIn } = useSession();
  return useMutation({ mutationFn: login, onSuccess: signIn });
}
