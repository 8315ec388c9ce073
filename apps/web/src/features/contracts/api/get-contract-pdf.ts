import type { ApiErrorBody } from '@parley/shared-types';
import { ApiError } from '@/lib/api-client';
import { sessionStore } from '@/lib/session';

/**
 * The contract as a PDF (the draft rendered now; once signed, the stored signed copy), fetched with
 * the session's bearer token as a Blob, so it can be shown and saved through an object URL (an
 * <iframe> or a link could not send the token). Failures are ApiErrors like the JSON client's.
 */
export async function getContractPdf(id: string, signal?: AbortSignal): Promise<Blob> {
  const token = sessionStore.get()?.token;
  const headers = new Headers({ accept: 'application/pdf' });
  if (token) headers.set('authorization', `Bearer ${token}`);

  let response: Response;
  try {
    response = await fetch(`/api/influencer/outreach/contracts/${encodeURIComponent(id)}/pdf`, { headers, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'NETWORK_ERROR', 'Could not reach the server. Check your connection and try again.');
  }
  if (response.ok) {
    const blob = await response.blob();
    // Typed, so the browser's PDF viewer opens it whatever the response said.
    return blob.type === 'application/pdf' ? blob : new Blob([blob], { type: 'application/pdf' });
  }

  // The token expired or was revoked: sign out, as the JSON client does.
  if (response.status === 401 && token && sessionStore.get()?.token === token) sessionStore.set(null);
  const body = (await response.json().catch(() => undefined)) as Partial<ApiErrorBody> | undefined;
  if (!body?.error) throw new ApiError(response.status, 'BAD_RESPONSE', `Unexpected response from the server (HTTP ${response.status}).`);
  throw new ApiError(response.status, body.error.code, body.error.message, {}, body.error.details);
}

/** A file name for the saved copy, e.g. "contract-maya-lopez-spring-trail-launch.pdf". */
export function pdfFileName(...parts: string[]): string {
  const slug = parts
    .join(' ')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `contract${slug ? `-${slug}` : ''}.pdf`;
}

/** Fetches the PDF and hands it to the browser as a download. */
export async function downloadContractPdf(id: string, fileName: string): Promise<void> {
  const url = URL.createObjectURL(await getContractPdf(id));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the next task; the URL is not needed after that.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
