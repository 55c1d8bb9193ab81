import { expect } from '@open-wc/testing';
import { isArrowKey, nextRelation, otherEnd, walkBack, walkTo } from '../src/navigation.js';

describe('navigation along relations', () => {
  it('arrow keys walk to the next or previous relation, wrapping, from none walked yet', () => {
    expect(nextRelation('ArrowRight', -1, 4)).to.equal(0);
    expect(nextRelation('ArrowDown', -1, 4)).to.equal(0);
    expect(nextRelation('ArrowLeft', -1, 4)).to.equal(3);
    expect(nextRelation('ArrowUp', -1, 4)).to.equal(3);
    expect(nextRelation('ArrowRight', 1, 4)).to.equal(2);
    expect(nextRelation('ArrowRight', 3, 4)).to.equal(0);
    expect(nextRelation('ArrowLeft', 0, 4)).to.equal(3);
    expect(nextRelation('ArrowUp', 2, 4)).to.equal(1);
  });

  it('mirrors Left and Right (not Up and Down) in right-to-left pages', () => {
    expect(nextRelation('ArrowLeft', 1, 4, true)).to.equal(2);
    expect(nextRelation('ArrowRight', 1, 4, true)).to.equal(0);
    expect(nextRelation('ArrowDown', 1, 4, true)).to.equal(2);
    expect(nextRelation('ArrowUp', 1, 4, true)).to.equal(0);
  });

  it('has nowhere to go without relations, and ignores other keys', () => {
    expect(nextRelation('ArrowRight', -1, 0)).to.equal(null);
    expect(nextRelation('Home', 1, 4)).to.equal(null);
    expect(isArrowKey('ArrowLeft')).to.equal(true);
    expect(isArrowKey('r')).to.equal(false);
  });

  it('goes to the other end of a relation, whichever end the reader is at', () => {
    const edge = { source: 'a', target: 'b' };
    expect(otherEnd(edge, 'a')).to.equal('b');
    expect(otherEnd(edge, 'b')).to.equal('a');
  });

  it('remembers the path and walks it back, actor and relation, to its start', () => {
    const start: ReturnType<typeof walkTo> = [];
    const one = walkTo(start, 5, 2);
    const two = walkTo(one, 7, 0);
    expect(start).to.deep.equal([]);
    expect(two).to.deep.equal([
      { node: 5, step: 2 },
      { node: 7, step: 0 },
    ]);
    const back = walkBack(two)!;
    expect(back[0]).to.deep.equal({ node: 7, step: 0 });
    expect(walkBack(back[1])![0]).to.deep.equal({ node: 5, step: 2 });
    expect(walkBack(walkBack(back[1])![1])).to.equal(null);
  });
});
