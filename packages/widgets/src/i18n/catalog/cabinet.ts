/**
 * The interface strings of `<kab-cabinet>`: the sign-in page's promo, the header, the navigation, the
 * account menu, each view's heading and the notes of views whose element the page has not loaded.
 */
import type { Section, Translation } from "./section.js"

/** In Russian, the manual's words: the default language and the source of every key. */
export const ru = {
  // The sign-in page («Вход в «Кабинет»»).
  "cabinet.promo.title": "Управляйте номерами в один клик!",
  "cabinet.promo.text":
    "Получите доступ к продуктам мобильной связи, управляйте телефонными номерами сотрудников и подключайте услуги мобильно!",
  "cabinet.expired": "Сеанс завершён. Войдите снова, чтобы продолжить с того же места.", // not in the manual
  // The navigation.
  "cabinet.nav.label": "Разделы", // not in the manual: the navigation's name for screen readers
  "cabinet.nav.menu": "Меню", // not in the manual: the navigation's button on a phone
  "cabinet.nav.numbers": "Управление номерами",
  "cabinet.nav.documents": "Документы и отчеты",
  // The account menu in the top right corner.
  "cabinet.account.label": "Учетная запись: {name}", // not in the manual: the menu's name
  "cabinet.account.profile": "Мой профиль",
  "cabinet.account.signOut": "Выйти",
  // Each view's heading.
  "cabinet.view.number": "Номер {number}", // not in the manual
  "cabinet.view.detalization": "Детализация: {number}",
  "cabinet.view.payments": "История платежей: {number}",
  "cabinet.view.profile": "Мой профиль",
  // A view whose element the page has not loaded.
  "cabinet.placeholder.number": "Здесь будет профиль номера {number}: общая информация, остатки, услуги.", // not in the manual
  "cabinet.placeholder.detalization": "Здесь будет детализация звонков номера {number}.", // not in the manual
  "cabinet.placeholder.payments": "Здесь будет история платежей номера {number}.", // not in the manual
  "cabinet.placeholder.documents": "Здесь будут документы и отчеты компании.", // not in the manual
  "cabinet.placeholder.profile": "Здесь будет профиль администратора.", // not in the manual
  "cabinet.placeholder.note": "Эта часть кабинета не подключена на странице.", // not in the manual
  "cabinet.back": "← Назад к номерам", // not in the manual
} as const satisfies Section<"cabinet">

/** In Kazakh. */
export const kk: Translation<typeof ru> = {
  "cabinet.promo.title": "Нөмірлерді бір рет басумен басқарыңыз!",
  "cabinet.promo.text":
    "Мобильді байланыс өнімдеріне қол жеткізіңіз, қызметкерлердің телефон нөмірлерін басқарыңыз және қызметтерді мобильді түрде қосыңыз!",
  "cabinet.expired": "Сеанс аяқталды. Сол жерден жалғастыру үшін қайта кіріңіз.",
  "cabinet.nav.label": "Бөлімдер",
  "cabinet.nav.menu": "Мәзір",
  "cabinet.nav.numbers": "Нөмірлерді басқару",
  "cabinet.nav.documents": "Құжаттар мен есептер",
  "cabinet.account.label": "Есептік жазба: {name}",
  "cabinet.account.profile": "Менің профилім",
  "cabinet.account.signOut": "Шығу",
  "cabinet.view.number": "Нөмір: {number}",
  "cabinet.view.detalization": "Егжей-тегжей: {number}",
  "cabinet.view.payments": "Төлемдер тарихы: {number}",
  "cabinet.view.profile": "Менің профилім",
  "cabinet.placeholder.number": "Мұнда нөмір профилі болады: {number} — жалпы ақпарат, қалдықтар, қызметтер.",
  "cabinet.placeholder.detalization": "Мұнда қоңыраулар егжей-тегжейі болады: {number}.",
  "cabinet.placeholder.payments": "Мұнда төлемдер тарихы болады: {number}.",
  "cabinet.placeholder.documents": "Мұнда компанияның құжаттары мен есептері болады.",
  "cabinet.placeholder.profile": "Мұнда әкімшінің профилі болады.",
  "cabinet.placeholder.note": "Кабинеттің бұл бөлігі бетте қосылмаған.",
  "cabinet.back": "← Нөмірлерге оралу",
}

/** In English. */
export const en: Translation<typeof ru> = {
  "cabinet.promo.title": "Manage your numbers in one click!",
  "cabinet.promo.text":
    "Get access to mobile products, manage your employees' phone numbers and add services on the go!",
  "cabinet.expired": "Your session has ended. Sign in again to carry on where you were.",
  "cabinet.nav.label": "Sections",
  "cabinet.nav.menu": "Menu",
  "cabinet.nav.numbers": "Number management",
  "cabinet.nav.documents": "Documents and reports",
  "cabinet.account.label": "Account: {name}",
  "cabinet.account.profile": "My profile",
  "cabinet.account.signOut": "Sign out",
  "cabinet.view.number": "Number {number}",
  "cabinet.view.detalization": "Call records: {number}",
  "cabinet.view.payments": "Payment history: {number}",
  "cabinet.view.profile": "My profile",
  "cabinet.placeholder.number": "The profile of number {number} goes here: overview, balances, services.",
  "cabinet.placeholder.detalization": "The call records of number {number} go here.",
  "cabinet.placeholder.payments": "The payment history of number {number} goes here.",
  "cabinet.placeholder.documents": "The company's documents and reports go here.",
  "cabinet.placeholder.profile": "The administrator's profile goes here.",
  "cabinet.placeholder.note": "This part of the cabinet is not loaded on the page.",
  "cabinet.back": "← Back to numbers",
}
