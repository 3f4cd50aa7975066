/**
 * What the operator "sent": every SMS (recovery codes, secret codes) and every e-mail (reports),
 * kept so that tests, demos and developers can read them through the control API instead of a
 * phone or a mailbox.
 */

/** An SMS the operator sent. `code` is the code it carried, for tests to type it back. */
export interface Sms {
  readonly channel: "sms"
  readonly id: string
  readonly at: number
  readonly to: string
  readonly purpose: "recoveryCode" | "secretCode"
  readonly text: string
  readonly code: string
}

/**
 * A file attached to an e-mail: the mailbox holds it under its file id, readable through the
 * control API (`GET /__mock/files/{fileId}`) like an attachment in a real mailbox.
 */
export interface Attachment {
  readonly fileId: string
  readonly fileName: string
  readonly mediaType: string
  readonly sizeBytes: number
}

/** An e-mail the operator sent with a report. */
export interface Email {
  readonly channel: "email"
  readonly id: string
  readonly at: number
  readonly to: string
  readonly subject: string
  readonly text: string
  /** The report request the e-mail answers. */
  readonly requestId: string
  readonly attachments: ReadonlyArray<Attachment>
}

/** A message of either kind. */
export type Message = Sms | Email

/** Which messages to read. */
export interface OutboxFilter {
  readonly channel?: "sms" | "email" | undefined
  readonly to?: string | undefined
}

/** The outbox, oldest message first. */
export class Outbox {
  readonly #messages: Array<Message> = []
  #next = 1

  /** Sends an SMS. */
  sms(message: Omit<Sms, "channel" | "id">): Sms {
    const sms: Sms = { channel: "sms", id: `sms-${this.#next++}`, ...message }
    this.#messages.push(sms)
    return sms
  }

  /** Sends an e-mail. */
  email(message: Omit<Email, "channel" | "id">): Email {
    const email: Email = { channel: "email", id: `mail-${this.#next++}`, ...message }
    this.#messages.push(email)
    return email
  }

  /** The messages sent, oldest first. */
  list(filter: OutboxFilter = {}): ReadonlyArray<Message> {
    return this.#messages.filter(
      (message) =>
        (filter.channel === undefined || message.channel === filter.channel) &&
        (filter.to === undefined || message.to === filter.to),
    )
  }

  /** The last SMS sent to a number, if any. */
  lastSmsTo(msisdn: string): Sms | undefined {
    for (let i = this.#messages.length - 1; i >= 0; i--) {
      const message = this.#messages[i]
      if (message?.channel === "sms" && message.to === msisdn) return message
    }
    return undefined
  }
}
