import { DM_CHANNEL_OF, DM_PLATFORM_OF, type ChannelConnectionDto, type ChannelStatusDto, type DmChannel, type DmPlatform } from '@parley/shared-types';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Field } from '@/components/ui/field';
import { Term } from '@/components/ui/term';
import { SERVICE_NAMES } from '@/features/templates/components/labels';
import { ApiError, errorMessage } from '@/lib/api-client';
import { formatCountdown, formatDateTime } from '@/lib/format';
import { focusFirstInvalid, formLevelError, hasErrors, serverFieldErrors, withoutErrors, type FieldErrors } from '@/lib/forms';
import { useNow } from '@/lib/use-now';
import { useConnectDmChannel, type DmConnectionInput } from '../api/connect-dm-channel';
import { useDisconnectDmChannel } from '../api/disconnect-dm-channel';

/** A token that expires within this long is flagged, so it is replaced before DMs start failing. */
const EXPIRY_WARNING_MS = 7 * 24 * 60 * 60 * 1000;

/** What each platform calls the account id, as the form labels it and the API names it. */
const ACCOUNT_FIELDS: Record<DmPlatform, { field: 'igUserId' | 'businessId'; label: string; hint: string; pattern?: RegExp; invalid: string }> = {
  instagram: {
    field: 'igUserId',
    label: 'Instagram user id',
    hint: 'The number that identifies your Instagram professional account (its IG user id), e.g. 17841400000000001. It is not your @username.',
    pattern: /^\d{5,25}$/,
    invalid: 'Enter the numeric Instagram user id (digits only), not the @username.',
  },
  tiktok: {
    field: 'businessId',
    label: 'TikTok business id',
    hint: 'The id of your TikTok business account (its open_id), shown where you authorised Parley in TikTok for Business.',
    invalid: 'Enter the business id without spaces.',
  },
};

/** How creators' messages reach Parley: the platform's webhooks when this server can verify them, else polling (Instagram) or logging by hand (TikTok). */
function repliesLine(platform: DmPlatform, webhooksConfigured: boolean): string {
  if (webhooksConfigured) return `Creators’ messages arrive through ${SERVICE_NAMES[DM_CHANNEL_OF[platform]]}’s webhooks as they are written.`;
  return platform === 'instagram'
    ? 'Webhooks are not set up on this server, so Parley checks Instagram for new messages regularly (polling); replies show up with a short delay.'
    : 'Webhooks are not set up on this server, so TikTok replies do not reach Parley on their own: log them by hand in the inbox.';
}

/**
 * The store's Instagram or TikTok account on its channel card: who it is connected as, when its token
 * was checked and expires, how replies arrive, and the form to connect, reconnect or disconnect it.
 */
export function DmConnection({ status }: { status: ChannelStatusDto & { channel: DmChannel } }) {
  const platform = DM_PLATFORM_OF[status.channel];
  const service = SERVICE_NAMES[status.channel];
  const connection = status.connection;
  const disconnect = useDisconnectDmChannel();
  const [replacing, setReplacing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const titleId = useId();

  if (!connection) {
    return (
      <section className="stack stack--sm" aria-labelledby={titleId}>
        <h4 id={titleId} className="channel__subtitle">
          Connect your {service} account
        </h4>
        <p className="muted small">
          Not connected. Until it is, every {service} DM is an assisted send: Parley prepares the text and a link, and you send it by hand. Connected, replies
          inside the platform’s window go by API and creators’ messages reach your inbox.
        </p>
        <ConnectForm platform={platform} />
      </section>
    );
  }

  const expired = connection.status === 'expired';
  return (
    <section className="stack stack--sm" aria-labelledby={titleId}>
      <h4 id={titleId} className="channel__subtitle">
        Your {service} account
      </h4>
      {expired && (
        <Alert title="Expired — reconnect">
          <p>
            {service} refused the stored token{connection.statusReason ? `: ${connection.statusReason}` : '.'} Until you save a new one, every {service} DM
            is an assisted send.
          </p>
        </Alert>
      )}
      {disconnect.isError && <Alert>{errorMessage(disconnect.error)}</Alert>}
      <ConnectionFacts connection={connection} />
      {expired || replacing ? (
        <ConnectForm platform={platform} connection={connection} onCancel={expired ? undefined : () => setReplacing(false)} onDone={() => setReplacing(false)} />
      ) : (
        <div className="row">
          <button type="button" className="btn btn--secondary" onClick={() => setReplacing(true)}>
            Replace token
          </button>
          <span className="spacer" />
          <button type="button" className="btn btn--ghost btn--danger-text" onClick={() => setConfirming(true)}>
            Disconnect {service}
          </button>
        </div>
      )}
      {expired && (
        <div className="row">
          <button type="button" className="btn btn--ghost btn--danger-text" onClick={() => setConfirming(true)}>
            Disconnect {service}
          </button>
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title={`Disconnect ${service}?`}
        confirmLabel="Disconnect"
        danger
        busy={disconnect.isPending}
        onConfirm={() => disconnect.mutate(platform, { onSettled: () => setConfirming(false), onSuccess: () => setReplacing(false) })}
        onCancel={() => setConfirming(false)}
      >
        <p>
          Parley deletes the stored token. {service} DMs then all become assisted sends you send by hand, and creators’ {service} messages stop reaching the
          inbox. You can connect again at any time.
        </p>
      </ConfirmDialog>
    </section>
  );
}

function ConnectionFacts({ connection: c }: { connection: ChannelConnectionDto }) {
  const now = useNow();
  const service = SERVICE_NAMES[DM_CHANNEL_OF[c.platform]];
  const expiresAt = c.tokenExpiresAt ? Date.parse(c.tokenExpiresAt) : null;
  return (
    <dl className="terms">
      <Term label="Connected as">{c.username ? `@${c.username}` : <span className="muted">{service} did not give the account’s username</span>}</Term>
      <Term label="Account id">
        <code>{c.accountId}</code>
      </Term>
      <Term label="Token checked">{formatDateTime(c.validatedAt)}</Term>
      <Term label="Token expires">
        {expiresAt === null ? (
          <span className="muted">No date given: Parley finds out when {service} refuses the token.</span>
        ) : expiresAt <= now ? (
          <span className="notice">Expired {formatDateTime(c.tokenExpiresAt)}: reconnect with a new token.</span>
        ) : expiresAt - now <= EXPIRY_WARNING_MS ? (
          <span className="notice">
            {formatDateTime(c.tokenExpiresAt)}, in {formatCountdown(expiresAt - now)}: replace it with a new token before then.
          </span>
        ) : (
          formatDateTime(c.tokenExpiresAt)
        )}
      </Term>
      <Term label="Creators’ messages">{repliesLine(c.platform, c.webhooksConfigured)}</Term>
    </dl>
  );
}

interface Draft {
  accountId: string;
  accessToken: string;
  /** yyyy-mm-dd from the date input, or empty. */
  tokenExpiresOn: string;
}

/** A date input's day as the start of that day in the browser's time zone, as an ISO instant (null when not a date). */
function dayToIso(day: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const at = new Date(`${day}T00:00`);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

/** The stored expiry as the date input's day (in the browser's time zone). */
function isoToDay(iso: string | null): string {
  if (!iso) return '';
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

interface ConnectFormProps {
  platform: DmPlatform;
  /** The current connection, when reconnecting: its account id is filled in (never its token). */
  connection?: ChannelConnectionDto;
  onCancel?: () => void;
  onDone?: () => void;
}

/** Account id, access token (a password field, never filled in) and optional expiry; the API checks the token with the platform. */
function ConnectForm({ platform, connection, onCancel, onDone }: ConnectFormProps) {
  const connect = useConnectDmChannel();
  const formRef = useRef<HTMLFormElement>(null);
  const account = ACCOUNT_FIELDS[platform];
  const service = SERVICE_NAMES[DM_CHANNEL_OF[platform]];
  const [draft, setDraft] = useState<Draft>({ accountId: connection?.accountId ?? '', accessToken: '', tokenExpiresOn: isoToDay(connection?.tokenExpiresAt ?? null) });
  const [errors, setErrors] = useState<FieldErrors>({});
  const server = serverFieldErrors(connect.error);
  // The API names the account id after the platform (igUserId, businessId).
  const errorOf = { accountId: errors.accountId ?? server[account.field], accessToken: errors.accessToken ?? server.accessToken, tokenExpiresOn: errors.tokenExpiresOn ?? server.tokenExpiresAt };

  const edit = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
    setErrors(withoutErrors(errors, Object.keys(patch)));
    connect.reset();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const accountId = draft.accountId.trim();
    const accessToken = draft.accessToken.trim();
    const tokenExpiresAt = draft.tokenExpiresOn ? dayToIso(draft.tokenExpiresOn) : undefined;
    const found: FieldErrors = {
      accountId: !accountId ? `Enter the ${account.label}.` : (account.pattern && !account.pattern.test(accountId)) || /\s/.test(accountId) ? account.invalid : undefined,
      accessToken: !accessToken ? 'Paste the access token.' : /\s/.test(accessToken) ? 'The token has no spaces: check it was copied whole.' : undefined,
      tokenExpiresOn: tokenExpiresAt === null ? 'Enter a date, or leave it empty.' : undefined,
    };
    setErrors(found);
    if (hasErrors(found)) return focusFirstInvalid(formRef.current);
    const input: DmConnectionInput =
      platform === 'instagram'
        ? { platform, igUserId: accountId, accessToken, ...(tokenExpiresAt && { tokenExpiresAt }) }
        : { platform, businessId: accountId, accessToken, ...(tokenExpiresAt && { tokenExpiresAt }) };
    connect.mutate(input, {
      // The token leaves the page once saved: it is never shown again.
      onSuccess: () => {
        setDraft((current) => ({ ...current, accessToken: '' }));
        onDone?.();
      },
      onError: () => focusFirstInvalid(formRef.current),
    });
  };

  const unreachable = connect.error instanceof ApiError && connect.error.code === 'PLATFORM_UNAVAILABLE';
  const formError = unreachable
    ? `${service} could not be reached, so the token could not be checked. Nothing was saved: try again in a moment. (${errorMessage(connect.error)})`
    : formLevelError(connect.error, [account.field, 'accessToken', 'tokenExpiresAt']);
  const label = connection ? (connection.status === 'expired' ? `Reconnect ${service}` : `Save new token`) : `Connect ${service}`;

  return (
    <form ref={formRef} className="stack stack--sm" onSubmit={onSubmit} noValidate aria-label={`Connect ${service}`}>
      {formError && <Alert>{formError}</Alert>}
      <div className="grid-2">
        <Field label={account.label} hint={account.hint} error={errorOf.accountId}>
          {(control) => (
            <input {...control} className="input" autoComplete="off" inputMode={platform === 'instagram' ? 'numeric' : undefined} value={draft.accountId} onChange={(e) => edit({ accountId: e.target.value })} />
          )}
        </Field>
        <Field label="Access token" hint={`Stored encrypted and never shown again. ${service} checks it before it is saved.`} error={errorOf.accessToken}>
          {(control) => (
            <input {...control} className="input" type="password" autoComplete="off" spellCheck={false} value={draft.accessToken} onChange={(e) => edit({ accessToken: e.target.value })} />
          )}
        </Field>
      </div>
      <Field label="Token expires on (optional)" hint="If the platform told you, Parley warns you a week before." error={errorOf.tokenExpiresOn} className="dm-connect__expiry">
        {(control) => <input {...control} className="input" type="date" value={draft.tokenExpiresOn} onChange={(e) => edit({ tokenExpiresOn: e.target.value })} />}
      </Field>
      <div className="row">
        <button type="submit" className="btn btn--primary" disabled={connect.isPending}>
          {connect.isPending ? `Checking with ${service}…` : label}
        </button>
        {onCancel && (
          <button type="button" className="btn btn--secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
