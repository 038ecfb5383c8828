import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { HourlyUploadVolume } from './upload-volume.ts';

const MB = 1024 * 1024;

/** The refusal `reserve` throws, or null when it reserved. */
function refusal(volume: HourlyUploadVolume, network: string, bytes: number): AppError | null {
  try {
    volume.reserve(network, bytes);
    return null;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

describe('the files a network may send an hour', () => {
  it('refuses past the hour’s volume until the hour is over, counting what is under way', () => {
    let now = 0;
    const volume = new HourlyUploadVolume(30 * MB, () => now);
    volume.settle(volume.reserve('a', 20 * MB), 20 * MB);
    now = 10 * 60_000;
    const stored = refusal(volume, 'a', 20 * MB);
    expect(stored?.statusCode).toBe(429);
    expect(stored?.messageKey).toBe('error.upload_volume');
    expect(stored?.extra.retryAfterSeconds).toBe(50 * 60);
    // Another network has its own hour.
    expect(refusal(volume, 'b', 20 * MB)).toBeNull();
  });

  it('says to wait seconds, not the hour, when only requests under way stand in the way', () => {
    let now = 0;
    const volume = new HourlyUploadVolume(30 * MB, () => now);
    const underWay = volume.reserve('a', 20 * MB);
    now = 60_000;
    const refused = refusal(volume, 'a', 20 * MB);
    expect(refused?.messageKey).toBe('error.upload_volume_under_way');
    expect(refused?.extra.retryAfterSeconds).toBe(30);
    // Once it ends having kept nothing (a refused form), the room is there again.
    volume.settle(underWay, 0);
    expect(refusal(volume, 'a', 20 * MB)).toBeNull();
  });
});
