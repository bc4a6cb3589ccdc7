import React, { useEffect, useRef, useState } from 'react';

/** A diagram's two renderings, from src/plugins/mermaid. */
export interface DiagramSvgs {
  light: string;
  dark: string;
}

export interface MermaidDiagramProps {
  /** The accessible name: the caption under the diagram, or its accTitle. */
  label: string;
  /** The SVGs when rendering on the server; null in the browser bundle. */
  svgs: DiagramSvgs | null;
  /** Fetches the SVGs (a chunk of their own) for a page reached by client-side navigation. */
  load: () => Promise<{ default: DiagramSvgs }>;
}

const variants = ['light', 'dark'] as const;

/**
 * A Mermaid diagram drawn at build time (src/plugins/mermaid). The server renders both SVGs
 * into the HTML and CSS shows the one for the colour mode. In the browser the page's script
 * holds no SVG: hydration keeps the server's markup untouched (an element whose inner HTML
 * React is told to leave alone), and only a page reached by client-side navigation, which has
 * no server markup, fetches the SVGs.
 */
export default function MermaidDiagram({ label, svgs, load }: MermaidDiagramProps) {
  const [shown, setShown] = useState<DiagramSvgs | null>(svgs);
  const figure = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (shown || figure.current?.querySelector('svg')) return;
    let current = true;
    void load().then((module) => {
      if (current) setShown(module.default);
    });
    return () => {
      current = false;
    };
  }, [shown, load]);
  return (
    // Focusable because a wide diagram scrolls inside it and keyboards must reach that too.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div ref={figure} className="atlas-mermaid" role="img" aria-label={label} tabIndex={0}>
      {variants.map((v) => (
        <div
          key={v}
          className={`atlas-mermaid__${v}`}
          dangerouslySetInnerHTML={{ __html: shown?.[v] ?? '' }}
          suppressHydrationWarning
        />
      ))}
    </div>
  );
}
