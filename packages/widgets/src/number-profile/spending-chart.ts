/**
 * The line's spending over the last six months (E3, beyond the manual): bars drawn in inline SVG with
 * the theme's tokens (so a dark scheme or forced colours recolour them), and the same figures as a
 * table for assistive technology — the chart itself is decoration.
 */
import type { Spending } from "@kabinet/core"
import { html, svg, type TemplateResult } from "lit"
import { formatMonth } from "../i18n/format.js"
import type { I18nController } from "../i18n/i18n-controller.js"

const width = 600
const height = 160
const gap = 16

/** The month as the axis shows it: `11.26`. */
const axisLabel = (month: { readonly year: number; readonly month: number }): string =>
  `${String(month.month).padStart(2, "0")}.${String(month.year).slice(2)}`

/**
 * Renders the chart and its table.
 *
 * @example
 * ```ts
 * spendingChart(this.i18n, spending)
 * ```
 */
export const spendingChart = (i18n: I18nController, spending: Spending.Spending): TemplateResult => {
  const months = spending.months
  const highest = Math.max(1, ...months.map((each) => each.amount))
  const slot = width / Math.max(1, months.length)
  const bars = months.map((each, index) => {
    const barHeight = Math.max(2, (each.amount / highest) * (height - 4))
    return svg`<rect class=${index === months.length - 1 ? "bar current" : "bar"} x=${index * slot + gap / 2}
      y=${height - barHeight} width=${slot - gap} height=${barHeight} rx="4"></rect>`
  })
  const monthName = (index: number): string => {
    const month = months[index]?.month
    if (month === undefined) return ""
    const name = formatMonth(i18n.locale, month)
    return index === months.length - 1 ? i18n.t("profile.spending.current", { month: name }) : name
  }
  return html`
    <section class="card spending" part="spending" aria-labelledby="spending-title">
      <h3 id="spending-title" class="section-title">${i18n.t("profile.spending.title")}</h3>
      <div class="chart" aria-hidden="true">
        <svg viewBox="0 0 ${width} ${height}" preserveAspectRatio="none" focusable="false">${bars}</svg>
        <ol class="axis">
          ${months.map(
            (each) =>
              html`<li><span class="axis-amount">${i18n.money(each.amount)}</span>${axisLabel(each.month)}</li>`,
          )}
        </ol>
      </div>
      <div class="visually-hidden">
      <table part="spending-table">
        <caption>${i18n.t("profile.spending.title")}</caption>
        <thead><tr><th scope="col">${i18n.t("profile.spending.month")}</th><th scope="col">${i18n.t("profile.spending.amount")}</th></tr></thead>
        <tbody>
          ${months.map((each, index) => html`<tr><th scope="row">${monthName(index)}</th><td>${i18n.money(each.amount)}</td></tr>`)}
        </tbody>
      </table>
      </div>
    </section>
  `
}
