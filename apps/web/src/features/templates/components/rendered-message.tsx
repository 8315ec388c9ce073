import type { PreviewDto } from '@parley/shared-types';
import { formatInteger } from '@/lib/format';
import { SPAM_GUIDE, SpamBadge } from './spam-badge';

/** A rendered preview: subject, text, length against the channel's limit, the HTML (sandboxed), warnings and the spam check. */
export function RenderedMessage({ preview }: { preview: PreviewDto }) {
  const { subject, body, html, warnings, bytes, characters, limit, spam } = preview;
  // The API repeats each spam finding as a warning; here they are listed once, under the spam check.
  const spamWarnings = new Set(spam.findings.map((f) => `Spam check: ${f.message}`));
  const otherWarnings = warnings.filter((w) => !spamWarnings.has(w));
  const overBytes = limit.maxBytes !== null && bytes > limit.maxBytes;
  const overChars = limit.maxChars !== null && characters > limit.maxChars;

  return (
    <>
      <dl className="terms preview">
        {subject !== null && (
          <div className="term">
            <dt>Subject</dt>
            <dd className="preview__subject">{subject}</dd>
          </div>
        )}
        <div className="term">
          <dt>Message</dt>
          <dd>
            <pre className="preview__body">{body}</pre>
          </dd>
        </div>
        <div className="term">
          <dt>Length</dt>
          <dd className={overBytes || overChars ? 'counter counter--over' : 'counter'}>
            {formatInteger(characters)} characters{limit.maxChars !== null && ` / ${formatInteger(limit.maxChars)}`} · {formatInteger(bytes)} bytes
            {limit.maxBytes !== null && ` / ${formatInteger(limit.maxBytes)}`}
            {(overBytes || overChars) && ' (over the limit: sending would be refused)'}
          </dd>
        </div>
      </dl>

      {html !== undefined && (
        <div className="stack stack--sm">
          <h3 className="preview__heading">As an HTML email</h3>
          {/* An empty sandbox: no scripts, forms, plugins or same-origin access for the rendered HTML. */}
          <iframe className="preview__frame" title="Email as HTML" sandbox="" srcDoc={html} />
        </div>
      )}

      <div className="stack stack--sm">
        <h3 className="preview__heading">Warnings</h3>
        {otherWarnings.length ? (
          <ul className="preview__list">
            {otherWarnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        ) : (
          <p className="muted small">None: every placeholder had a value and the message fits the channel.</p>
        )}
      </div>

      <div className="stack stack--sm">
        <h3 className="preview__heading">
          Spam check <SpamBadge spam={spam} />
        </h3>
        {spam.findings.length ? (
          <ul className="preview__list">
            {spam.findings.map((f) => (
              <li key={f.rule}>
                {f.message} <span className="muted">(+{f.points})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted small">Nothing found.</p>
        )}
        <p className="muted small">{SPAM_GUIDE}</p>
      </div>
    </>
  );
}
