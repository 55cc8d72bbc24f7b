/**
 * The guard's refusals that a person in the admin sees (a sign-in slowed down, a file too
 * large), in the admin's language. Refusals meant for API clients stay in English, like
 * Payload's own API errors.
 */
const messages = {
  en: {
    signInWait: (seconds: number) =>
      `Too many failed sign-ins from this address. Try again in ${duration(seconds, 'en')}.`,
    uploadTooLarge: (mb: number) =>
      `This file is too large: files of at most ${mb} MB can be uploaded.`,
  },
  be: {
    signInWait: (seconds: number) =>
      `Зашмат няўдалых спробаў уваходу з гэтага адраса. Пачакайце (${duration(seconds, 'be')}) і паспрабуйце зноў.`,
    uploadTooLarge: (mb: number) => `Файл завялікі: можна загружаць файлы да ${mb} МБ.`,
  },
  ru: {
    signInWait: (seconds: number) =>
      `Слишком много неудачных попыток входа с этого адреса. Подождите (${duration(seconds, 'ru')}) и попробуйте снова.`,
    uploadTooLarge: (mb: number) => `Файл слишком большой: можно загружать файлы до ${mb} МБ.`,
  },
}

export type GuardLanguage = keyof typeof messages

/** "1 second", "3 минуты", "15 хвілін": Intl's unit formatting knows the plural forms. */
function duration(seconds: number, language: GuardLanguage): string {
  const [value, unit] = seconds < 120 ? [seconds, 'second'] : [Math.ceil(seconds / 60), 'minute']
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(value)
}

export const guardMessages = (language: string) =>
  messages[(language in messages ? language : 'en') as GuardLanguage]
