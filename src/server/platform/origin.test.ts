import { describe, expect, it } from 'vitest';
import { isCrossSite } from './origin.js';

const publicOrigin = 'https://kring.example.nl';

describe('a request from another site', () => {
  it('is recognised by its Origin or by Sec-Fetch-Site', () => {
    expect(isCrossSite({ origin: 'https://evil.example', host: 'kring.example.nl' }, publicOrigin)).toBe(true);
    expect(isCrossSite({ fetchSite: 'cross-site', host: 'kring.example.nl' }, publicOrigin)).toBe(true);
    expect(isCrossSite({ origin: 'null', host: 'kring.example.nl' }, publicOrigin)).toBe(true);
    expect(isCrossSite({ origin: 'not a url', host: 'kring.example.nl' }, publicOrigin)).toBe(true);
  });

  it('is not our own page, behind a proxy or on the address Kring was reached at', () => {
    expect(isCrossSite({ origin: 'https://kring.example.nl', host: 'internal:3000' }, publicOrigin)).toBe(false);
    expect(isCrossSite({ origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' }, publicOrigin)).toBe(false);
    expect(isCrossSite({ fetchSite: 'same-origin', host: 'kring.example.nl' }, publicOrigin)).toBe(false);
  });

  it('is not assumed for a request without browser headers (it still needs the CSRF token)', () => {
    expect(isCrossSite({ host: 'kring.example.nl' }, publicOrigin)).toBe(false);
  });
});
