import { describe, expect, it } from "@effect/vitest"
import { DateTime, Deferred, Effect, Fiber, Option, Redacted, Schema, Stream } from "effect"
import { TestClock } from "effect/testing"
import * as Auth from "../../src/api/Auth.js"
import { OperatorClient } from "../../src/client/OperatorClient.js"
import * as Company from "../../src/domain/Company.js"
import * as Email from "../../src/domain/Email.js"
import * as Msisdn from "../../src/domain/Msisdn.js"
import * as SmsCode from "../../src/domain/SmsCode.js"
import * as Errors from "../../src/Errors.js"
import * as Access from "../../src/programs/Access.js"
import * as Profile from "../../src/programs/Profile.js"
import { json, route, run } from "../client/FakeOperator.js"
import * as F from "../client/fixtures.js"

const phone = Msisdn.make("77012111249")
const strong = "Тюльпаны цветут у Медеу в апреле"
const challenge = Schema.decodeUnknownSync(Auth.RecoveryChallenge)(F.challenge)
const sentAt = DateTime.toEpochMillis(challenge.sentAt)

describe("sign in and out", () => {
  it.effect("sign-in keeps the session in memory; sign-out forgets it even when the operator fails", () =>
    run(
      [
        route("POST", /sign-in$/, json(200, F.session)),
        route("GET", /^\/v1\/companies$/, json(200, [F.company])),
        route("DELETE", /\/v1\/auth\/session$/, json(503, {})),
      ],
      (operator) =>
        Effect.gen(function* () {
          yield* TestClock.setTime(sentAt)
          const session = yield* Access.signIn({ phone, password: strong })
          expect(session.admin.fullName).toBe("Alimbayeva Adel")
          expect(operator.requests[0]?.body).toEqual({ phone: "77012111249", password: strong })
          expect(yield* Access.isSignedIn).toBe(true)
          const companies = yield* Profile.listCompanies
          expect(companies.map(Company.displayName)).toEqual(["Кабинет"])
          expect(operator.requests[1]?.headers.get("authorization")).toBe("Bearer sess_0123456789abcdef")
          yield* Access.signOut
          expect(yield* Access.isSignedIn).toBe(false)
          const client = yield* OperatorClient
          expect(Option.isNone(yield* client.session.get)).toBe(true)
        }),
    ),
  )
})

describe("one session, owned by the client", () => {
  const expired = json(401, { _tag: "Unauthenticated", reason: "sessionExpired" })

  it.effect(
    "sign-in, a changed e-mail, expiry, recovery and sign-out (even answered 401) all reach session.changes",
    () =>
      run(
        [
          route("POST", /sign-in$/, json(200, F.session)),
          route("PUT", /\/v1\/profile\/email$/, json(200, { ...F.admin, email: "new@example.kz" })),
          route("GET", /^\/v1\/companies$/, expired),
          route("POST", /\/complete$/, json(200, F.session)),
          route("DELETE", /\/v1\/auth\/session$/, expired),
        ],
        (operator) =>
          Effect.gen(function* () {
            yield* TestClock.setTime(sentAt)
            const client = yield* OperatorClient
            const following = yield* Deferred.make<void>()
            const seen = yield* client.session.changes.pipe(
              Stream.tap(() => Deferred.succeed(following, undefined)),
              Stream.map(Option.match({ onNone: () => "signed out", onSome: (session) => session.admin.email })),
              Stream.take(6),
              Stream.runCollect,
              Effect.forkChild,
            )
            yield* Deferred.await(following)
            yield* Access.signIn({ phone, password: strong })
            yield* Profile.changeEmail({ email: Email.make("new@example.kz"), currentPassword: "old" })
            expect(Option.map(client.session.current(), (session) => session.admin.email)).toEqual(
              Option.some("new@example.kz"),
            )
            const failure = yield* Effect.flip(Profile.listCompanies)
            expect(Errors.isSessionExpired(failure)).toBe(true)
            const grant = Schema.decodeUnknownSync(Auth.RecoveryGrant)(F.grant)
            yield* Access.completeRecovery({ grant, newPassword: strong, confirmation: strong })
            yield* Access.signOut
            expect(operator.requests.at(-1)?.method).toBe("DELETE")
            expect([...(yield* Fiber.join(seen))]).toEqual([
              "signed out",
              "adel@example.kz",
              "new@example.kz",
              "signed out",
              "adel@example.kz",
              "signed out",
            ])
            expect(yield* Access.isSignedIn).toBe(false)
          }),
      ),
  )

  it.effect("sign-out without a network still forgets the session", () =>
    run(
      [route("POST", /sign-in$/, json(200, F.session)), route("DELETE", /\/v1\/auth\/session$/, "network-error")],
      () =>
        Effect.gen(function* () {
          yield* TestClock.setTime(sentAt)
          yield* Access.signIn({ phone, password: strong })
          expect(yield* Access.isSignedIn).toBe(true)
          yield* Access.signOut
          const client = yield* OperatorClient
          expect(Option.isNone(yield* client.session.get)).toBe(true)
        }),
    ),
  )
})

describe("password recovery", () => {
  it.effect("three steps, then signed in", () =>
    run(
      [
        route("POST", /^\/v1\/auth\/recovery$/, json(200, F.challenge)),
        route("POST", /\/verify$/, json(200, F.grant)),
        route("POST", /\/complete$/, json(200, F.session)),
      ],
      (operator) =>
        Effect.gen(function* () {
          yield* TestClock.setTime(sentAt + 30_000)
          const started = yield* Access.startRecovery({ phone })
          const grant = yield* Access.verifyRecoveryCode({ challenge: started, code: SmsCode.make("123456") })
          const session = yield* Access.completeRecovery({ grant, newPassword: strong, confirmation: strong })
          expect(session.admin.phone).toBe("77012111249")
          expect(operator.requests.map((r) => r.path)).toEqual([
            "/v1/auth/recovery",
            "/v1/auth/recovery/rec-1/verify",
            "/v1/auth/recovery/complete",
          ])
          expect(operator.requests[0]?.headers.get("idempotency-key")).not.toBeNull()
        }),
    ),
  )

  it.effect("resend within 60 s, an expired code, a weak or mismatched password: refused without a request", () =>
    run([], (operator) =>
      Effect.gen(function* () {
        yield* TestClock.setTime(sentAt + 20_000)
        expect(yield* Effect.flip(Access.resendRecoveryCode({ challenge }))).toMatchObject({
          _tag: "RuleDenied",
          rule: "recovery.resendCooldown",
          params: { seconds: 40 },
        })
        yield* TestClock.setTime(sentAt + 6 * 60_000)
        expect(
          yield* Effect.flip(Access.verifyRecoveryCode({ challenge, code: SmsCode.make("123456") })),
        ).toMatchObject({
          rule: "recovery.codeExpired",
        })
        const grant = Schema.decodeUnknownSync(Auth.RecoveryGrant)(F.grant)
        expect(
          yield* Effect.flip(Access.completeRecovery({ grant, newPassword: "short", confirmation: "short" })),
        ).toMatchObject({
          rule: "password.policy",
        })
        expect(
          yield* Effect.flip(Access.completeRecovery({ grant, newPassword: strong, confirmation: `${strong}!` })),
        ).toMatchObject({ rule: "password.confirmationMismatch" })
        expect(operator.requests).toHaveLength(0)
      }),
    ),
  )

  it.effect("a wrong code: InvalidSmsCode with the tries left", () =>
    run([route("POST", /\/verify$/, json(422, { _tag: "InvalidCode", attemptsLeft: 2 }))], () =>
      Effect.gen(function* () {
        yield* TestClock.setTime(sentAt + 10_000)
        expect(
          yield* Effect.flip(Access.verifyRecoveryCode({ challenge, code: SmsCode.make("000000") })),
        ).toMatchObject({
          _tag: "InvalidSmsCode",
          attemptsLeft: 2,
        })
      }),
    ),
  )
})

describe("profile", () => {
  it.effect("change e-mail and password, rename a company", () =>
    run(
      [
        route("PUT", /\/v1\/profile\/email$/, json(200, F.admin)),
        route("PUT", /\/v1\/profile\/password$/, new Response(null, { status: 204 })),
        route("PUT", /short-name$/, json(200, F.company)),
        route("DELETE", /short-name$/, json(200, { ...F.company, shortName: undefined })),
      ],
      (operator) =>
        Effect.gen(function* () {
          const companyId = Company.CompanyId.make("cmp-kabinet")
          yield* Profile.changeEmail({ email: Email.make("adel@example.kz"), currentPassword: Redacted.make("old") })
          yield* Profile.changePassword({ currentPassword: "old password", newPassword: strong, confirmation: strong })
          yield* Profile.setCompanyShortName({ companyId, shortName: "  Кабинет " })
          const cleared = yield* Profile.setCompanyShortName({ companyId, shortName: "   " })
          expect(Company.displayName(cleared)).toBe("TOO Кабинет")
          expect(operator.requests.map((r) => r.method)).toEqual(["PUT", "PUT", "PUT", "DELETE"])
          expect(operator.requests[1]?.body).toEqual({ currentPassword: "old password", newPassword: strong })
          expect(operator.requests[2]?.body).toEqual({ shortName: "Кабинет" })
        }),
    ),
  )

  it.effect("an empty current password, a new one equal to it, a short name too long: refused without a request", () =>
    run([], (operator) =>
      Effect.gen(function* () {
        expect(
          yield* Effect.flip(Profile.changeEmail({ email: Email.make("adel@example.kz"), currentPassword: "" })),
        ).toMatchObject({ rule: "profile.currentPassword.required" })
        expect(
          yield* Effect.flip(
            Profile.changePassword({ currentPassword: strong, newPassword: strong, confirmation: strong }),
          ),
        ).toMatchObject({ rule: "password.sameAsCurrent" })
        const companyId = Company.CompanyId.make("cmp-kabinet")
        expect(yield* Effect.flip(Profile.setCompanyShortName({ companyId, shortName: "Ә".repeat(65) }))).toMatchObject(
          { _tag: "RuleDenied", rule: "profile.shortName.tooLong", params: { max: 64 } },
        )
        expect(operator.requests).toHaveLength(0)
      }),
    ),
  )
})
