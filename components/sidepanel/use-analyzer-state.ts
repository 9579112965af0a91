import { useCallback, useSyncExternalStore } from 'react';
import type { Analyzer, AnalyzerState } from '../../lib/search/analyzer-client';

/** The analyser's state (idle, loading, ready…), re-rendering when it changes. */
export function useAnalyzerState(analyzer: Analyzer): AnalyzerState {
  const subscribe = useCallback((onChange: () => void) => analyzer.subscribe(onChange), [analyzer]);
  const state = useCallback(() => analyzer.state(), [analyzer]);
  return useSyncExternalStore(subscribe, state);
}
