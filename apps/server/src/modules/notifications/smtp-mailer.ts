import nodemailer from 'nodemailer';
import { disabledMailer, type Mailer } from './mailer.ts';

/**
 * E-mail is off unless `VINHDANH_SMTP_URL` is set (e.g. smtps://user:pass@mail.example.gov.vn:465);
 * `VINHDANH_SMTP_FROM` names the sender.
 */
export function mailerFromEnv(env: NodeJS.ProcessEnv = process.env): Mailer {
  const url = env.VINHDANH_SMTP_URL;
  if (!url) return disabledMailer;
  const transport = nodemailer.createTransport(url);
  const from = env.VINHDANH_SMTP_FROM ?? 'VinhDanh <no-reply@localhost>';
  return {
    enabled: true,
    async send(m) {
      await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text });
    },
  };
}
