/**
 * A real S3-compatible server for the tests of the S3 file store: s3rver, which speaks the S3
 * protocol over HTTP and keeps objects in a folder, so a test can look at what the bucket holds.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';

export interface S3TestServer {
  /** The portal's settings for this server (S3_ENDPOINT, S3_BUCKET, the key pair). */
  env: Record<string, string>;
  port: number;
  /** The keys of the objects in the bucket now. */
  keys(): Promise<string[]>;
  stop(): Promise<void>;
  /** Starts it again on the same port and folder (after `stop`): the store comes back. */
  start(): Promise<void>;
  close(): Promise<void>;
}

const BUCKET = 'applicant-files';

export async function startS3Server(): Promise<S3TestServer> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'samenwerven-s3-'));
  let port = 0;
  let server: S3rver | undefined;
  const start = async () => {
    server = new S3rver({ address: '127.0.0.1', port, silent: true, directory, configureBuckets: [{ name: BUCKET }] });
    port = (await server.run()).port;
  };
  await start();
  return {
    get env() {
      return {
        S3_ENDPOINT: `http://127.0.0.1:${port}`,
        S3_BUCKET: BUCKET,
        S3_ACCESS_KEY_ID: 'S3RVER',
        S3_SECRET_ACCESS_KEY: 'S3RVER',
      };
    },
    get port() {
      return port;
    },
    // s3rver keeps each object as `{key}._S3rver_object` beside its metadata.
    keys: async () =>
      (await readdir(path.join(directory, BUCKET)).catch(() => []))
        .filter((name) => name.endsWith('._S3rver_object'))
        .map((name) => name.slice(0, -'._S3rver_object'.length)),
    stop: async () => {
      await server?.close();
      server = undefined;
    },
    start,
    async close() {
      await server?.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
