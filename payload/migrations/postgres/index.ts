import * as migration_20261127_180711_initial from './20261127_180711_initial';
import * as migration_20261127_194433_newsletter_deliveries from './20261127_194433_newsletter_deliveries';
import * as migration_20261127_194445_newsletter_confirmation_sent from './20261127_194445_newsletter_confirmation_sent';
import * as migration_20261127_211350_locales_parent_index from './20261127_211350_locales_parent_index';
import * as migration_20261130_090015_sign_in_throttle from './20261130_090015_sign_in_throttle';
import * as migration_20261130_120943_wordpress_import from './20261130_120943_wordpress_import';
import * as migration_20261130_121042_search_index from './20261130_121042_search_index';
import * as migration_20261130_124108_last_saved_by from './20261130_124108_last_saved_by';
import * as migration_20261130_160000_search_locale_indexes from './20261130_160000_search_locale_indexes';
import * as migration_20261130_200000_search_vector_lz4 from './20261130_200000_search_vector_lz4';
import * as migration_20261207_173814_available_in from './20261207_173814_available_in';
import * as migration_20261207_180522_backup_task from './20261207_180522_backup_task';

export const migrations = [
  {
    up: migration_20261127_180711_initial.up,
    down: migration_20261127_180711_initial.down,
    name: '20261127_180711_initial',
  },
  {
    up: migration_20261127_194433_newsletter_deliveries.up,
    down: migration_20261127_194433_newsletter_deliveries.down,
    name: '20261127_194433_newsletter_deliveries',
  },
  {
    up: migration_20261127_194445_newsletter_confirmation_sent.up,
    down: migration_20261127_194445_newsletter_confirmation_sent.down,
    name: '20261127_194445_newsletter_confirmation_sent',
  },
  {
    up: migration_20261127_211350_locales_parent_index.up,
    down: migration_20261127_211350_locales_parent_index.down,
    name: '20261127_211350_locales_parent_index',
  },
  {
    up: migration_20261130_090015_sign_in_throttle.up,
    down: migration_20261130_090015_sign_in_throttle.down,
    name: '20261130_090015_sign_in_throttle',
  },
  {
    up: migration_20261130_120943_wordpress_import.up,
    down: migration_20261130_120943_wordpress_import.down,
    name: '20261130_120943_wordpress_import',
  },
  {
    up: migration_20261130_121042_search_index.up,
    down: migration_20261130_121042_search_index.down,
    name: '20261130_121042_search_index',
  },
  {
    up: migration_20261130_124108_last_saved_by.up,
    down: migration_20261130_124108_last_saved_by.down,
    name: '20261130_124108_last_saved_by',
  },
  {
    up: migration_20261130_160000_search_locale_indexes.up,
    down: migration_20261130_160000_search_locale_indexes.down,
    name: '20261130_160000_search_locale_indexes',
  },
  {
    up: migration_20261130_200000_search_vector_lz4.up,
    down: migration_20261130_200000_search_vector_lz4.down,
    name: '20261130_200000_search_vector_lz4',
  },
  {
    up: migration_20261207_173814_available_in.up,
    down: migration_20261207_173814_available_in.down,
    name: '20261207_173814_available_in'
  },
  {
    up: migration_20261207_180522_backup_task.up,
    down: migration_20261207_180522_backup_task.down,
    name: '20261207_180522_backup_task'
  },
];
