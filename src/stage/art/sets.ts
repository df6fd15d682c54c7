// Every place the story can name, and the set that draws it: the table the composer reads.
// Imports the scene ids and the two families of sets.

import type { SceneId } from '../../narrative/tags';
import { INDOOR_SETS } from './indoor';
import type { SetPiece } from './kit';
import { OUTDOOR_SETS } from './outdoor';

export const SETS: Record<SceneId, SetPiece> = { ...INDOOR_SETS, ...OUTDOOR_SETS };
