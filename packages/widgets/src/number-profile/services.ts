/**
 * B6 «Подключенные услуги» with «Отключить», B7 «Доступные услуги» grouped as the manual groups them
 * — Голосовые (Роуминг, Акции в роуминге, Международные звонки), Интернет (Интернет-пакеты) — with
 * «Подключить». Each service's conditions sit behind an info button: a toggletip on the platform's
 * popover (Escape or a click elsewhere closes it). A refused action stays with the core's reason.
 */
import { type MobileNumber, Rules, Service } from "@kabinet/core"
import { html, nothing, type TemplateResult } from "lit"
import type { I18nController } from "../i18n/i18n-controller.js"
import { action, denialOf } from "../internal/templates/action.js"

/** What the service buttons do, and which service is being changed now. */
export interface ServiceActions {
  readonly busy: Service.ServiceId | undefined
  readonly connect: (service: Service.Service) => void
  readonly disconnect: (service: Service.Service) => void
}

const safeId = (id: string): string => id.replace(/[^A-Za-z0-9_-]/gu, "_")

const conditions = (i18n: I18nController, service: Service.Service, where: string): TemplateResult => {
  const tip = `${where}-${safeId(service.id)}-conditions`
  return html`
    <button type="button" class="info" part="conditions-button" popovertarget=${tip}
      ><span aria-hidden="true">i</span><span class="visually-hidden">${i18n.t("profile.services.conditions", { name: service.name })}</span></button
    ><div id=${tip} class="toggletip" part="conditions" popover role="note">${service.conditions}</div>
  `
}

const item = (
  i18n: I18nController,
  number: MobileNumber.MobileNumber,
  service: Service.Service,
  actions: ServiceActions,
): TemplateResult => {
  const operation = service.connected ? "disconnectService" : "connectService"
  const where = service.connected ? "connected" : "available"
  return html`
    <li class="service" part="service" data-service=${service.id}>
      <div class="service-text">
        <span class="service-name">${service.name}</span>${conditions(i18n, service, where)}
        <span class="service-meta">
          ${service.monthlyFee === undefined ? nothing : i18n.t("profile.services.fee", { fee: i18n.money(service.monthlyFee) })}
          ${service.connectedAt === undefined ? nothing : i18n.t("profile.services.since", { date: i18n.dateTime(service.connectedAt) })}
        </span>
      </div>
      ${action(i18n, {
        id: `${where}-${safeId(service.id)}`,
        label: i18n.m(`operation.${operation}`),
        kind: service.connected ? "secondary" : "primary",
        part: service.connected ? "disconnect" : "connect",
        denial: denialOf(Rules.NumberRules.operation(operation, number)),
        busy: actions.busy === service.id,
        onActivate: () => (service.connected ? actions.disconnect(service) : actions.connect(service)),
      })}
    </li>
  `
}

/**
 * Renders both lists.
 *
 * @example
 * ```ts
 * services(this.i18n, profile.number, profile.connectedServices, profile.availableServices, actions)
 * ```
 */
export const services = (
  i18n: I18nController,
  number: MobileNumber.MobileNumber,
  connected: ReadonlyArray<Service.Service>,
  available: ReadonlyArray<Service.Service>,
  actions: ServiceActions,
): TemplateResult => html`
  <section class="card" part="connected-services" aria-labelledby="connected-title">
    <h3 id="connected-title" class="section-title">${i18n.t("profile.services.connected")}</h3>
    ${
      connected.length === 0
        ? html`<p class="note">${i18n.t("profile.services.noneConnected")}</p>`
        : html`<ul class="services">${connected.map((each) => item(i18n, number, each, actions))}</ul>`
    }
  </section>
  <section class="card" part="available-services" aria-labelledby="available-title">
    <h3 id="available-title" class="section-title">${i18n.t("profile.services.available")}</h3>
    ${available.length === 0 ? html`<p class="note">${i18n.t("profile.services.noneAvailable")}</p>` : nothing}
    ${Service.groups.map((group) => {
      const inGroup = available.filter((each) => each.category.group === group)
      if (inGroup.length === 0) return nothing
      return html`
        <h4 class="group-title">${i18n.t(`profile.group.${Service.groupKey(group)}`)}</h4>
        ${Service.catalogue[group].map((subgroup) => {
          const inSubgroup = inGroup.filter((each) => each.category.subgroup === subgroup)
          if (inSubgroup.length === 0) return nothing
          return html`
            <h5 class="subgroup-title">${i18n.t(`profile.subgroup.${Service.subgroupKey(subgroup)}`)}</h5>
            <ul class="services">${inSubgroup.map((each) => item(i18n, number, each, actions))}</ul>
          `
        })}
      `
    })}
  </section>
`
