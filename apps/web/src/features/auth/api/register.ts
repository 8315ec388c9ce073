import type { AuthResult, RegisterBody } from '@parley/shared-types';
import { useMutation } from '@tanstack/react-query';
import { useSession } from '@/lib/session-context';
import { api } from '@/lib/api-client';

export const register = (body: RegisterBody) => api.post<AuthResult>('/auth/register', body, { auth: false });

export function useRegister() {
  const { signIn } = useSession();
  return useMutation({ mutationFn: register, onSuccess: signIn });
}
