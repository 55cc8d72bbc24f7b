import * as migration_20261127_180702_initial from './20261127_180702_initial';
import * as migration_20261127_194427_newsletter_deliveries from './20261127_194427_newsletter_deliveries';
import * as migration_20261127_194439_newsletter_confirmation_sent from './20261127_194439_newsletter_confirmation_sent';
import * as migration_20261127_211339_locales_parent_index from './20261127_211339_locales_parent_index';
import * as migration_20261130_085953_sign_in_throttle from './20261130_085953_sign_in_throttle';
import * as migration_20261130_120938_wordpress_import from './20261130_120938_wordpress_import';
import * as migration_20261130_121037_search_index from './20261130_121037_search_index';
import * as migration_20261130_124058_last_saved_by from './20261130_124058_last_saved_by';
import * as migration_20261130_160000_search_meta_index from './20261130_160000_search_meta_index';
import * as migration_20261207_173804_available_in from './20261207_173804_available_in';

export const migrations = [
  {
    up: migration_20261127_180702_initial.up,
    down: migration_20261127_180702_initial.down,
    name: '20261127_180702_initial',
  },
  {
    up: migration_20261127_194427_newsletter_deliveries.up,
    down: migration_20261127_194427_newsletter_deliveries.down,
    name: '20261127_194427_newsletter_deliveries',
  },
  {
    up: migration_20261127_194439_newsletter_confirmation_sent.up,
    down: migration_20261127_194439_newsletter_confirmation_sent.down,
    name: '20261127_194439_newsletter_confirmation_sent',
  },
  {
    up: migration_20261127_211339_locales_parent_index.up,
    down: migration_20261127_211339_locales_parent_index.down,
    name: '20261127_211339_locales_parent_index',
  },
  {
    up: migration_20261130_085953_sign_in_throttle.up,
    down: migration_20261130_085953_sign_in_throttle.down,
    name: '20261130_085953_sign_in_throttle',
  },
  {
    up: migration_20261130_120938_wordpress_import.up,
    down: migration_20261130_120938_wordpress_import.down,
    name: '20261130_120938_wordpress_import',
  },
  {
    up: migration_20261130_121037_search_index.up,
    down: migration_20261130_121037_search_index.down,
    name: '20261130_121037_search_index',
  },
  {
    up: migration_20261130_124058_last_saved_by.up,
    down: migration_20261130_124058_last_saved_by.down,
    name: '20261130_124058_last_saved_by',
  },
  {
    up: migration_20261130_160000_search_meta_index.up,
    down: migration_20261130_160000_search_meta_index.down,
    name: '20261130_160000_search_meta_index',
  },
  {
    up: migration_20261207_173804_available_in.up,
    down: migration_20261207_173804_available_in.down,
    name: '20261207_173804_available_in'
  },
];
