/**
 * User agents of machines that fetch images and follow links without a person: security scanners
 * (Microsoft Safe Links, Proofpoint, Mimecast, Barracuda…), preview bots, HTTP libraries, and
 * Apple Mail Privacy Protection, whose proxy fetches every image on delivery with a bare
 * "Mozilla/5.0". Gmail's image proxy is not here: it fetches when the person opens the mail.
 */
const MACHINE_AGENTS =
  /bot\b|crawler|spider|preview|scanner|barracuda|mimecast|proofpoint|safelinks|urldefense|symantec|trendmicro|forcepoint|cisco|sophos|fortinet|zscaler|messagelabs|yahoomailproxy|python|curl\/|wget|go-http-client|java\/|okhttp|axios|node-fetch|undici|libwww|httpclient|headlesschrome|phantomjs|facebookexternalhit|slackbot|whatsapp|telegrambot|discordbot/i;

export function isMachineAgent(userAgent: string | undefined | null): boolean {
  const ua = (userAgent ?? '').trim();
  if (!ua) return true;
  if (/^Mozilla\/5\.0$/.test(ua)) return true;
  return MACHINE_AGENTS.test(ua);
}
