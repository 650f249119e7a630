import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport, Transporter } from 'nodemailer';
import { Environment } from '../config/environment';

export const MAILER = Symbol('MAILER');

export interface MailMessage {
  /** Names the message: the Message-ID and, in the local outbox, the file. */
  notificationId: string;
  to: string;
  subject: string;
  text: string;
  date: Date;
}

/** Sends one message or throws; it never logs the recipient or the text. */
export interface Mailer {
  readonly kind: 'smtp' | 'local';
  send(message: MailMessage): Promise<void>;
}

/**
 * An error that says what went wrong without the recipient or the text: an SMTP server's reply
 * ("550 5.1.1 <someone@…> unknown") may repeat the address, and job errors are logged and stored.
 */
function safeError(e: unknown): Error {
  const err = e as { code?: string; responseCode?: number; command?: string };
  const parts = [err.code, err.responseCode, err.command].filter((x) => x !== undefined && x !== '');
  return new Error(`mail not sent${parts.length ? `: ${parts.join(' ')}` : ''}`);
}

const messageId = (notificationId: string) => `<${notificationId}.notification@transferpunt>`;

/** Through the SMTP server of SMTP_URL. */
export class SmtpMailer implements Mailer {
  readonly kind = 'smtp' as const;
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = createTransport(smtpUrl);
  }

  async send(m: MailMessage): Promise<void> {
    try {
      await this.transport.sendMail({ from: this.from, to: m.to, subject: m.subject, text: m.text, date: m.date, messageId: messageId(m.notificationId) });
    } catch (e) {
      throw safeError(e);
    }
  }
}

/** The local mail outbox: each message an .eml file in DATA_DIR/mail, `<timestamp>-<notificationId>.eml`. */
export class LocalOutboxMailer implements Mailer {
  readonly kind = 'local' as const;
  private readonly transport: Transporter;

  constructor(
    readonly dir: string,
    private readonly from: string,
  ) {
    this.transport = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(m: MailMessage): Promise<void> {
    let eml: Buffer;
    try {
      const info = await this.transport.sendMail({ from: this.from, to: m.to, subject: m.subject, text: m.text, date: m.date, messageId: messageId(m.notificationId) });
      eml = info.message as Buffer;
    } catch (e) {
      throw safeError(e);
    }
    await mkdir(this.dir, { recursive: true });
    const stamp = m.date.toISOString().replace(/[:.]/g, '-');
    await writeFile(join(this.dir, `${stamp}-${m.notificationId}.eml`), eml, { flag: 'wx' });
  }
}

export const createMailer = (env: Environment): Mailer =>
  env.SMTP_URL ? new SmtpMailer(env.SMTP_URL, env.MAIL_FROM) : new LocalOutboxMailer(join(env.DATA_DIR, 'mail'), env.MAIL_FROM);
