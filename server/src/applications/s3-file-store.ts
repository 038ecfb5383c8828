/**
 * Applicants' files in an S3-compatible object store (AWS S3, MinIO, Garage, Ceph, a cloud
 * provider's), when `S3_BUCKET` is configured. Same contract as the folder store: random keys,
 * bounded writes, deleting twice is fine, nothing is ever served from the bucket directly (keep
 * it private: the application routes check who asks, then stream).
 *
 * An upload is first spooled to a private file in the data directory (bounded by `maxBytes`, as
 * in the folder store) and then sent with its length known: one plain PUT that every
 * S3-compatible server understands, and memory stays flat however many people apply at once.
 *
 * The SDK is loaded on first use, so a portal that keeps its files in a folder never pays for it.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type * as S3Sdk from '@aws-sdk/client-s3';
import { AppError, notFound, UNAVAILABLE_RETRY_SECONDS } from '../errors.ts';
import { localFileStore, type FileStore } from './file-store.ts';

/** The store is down, refuses our credentials or lost the bucket: a clear, retryable answer. */
const unavailable = (cause: unknown) =>
  new AppError(
    503,
    'service_unavailable',
    'error.service_unavailable',
    { retryAfterSeconds: UNAVAILABLE_RETRY_SECONDS },
    cause,
  );

export interface S3Settings {
  bucket: string;
  /** The server's address; without it, AWS itself in `region`. */
  endpoint?: string | undefined;
  region: string;
  /** Without a pair, the SDK's own chain (environment, instance role) provides credentials. */
  accessKeyId?: string | undefined;
  secretAccessKey?: string | undefined;
  /** Where uploads wait while they are counted (a private folder, emptied as they go). */
  spoolDir: string;
  /** Kept free on the spool's disk (FILES_MIN_FREE_MB). */
  minFreeBytes?: number;
}

export function s3FileStore(settings: S3Settings): FileStore {
  const spool = localFileStore(settings.spoolDir, { minFreeBytes: settings.minFreeBytes ?? 0 });
  let client: Promise<{ s3: S3Sdk.S3Client; sdk: typeof S3Sdk }> | undefined;
  const connect = () =>
    (client ??= import('@aws-sdk/client-s3').then((sdk) => ({
      sdk,
      s3: new sdk.S3Client({
        region: settings.region,
        ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
        // Most self-hosted servers only know bucket names in the path, not as host names.
        forcePathStyle: Boolean(settings.endpoint),
        ...(settings.accessKeyId && settings.secretAccessKey
          ? { credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } }
          : {}),
        // Checksums only where S3 demands them: the newer default trailers are unknown to many
        // S3-compatible servers, and the length is checked by the signed request anyway.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
      }),
    })));

  return {
    async write(source, maxBytes) {
      const spooled = await spool.write(source, maxBytes);
      try {
        const { s3, sdk } = await connect();
        await s3
          .send(
            new sdk.PutObjectCommand({
              Bucket: settings.bucket,
              Key: spooled.key,
              Body: createReadStream(spool.pathOf(spooled.key)),
              ContentLength: spooled.size,
              ContentType: 'application/octet-stream',
            }),
          )
          .catch((error: unknown) => {
            throw unavailable(error);
          });
        return spooled;
      } finally {
        await spool.remove(spooled.key);
      }
    },
    async open(key) {
      const { s3, sdk } = await connect();
      try {
        const object = await s3.send(new sdk.GetObjectCommand({ Bucket: settings.bucket, Key: key }));
        return object.Body as Readable;
      } catch (error) {
        throw error instanceof sdk.NoSuchKey ? notFound() : unavailable(error);
      }
    },
    async remove(key) {
      const { s3, sdk } = await connect();
      // S3 answers a delete of a missing key with success, as the contract wants.
      await s3.send(new sdk.DeleteObjectCommand({ Bucket: settings.bucket, Key: key })).catch((error: unknown) => {
        throw unavailable(error);
      });
    },
  };
}
