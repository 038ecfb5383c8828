/** The file store the configuration asks for: an S3-compatible bucket, or a folder of the data directory. */
import path from 'node:path';
import type { Config } from '../config.ts';
import { localFileStore, type FileStore } from './file-store.ts';
import { s3FileStore } from './s3-file-store.ts';

export function openFileStore(config: Config): FileStore {
  const minFreeBytes = config.FILES_MIN_FREE_MB * 1024 * 1024;
  if (!config.S3_BUCKET) return localFileStore(config.dataDir, { minFreeBytes });
  return s3FileStore({
    bucket: config.S3_BUCKET,
    endpoint: config.S3_ENDPOINT,
    region: config.S3_REGION,
    accessKeyId: config.S3_ACCESS_KEY_ID,
    secretAccessKey: config.S3_SECRET_ACCESS_KEY,
    spoolDir: path.join(config.dataDir, 'upload-spool'),
    minFreeBytes,
  });
}
