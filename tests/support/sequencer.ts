import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest, longest first, so that two workers end together; Vitest's own order puts them last
 * on a fresh clone (it has no timings yet and runs larger files first, and these are small files of a shared
 * suite). The unit and build files come first: they need no built site and run while the global setup builds it.
 */
const HEAVIEST_FIRST = [
  'tests/unit/procedure/downloads.test.ts',
  'tests/build/authoring-errors.test.ts',
  'tests/build/checked-staleness.test.ts',
  'tests/browser/hostile-values-writeback.test.ts',
  'tests/browser/hostile-values-network.test.ts',
  'tests/browser/shards.test.ts',
  'tests/browser/accessibility-guides.test.ts',
  'tests/browser/search.test.ts',
  'tests/browser/hostile-downloads.test.ts',
  'tests/browser/accessibility-site.test.ts',
  'tests/browser/parameters.test.ts',
  'tests/browser/findable.test.ts',
];

const projectRank = (spec: TestSpecification): number => ({ unit: 0, build: 1, browser: 2 })[spec.project.name] ?? 3;
const weightRank = (spec: TestSpecification): number => {
  const index = HEAVIEST_FIRST.findIndex((path) => spec.moduleId.replace(/\\/g, '/').endsWith(path));
  return index < 0 ? HEAVIEST_FIRST.length : index;
};

export default class HeaviestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const known = await super.sort(files);
    return known
      .map((spec, order) => ({ spec, order }))
      .sort((a, b) => projectRank(a.spec) - projectRank(b.spec) || weightRank(a.spec) - weightRank(b.spec) || a.order - b.order)
      .map(({ spec }) => spec);
  }
}
