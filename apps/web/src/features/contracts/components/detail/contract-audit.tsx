import type { ContractAuditDto } from '@parley/shared-types';
import { CopyButton } from '@/components/ui/copy-button';
import { Term } from '@/components/ui/term';
import { formatDateTime } from '@/lib/format';

/** What signing recorded: who, when, from where, and the fingerprint of the exact PDF they signed. */
export function ContractAudit({ audit }: { audit: ContractAuditDto }) {
  return (
    <section className="card stack" aria-labelledby="contract-audit-title">
      <div>
        <h2 id="contract-audit-title" className="section-title">
          Signature record
        </h2>
        <p className="muted small">Recorded when the creator signed. A copy of the PDF whose SHA-256 matches the one below is byte for byte the signed one.</p>
      </div>
      <dl className="terms">
        <Term label="Signed by">{audit.signerName}</Term>
        <Term label="Signed at">{formatDateTime(audit.signedAt)}</Term>
        <Term label="IP address">{audit.ip ?? <span className="muted">Not recorded</span>}</Term>
        <Term label="Browser">{audit.userAgent ? <span className="small">{audit.userAgent}</span> : <span className="muted">Not recorded</span>}</Term>
        <Term label="PDF SHA-256">
          <span className="row">
            <code className="hash" aria-label="SHA-256 of the signed PDF">
              {audit.pdfSha256}
            </code>
            <CopyButton text={audit.pdfSha256} label="Copy SHA-256" what="the hash" />
          </span>
        </Term>
      </dl>
    </section>
  );
}
