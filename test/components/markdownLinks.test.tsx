import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { markdownLinks } from '../../src/ui/markdownLinks';
import { RichText } from '../../src/ui/RichText';

describe('markdownLinks', () => {
  it('splits text and [text](url) links', () => {
    expect(markdownLinks('See [our policy](/privacy) and [theirs](https://x.test/p?a=1#b).')).toEqual([
      'See ',
      { text: 'our policy', href: '/privacy' },
      ' and ',
      { text: 'theirs', href: 'https://x.test/p?a=1#b' },
      '.',
    ]);
  });

  it('accepts http(s), protocol-relative and relative URLs only', () => {
    for (const href of ['http://a.test', 'HTTPS://a.test', '//a.test/x', '/p', './p', '../p', 'p.html', '#top', '?q=1'])
      expect(markdownLinks(`[x](${href})`), href).toEqual([{ text: 'x', href }]);
    for (const href of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x', 'mailto:a@b.test'])
      expect(markdownLinks(`[x](${href})`), href).toEqual(['x']);
    // Whitespace inside the URL (which browsers would strip) means it is no link at all.
    expect(markdownLinks('[x](java\tscript:x)')).toEqual(['[x](java\tscript:x)']);
  });

  it('leaves text without links alone', () => {
    expect(markdownLinks('Plain [not a link] (nor this)')).toEqual(['Plain [not a link] (nor this)']);
    expect(markdownLinks('')).toEqual([]);
  });
});

describe('RichText', () => {
  it('renders links as <a> and everything else as text, never as HTML', () => {
    const { container } = render(<RichText text={'<img src=x onerror=alert(1)> [Policy](/privacy) [bad](javascript:alert(1))'} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('<img src=x onerror=alert(1)> Policy bad');
    const links = container.querySelectorAll('a');
    expect(links).toHaveLength(1);
    expect(links[0].getAttribute('href')).toBe('/privacy');
  });
});
