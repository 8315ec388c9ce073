import type { PublicContractDto } from '@parley/shared-types';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { publicContractKeys } from '../keys';

export interface PublicContract {
  contract: PublicContractDto;
  /** Where the PDF is, on this origin and public like the page: "/api/public/contracts/<token>/pdf". */
  pdfUrl: string;
}

/**
 * What the signing link shows, without a session (the token in the link is the access): 404 for a
 * link that never existed, 410 GONE once it expired, was replaced by a newer one or the contract was withdrawn.
 */
export const getPublicContract = (token: string, signal?: AbortSignal) =>
  apiRequest<PublicContract>(`/public/contracts/${encodeURIComponent(token)}`, { auth: false, signal });

export const publicContractQueryOptions = (token: string) =>
  queryOptions({ queryKey: publicContractKeys.detail(token), queryFn: ({ signal }) => getPublicContract(token, signal) });

export function usePublicContract(token: string) {
  // The signer reads for a while; looking again on focus would only reload the PDF under them.
  return useQuery({ ...publicContractQueryOptions(token), refetchOnWindowFocus: false });
}
