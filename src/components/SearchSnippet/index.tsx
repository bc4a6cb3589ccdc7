import React from 'react';
import { snippet, highlight, type Piece } from '@site/src/search/highlight';

/** Text with the matched words in <mark>; pieces are text nodes, so nothing is parsed as HTML. */
function Pieces({ pieces }: { pieces: Piece[] }): React.JSX.Element {
  return (
    <>
      {pieces.map((p, i) =>
        p.hit ? <mark key={i}>{p.text}</mark> : <React.Fragment key={i}>{p.text}</React.Fragment>,
      )}
    </>
  );
}

export function Snippet({
  text,
  words,
  length,
}: {
  text: string;
  words: string[];
  length?: number;
}): React.JSX.Element {
  return <Pieces pieces={snippet(text, words, length)} />;
}

export function Highlighted({ text, words }: { text: string; words: string[] }): React.JSX.Element {
  return <Pieces pieces={highlight(text, words)} />;
}
