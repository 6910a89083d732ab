/**
 * The server tests' PostgreSQL: the given DATABASE_URL, else a throwaway cluster for this run (see
 * postgres.ts). Without either, the PostgreSQL tests are skipped with a note — unless
 * MINGLE_REQUIRE_PG=1 (CI), which makes that a failure.
 */
import type { TestProject } from 'vitest/node';
import { startCluster } from '../../scripts/pg-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
    pgMissing: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const given = process.env.DATABASE_URL;
  if (given) {
    project.provide('pgUrl', given);
    project.provide('pgMissing', '');
    return () => undefined;
  }
  const cluster = await startCluster();
  if (typeof cluster === 'string') {
    if (process.env.MINGLE_REQUIRE_PG === '1') throw new Error(`PostgreSQL required: ${cluster}`);
    project.provide('pgUrl', '');
    project.provide('pgMissing', cluster);
    return () => undefined;
  }
  project.provide('pgUrl', cluster.url);
  project.provide('pgMissing', '');
  return () => cluster.stop();
}
