import { css } from 'lit';

/**
 * Inserted and deleted words: underlined or struck through as well as coloured, and announced to
 * screen readers by generated text, so the words themselves stay exactly the document's (a
 * selection's offsets and a copy are the text, nothing added). The generated text is positioned
 * inside its mark, so it never escapes a scrolling panel.
 */
export const changeMarks = css`
  ins,
  del {
    position: relative;
    text-decoration-thickness: 2px;
  }
  ins {
    text-decoration-line: underline;
    text-underline-offset: 2px;
    color: var(--cd-insert-fg, #0c5a2b);
    background: var(--cd-insert-bg, #e2f3e7);
  }
  del {
    text-decoration-line: line-through;
    color: var(--cd-delete-fg, #9b1c1c);
    background: var(--cd-delete-bg, #fce9e7);
  }
  ins::before,
  del::before,
  ins::after,
  del::after {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  ins::before {
    content: ' [inserted: ';
  }
  del::before {
    content: ' [deleted: ';
  }
  ins::after,
  del::after {
    content: '] ';
  }
  @media (forced-colors: active) {
    ins,
    del {
      background: none;
    }
  }
`;
