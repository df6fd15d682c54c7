// Which discussion prompts a playthrough earns, as data: each prompt id with the condition that
// calls for it. The words live in the message tables. Imports only the model.

import type { EventId } from '../model/catalogue';
import type { Tier } from '../model/regime';

export type PromptCondition =
  /** The ledger has this event at least once. */
  | { event: EventId }
  /** The playthrough ended at this tier or better. */
  | { endedAtBest: Tier }
  /** The playthrough ended at this tier or worse. */
  | { endedAtWorst: Tier }
  /** Some door the player met was shut (true) or every one was open (false). */
  | { metShutDoor: boolean };

export const PROMPTS = [
  { id: 'joined_perks', when: { event: 'trust_perks_joined' } },
  { id: 'reported_neighbour', when: { event: 'neighbour_reported' } },
  { id: 'declined_to_report', when: { event: 'report_declined' } },
  { id: 'appealed', when: { event: 'appeal_filed' } },
  { id: 'listed_as_debtor', when: { event: 'court_judgment_unpaid' } },
  { id: 'worshipped_registered', when: { event: 'worship_registered' } },
  { id: 'worshipped_unregistered', when: { event: 'worship_unregistered' } },
  { id: 'refused_records', when: { event: 'venue_records_refused' } },
  { id: 'became_liaison', when: { event: 'liaison_joined' } },
  { id: 'filed_assessment', when: { event: 'assessment_filed' } },
  { id: 'signed_collective_appeal', when: { event: 'collective_appeal_signed' } },
  { id: 'high_tier_end', when: { endedAtBest: 'AA' } },
  { id: 'low_tier_end', when: { endedAtWorst: 'B' } },
  { id: 'locked_out', when: { metShutDoor: true } },
  { id: 'every_door_open', when: { metShutDoor: false } },
] as const satisfies readonly { id: string; when: PromptCondition }[];

export type PromptId = (typeof PROMPTS)[number]['id'];
