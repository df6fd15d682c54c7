// Good Standing — English story. The game binds the EXTERNAL functions to the
// score model; the ink fallbacks below let the file run on its own in Inky.

EXTERNAL record(event)
EXTERNAL gate(id)
EXTERNAL score()
EXTERNAL tier()
EXTERNAL needs(door)
EXTERNAL worth(event)
EXTERNAL floor(tier_name)
EXTERNAL base()

// "full" for the whole story; the game sets "short" for the museum path (?length=short).
VAR length = "full"

INCLUDE chapter-1.ink
INCLUDE chapter-2.ink
INCLUDE chapter-3.ink
INCLUDE chapter-4.ink
INCLUDE chapter-5.ink
INCLUDE chapter-6.ink
INCLUDE chapter-7.ink
INCLUDE short.ink

{ length == "short": -> short_start }
-> chapter_1

// Figures in prose come from the model, never from the page (npm run story:test checks it).
// "20 points", or "no points" where the rules in force do not count the event at all.
=== function points(event) ===
~ temp n = worth(event)
{
- n == 0: no points
- n == 1: {n} point
- n == 2: {n} points
- n <= 10: {n} points
- else: {n} points
}

// Fallbacks, used only when the story runs outside the game (Inky, inklecate):
// nothing is counted, every door is open, and the score reads as the base.

=== function record(event) ===
~ return

=== function gate(id) ===
~ return true

=== function score() ===
~ return 1000

=== function tier() ===
~ return "A"

// The tier a door needs under the rules in force; here, Lanmen Civic Credit's.
=== function needs(door) ===
{ door:
- "travel_abroad": ~ return "AA"
- "job_public_sector": ~ return "AA"
- "services_fast_lane": ~ return "AA"
- "rail_highspeed": ~ return "B"
- else: ~ return "A"
}

// How much an event moves the score, either way, under Lanmen Civic Credit; unlisted events move it not at all.
=== function worth(event) ===
{ event:
- "bill_paid_on_time": ~ return 5
- "utility_bill_late": ~ return 20
- "loan_payment_late": ~ return 10
- "loan_repaid": ~ return 5
- "crossed_on_red": ~ return 20
- "camera_appeal_upheld": ~ return 20
- "fare_evaded": ~ return 10
- "post_flagged_rumour": ~ return 30
- "trust_perks_joined": ~ return 20
- "trust_perks_left": ~ return 20
- "contact_listed": ~ return 10
- "volunteered": ~ return 10
- "neighbour_reported": ~ return 5
- "report_declined": ~ return 5
- "blood_donated": ~ return 10
- "fraud_reported": ~ return 10
- "late_to_work": ~ return 5
- "employer_commendation": ~ return 10
- "guarantee_called": ~ return 20
- "commercial_fraud": ~ return 30
- "court_judgment_unpaid": ~ return 50
- "court_judgment_settled": ~ return 10
- "appeal_rejected": ~ return 10
- "mortgage_repayment_on_time": ~ return 5
- "worship_registered": ~ return 5
- "worship_unregistered": ~ return 30
- "venue_records_refused": ~ return 15
- "civility_award": ~ return 20
- "liaison_joined": ~ return 30
- "assessment_filed": ~ return 5
- "collective_appeal_signed": ~ return 10
- "collective_appeal_upheld": ~ return 20
- "post_deleted_on_request": ~ return 10
- else: ~ return 0
}

// The lowest score of each tier under Lanmen Civic Credit.
=== function floor(tier_name) ===
{ tier_name:
- "AAA": ~ return 1050
- "AA": ~ return 1030
- "A": ~ return 960
- "B": ~ return 850
- "C": ~ return 600
- else: ~ return 0
}

// Where everyone starts under Lanmen Civic Credit.
=== function base() ===
~ return 1000
