// The vocabulary the story and the rules share: every event, gate, list and source id.
// Ids are checked against these tables at build and test time. Imports nothing.

/** Who reported an event to the score. Every ledger line names one. */
export const SOURCES = [
  'bank',
  'court',
  'camera',
  'platform',
  'employer',
  'neighbourhood',
  'utility',
  'transport',
  'agency',
] as const;
export type SourceId = (typeof SOURCES)[number];

/**
 * What part of a life an event is about, finer than who reported it: a rule set can switch a whole topic off
 * ("count nothing from places of worship", "no neighbour reports"). Every event has exactly one.
 */
export const TOPICS = [
  'money',
  'court',
  'traffic',
  'speech',
  'trust_perks',
  'contacts',
  'civic_deeds',
  'neighbour_reports',
  'work',
  'worship',
  'appeals',
] as const;
export type TopicId = (typeof TOPICS)[number];

/** Lists a person can be put on. A list blocks gates regardless of score. */
export const LISTS = ['court_debtors'] as const;
export type ListId = (typeof LISTS)[number];

/** Everything the story can record. The regime decides what each one is worth. */
export const EVENTS = {
  bill_paid_on_time: { source: 'utility', topic: 'money' },
  utility_bill_late: { source: 'utility', topic: 'money' },
  loan_payment_late: { source: 'bank', topic: 'money' },
  loan_repaid: { source: 'bank', topic: 'money' },
  crossed_on_red: { source: 'camera', topic: 'traffic' },
  camera_appeal_upheld: { source: 'camera', topic: 'appeals' },
  fare_evaded: { source: 'transport', topic: 'traffic' },
  post_flagged_rumour: { source: 'platform', topic: 'speech' },
  trust_perks_joined: { source: 'platform', topic: 'trust_perks' },
  trust_perks_left: { source: 'platform', topic: 'trust_perks' },
  contact_listed: { source: 'platform', topic: 'contacts' },
  volunteered: { source: 'neighbourhood', topic: 'civic_deeds' },
  neighbour_reported: { source: 'neighbourhood', topic: 'neighbour_reports' },
  report_declined: { source: 'neighbourhood', topic: 'neighbour_reports' },
  blood_donated: { source: 'agency', topic: 'civic_deeds' },
  fraud_reported: { source: 'agency', topic: 'civic_deeds' },
  late_to_work: { source: 'employer', topic: 'work' },
  employer_commendation: { source: 'employer', topic: 'work' },
  guarantee_called: { source: 'bank', topic: 'money' },
  commercial_fraud: { source: 'bank', topic: 'money' },
  court_judgment_unpaid: { source: 'court', topic: 'court' },
  court_judgment_settled: { source: 'court', topic: 'court' },
  appeal_filed: { source: 'camera', topic: 'appeals' },
  appeal_rejected: { source: 'camera', topic: 'appeals' },
  guarantee_signed: { source: 'bank', topic: 'money' },
  mortgage_repayment_on_time: { source: 'bank', topic: 'money' },
  worship_registered: { source: 'neighbourhood', topic: 'worship' },
  worship_unregistered: { source: 'neighbourhood', topic: 'worship' },
  venue_records_refused: { source: 'neighbourhood', topic: 'worship' },
  civility_award: { source: 'neighbourhood', topic: 'civic_deeds' },
  liaison_joined: { source: 'agency', topic: 'neighbour_reports' },
  assessment_filed: { source: 'agency', topic: 'neighbour_reports' },
  collective_appeal_signed: { source: 'platform', topic: 'appeals' },
  collective_appeal_upheld: { source: 'camera', topic: 'appeals' },
  post_deleted_on_request: { source: 'platform', topic: 'speech' },
} as const satisfies Record<string, { source: SourceId; topic: TopicId }>;
export type EventId = keyof typeof EVENTS;

/**
 * The appeal a story can bring against a camera's record: filing it, and the two ways it ends. Which events
 * may be disputed is fixed by the story (only a camera's crossing is ever appealed); how a disputed event is
 * counted while the appeal is open is the rule set's `appeals`.
 */
export const APPEAL = {
  disputable: ['crossed_on_red'],
  filed: 'appeal_filed',
  upheld: 'camera_appeal_upheld',
  rejected: 'appeal_rejected',
} as const satisfies { disputable: readonly EventId[]; filed: EventId; upheld: EventId; rejected: EventId };

/** The platform's loyalty programme: joining makes a member (consent to platform data), leaving ends it. */
export const MEMBERSHIP = { joined: 'trust_perks_joined', left: 'trust_perks_left' } as const satisfies Record<
  string,
  EventId
>;

/** Doors the score opens or closes. */
export const GATES = [
  'loan_small',
  'mortgage',
  'rail_highspeed',
  'flight_domestic',
  'travel_abroad',
  'job_public_sector',
  'job_private_screening',
  'school_place',
  'services_fast_lane',
] as const;
export type GateId = (typeof GATES)[number];

export function isEventId(id: string): id is EventId {
  return Object.hasOwn(EVENTS, id);
}

export function isGateId(id: string): id is GateId {
  return (GATES as readonly string[]).includes(id);
}
