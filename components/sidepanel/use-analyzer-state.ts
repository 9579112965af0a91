import { useEffect, useState } from 'react';
import type { Analyzer, AnalyzerState } from '../../lib/search/analyzer-client';

export function useAnalyzerState(analyzer: Analyzer): AnalyzerState {
  const [state, setState] = useState(analyzer.state());
  useEffect(() => {
    setState(analyzer.state());
    return analyzer.subscribe(setState);
  }, [analyzer]);
  return state;
}
