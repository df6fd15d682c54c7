// Good Standing — English story. The game binds the EXTERNAL functions to the
// score model; the ink fallbacks below let the file run on its own in Inky.

EXTERNAL record(event)
EXTERNAL gate(id)
EXTERNAL score()
EXTERNAL tier()
EXTERNAL needs(door)

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
