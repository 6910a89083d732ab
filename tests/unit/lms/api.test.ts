import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { LmsChannel, findApi, type WindowLike } from '../../../src/lms/api.ts';

/** A window chain like a browser's, listed from the top; the top window is its own parent. */
function chain(...levels: Record<string, unknown>[]): WindowLike {
  let above: Record<string, unknown> | null = null;
  for (const level of levels) {
    const win: Record<string, unknown> = { ...level };
    win.parent = above ?? win;
    above = win;
  }
  return above ?? {};
}

describe('finding the LMS API', () => {
  it('walks up the parents to the 2004 API, preferring the version asked for', () => {
    const api2004 = new Scorm2004API({ logLevel: 5 });
    const api12 = new Scorm12API({ logLevel: 5 });
    const win = chain({ API_1484_11: api2004 }, { API: api12 }, {}, {});
    expect(findApi(win, '2004')).toMatchObject({ version: '2004', api: api2004 });
    expect(findApi(win, '1.2')).toMatchObject({ version: '1.2', api: api12 });
  });

  it('looks through the opener when the course runs in a pop-up', () => {
    const api12 = new Scorm12API({ logLevel: 5 });
    const opener = chain({ API: api12 }, {});
    const win = chain({});
    const popup = { ...win, opener } as WindowLike;
    expect(findApi(popup, '2004')).toMatchObject({ version: '1.2', api: api12 });
  });

  it('skips windows that throw on access (another origin) and finds none outside an LMS', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new DOMException('Blocked a frame', 'SecurityError');
        },
      },
    );
    const win = { parent: hostile } as WindowLike;
    expect(findApi(win, '2004')).toBeNull();
    expect(findApi(chain({}, {}), '1.2')).toBeNull();
  });
});

describe('the channel to the LMS', () => {
  it('reports the first failure once and then stops calling the API', () => {
    let calls = 0;
    const failing = {
      Initialize: () => 'true',
      Terminate: () => 'true',
      GetValue: () => '',
      SetValue: () => {
        calls++;
        return 'false';
      },
      Commit: () => 'true',
      GetLastError: () => '351',
    };
    const channel = new LmsChannel({ version: '2004', api: failing });
    const heard: string[] = [];
    channel.onFailure((d) => heard.push(d));
    expect(channel.initialize()).toBe(true);
    expect(channel.set('cmi.location', 'x')).toBe(false);
    expect(channel.set('cmi.location', 'y')).toBe(false);
    expect(channel.commit()).toBe(false);
    expect(calls).toBe(1);
    expect(heard).toEqual(['SetValue(cmi.location) answered false (error 351)']);
  });

  it('survives an API that throws or vanishes mid-session', () => {
    const api: Record<string, unknown> = {
      LMSInitialize: () => 'true',
      LMSGetValue: () => {
        throw new Error('LMS went away');
      },
      LMSGetLastError: () => '0',
    };
    const channel = new LmsChannel({ version: '1.2', api: api as never });
    const heard: string[] = [];
    channel.onFailure((d) => heard.push(d));
    expect(channel.initialize()).toBe(true);
    expect(channel.get('cmi.core.entry')).toBe('');
    expect(channel.set('cmi.core.exit', 'suspend')).toBe(false);
    expect(channel.terminate()).toBe(false);
    expect(heard).toEqual(['GetValue(cmi.core.entry) threw: LMS went away']);
  });

  it('terminates a real run-time once, however often it is asked', () => {
    const api = new Scorm2004API({ logLevel: 5 });
    const channel = new LmsChannel({ version: '2004', api });
    expect(channel.initialize()).toBe(true);
    expect(channel.terminate()).toBe(true);
    expect(channel.terminate()).toBe(false);
    expect(channel.healthy).toBe(true);
    expect(api.isTerminated()).toBe(true);
  });
});
