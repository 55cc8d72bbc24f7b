import type { ServerProps } from 'payload'

import type { User } from '@/payload-types'
import { isAdminUser } from '@/payload/access/roles'
import { backupDir, formatBytes, latestBackup } from '@/payload/backup/files'
import { editorialTimezone, formatInTimezone } from '@/payload/timezone'

const TEXT = {
  en: {
    title: 'Backups',
    last: 'Last backup: {at}, {size}.',
    none: 'No backup has been written to {dir} yet.',
    old: 'The last backup is more than a day old: check BACKUP_CRON and the job queue, or run npm run backup.',
  },
  be: {
    title: 'Рэзервовыя копіі',
    last: 'Апошняя копія: {at}, {size}.',
    none: 'У {dir} яшчэ няма ніводнай копіі.',
    old: 'Апошняй копіі больш за суткі: праверце BACKUP_CRON і чаргу задач, або запусціце npm run backup.',
  },
  ru: {
    title: 'Резервные копии',
    last: 'Последняя копия: {at}, {size}.',
    none: 'В {dir} ещё нет ни одной копии.',
    old: 'Последней копии больше суток: проверьте BACKUP_CRON и очередь задач или запустите npm run backup.',
  },
}

/**
 * Admins only: when the newest archive in BACKUP_DIR was written and its size, with a warning
 * when it is more than a day old. A panel of its own beside the desk, read from the folder
 * (the web server and the worker share it), so no table is needed.
 */
export function BackupPanel(props: ServerProps) {
  const user = props.user as User | undefined
  if (!isAdminUser(user)) return null
  const t = TEXT[props.i18n.language as keyof typeof TEXT] ?? TEXT.en
  const dir = backupDir()
  const last = latestBackup(dir)
  const stale = !last || last.stale
  return (
    <section data-testid="backup-panel" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 style={{ marginBottom: 'calc(var(--base) / 2)' }}>{t.title}</h2>
      <p>
        {last
          ? t.last
              .replace(
                '{at}',
                formatInTimezone(last.at.toISOString(), editorialTimezone(), props.i18n.language),
              )
              .replace('{size}', formatBytes(last.bytes))
          : t.none.replace('{dir}', dir)}
      </p>
      {stale && (
        <p
          role="alert"
          style={{
            // The text stays the theme's own colour (contrast); the bar marks the warning.
            borderInlineStart: '4px solid var(--theme-error-500)',
            paddingInlineStart: 'calc(var(--base) / 2)',
            fontWeight: 600,
          }}
        >
          {t.old}
        </p>
      )}
    </section>
  )
}
