import { sessionEnded } from './apollo-client';

describe('a live-updates socket closed by the server', () => {
  it('sends the person to sign in only when the server closed it because the session ended', () => {
    expect(sessionEnded({ code: 4401, reason: 'Session ended' })).toBe(true);
    // Dropped connections, restarts and refusals for another reason are retried, as before.
    expect(sessionEnded({ code: 1006, reason: '' })).toBe(false);
    expect(sessionEnded({ code: 1001, reason: 'Going away' })).toBe(false);
    expect(sessionEnded({ code: 4403, reason: 'Forbidden' })).toBe(false);
    expect(sessionEnded(new Error('socket error'))).toBe(false);
    expect(sessionEnded(undefined)).toBe(false);
  });
});
