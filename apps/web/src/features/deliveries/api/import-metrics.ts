import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useStoreId } from '@/lib/session-context';
import { uploadFile } from '@/lib/api-client';
import { refreshAfterDeliveryChange } from './refresh';

/** What an import did: how many deliveries took new figures, and each row that was not taken (row = 1-based data row). */
export interface MetricsImportResult {
  updated: number;
  errors: { row: number; field?: string; message: string }[];
}

/** Uploads a CSV as the multipart field `file`: `deliveryId` or `contentUrl` per row, then any of the figures. */
export function importMetrics(file: File): Promise<MetricsImportResult> {
  return uploadFile<MetricsImportResult>('/influencer/outreach/deliveries/import', file);
}

export function useImportMetrics(campaignId: string) {
  const storeId = useStoreId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importMetrics,
    onSuccess: () => refreshAfterDeliveryChange(queryClient, storeId, campaignId),
  });
}
