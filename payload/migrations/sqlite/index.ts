import * as migration_20261127_180702_initial from './20261127_180702_initial';

export const migrations = [
  {
    up: migration_20261127_180702_initial.up,
    down: migration_20261127_180702_initial.down,
    name: '20261127_180702_initial'
  },
];
