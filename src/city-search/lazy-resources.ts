import { Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { SearchFile } from '../data/model.js';
import { loadFuzzyScorer, loadedFuzzyScorer, type FuzzyScorer } from '../search/fuzzy.js';
import type { Pieces } from '../search/search-places.js';

export type CommunesStatus = 'off' | 'loading' | 'ready' | 'error';

/** What the communes task needs: the pieces the query needs, the element's `src` and `communes-src`, the dataset. */
export type CommunesArgs = readonly [
  /** What the query needs (`pieceNeed`), undefined when all-communes is off or nothing is needed. */
  need: string | undefined,
  src: string | undefined,
  communesSrc: string | undefined,
  dataset: SearchFile | undefined,
];

/**
 * The search's two lazy resources, as @lit/task tasks (the host re-renders when
 * either arrives or fails):
 * - the typo scorer (fuse.js, a chunk of its own), asked for on first focus or
 *   keystroke; until it arrives exact and prefix matches answer alone; a failed
 *   chunk is asked for again on the next keystroke;
 * - the all-communes pieces the query needs (with `all-communes`): loaded
 *   again only when the query needs other pieces, so a failure is not retried
 *   on every keystroke; each file is fetched once per page.
 */
export class SearchResources {
  private readonly typos: Task<[], FuzzyScorer>;
  private readonly communes: Task<CommunesArgs, Pieces | undefined>;

  constructor(
    host: ReactiveControllerHost,
    private readonly communesArgs: () => CommunesArgs,
    doc: () => Document,
  ) {
    this.typos = new Task(host, {
      task: () => loadFuzzyScorer(),
      autoRun: false,
      onError: (error) => console.warn('[vae-widgets] typo matching unavailable:', error),
    });
    this.communes = new Task(host, {
      task: async ([need, src, communesSrc, dataset]) => {
        if (!need || !dataset) return undefined;
        const module = await import('../search/all-communes.js');
        return module.loadPieces(dataset, module.communesIndex(src, communesSrc, doc()), need);
      },
      args: communesArgs,
      onError: (error) => console.warn('[vae-widgets] all-communes file unavailable:', error),
    });
  }

  /** What a search depends on here (the host searches again when it changes). */
  get state(): unknown[] {
    return [this.scorer, this.pieces, this.communesStatus];
  }

  /** The typo scorer once it has arrived (for this element or any other on the page). */
  get scorer(): FuzzyScorer | undefined {
    return this.typos.value ?? loadedFuzzyScorer();
  }

  /** Starts loading the typo scorer unless it is loading or here. */
  wantTypos(): void {
    if (this.scorer) return;
    const status = this.typos.status;
    if (status === TaskStatus.INITIAL || status === TaskStatus.ERROR) void this.typos.run();
  }

  /** The all-communes pieces the current query needs, once loaded (the members answer meanwhile). */
  get pieces(): Pieces | undefined {
    return this.communes.status === TaskStatus.COMPLETE ? this.communes.value : undefined;
  }

  get communesStatus(): CommunesStatus {
    switch (this.communes.status) {
      case TaskStatus.PENDING:
        return 'loading';
      case TaskStatus.ERROR:
        return 'error';
      case TaskStatus.COMPLETE:
        if (this.communes.value) return 'ready';
        return this.communesArgs()[0] ? 'loading' : 'off';
      default:
        // Wanted but not started yet (the task starts in this very update).
        return this.communesArgs()[0] ? 'loading' : 'off';
    }
  }
}
