import type { PublicContractDto } from '@parley/shared-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { publicContractKeys } from '../keys';
import type { PublicContract } from './get-public-contract';

/** The body of POST /public/contracts/:token/sign. */
export interface SignContractInput {
  signerName: string;
  /** The signer ticked "I have read and agree"; the API refuses anything but true (422). */
  accept: true;
}

/** Signs as the creator: 422 naming `signerName` or `accept`; 409 once it is already signed; 410 once the link stopped working. */
export const signContract = (token: string, input: SignContractInput) =>
  api.post<{ contract: PublicContractDto }>(`/public/contracts/${encodeURIComponent(token)}/sign`, input, { auth: false });

export function useSignContract(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SignContractInput) => signContract(token, input),
    onSuccess: ({ contract }) =>
      queryClient.setQueryData<PublicContract>(publicContractKeys.detail(token), (current) => (current ? { ...current, contract } : current)),
  });
}
