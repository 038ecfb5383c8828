/** Random secrets and their storage form. High-entropy secrets are stored as SHA-256 hashes. */
import { createHash, randomBytes } from 'node:crypto';

export const randomSecret = (bytes = 32) => randomBytes(bytes).toString('base64url');

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
