import { describe, expect, it } from 'vitest';
import { CHANNELS, channelByCode, channelInfo, isChannel } from './channel.js';

describe('CHANNELS', () => {
  it('numbers the channels as the national portal does', () => {
    expect(CHANNELS.map(({ key, code, label }) => [code, key, label.vi])).toEqual([
      [1, 'IN_PERSON', 'Trực tiếp'],
      [2, 'ONLINE', 'Trực tuyến'],
      [3, 'POSTAL', 'Bưu chính công ích'],
    ]);
  });

  it('looks channels up by code and key', () => {
    expect(channelByCode(2)?.key).toBe('ONLINE');
    expect(channelByCode(4)).toBeUndefined();
    expect(channelInfo('POSTAL').label.en).toBe('Public postal service');
    expect(isChannel('IN_PERSON')).toBe(true);
    expect(isChannel('AGENT')).toBe(false);
  });
});
