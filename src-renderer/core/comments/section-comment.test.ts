import { describe, expect, it } from 'vitest';
import { anchorAt, locatePassage } from './section-comment.js';

const TEXT =
  'The provision map showed who received which intervention. The provision map was shared with governors in March.';

describe('locatePassage', () => {
  it('finds the passage as it was written, choosing the occurrence with the same surroundings', () => {
    const second = TEXT.lastIndexOf('The provision map');
    const anchor = anchorAt(TEXT, second, second + 'The provision map'.length);
    expect(locatePassage(TEXT, anchor)).toEqual({ start: second, end: second + 17, moved: false });
    const first = anchorAt(TEXT, 0, 17);
    expect(locatePassage(TEXT, first)).toEqual({ start: 0, end: 17, moved: false });
  });

  it('follows the passage when text is added before it', () => {
    const at = TEXT.indexOf('governors');
    const anchor = anchorAt(TEXT, at, at + 9);
    const edited = `In the autumn term, ${TEXT}`;
    expect(locatePassage(edited, anchor)).toEqual({
      start: edited.indexOf('governors'),
      end: edited.indexOf('governors') + 9,
      moved: false,
    });
  });

  it('stays at the nearest surviving place when the passage itself was rewritten, and says it moved', () => {
    const at = TEXT.indexOf('governors');
    const anchor = anchorAt(TEXT, at, at + 9);
    const edited = TEXT.replace('governors', 'the whole staff');
    const place = locatePassage(edited, anchor);
    expect(place?.moved).toBe(true);
    expect(edited.slice(place!.start, place!.end)).toBe('the');
  });

  it('gives up only when nothing around the passage survives', () => {
    const anchor = anchorAt(TEXT, 4, 13);
    expect(locatePassage('Completely different words now.', anchor)).toBeUndefined();
  });
});
