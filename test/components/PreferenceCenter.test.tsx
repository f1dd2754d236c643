import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PreferenceCenter } from '../../src/ui/PreferenceCenter';
import { makeView } from './helpers';

afterEach(cleanup);
beforeAll(() => {
  // happy-dom may lack the modal API; the component only needs it to exist.
  const proto = HTMLDialogElement.prototype as { showModal?: () => void };
  if (!proto.showModal) proto.showModal = function (this: HTMLDialogElement) { this.setAttribute('open', ''); };
});
const switches = () => screen.getAllByRole('switch', { hidden: true });
const sw = (name: string) => screen.getByRole('switch', { name, hidden: true });

describe('PreferenceCenter', () => {
  it('is a dialog labelled by its title, with one switch per category; necessary is on and locked', () => {
    const v = makeView({ regime: 'opt-in' });
    render(<PreferenceCenter v={{ ...v, prefs: true }} />);
    const dialog = screen.getByRole('dialog', { hidden: true });
    expect(dialog.getAttribute('aria-labelledby')).toBe('pc-title');
    expect(dialog.querySelector('#pc-title')!.textContent).toBe('Privacy preferences');
    expect(switches().length).toBe(5 + 2); // categories + vendors
    expect(sw('Strictly necessary').getAttribute('aria-checked')).toBe('true');
    expect(sw('Strictly necessary').getAttribute('aria-disabled')).toBe('true');
    expect(sw('Analytics').getAttribute('aria-checked')).toBe('false');
    expect(sw('Analytics').getAttribute('aria-describedby')).toBe('d-c-analytics');
    expect(screen.getByText('Always on')).toBeTruthy();
    fireEvent.click(sw('Strictly necessary'));
    fireEvent.click(sw('Analytics'));
    expect(v.act.toggle.mock.calls).toEqual([['analytics', true]]);
  });

  it('shows vendors with purpose, policy link and a cookie table of the filled columns', () => {
    render(<PreferenceCenter v={{ ...makeView({ regime: 'opt-in' }), prefs: true }} />);
    expect(screen.getAllByText('Vendors and cookies (1)', { selector: 'summary' })).toHaveLength(2);
    const ga = sw('Google Analytics').closest('li')!;
    expect(within(ga).getByText('Counts visits.')).toBeTruthy();
    expect(within(ga).getByText('Privacy policy').getAttribute('href')).toBe('https://policies.google.com/privacy');
    expect(Array.from(ga.querySelectorAll('th')).map((th) => th.textContent)).toEqual(['Cookie', 'Purpose', 'Duration']);
    expect(Array.from(ga.querySelectorAll('td')).map((td) => td.textContent)).toEqual(['_ga', 'Tells visitors apart', '2 years', '_gid', '–', '–']);
  });

  it('offers Accept all, Reject all and Save choices as equal buttons, and a close button', () => {
    const v = makeView({ regime: 'opt-in' });
    render(<PreferenceCenter v={{ ...v, prefs: true }} />);
    const foot = screen.getByText('Save choices').parentElement!;
    expect(Array.from(foot.children).map((b) => [b.textContent, b.className])).toEqual([
      ['Accept all', 'btn'],
      ['Reject all', 'btn'],
      ['Save choices', 'btn'],
    ]);
    fireEvent.click(screen.getByText('Save choices'));
    fireEvent.click(screen.getByRole('button', { name: 'Close', hidden: true }));
    expect(v.act.save).toHaveBeenCalledOnce();
    expect(v.act.closePrefs).toHaveBeenCalledOnce();
  });

  it('in opt-out regions, has a "Do Not Sell or Share" switch over the sale/sharing categories', () => {
    const v = makeView({ regime: 'opt-out' });
    render(<PreferenceCenter v={{ ...v, prefs: true }} />);
    const dnss = sw('Do Not Sell or Share My Personal Information');
    expect(dnss.getAttribute('aria-checked')).toBe('false');
    expect(screen.getByText(/It turns off: Advertising\./)).toBeTruthy();
    fireEvent.click(dnss);
    expect(v.act.toggleSale).toHaveBeenCalledWith(true);
  });

  it('with GPC honored: "Opt-Out Request Honored", the switch on and locked, and what to do', () => {
    render(<PreferenceCenter v={{ ...makeView({ regime: 'opt-out' }, { signals: { gpc: true } }), prefs: true }} />);
    const dnss = sw('Do Not Sell or Share My Personal Information');
    expect(dnss.getAttribute('aria-checked')).toBe('true');
    expect(dnss.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getAllByText('Opt-Out Request Honored').length).toBe(2); // by the switch and by Advertising
    expect(screen.getByText(/turn off Global Privacy Control in your browser settings/)).toBeTruthy();
    expect(sw('Advertising').getAttribute('aria-disabled')).toBe('true');
  });

  it('has no "Do Not Sell or Share" switch in opt-in regions', () => {
    render(<PreferenceCenter v={{ ...makeView({ regime: 'opt-in' }), prefs: true }} />);
    expect(screen.queryByText('Do Not Sell or Share My Personal Information')).toBeNull();
  });

  it('renders category text from config as text, with safe links', () => {
    const v = makeView({
      regime: 'opt-in',
      vendors: [],
      categories: [{ id: 'analytics', label: '<img src=x onerror=alert(1)>', description: 'See [stats](/stats) or [x](javascript:alert(1))' }],
    });
    const { container } = render(<PreferenceCenter v={{ ...v, prefs: true }} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'stats', hidden: true }).getAttribute('href')).toBe('/stats');
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
  });
});
