/**
 * Kazakh messages. Typed as `Catalog`, so a key added to the Russian catalogue must be translated
 * here before the package compiles.
 *
 * Kazakh attaches case endings by vowel harmony, which a placeholder cannot follow (`{min}` may be
 * «5» or «10»). Sentences are therefore built so that no ending falls on a placeholder or on the
 * configurable brand name: «{selfCare} қосымшасында» rather than a suffix on the app's name.
 *
 * @example
 * ```ts
 * import { Messages } from "@kabinet/core"
 * Messages.format("kk", "status.debtBlocked") // "Бұғатталған / Қарыз"
 * ```
 */
import type { Catalog } from "./Messages.js"

const retry =
  "2–3 минут күтіп, бетті жаңартыңыз да, қайталап көріңіз. Жағдай өзгермесе, корпоративтік клиенттерді қолдау қызметіне хабарласыңыз."

/**
 * Every message of Kabinet in Kazakh.
 *
 * @example
 * ```ts
 * kk["operation.simSwap"] // "SIM-картаны ауыстыру"
 * ```
 */
export const kk: Catalog = {
  "status.active": "Белсенді",
  "status.blocked": "Бұғатталған",
  "status.debtBlocked": "Бұғатталған / Қарыз",
  "status.processing": "Өңделуде",

  "billing.credit": "Кредиттік",
  "billing.advance": "Аванстық",

  "ban.on": "Қосулы",
  "ban.off": "Өшірулі",

  "operation.block": "Бұғаттау",
  "operation.unblock": "Бұғаттан шығару",
  "operation.simSwap": "SIM-картаны ауыстыру",
  "operation.detailViewBan": "{selfCare} қосымшасында детализацияны көруге тыйым",
  "operation.selfCareBan": "{selfCare} қосымшасына кіруге тыйым",
  "operation.smsUssdBan": "SMS / USSD арқылы басқаруға тыйым",
  "operation.detalization": "Қоңыраулар детализациясы",
  "operation.imeiRegistration": "Құрылғыны тіркеу (IMEI)",
  "operation.sendSecretCode": "Құпия кодты жіберу",
  "operation.deleteSecretCode": "Құпия кодты жою",
  "operation.forwarding": "Қоңырауды қайта бағыттау",
  "operation.connectService": "Қосу",
  "operation.disconnectService": "Өшіру",
  "operation.paymentHistory": "Төлемдер тарихы",
  "operation.refresh": "Жаңарту",
  "operation.signIn": "{operator} Business ID жүйесіне кіру",
  "operation.passwordRecovery": "Құпиясөзді қалпына келтіру",
  "operation.changeEmail": "E-mail мекенжайын өзгерту",
  "operation.changePassword": "Құпиясөзді өзгерту",
  "operation.renameCompany": "Компанияның қысқаша атауы",
  "operation.selectCompany": "Компанияны таңдау",
  "operation.loadNumbers": "Нөмірлерді басқару",
  "operation.loadNumber": "Нөмір туралы ақпарат",

  "document.section": "Құжаттар мен есептер",
  "document.paymentHistory": "Төлемдер тарихы",
  "document.invoiceSearch": "Шот-фактура нөмірі бойынша ұялы нөмірді іздеу",
  "document.actionHistory": "Әрекеттер тарихы",
  "document.numberListReport": "Нөмірлер тізімі бойынша есеп",
  "document.act": "Орындалған жұмыстар актісі және шот-фактураның таратып жазылуы",
  "document.invoiceRegistry": "Шот-фактуралар тізілімі",
  "document.reconciliation": "Салыстыру актісі",
  "document.devicesReport": "Тіркелген құрылғылар бойынша есеп",
  "document.paymentsReport": "Төлемдер бойынша есеп",
  "document.beta": "бета-режим",

  "note.firstLogin": "Алғаш кіру үшін «Құпиясөзді ұмыттыңыз ба?» функциясын пайдаланыңыз",
  "note.recovery.resend":
    "Егер код келмесе, қайта жіберу функциясын пайдаланыңыз: ол алғашқы әрекеттен кейін 60 секундтан соң қолжетімді болады.",
  "note.recovery.codeSent": "SMS код сәтті жіберілді",
  "note.recovery.activate": "Есептік жазбаңызды белсендіру үшін құпиясөзді өзгертуіңіз қажет.",
  "note.funds": "Ағымдағы айдың соңына дейін қолжетімді қаражат",
  "note.block.duration": "Бұғаттау / бұғаттан шығару операциясы 1–2 минутқа созылуы мүмкін.",
  "note.detalization.window": "Деректер ағымдағы күнді қоса алғанда соңғы 90 күн ішінде қолжетімді.",
  "note.detalization.todayIncomplete":
    "Деректер мезгіл-мезгіл жаңартылатындықтан, ағымдағы тәуліктегі қоңыраулар детализациясы толық болмауы мүмкін.",
  "note.secretCode.grants":
    "Құпия код абоненттік нөмірді пайдаланушыға жеке тұлғаларға арналған жеке кабинетте нөмір туралы ақпаратты, соның ішінде қоңыраулар детализациясын көруге мүмкіндік береді.",
  "note.secretCode.limits": "Құпия код нөмірді пайдаланушыға қызметтерді қосуға / өшіруге мүмкіндік бермейді.",
  "note.imei.lastRecorded": "Осы нөмірмен пайдаланылған құрылғының соңғы анықталған IMEI коды көрсетілген.",
  "note.imei.notRegistered": "Құрылғы осы нөмірмен тіркелмеген",
  "note.act.availability":
    "Назар аударыңыз! Өткен есептік айдың орындалған жұмыстар актілері айдың 5-інен кейін қолжетімді.",
  "note.act.since": "Орындалған жұмыстар актілері 2018 жылғы 1 қаңтардан бастап қолжетімді.",
  "note.invoiceRegistry.availability":
    "Назар аударыңыз! Өткен есептік айдың шот-фактуралар тізілімі айдың 4-інен бастап қолжетімді.",
  "note.reconciliation.maxPeriod": "Сұрау кезеңі ағымдағы күннен бастап ең көбі 12 ай.",
  "note.reconciliation.availability":
    "Назар аударыңыз! Өткен есептік айдың салыстыру актілері айдың 3-інен кейін қолжетімді.",
  "note.payments.maxPeriod": "Сұрау кезеңі ағымдағы күннен бастап ең көбі 3 ай.",
  "note.report.byEmail":
    "Деректерді дайындауға біраз уақыт кетуі мүмкін. Дайын есеп сіз көрсеткен email мекенжайына жіберіледі.",

  "rule.number.operation.pending":
    "Нөмір «Өңделуде» күйінде: ағымдағы операция аяқталғанша күтіңіз (әдетте 1–2 минут) және күйін жаңартыңыз.",
  "rule.number.block.notActive": "Тек «Белсенді» күйіндегі нөмірді бұғаттауға болады.",
  "rule.number.unblock.notBlocked": "Тек «Бұғатталған» күйіндегі нөмірді бұғаттан шығаруға болады.",
  "rule.number.unblock.debt":
    "Нөмірде төленбеген берешек бар («Бұғатталған / Қарыз» күйі), сондықтан оны өз бетіңізше бұғаттан шығару мүмкін емес.",
  "rule.number.simSwap.notActive": "SIM-картаны тек «Белсенді» күйіндегі нөмірде ауыстыруға болады.",
  "rule.number.simSwap.sameSim":
    "Ағымдағы SIM-картаның нөмірі көрсетілген. Жаңа SIM-картаның артқы жағындағы нөмірді енгізіңіз.",
  "rule.number.simSwap.iccidInUse": "Бұл SIM-карта басқа нөмірде қолданылуда. SIM-карта нөмірін тексеріңіз.",
  "rule.number.forwarding.delay": "Жауап күту уақыты: ең азы {min}, ең көбі {max} секунд, қадамы {step} секунд.",
  "rule.number.forwarding.selfTarget": "Қоңырауларды осы нөмірдің өзіне бағыттауға болмайды.",
  "rule.number.imei.notRecorded":
    "Құрылғының IMEI коды әлі анықталмаған. Осы нөмірдің SIM-картасын тіркелетін құрылғыға салыңыз: ол «Соңғы анықталған IMEI» өрісінде пайда болады.",
  "rule.number.imei.incomplete": "Тіркеу үшін бақылау цифры бар толық 15 таңбалы IMEI қажет.",
  "rule.number.imei.alreadyRegistered": "Бұл құрылғы осы нөмірмен тіркеліп қойған.",
  "rule.number.paymentHistory.advanceOnly":
    "Нөмір бетіндегі төлемдер тарихы аванстық есеп айырысу әдісі бар нөмірлерге арналған. Кредиттік нөмірлер үшін «Құжаттар мен есептер» → «Төлемдер тарихы» бөлімін ашыңыз.",
  "rule.secretCode.noServiceChanges":
    "Құпия код нөмірді пайдаланушыға қызметтерді қосуға / өшіруге мүмкіндік бермейді.",
  "rule.detalization.window":
    "Деректер ағымдағы күнді қоса алғанда соңғы {days} күн ішінде қолжетімді: кезең басы {earliest:date} күнінен ерте болмауы керек.",
  "period.order": "Кезеңнің басы оның соңынан кеш болмауы керек.",
  "period.future": "Кезеңнің соңы бүгінгі күннен кеш болмауы керек.",
  "rule.document.paymentHistory.creditOnly":
    "Мұнда кредиттік есеп айырысу әдісі бар дербес шоттар бойынша төлемдер тарихы көрсетіледі. Аванстық нөмірлер бойынша ақпарат алу үшін нөмірді басқару бетіндегі тиісті қызметті пайдаланыңыз.",
  "rule.document.invoiceSearch.numberRequired":
    "Шот-фактураның тіркеу нөмірін немесе есепке алу жүйесіндегі нөмірін енгізіңіз.",
  "rule.document.invoiceSearch.futureYear": "Шот-фактура жылы ағымдағы жылдан ({year}) кеш болмауы керек.",
  "rule.document.act.notYet":
    "{month:month} айының орындалған жұмыстар актісі {availableFrom:date} күнінен бастап қолжетімді болады: өткен есептік айдың актілері айдың 5-інен кейін қолжетімді.",
  "rule.document.act.tooEarly": "Орындалған жұмыстар актілері 2018 жылғы 1 қаңтардан бастап қолжетімді.",
  "rule.document.invoiceRegistry.notYet":
    "{month:month} айының шот-фактуралар тізілімі {availableFrom:date} күнінен бастап қолжетімді болады: өткен есептік айдың тізілімі айдың 4-інен бастап қолжетімді.",
  "rule.document.reconciliation.notYet":
    "{month:month} айының салыстыру актісі {availableFrom:date} күнінен бастап қолжетімді болады: өткен есептік айдың салыстыру актілері айдың 3-інен кейін қолжетімді.",
  "rule.report.reconciliation.maxPeriod":
    "Сұрау кезеңі ағымдағы күннен бастап ең көбі {months} ай: кезең басы {earliest:date} күнінен ерте болмауы керек.",
  "rule.report.payments.maxPeriod":
    "Сұрау кезеңі ағымдағы күннен бастап ең көбі {months} ай: кезең басы {earliest:date} күнінен ерте болмауы керек.",
  "rule.login.notActivated": "Алғаш кіру үшін «Құпиясөзді ұмыттыңыз ба?» функциясын пайдаланыңыз.",
  "rule.login.locked":
    "{attempts} сәтсіз әрекеттен кейін кіру уақытша бұғатталды. {minutes} минуттан кейін (сағат {lockedUntil:time}) қайталап көріңіз.",
  "rule.recovery.resendCooldown": "Кодты {seconds} секундтан кейін қайта жіберуге болады.",
  "rule.recovery.codeExpired": "SMS кодтың жарамдылық мерзімі ({minutes} минут) өтті. Жаңа код сұратыңыз.",
  "rule.recovery.tooManyTries": "Код {tries} рет қате енгізілді. Жаңа код сұратыңыз.",
  "rule.recovery.sendLimit":
    "Соңғы сағатта {max} SMS код жіберілді. Жаңа кодты {minutes} минуттан кейін сұратуға болады.",
  "rule.recovery.tryLimit": "Соңғы сағатта қате кодтар тым көп. {minutes} минуттан кейін қайталап көріңіз.",
  "rule.profile.currentPassword.required": "Ағымдағы құпиясөзді енгізіңіз.",
  "rule.profile.currentPassword.wrong": "Ағымдағы құпиясөз қате.",
  "rule.profile.shortName.tooLong": "Қысқаша атау {max} таңбадан аспауы керек.",
  "rule.password.tooShort": "Құпиясөз кемінде {min} таңбадан тұруы керек.",
  "rule.password.tooLong": "Құпиясөз {max} таңбадан аспауы керек.",
  "rule.password.common":
    "Бұл құпиясөз тым көп таралған немесе деректердің жылыстауында кездескен. Басқасын ойлап табыңыз — мысалы, бірнеше сөзден тұратын тіркес.",
  "rule.password.context": "Құпиясөзде телефон нөміріңіз, e-mail мекенжайыңыз немесе сервис атауы болмауы керек.",
  "rule.password.sameAsCurrent": "Жаңа құпиясөз ағымдағысынан өзгеше болуы керек.",
  "rule.password.confirmationMismatch": "Құпиясөздер сәйкес келмейді.",

  "error.operatorUnavailable": "Оператор сервисі уақытша қолжетімсіз.",
  "error.unauthorized": "Жалғастыру үшін «Кабинетке» кіріңіз.",
  "error.sessionExpired": "Жұмыс сеансының уақыты аяқталды. Қайта кіріңіз.",
  "error.forbidden": "Бұл операцияға құқығыңыз жеткіліксіз.",
  "error.rateLimited": "Сұраулар тым көп. {seconds} секундтан кейін қайталаңыз.",
  "error.contractViolation": "Оператордан қате жауап алынды.",
  "error.network": "Сервермен байланыс жоқ. Интернет қосылымын тексеріңіз.",
  "error.timeout": "Оператор уақытында жауап бермеді.",
  "error.notFound": "Деректер табылмады: олар өзгерген болуы мүмкін. Бетті жаңартыңыз.",
  "error.invalidCredentials": "Телефон нөмірі немесе құпиясөз қате.",
  "error.invalidCredentials.attemptsLeft": {
    plural: "attempts",
    other: "Тағы {attempts} әрекет қалды, одан кейін кіру {minutes} минутқа бұғатталады.",
  },

  "advice.retry": retry,
  "advice.retryOperation": `«{operation}» операциясы орындалмады. ${retry}`,
  "advice.checkCredentials":
    "Енгізілген тіркелгі деректерінің дұрыстығын тексеріңіз. Алғаш рет «Құпиясөзді ұмыттыңыз ба?» функциясы арқылы кіру қажет.",
  "advice.requestAccess": "Ұйымды басқару үшін ұйым әкімшіге қол жеткізу құқығын беру туралы өтінім жіберуі керек.",

  "field.required": "Өрісті толтырыңыз.",
  "date.invalid": "Күнді КК-АА-ЖЖЖЖ форматында енгізіңіз.",
  "msisdn.invalid": "Телефон нөмірі 77012223344 форматында болуы керек.",
  "msisdn.empty": "Телефон нөмірін енгізіңіз.",
  "msisdn.characters":
    "Телефон нөмірінде тек цифрлар, бос орындар, жақшалар, сызықшалар және басында «+» болуы мүмкін.",
  "msisdn.length": "Телефон нөмірі 77012223344 форматында: 11 цифр.",
  "msisdn.country": "Телефон нөмірі 7 немесе 8 цифрынан басталуы керек: 77012223344 форматы.",
  "msisdn.notMobile": "Бұл Қазақстанның ұялы байланыс нөмірі емес.",
  "iccid.invalid": "SIM-карта нөмірі қате.",
  "iccid.empty": "SIM-карта нөмірін енгізіңіз.",
  "iccid.characters": "SIM-карта нөмірі тек цифрлардан тұрады.",
  "iccid.length": "Ауыстыру үшін жаңа SIM-картаның 20 таңбалы нөмірін енгізіңіз.",
  "iccid.checkDigit": "SIM-карта нөмірі қате енгізілді: оны SIM-картаның артқы жағындағы нөмірмен салыстырыңыз.",
  "imei.invalid": "IMEI қате.",
  "imei.empty": "IMEI енгізіңіз.",
  "imei.characters": "IMEI тек цифрлардан тұрады.",
  "imei.incomplete": "IMEI бақылау цифрынсыз көрсетілген (14 цифр).",
  "imei.length": "IMEI 15 цифрдан тұрады.",
  "imei.checkDigit": "IMEI қате енгізілді: бақылау цифры сәйкес келмейді.",
  "bin.invalid": "БСН қате.",
  "bin.empty": "БСН енгізіңіз.",
  "bin.characters": "БСН тек цифрлардан тұрады.",
  "bin.length": "БСН 12 цифрдан тұрады.",
  "bin.checkDigit": "БСН қате енгізілді: бақылау цифры сәйкес келмейді.",
  "email.invalid": "Электрондық пошта мекенжайы қате.",
  "email.empty": "Электрондық пошта мекенжайын енгізіңіз.",
  "email.length": "Электрондық пошта мекенжайы 254 таңбадан аспауы керек.",
  "email.format": "Мекенжайды name@company.kz форматында енгізіңіз.",
  "smsCode.invalid": "SMS код қате.",
  "smsCode.empty": "SMS кодты енгізіңіз.",
  "smsCode.characters": "SMS код тек цифрлардан тұрады.",
  "smsCode.length": "SMS код 6 цифрдан тұрады.",
  "money.invalid": "Сома қате.",
  "money.empty": "Соманы енгізіңіз.",
  "money.format": "Соманы цифрмен енгізіңіз, мысалы 9970.33.",
  "money.precision": "Үтірден кейін екі таңбадан артық болмауы керек.",
  "money.notInteger": "Тиынмен берілген сома бүтін сан болуы керек.",
  "money.range": "Сома тым үлкен.",
  "accountNumber.invalid": "Дербес шот нөмірі қате.",
  "accountNumber.empty": "Дербес шотты көрсетіңіз.",
  "accountNumber.characters": "Дербес шот нөмірі тек цифрлардан тұрады.",
  "accountNumber.length": "Дербес шот нөмірі 6–12 цифрдан тұрады.",
}
