/**
 * How a dossier reaches the authority, numbered as the national portal numbers them (domain.md,
 * "Dossier": 1 in person, 2 online, 3 public postal service). Agent-assisted filing is `ONLINE`:
 * the agent files on the portal for the citizen.
 */
export const CHANNELS = [
  { key: 'IN_PERSON', code: 1, label: { vi: 'Trực tiếp', en: 'In person' } },
  { key: 'ONLINE', code: 2, label: { vi: 'Trực tuyến', en: 'Online' } },
  { key: 'POSTAL', code: 3, label: { vi: 'Bưu chính công ích', en: 'Public postal service' } },
] as const;

/** One entry of {@link CHANNELS}. */
export type ChannelInfo = (typeof CHANNELS)[number];

/** A filing channel: `'IN_PERSON'`, `'ONLINE'` or `'POSTAL'`. */
export type Channel = ChannelInfo['key'];

/** The national number of a channel, 1–3. */
export type ChannelCode = ChannelInfo['code'];

/** Whether `value` is one of the channels. */
export function isChannel(value: unknown): value is Channel {
  return CHANNELS.some((channel) => channel.key === value);
}

/** The code and labels of a channel. */
export function channelInfo(channel: Channel): ChannelInfo {
  // Every Channel is in the list by construction of the type.
  return CHANNELS.find((info) => info.key === channel)!;
}

/**
 * The channel with a national code, or `undefined`.
 *
 * @example
 * channelByCode(3)?.key; // 'POSTAL'
 */
export function channelByCode(code: number): ChannelInfo | undefined {
  return CHANNELS.find((info) => info.code === code);
}
