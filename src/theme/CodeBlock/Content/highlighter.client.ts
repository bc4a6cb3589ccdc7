import { lazy } from 'react';

// The browser loads the highlighter in a chunk of its own, on pages that render code (see ./index.tsx).
export default lazy(() => import('./Highlighted'));
