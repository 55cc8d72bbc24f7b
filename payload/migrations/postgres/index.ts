import * as migration_20261127_180711_initial from './20261127_180711_initial';

export const migrations = [
  {
    up: migration_20261127_180711_initial.up,
    down: migration_20261127_180711_initial.down,
    name: '20261127_180711_initial'
  },
];
