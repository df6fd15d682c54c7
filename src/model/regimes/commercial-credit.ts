// A voluntary commercial score in the style of Sesame Credit (FACTS.md 12–13), for the debrief's side-by-side replay:
// 350–950, payments and platform data count, civic and moral life counts for nothing. Imports only the model.

import { EVERYTHING_COUNTS, type Regime } from '../regime.ts';

const DEBTORS = ['court_debtors'] as const;

export const commercialCredit: Regime = {
  id: 'commercial_credit',
  // The 350–950 range is Sesame's; the 600 start for a thin file is our invention.
  base: 600,
  range: { min: 350, max: 950 },
  tierFloors: { AAA: 700, AA: 660, A: 620, B: 580, C: 500 },
  events: {
    // Payment behaviour and ability to pay weigh most.
    bill_paid_on_time: { delta: 15 },
    utility_bill_late: { delta: -30 },
    loan_payment_late: { delta: -40 },
    loan_repaid: { delta: 20 },
    mortgage_repayment_on_time: { delta: 10 },
    guarantee_signed: { delta: -10 },
    guarantee_called: { delta: -50 },
    commercial_fraud: { delta: -150 },
    fare_evaded: { delta: -10 },
    // Identity and platform membership: sharing data is what builds the file.
    trust_perks_joined: { delta: 60 },
    trust_perks_left: { delta: -60 },
    // "Social connections" is one of Sesame's five published dimensions.
    contact_listed: { delta: -20 },
    // The court list is a separate public record; a lender reading it marks the debt, and the list itself shuts doors.
    court_judgment_unpaid: { delta: -100, lists: DEBTORS },
    court_judgment_settled: { delta: 20, clears: DEBTORS },
    // Civic, moral and religious life, traffic cameras, speech and work conduct: not the platform's business.
    crossed_on_red: { delta: 0 },
    camera_appeal_upheld: { delta: 0 },
    appeal_filed: { delta: 0 },
    appeal_rejected: { delta: 0 },
    post_flagged_rumour: { delta: 0 },
    post_deleted_on_request: { delta: 0 },
    volunteered: { delta: 0 },
    neighbour_reported: { delta: 0 },
    report_declined: { delta: 0 },
    blood_donated: { delta: 0 },
    fraud_reported: { delta: 0 },
    late_to_work: { delta: 0 },
    employer_commendation: { delta: 0 },
    worship_registered: { delta: 0 },
    worship_unregistered: { delta: 0 },
    venue_records_refused: { delta: 0 },
    civility_award: { delta: 0 },
    liaison_joined: { delta: 0 },
    assessment_filed: { delta: 0 },
    collective_appeal_signed: { delta: 0 },
    collective_appeal_upheld: { delta: 0 },
  },
  // Tiers here buy perks, not permission. The court list shuts only what it is documented to shut (FACTS.md 4–5:
  // loans, flights, high-speed rail, outbound tours), not jobs (its bar is on executive posts), the public school
  // (its bar is on high-fee private schools) or the fast lane.
  gates: {
    loan_small: { tier: 'B', blockedBy: DEBTORS },
    mortgage: { tier: 'AA', blockedBy: DEBTORS },
    rail_highspeed: { tier: 'D', blockedBy: DEBTORS },
    flight_domestic: { tier: 'D', blockedBy: DEBTORS },
    travel_abroad: { tier: 'A', blockedBy: DEBTORS },
    job_public_sector: { tier: 'D', blockedBy: [] },
    job_private_screening: { tier: 'B', blockedBy: [] },
    school_place: { tier: 'D', blockedBy: [] },
    services_fast_lane: { tier: 'A', blockedBy: [] },
  },
  ...EVERYTHING_COUNTS,
};
