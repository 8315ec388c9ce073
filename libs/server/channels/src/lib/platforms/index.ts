export { PlatformError, type PlatformAccount, type PlatformFailure, type PlatformSent } from './platform-error';
export { parseJsonKeepingBigIds } from './lossless-json';
export { InstagramGraphClient, type InstagramGraphOptions } from './instagram-graph.client';
export { TikTokBusinessClient, type TikTokBusinessOptions } from './tiktok-business.client';
