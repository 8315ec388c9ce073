import { escapeHtml } from '@parley/server-core';


/**
 * Styles of every email: readable on phones, dark mode in Apple Mail, Outlook.com (data-ogsc/ogsb)
 * and Gmail apps, no layout shift in Outlook for Windows (the mso block). Kept in <head> so the
 * message body stays plain paragraphs.
 */
const STYLES = `
:root { color-scheme: light dark; supported-color-schemes: light dark; }
html, body { margin: 0 !important; padding: 0 !important; width: 100% !important; }
body { -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%; background-color: #ffffff; }
table, td { border-collapse: collapse; mso-table-lspace: 0pt; mso-table-rspace: 0pt; }
img { border: 0; outline: none; text-decoration: none; -ms-interpolation-mode: bicubic; }
.wrapper { width: 100%; background-color: #ffffff; }
.content { max-width: 600px; padding: 24px 20px; font-family: -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif; font-size: 15px; line-height: 1.6; color: #1f2328; text-align: left; }
.content p { margin: 0 0 16px 0; }
.content a { color: #0b57d0; text-decoration: underline; word-break: break-word; }
.footer { padding-top: 16px; border-top: 1px solid #e5e7eb; font-size: 12px; line-height: 1.5; color: #57606a; }
.footer a { color: #57606a; text-decoration: underline; }
.pixel { display: block; width: 1px; height: 1px; border: 0; }
@media only screen and (max-width: 620px) {
  .content { padding: 16px 14px !important; font-size: 16px !important; }
}
@media (prefers-color-scheme: dark) {
  body, .wrapper { background-color: #0d1117 !important; }
  .content { color: #e6edf3 !important; }
  .content a { color: #58a6ff !important; }
  .footer { color: #8b949e !important; border-top-color: #30363d !important; }
  .footer a { color: #8b949e !important; }
}
[data-ogsc] .content { color: #e6edf3 !important; }
[data-ogsc] .content a { color: #58a6ff !important; }
[data-ogsc] .footer, [data-ogsc] .footer a { color: #8b949e !important; }
[data-ogsb] .wrapper { background-color: #0d1117 !important; }
`;

export interface EmailLayoutParts {
  subject: string;
  /** The message's HTML paragraphs (already escaped). */
  bodyHtml: string;
  /** Footer HTML (already escaped). */
  footerHtml: string;
  pixelUrl: string;
  language?: string;
}

/** The HTML document of an email: a centred, single-column layout that mail clients render alike. */
export function emailLayout(parts: EmailLayoutParts): string {
  const lang = escapeHtml(parts.language ?? 'en');
  const title = escapeHtml(parts.subject);
  return `<!doctype html>
<html lang="${lang}" xmlns="http://www.w3.org/1999/xhtml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<meta name="format-detection" content="telephone=no, date=no, address=no, email=no, url=no">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>${title}</title>
<style>${STYLES}</style>
<!--[if mso]><noscript><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml></noscript><style>.content { font-family: Arial, sans-serif !important; }</style><![endif]-->
</head>
<body>
<div role="article" aria-roledescription="email" aria-label="${title}" lang="${lang}" class="wrapper">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" class="wrapper">
<tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px">
<tr><td class="content">
${parts.bodyHtml}
</td></tr>
<tr><td class="content footer">
${parts.footerHtml}
</td></tr>
</table>
</td></tr>
</table>
</div>
<img class="pixel" src="${parts.pixelUrl}" width="1" height="1" alt="">
</body>
</html>`;
}

/** The inside of a rendered document's <body> (the renderer wraps its paragraphs in a minimal page). */
export function bodyOf(html: string): string {
  const m = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html);
  return (m ? m[1] : html).trim();
}
