/**
 * The password policy of A2 (recovery, step 3) and A3 (profile): the operator's, defaulting to NIST
 * SP 800-63B-4 §3.1.1.2.
 *
 * - Length counts Unicode code points after NFC normalisation, so «é» typed either way and an emoji
 *   count as one character each. At least 15 while the password is the only factor (8 where the
 *   operator adds a second factor — configure `CurrentPolicy`), at most 128.
 * - Any character is allowed, spaces included, and there are no composition rules (no "one digit,
 *   one capital"): NIST found they make passwords weaker and harder to remember.
 * - Common and breached passwords are refused from a bundled list, with their obvious derivatives
 *   (`Password2024!`), repetitions (`abcabcabc…`), sequences (`123456789012345`) and keyboard walks;
 *   so are passwords built on the admin's phone, e-mail or the service's name.
 * - The new password differs from the current one and the confirmation matches.
 *
 * Nothing here stops pasting or password managers (WCAG 2.2 SC 3.3.8): the policy only judges the
 * value.
 *
 * @example
 * ```ts
 * import { Rules } from "@kabinet/core"
 * Rules.PasswordPolicy.checkChange({ password: "correct horse battery", confirmation: "correct horse battery" })
 * // Allowed
 * ```
 */
import * as Context from "effect/Context"
import type * as Effect from "effect/Effect"
import * as Msisdn from "../domain/Msisdn.js"
import * as Messages from "../i18n/Messages.js"
import { commonPasswords } from "./commonPasswords.js"
import * as Rule from "./Rule.js"

/** Length limits of a password, in code points after NFC. */
export interface Policy {
  readonly minLength: number
  readonly maxLength: number
}

/** NIST SP 800-63B-4 for a password that is the only factor: 15 to 128. */
export const passwordOnly: Policy = { minLength: 15, maxLength: 128 }

/** NIST SP 800-63B-4 for a password used with a second factor: 8 to 128. */
export const withSecondFactor: Policy = { minLength: 8, maxLength: 128 }

/**
 * The policy in effect; `passwordOnly` unless the operator configures another.
 *
 * @example
 * ```ts
 * program.pipe(Effect.provideService(Rules.PasswordPolicy.CurrentPolicy, Rules.PasswordPolicy.withSecondFactor))
 * ```
 */
export const CurrentPolicy = Context.Reference<Policy>("@kabinet/core/rules/PasswordPolicy/CurrentPolicy", {
  defaultValue: () => passwordOnly,
})

/**
 * A password's length as the policy counts it: code points after NFC.
 *
 * @example
 * ```ts
 * Rules.PasswordPolicy.length("😀") // 1
 * ```
 */
export const length = (password: string): number => [...password.normalize("NFC")].length

/** What a password must not be built on: the admin's phone and e-mail, and the service's names. */
export interface Surroundings {
  readonly phone?: string | undefined
  readonly email?: string | undefined
  readonly words?: ReadonlyArray<string> | undefined
}

/** The service's own names, refused as passwords and as their derivatives. */
export const serviceWords: ReadonlyArray<string> = [
  Messages.defaultBrand.operator,
  Messages.defaultBrand.selfCare,
  "kabinet",
  "кабинет",
  "business id",
]

const fold = (value: string): string => value.normalize("NFC").toLowerCase()

// Strips what people add around a word to pass old composition rules: digits, symbols, spaces.
const core = (value: string): string => value.replace(/^\P{L}+|\P{L}+$/gu, "")

const repeatedUnit = (value: string): string | undefined => {
  for (let period = 1; period * 2 <= value.length; period++) {
    let repeats = true
    for (let index = period; index < value.length && repeats; index++) repeats = value[index] === value[index - period]
    if (repeats) return value.slice(0, period)
  }
  return undefined
}

const isSequence = (value: string): boolean => {
  const points = [...value].map((char) => char.codePointAt(0) ?? 0)
  if (points.length < 4) return false
  const allDigits = /^\d+$/u.test(value)
  const step = (index: number): number => {
    const difference = (points[index] ?? 0) - (points[index - 1] ?? 0)
    return allDigits ? (difference + 10) % 10 : difference
  }
  const first = step(1)
  if (!(first === 1 || first === (allDigits ? 9 : -1))) return false
  for (let index = 2; index < points.length; index++) if (step(index) !== first) return false
  return true
}

const keyboards = [
  "1234567890-=",
  "qwertyuiop[]",
  "asdfghjkl;'",
  "zxcvbnm,./",
  "йцукенгшщзхъ",
  "фывапролджэ",
  "ячсмитьбю.",
  "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/",
  "qazwsxedcrfvtgbyhnujmik,ol.p;/",
  "1q2w3e4r5t6y7u8i9o0p",
  "q1w2e3r4t5y6u7i8o9p0",
]
const walks = [...keyboards, ...keyboards.map((row) => [...row].reverse().join(""))]

// A keyboard walk is a chain of runs of at least 3 neighbouring keys: `qwertyuiopasdfgh`, `1qaz2wsx…`.
const isKeyboardWalk = (value: string): boolean => {
  let index = 0
  while (index < value.length) {
    let longest = 0
    for (const row of walks) {
      for (let end = Math.min(value.length, index + row.length); end - index > longest; end--) {
        if (row.includes(value.slice(index, end))) {
          longest = end - index
          break
        }
      }
    }
    if (longest < 3) return false
    index += longest
  }
  return value.length > 0
}

const isListed = (value: string): boolean => {
  if (value.length === 0) return false
  const unit = repeatedUnit(value)
  return commonPasswords.has(value) || (unit !== undefined && (unit.length <= 4 || commonPasswords.has(unit)))
}

/**
 * Whether a password is common or breached: on the bundled list, a listed word with digits or
 * symbols around it, a repetition, a sequence or a keyboard walk. Case is ignored.
 *
 * @example
 * ```ts
 * Rules.PasswordPolicy.isCommon("Password2024!!!!") // true
 * ```
 */
export const isCommon = (password: string): boolean => {
  const folded = fold(password)
  const compact = core(folded).replace(/\s/gu, "")
  return (
    isListed(folded) ||
    (compact.length >= 4 && isListed(compact)) ||
    isSequence(folded) ||
    isKeyboardWalk(folded.replace(/\s/gu, ""))
  )
}

/**
 * Whether a password is built on the admin's phone (its last ten digits anywhere in it), e-mail
 * (the address anywhere, or its name part as the core) or one of the service's names (as the core,
 * or repeated).
 *
 * @example
 * ```ts
 * Rules.PasswordPolicy.mentionsSurroundings("77012223344-mine!", { phone: "77012223344" }) // true
 * ```
 */
export const mentionsSurroundings = (password: string, surroundings: Surroundings = {}): boolean => {
  const folded = fold(password)
  const stripped = core(folded)
  const phone = Msisdn.lineOf(surroundings.phone ?? "").slice(-10)
  if (phone.length === 10 && Msisdn.digitsOf(folded).includes(phone)) return true
  const email = fold(surroundings.email ?? "").trim()
  if (email !== "") {
    const name = email.split("@")[0] ?? ""
    if (folded.includes(email) || (name.length >= 4 && stripped === name)) return true
  }
  const words = [...serviceWords, ...(surroundings.words ?? [])].map((word) => fold(word).replace(/\s/gu, ""))
  const compact = stripped.replace(/\s/gu, "")
  const unit = repeatedUnit(compact) ?? compact
  return words.some((word) => word !== "" && (compact === word || unit === word))
}

/** Input of `policy`: the password, and optionally the policy (default `passwordOnly`) and surroundings. */
export interface PolicyInput {
  readonly password: string
  readonly policy?: Policy | undefined
  readonly surroundings?: Surroundings | undefined
}

/**
 * A3: length within the policy, not common or breached, not built on the admin's own data. Each
 * reason has its own message key; `params` give the limit.
 */
export const policy = Rule.make({
  id: "password.policy",
  features: ["A2", "A3"],
  description:
    "NIST SP 800-63B-4: 15 (or the configured minimum) to 128 code points after NFC, not common or breached.",
  messageKeys: ["rule.password.tooShort", "rule.password.tooLong", "rule.password.common", "rule.password.context"],
  check: ({ password, policy = passwordOnly, surroundings }: PolicyInput): Rule.Decision => {
    const count = length(password)
    if (count < policy.minLength) {
      return Rule.deny("password.policy", "rule.password.tooShort", { min: policy.minLength, length: count })
    }
    if (count > policy.maxLength) {
      return Rule.deny("password.policy", "rule.password.tooLong", { max: policy.maxLength, length: count })
    }
    if (isCommon(password)) return Rule.deny("password.policy", "rule.password.common")
    if (mentionsSurroundings(password, surroundings)) return Rule.deny("password.policy", "rule.password.context")
    return Rule.allowed
  },
})

/** A3: the new password differs from the current one (compared after NFC). */
export const sameAsCurrent = Rule.make({
  id: "password.sameAsCurrent",
  features: ["A3"],
  description: "The new password differs from the current one.",
  messageKeys: ["rule.password.sameAsCurrent"],
  check: ({ current, password }: { readonly current: string; readonly password: string }): Rule.Decision =>
    current.normalize("NFC") === password.normalize("NFC")
      ? Rule.deny("password.sameAsCurrent", "rule.password.sameAsCurrent")
      : Rule.allowed,
})

/** A2, A3: the confirmation repeats the new password (compared after NFC). */
export const confirmationMismatch = Rule.make({
  id: "password.confirmationMismatch",
  features: ["A2", "A3"],
  description: "The confirmation equals the new password.",
  messageKeys: ["rule.password.confirmationMismatch"],
  check: ({ password, confirmation }: { readonly password: string; readonly confirmation: string }): Rule.Decision =>
    password.normalize("NFC") === confirmation.normalize("NFC")
      ? Rule.allowed
      : Rule.deny("password.confirmationMismatch", "rule.password.confirmationMismatch"),
})

/**
 * A password change or a new password at recovery: the new password, its confirmation and, when
 * changing it in the profile, the current password.
 */
export interface ChangeInput extends PolicyInput {
  readonly confirmation: string
  readonly current?: string | undefined
}

const checks = (input: ChangeInput): ReadonlyArray<() => Rule.Decision> => [
  () => policy.check(input),
  () =>
    input.current === undefined
      ? Rule.allowed
      : sameAsCurrent.check({ current: input.current, password: input.password }),
  () => confirmationMismatch.check(input),
]

/**
 * The first reason a new password is refused, or `Allowed`.
 *
 * @example
 * ```ts
 * Rules.PasswordPolicy.checkChange({ current, password, confirmation })
 * ```
 */
export const checkChange = (input: ChangeInput): Rule.Decision => Rule.firstDenied(...checks(input))

/**
 * Every reason a new password is refused, for a form that lists them all at once.
 *
 * @example
 * ```ts
 * Rules.PasswordPolicy.violations({ password: "qwerty", confirmation: "" }).map((d) => d.messageKey)
 * // ["rule.password.tooShort", "rule.password.confirmationMismatch"]
 * ```
 */
export const violations = (input: ChangeInput): ReadonlyArray<Rule.Denied> =>
  checks(input)
    .map((check) => check())
    .filter(Rule.isDenied)

/**
 * `checkChange` under the policy in effect (`CurrentPolicy`), unless the input names one.
 *
 * @example
 * ```ts
 * const decision = yield* Rules.PasswordPolicy.evaluate({ password, confirmation })
 * ```
 */
export const evaluate = (input: ChangeInput): Effect.Effect<Rule.Decision> =>
  CurrentPolicy.useSync((current) => checkChange({ ...input, policy: input.policy ?? current }))
