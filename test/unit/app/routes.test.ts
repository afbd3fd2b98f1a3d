import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute, type Route } from '../../../src/app/routes';

describe('hash routes', () => {
  const routes: Route[] = [
    { screen: 'home' },
    { screen: 'login' },
    { screen: 'analysis' },
    { screen: 'interview', id: '01936f0e-8b1a-7c2d-9e3f-0123456789ab' },
    { screen: 'finalize', id: '01936f0e-8b1a-7c2d-9e3f-0123456789ab' },
    { screen: 'preview', id: 'victimization', version: 3 },
    { screen: 'supervise', id: 'victimization' },
    { screen: 'backup' },
    { screen: 'backup', id: '01936f0e-8b1a-7c2d-9e3f-0123456789ab' },
    { screen: 'supervise', id: 'victimization', instanceId: '01936f0e-8b1a-7c2d-9e3f-0123456789ab' },
  ];
  it.each(routes)('a reload lands on the same screen: %o', (route) => {
    expect(parseRoute(hrefOf(route))).toEqual(route);
  });

  it('falls back to home for unknown or incomplete hashes', () => {
    expect(parseRoute('#/supervise')).toEqual({ screen: 'home' });
    expect(parseRoute('#/preview/x/notanumber')).toEqual({ screen: 'home' });
    expect(parseRoute('#/nowhere')).toEqual({ screen: 'home' });
  });
});
