/**
 * Workshop rooms in the browser: the facilitator's set-up and projector, the participants' join and
 * phone screens. Loaded lazily (its own chunk, with the message schemas), so the single-player game's
 * first screen never waits for it. The App hands it a host: how to show a screen and the catalogue.
 *
 * Addresses (read and written by src/ui/router.ts): the projector lives at `#/workshop/<code>` (a
 * reload comes back to the room with the facilitator's token, kept for this tab only), a phone at
 * `#/join/<code>` (its token is kept in this browser, so a reload or a dropped connection is the same
 * participant with the same vote).
 */
import './workshop.css';
import type { CompiledScenario, ScenarioInfo } from '../story/index.ts';
import type { Screen, UiContext } from '../ui/context.ts';
import type { Route } from '../ui/router.ts';
import { isCode, normalizeCode, type RoomLang } from '../rooms/index.ts';
import { LocalRoom, RoomRefusal, type FacilitatorLink } from './link.ts';
import { PhoneLink, ServerRoom } from './server-link.ts';
import { workshopSetupScreen, type WorkshopStart } from './screens/setup.ts';
import { projectorScreen } from './screens/projector.ts';
import { phoneJoinScreen, phoneRoomScreen } from './screens/phone.ts';

export interface WorkshopHost {
  readonly ctx: UiContext;
  readonly catalogue: readonly ScenarioInfo[];
  loadScenario(lang: string, id: string): Promise<CompiledScenario>;
  show(screen: Screen): void;
  /** This screen's address, in place of the one that opened it (so a reload comes back here). */
  setAddress(route: Route): void;
  title(): void;
}

function joinUrl(code: string): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}#/join/${code}`;
}

async function openRoom(
  host: WorkshopHost,
  info: ScenarioInfo,
  link: FacilitatorLink,
  code: string | null,
): Promise<void> {
  const scenario = await host.loadScenario(info.lang, info.id);
  host.setAddress({ screen: 'workshop', code });
  host.show(
    projectorScreen(host.ctx, {
      info,
      scenario,
      link,
      joinUrl: code ? joinUrl(code) : null,
      leave: () => {
        link.close();
        host.setAddress({ screen: 'title' });
        host.title();
      },
    }),
  );
}

async function begin(host: WorkshopHost, choice: WorkshopStart): Promise<void> {
  const ref = { id: choice.info.id, lang: choice.info.lang as RoomLang };
  if (choice.mode === 'hands') {
    await openRoom(host, choice.info, new LocalRoom(ref, choice.title), null);
    return;
  }
  let room: ServerRoom;
  try {
    room = await ServerRoom.create(ref, choice.title);
  } catch (e) {
    const w = host.ctx.t.workshop;
    const code = e instanceof RoomRefusal ? e.code : 'offline';
    openWorkshop(host, {
      notice:
        code === 'offline' || code === 'unavailable'
          ? w.serverMissing
          : (w.errors[code] ?? w.errorGeneric),
      preset: { ...choice, mode: 'hands' },
    });
    return;
  }
  await openRoom(host, choice.info, room, room.code);
}

/** The facilitator's set-up screen. */
export function openWorkshop(
  host: WorkshopHost,
  extra: { notice?: string | null; preset?: Partial<WorkshopStart> | null } = {},
): void {
  host.setAddress({ screen: 'workshop', code: null });
  host.show(
    workshopSetupScreen(host.ctx, {
      catalogue: host.catalogue,
      notice: extra.notice ?? null,
      preset: extra.preset ?? null,
      start: (choice) => {
        begin(host, choice).catch((e: unknown) => {
          console.error(e);
          openWorkshop(host, { notice: host.ctx.t.workshop.errorGeneric, preset: choice });
        });
      },
      join: (code) => openJoin(host, code),
    }),
  );
}

/** Back to a room this tab is projecting (after a reload), else the set-up screen. */
export async function reopenProjector(host: WorkshopHost, code: string): Promise<void> {
  const c = normalizeCode(code);
  let room: ServerRoom | null;
  try {
    room = isCode(c) ? await ServerRoom.host(c) : null;
  } catch {
    room = null;
  }
  const view = room?.view();
  const info = view
    ? host.catalogue.find((s) => s.id === view.scenario.id && s.lang === view.scenario.lang)
    : undefined;
  if (!room || !info) {
    room?.close();
    openWorkshop(host);
    return;
  }
  await openRoom(host, info, room, room.code);
}

/** A participant's way in: the join form (with the code filled in from a QR link), then the room. */
export function openJoin(host: WorkshopHost, code: string | null = null): void {
  const c = code ? normalizeCode(code) : null;
  const deps = {
    catalogue: host.catalogue,
    loadScenario: (lang: string, id: string) => host.loadScenario(lang, id),
    code: c && isCode(c) ? c : null,
    join: async (joinCode: string, nickname: string | null): Promise<PhoneLink> => {
      const link = await PhoneLink.join(joinCode, nickname);
      host.setAddress({ screen: 'join', code: joinCode });
      host.show(
        phoneRoomScreen(host.ctx, deps, link, () => {
          host.setAddress({ screen: 'title' });
          host.title();
        }),
      );
      return link;
    },
  };
  host.setAddress({ screen: 'join', code: c && isCode(c) ? c : null });
  host.show(phoneJoinScreen(host.ctx, deps));
  // A phone that was in this room before (a reload, a dropped Wi-Fi) goes straight back in as itself.
  if (deps.code && PhoneLink.knows(deps.code)) {
    deps.join(deps.code, null).catch(() => {
      // The form stays up: the room may have ended, or the code was mistyped; the phone can try again.
    });
  }
}
