import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { Banner } from '../../src/ui/Banner';
import { makeView } from './helpers';

afterEach(cleanup);
const names = () => screen.getAllByRole('button').map((b) => b.textContent);

describe('Banner', () => {
  it('opt-in: a labelled region with Accept all, Reject all and Manage preferences as equal buttons', () => {
    const v = makeView({ regime: 'opt-in', privacyPolicyUrl: '/privacy' });
    render(<Banner v={v} />);
    expect(screen.getByRole('region', { name: 'Cookies on this site' })).toBeTruthy();
    expect(names()).toEqual(['Accept all', 'Reject all', 'Manage preferences']);
    expect(new Set(screen.getAllByRole('button').map((b) => b.className))).toEqual(new Set(['btn']));
    expect(screen.getByRole('link', { name: 'Privacy policy' }).getAttribute('href')).toBe('/privacy');
    fireEvent.click(screen.getByText('Reject all'));
    fireEvent.click(screen.getByText('Accept all'));
    fireEvent.click(screen.getByText('Manage preferences'));
    expect([v.act.rejectAll, v.act.acceptAll, v.act.manage].map((f) => f.mock.calls.length)).toEqual([1, 1, 1]);
  });

  it('opt-out: "Do Not Sell or Share My Personal Information" opts out in one step', () => {
    const v = makeView({ regime: 'opt-out' });
    render(<Banner v={v} />);
    expect(names()).toEqual(['Do Not Sell or Share My Personal Information', 'Manage choices', 'Dismiss']);
    fireEvent.click(screen.getByText('Do Not Sell or Share My Personal Information'));
    fireEvent.click(screen.getByText('Dismiss'));
    expect(v.act.optOut).toHaveBeenCalledOnce();
    expect(v.act.dismiss).toHaveBeenCalledOnce();
  });

  it('opt-out with the "Your Privacy Choices" wording opens the choices', () => {
    const v = makeView({ regime: 'opt-out', ui: { optOutLinkText: 'your-privacy-choices' } });
    render(<Banner v={v} />);
    expect(names()).toEqual(['Your Privacy Choices', 'Dismiss']);
    fireEvent.click(screen.getByText('Your Privacy Choices'));
    expect(v.act.manage).toHaveBeenCalledOnce();
  });

  it('opt-out with GPC honored says so instead of asking', () => {
    render(<Banner v={makeView({ regime: 'opt-out' }, { signals: { gpc: true } })} />);
    expect(screen.getByText('Opt-Out Request Honored')).toBeTruthy();
    expect(screen.getByText(/sent a Global Privacy Control signal/)).toBeTruthy();
    expect(names()).toEqual(['Manage choices', 'Dismiss']);
  });

  it('notice: informational, with a dismiss', () => {
    render(<Banner v={makeView({ regime: 'notice' })} />);
    expect(names()).toEqual(['Dismiss']);
  });

  it('renders translated and config text as text', () => {
    const v = makeView({ regime: 'opt-in' });
    v.t = (key) => (key == 'text' ? '<b>bold</b> see [terms](/terms)' : key);
    const { container } = render(<Banner v={v} />);
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByRole('link', { name: 'terms' }).getAttribute('href')).toBe('/terms');
  });
});
