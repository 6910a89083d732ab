/** Every venue generator, keyed by venue id (the ids stories use in `# scene:`). */
import type { VenueId } from '../../../src/art/ids.ts';
import { reception } from './reception.ts';
import { garden } from './garden.ts';
import { office } from './office.ts';
import { cafe } from './cafe.ts';
import { breakfastRoom } from './breakfast-room.ts';

export const VENUES: Record<VenueId, () => string> = {
  reception,
  garden,
  office,
  cafe,
  'breakfast-room': breakfastRoom,
};
