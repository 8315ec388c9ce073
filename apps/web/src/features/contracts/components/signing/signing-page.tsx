import type { PublicContractDto } from '@parley/shared-types';
import { useId, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field, Fieldset } from '@/components/ui/field';
import { LinkError } from '@/components/ui/link-error';
import { Skeleton } from '@/components/ui/skeleton';
import { Term } from '@/components/ui/term';
import { ApiError, errorMessage } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { formLevelError, serverFieldErrors } from '@/lib/forms';
import { usePublicContract } from '../../api/get-public-contract';
import { useSignContract } from '../../api/sign-contract';
import { ContractTermsAndClauses } from '../detail/contract-terms';
import '../../contracts.css';

/**
 * /sign/:token, for the creator and outside the signed-in app: the agreement's terms, clauses and
 * PDF, and a signature (full name and consent). The token in the link is the only access.
 */
export function SigningPage({ token }: { token: string }) {
  const query = usePublicContract(token);

  return (
    <main id="main" className="sign-page">
      <div className="sign-page__brand">
        <span className="logo" aria-hidden="true">
          P
        </span>
        <span>Parley</span>
        <span className="muted small">· Agreement for signature</span>
      </div>
      {query.isPending ? (
        <div className="stack" role="status" aria-label="Loading the agreement">
          <title>Agreement · Parley</title>
          <Skeleton height="2rem" width="50%" />
          <Skeleton height="16rem" />
        </div>
      ) : query.isError ? (
        <LinkError error={query.error} onRetry={() => void query.refetch()} invalid="This signing link is not valid" gone="This signing link has expired or the contract was withdrawn" failed="Could not load the agreement" />
      ) : (
        <Agreement token={token} contract={query.data.contract} pdfUrl={query.data.pdfUrl} onReload={() => void query.refetch()} />
      )}
    </main>
  );
}

function Agreement({ token, contract: c, pdfUrl, onReload }: { token: string; contract: PublicContractDto; pdfUrl: string; onReload: () => void }) {
  const signed = c.signedAt !== null;
  return (
    <div className="stack stack--lg">
      <header className="page-header">
        <title>{`Agreement with ${c.brandName} · Parley`}</title>
        <div>
          <h1 className="page-header__title">Agreement with {c.brandName}</h1>
          <p className="page-header__description">
            {c.campaignName} · for {c.influencerName}. {signed ? '' : 'Read the terms and the PDF, then sign at the bottom of the page.'}
          </p>
        </div>
      </header>
      {signed && <Signed contract={c} pdfUrl={pdfUrl} />}
      {!signed && c.status !== 'sent' && (
        <p className="notice" role="note">
          This agreement is not open for signing.
        </p>
      )}
      <div className="contract-layout">
        <div className="stack stack--lg">
          <ContractTermsAndClauses
            contract={c}
            before={
              <>
                <Term label="Brand">{c.brandName}</Term>
                <Term label="Creator">{c.influencerName}</Term>
                <Term label="Campaign">{c.campaignName}</Term>
              </>
            }
          />
        </div>
        <section className="card stack contract-layout__aside" aria-labelledby="sign-pdf-title">
          <h2 id="sign-pdf-title" className="section-title">
            PDF
          </h2>
          {/* Re-keyed on signing: the signed PDF replaces the unsigned one. */}
          <iframe key={c.signedAt ?? 'unsigned'} className="contract-pdf__frame" title="Contract PDF" src={pdfUrl} />
          <p className="small">
            <a href={pdfUrl} target="_blank" rel="noreferrer">
              Open the PDF in a new tab
            </a>
          </p>
        </section>
      </div>
      {!signed && c.status === 'sent' && <SignForm token={token} onStale={onReload} />}
    </div>
  );
}

/** The confirmation once signed, with the signed PDF to keep. */
function Signed({ contract: c, pdfUrl }: { contract: PublicContractDto; pdfUrl: string }) {
  return (
    <Alert tone="success" title={`Signed by ${c.signerName ?? c.influencerName} on ${formatDateTime(c.signedAt)}`}>
      <p>Both you and {c.brandName} are bound by this agreement. Keep a copy of the signed PDF for your records.</p>
      <p>
        <a href={pdfUrl} download="signed-agreement.pdf">
          Download the signed PDF
        </a>
      </p>
    </Alert>
  );
}

/** Full name and consent: both are needed before "Sign" does anything. */
function SignForm({ token, onStale }: { token: string; onStale: () => void }) {
  const sign = useSignContract(token);
  const [name, setName] = useState('');
  const [accepted, setAccepted] = useState(false);
  const titleId = useId();
  const fields = serverFieldErrors(sign.error);
  const ready = name.trim().length > 0 && accepted;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    sign.mutate(
      { signerName: name.trim(), accept: true },
      {
        onError: (error) => {
          // Signed meanwhile (another tab) or the link was replaced: show the agreement as it now stands.
          if (error instanceof ApiError && (error.status === 409 || error.status === 410)) onStale();
        },
      },
    );
  };

  const alreadySigned = sign.error instanceof ApiError && sign.error.status === 409;
  const formError = alreadySigned ? null : formLevelError(sign.error, ['signerName', 'accept']);

  return (
    <form className="card stack sign-form" onSubmit={onSubmit} noValidate aria-labelledby={titleId}>
      <div>
        <h2 id={titleId} className="section-title">
          Sign the agreement
        </h2>
        <p className="muted small">
          Typing your full name and ticking the box is your electronic signature. The time, your IP address and your browser are recorded with it.
        </p>
      </div>
      {alreadySigned && <Alert title="This agreement has already been signed">{errorMessage(sign.error)}</Alert>}
      {formError && <Alert>{formError}</Alert>}
      <Field label="Full name" error={fields.signerName}>
        {(control) => (
          <input
            {...control}
            className="input"
            autoComplete="name"
            maxLength={200}
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              sign.reset();
            }}
          />
        )}
      </Field>
      <Fieldset legend="Consent" error={fields.accept}>
        <label className="checkbox">
          <input
            type="checkbox"
            required
            aria-required="true"
            checked={accepted}
            onChange={(e) => {
              setAccepted(e.target.checked);
              sign.reset();
            }}
          />
          I have read and agree to this agreement
        </label>
      </Fieldset>
      <div className="row">
        <button type="submit" className="btn btn--primary" disabled={!ready || sign.isPending}>
          {sign.isPending ? 'Signing…' : 'Sign'}
        </button>
        {!ready && <span className="muted small">Enter your full name and tick the box to sign.</span>}
      </div>
    </form>
  );
}
