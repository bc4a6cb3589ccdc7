/**
 * The search engine of this locale for a React component (the search dialog, the /search
 * page): null until the index has loaded, `failed` if it could not. The engine's code and
 * FlexSearch come with a dynamic import, so importing this hook adds neither to a page.
 */
import { useEffect, useState } from 'react';
import type { SearchEngine } from './client';

export function useSearchEngine(baseUrl: string): { engine: SearchEngine | null; failed: boolean } {
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    import('./client')
      .then((m) => m.loadSearchEngine(baseUrl))
      .then(
        (e) => live && setEngine(e),
        () => live && setFailed(true),
      );
    return () => {
      live = false;
    };
  }, [baseUrl]);
  return { engine, failed };
}
