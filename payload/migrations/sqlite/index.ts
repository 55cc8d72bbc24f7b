import * as migration_20261127_165046_initial from './20261127_165046_initial';

export const migrations = [
  {
    up: migration_20261127_165046_initial.up,
    down: migration_20261127_165046_initial.down,
    name: '20261127_165046_initial'
  },
];
