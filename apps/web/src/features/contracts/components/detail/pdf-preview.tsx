import type { ContractDto } from '@parley/shared-types';
import { useEffect, useState } from 'react';
import { Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { getContractPdf } from '../../api/get-contract-pdf';
import '../../contracts.css';

/**
 * The contract's PDF in the page: fetched with the session's token (an iframe could not send it) and
 * shown through an object URL. It is fetched again whenever the contract changes (an edit, a
 * signature), since the draft is rendered from the current terms.
 */
export function PdfPreview({ contract }: { contract: ContractDto }) {
  const [attempt, setAttempt] = useState(0);
  const signed = contract.signedAt !== null;
  return (
    <section className="card stack contract-layout__aside" aria-labelledby="contract-pdf-title">
      <div>
        <h2 id="contract-pdf-title" className="section-title">
          PDF
        </h2>
        <p className="muted small">
          {signed ? 'The signed PDF, as stored when the creator signed.' : 'The agreement as the creator will see it, rendered from the current terms.'}
        </p>
      </div>
      <PdfFrame key={`${contract.id}|${contract.updatedAt}|${contract.status}|${attempt}`} id={contract.id} onRetry={() => setAttempt((n) => n + 1)} />
    </section>
  );
}

type FrameState = { status: 'loading' } | { status: 'ready'; url: string } | { status: 'error'; error: unknown };

/** One fetch of the PDF; the parent re-keys it to fetch again. The object URL is revoked on unmount. */
function PdfFrame({ id, onRetry }: { id: string; onRetry: () => void }) {
  const [state, setState] = useState<FrameState>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    let url: string | null = null;
    getContractPdf(id, controller.signal).then(
      (blob) => {
        if (controller.signal.aborted) return;
        url = URL.createObjectURL(blob);
        setState({ status: 'ready', url });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => {
      controller.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [id]);

  if (state.status === 'loading') {
    return (
      <div className="contract-pdf__placeholder" role="status" aria-label="Rendering the PDF">
        <Skeleton height="1rem" width="12rem" />
        <span className="small">Rendering the PDF…</span>
      </div>
    );
  }
  if (state.status === 'error') return <ErrorState title="Could not load the PDF" error={state.error} onRetry={onRetry} />;
  return (
    <>
      <iframe className="contract-pdf__frame" title="Contract PDF preview" src={state.url} />
      <p className="small">
        <a href={state.url} target="_blank" rel="noreferrer">
          Open the PDF in a new tab
        </a>
      </p>
    </>
  );
}
