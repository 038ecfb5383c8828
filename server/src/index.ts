export { buildApp, type App, type AppOptions } from './app.ts';
export type { SearchIndex } from './search-index.ts';
export { loadConfig, ConfigError, type Config } from './config.ts';
export { hashPassword, verifyPassword } from './passwords.ts';
export { startJobQueue, type JobQueue } from './jobs/queue.ts';
export { applyDueChanges } from './jobs/due-changes.ts';
export { createMailer, type Mailer, type MailMessage } from './mail/mailer.ts';
export { enqueueMail, MailOutboxWorker, type MailWorkerOptions, type OutgoingMail } from './mail/outbox.ts';
