import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Placeholder } from '../../src/ui/Placeholder';
import { makeView, VENDORS } from './helpers';

afterEach(cleanup);
const el = (html: string) => {
  const box = document.createElement('div');
  box.innerHTML = html;
  return box.firstElementChild!;
};

describe('Placeholder', () => {
  it('names the vendor it needs and allows exactly the missing ids', () => {
    const v = makeView({ vendors: [...VENDORS!, { id: 'video', name: 'Tidecast video', category: 'personalization' }] });
    render(<Placeholder v={v} el={el('<iframe data-consent="video" title="Video: the lamp room"></iframe>')} />);
    expect(screen.getByText('Video: the lamp room')).toBeTruthy();
    expect(screen.getByText('This content needs your consent for: Tidecast video. It may set cookies once loaded.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Allow Tidecast video' }));
    expect(v.act.allow).toHaveBeenCalledWith(['video']);
    fireEvent.click(screen.getByRole('button', { name: 'Cookie settings' }));
    expect(v.act.manage).toHaveBeenCalledOnce();
  });

  it('names a category, and takes its text from data-placeholder', () => {
    render(<Placeholder v={makeView()} el={el('<div data-consent="personalization" data-placeholder="A map of the harbour"></div>')} />);
    expect(screen.getByText('A map of the harbour')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Allow Personalization' })).toBeTruthy();
  });

  it('says the opt-out was honored instead of offering what a signal blocks', () => {
    render(<Placeholder v={makeView({ regime: 'opt-out' }, { signals: { gpc: true } })} el={el('<iframe data-consent="px"></iframe>')} />);
    expect(screen.getByText('Opt-Out Request Honored')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Allow/ })).toBeNull();
  });
});
