// The museum short path (?length=short): one Friday in the first week of the Lanmen Civic Credit
// pilot, from the morning notification to a night journey to Jinxi, in six to eight minutes.
// Self-contained; the game starts it at short_start when `length` is "short". Own short_ variables.

VAR short_perks = false
VAR short_bill_paid = false
VAR short_red = false
// What you told Tingting about the number: "good" (we'll keep it good) or "else" (good is something else).
VAR short_tingting = ""
// Old Ma's mosque form: "listed" (helped list the names), "refused" (helped him refuse), "away".
VAR short_form = ""
// Sat with the old men at Friday prayers in the back room of the noodle shop.
VAR short_prayed = false
// Deng's three hundred yuan: "phone", "refused", "cash".
VAR short_deng = ""
VAR short_promised = false
// The client-funds desk: "desk" or "none".
VAR short_job = ""
// The hospital deposit: "loan" or "queue" (Tingting's savings).
VAR short_money = ""
// Reported Deng's battery to Auntie Fang.
VAR short_reported = false
// "flight" or "slow_train".
VAR short_journey = ""

=== short_start ===
# chapter: 1
# scene: home
The message arrived at midnight. At twenty to seven on Friday morning it is still waiting on your lock screen.

WELCOME TO LANMEN CIVIC CREDIT. YOUR STARTING SCORE IS {score()}. TIER {tier()}. YOU ARE IN GOOD STANDING.

You are Xu Ming, a bookkeeper in the port city of Lanmen. From today the city keeps one number for you, fed by banks, courts, cameras, shops, your employer. Everyone starts at {base()}.

Your daughter Tingting, six, leans over to see the phone.

"Is {score()} good?" #speaker: tingting

* [Tell her it's good, and you'll keep it good #stance: comply]
    ~ short_tingting = "good"
    "It's good. And we'll keep it good."
    "I'm always good," she says, which is nearly true. #speaker: tingting
* [Tell her it's only where everyone starts #stance: conscience]
    ~ short_tingting = "else"
    "It's where everyone starts. Being good is something else."
    She frowns at the phone, as if it has been caught out.
-
A blue banner unfolds. TRUSTPERKS: JOIN THE CITY'S LOYALTY CIRCLE. Discounts, the priority queue at the clinic, {points("trust_perks_joined")} for joining today. In small grey type: TrustPerks uses your location, contacts and purchase history.

It is voluntary.

* [Join, and allow everything it asks #stance: comply]
    ~ short_perks = true
    ~ record("trust_perks_joined")
    # sfx: approval_chime
    A bright chime, like a lift arriving: {score()}. Location, always. Contacts. Payments. You think of four hours in the clinic last winter, and turn the phone face down.
* [Swipe the banner away #stance: refuse]
    The banner slides away, and comes back smaller in a corner: MAYBE LATER!
    "Why didn't you take the points?" #speaker: tingting
    "Because it wants to know who I phone, and where I walk."
-
Then, in amber: ELECTRICITY, 186.40 YUAN, DUE TODAY AT 10:00. There is 2,100 yuan in the account until payday; two thousand is promised to a hospital in Jinxi, for your mother's knee.

* [Pay the electricity now #stance: comply]
    ~ short_bill_paid = true
    ~ record("bill_paid_on_time")
    # sfx: approval_chime
    THANK YOU FOR BEING ON TIME. A small lift, like a teacher's tick in the margin.
* [Leave it until payday]
    The 2,100 stays whole, a small wall of money between your mother and the hospital cashier.
-
-> short_crossing

=== short_crossing ===
# scene: crossing
Where Heping Road meets Jiefang Street there are six lanes of diesel and fish, and over them eight black camera lenses. Two winters ago a scooter broke a schoolboy's hip here; since the cameras, nothing.

The light is red, its countdown dark. The road is empty. Across it your bus is pulling in; the next is nine minutes behind, and from today lateness goes into your employer's feed. A rider in a yellow jacket looks left, looks right, and goes.

# poll: short_heping_road_red
* [Cross on the red #road: crossed_red_short]
    ~ short_red = true
    ~ record("crossed_on_red")
    # sfx: camera_shutter
    Halfway across, a white flash from the gantry; you feel it on your cheek like a hand. TRAFFIC VIOLATION RECORDED. SCORE NOW {score()}. Tomorrow your face will join yesterday's offenders on the screen at the corner.
* [Wait for the green #stance: comply #road: waited_green_short]
    ~ record("late_to_work")
    You wait. The bus sighs and pulls away, and you reach the office nine minutes late. ARRIVAL LOGGED, 08:39.
-
{ not short_bill_paid:
    ~ record("utility_bill_late")
    At ten the phone shivers again: ELECTRICITY OVERDUE. SCORE NOW {score()}.
    Your cousin Zhou Hui, from Human Resources, reads it upside down. "They count that now," she says.
}
-> short_noodles

=== short_noodles ===
# scene: noodle_shop
At half past eleven, Ma's Lanzhou Beef Noodles. Old Ma, in his white cap, pulls a rope of dough until the strands double and double between his hands. Above the till hangs the calligraphy his father brought from Linxia: In the name of God, the Merciful, the Compassionate.

He lays a printed form beside your bowl. The mosque on Jiefang Street, where he sits on the committee, must report how many come to Friday prayers, and the names of regulars, "if convenient". Since a camera went up at the mosque gate, some of the old men have stopped going. They pray in his back room instead.

"You do forms," he says. "Help me with this one. The ones who come, God already knows. Now the form wants to know too." #speaker: ma_zhiqiang

# poll: short_mosque_form
* [Help him list the names; a form is only a form #stance: comply #road: names_listed_short]
    ~ short_form = "listed"
    You write forty-one names in your neat hand. He reads each one over your shoulder, a face for every name: the widower who brings dates, the boy who sang the call until his school wrote to his mother that pupils may not attend. He signs.
    "Now it's done," he says, and does not sound as if it is done. #speaker: ma_zhiqiang
* [Help him write that no records are kept #stance: refuse #road: records_refused_short]
    ~ short_form = "refused"
    ~ record("venue_records_refused")
    NO RECORDS OF ATTENDANCE ARE KEPT, you write, which is true. The form wants the name of whoever filled it in, and you write yours. Your phone shivers: {score()}. Old Ma puts his hand on your shoulder and leaves it there.
* [Keep out of it; it's his mosque, not yours #road: kept_out_short]
    ~ short_form = "away"
    "It's your mosque, Uncle Ma. I'd only get it wrong."
    He folds the form into his apron. The noodles taste exactly as they always have. Somehow that is worse.
-
-> short_payment

=== short_payment ===
The door lets in the rain and Deng Qiang, in a courier's yellow jacket. You were at school together. He had a fruit shop, until a lawsuit and a judgment he could not pay; now he is on the court's list of dishonest debtors. No fast trains, no planes, no loans.

He holds up his phone's payment code.

"The three hundred I owe you. Don't argue." #speaker: deng_qiang

{short_perks:TrustPerks lays a yellow triangle over his code: PAYMENTS INVOLVING LISTED PERSONS MAY AFFECT YOUR STANDING.|You remember a line, in the grey type nobody reads, about the integrity of one's circle.}

# poll: short_deng_repayment
* [Scan his code and take the money #stance: conscience #road: repaid_by_code]
    ~ short_deng = "phone"
    ~ record("contact_listed")
    # sfx: notification
    A CONTACT IN YOUR NETWORK IS LISTED AS A DISHONEST JUDGMENT DEBTOR. SCORE NOW {score()}.
    "That's me, isn't it?" Deng laughs, too loudly. "I'm catching. Like flu." #speaker: deng_qiang
* [Tell him to keep it #road: repayment_refused]
    ~ short_deng = "refused"
    "Keep it. Buy yourself a sleeper."
    Something closes in his face, like a shop shutter. "I'm not your charity, Xu Ming." #speaker: deng_qiang
* [Ask him for cash instead #stance: refuse #road: repaid_in_cash]
    ~ short_deng = "cash"
    He takes three red notes from his jacket and smooths each one flat on the table. "First time anyone's been scared of my payment code." He is smiling. #speaker: deng_qiang
-
-> short_prayers

=== short_prayers ===
At a quarter past twelve Old Ma unties his apron. It is Friday, but the old men will not walk past the face reader at the mosque gate: Friday prayer belongs in the mosque, Old Bai says, and fear excuses a man from it, so here they pray the ordinary noon prayer. Behind the curtain four of them are rolling out mats on the tiles, and one is washing at the sink: hands, mouth and nose, face, arms to the elbow, a wet hand over his head and ears, then feet, as carefully as if someone important were waiting.

"I pray here today, with them, so they are not alone," Old Ma says. "Sit with us, if you like. You don't have to do anything. He listens to everyone." #speaker: ma_zhiqiang

{short_perks:The phone in your pocket knows where it is.|Your phone is only a phone; it tells nobody where it is.}

# poll: short_friday_prayers
* [Sit with them at the back #stance: conscience #road: sat_at_prayers]
    ~ short_prayed = true
    ~ record("late_to_work")
    You sit on a folded mat by the curtain, outside their row. The youngest, seventy at least, gives the call to stand softly, so it will not carry into the street. Then they stand shoulder to shoulder, bow, and go down in prostration, foreheads to the floor, and the room is so quiet you can hear the rain. Nobody looks at you. It is the least watched you have felt all day.
    {short_perks:
        ~ record("worship_unregistered")
        # sfx: notification
        At the bus stop the phone is waiting: ATTENDANCE AT AN UNREGISTERED RELIGIOUS GATHERING. SCORE NOW {score()}. Your location told it.
    - else:
        Back at your desk twenty minutes late: {score()}. It knows you were late. It does not know where you were.
    }
* [Thank him and go back to work #road: back_to_work]
    "Another Friday, Uncle Ma."
    He nods, as if he had expected nothing else, and draws the curtain. Behind it, very softly, someone begins the call to prayer.
-
-> short_afternoon

=== short_afternoon ===
# scene: office
Your mother rings from Jinxi. "Don't be alarmed," she says, which is how she begins everything alarming. #speaker: mother

The surgeon can do her knee tomorrow at eight, but the hospital wants three thousand yuan before it admits her at seven, and she has twelve hundred. She went to the temple at dawn, as on every first of the lunar month, and lit a stick for you.

"Don't come," she says, in the voice that means come. #speaker: mother

* [Tell her you'll be there before they take her in]
    ~ short_promised = true
    "I'll be there, Ma."
    "Bring a coat," she says. "The ward is cold." #speaker: mother
* [Tell her you'll come at the weekend]
    "Cousin Lan can take you in. I'll come on Sunday."
    "Good," she says, too quickly. "That's sensible." #speaker: mother
-
At two {short_bill_paid:your cousin Zhou Hui, from Human Resources,|Zhou Hui} brings a printout: the client-funds desk, eight hundred a month extra, and under the new rules a screening. Tier {needs("job_private_screening")}. Names by five.

You check the app: {score()}, tier {tier()}. {gate("job_private_screening"):The door is open.|Beside the post, a small grey padlock.} Three thousand yuan by seven tomorrow. Eight hundred a month would help.

* [Apply for the client-funds desk #gate: job_private_screening #stance: comply]
    ~ short_job = "desk"
    One page, and above the signature a box already ticked: I consent to monthly re-screening for as long as I hold this post.
    "Good," says Zhou Hui. "You deserve it." #speaker: zhou_hui
* [Leave it for someone else #stance: refuse]
    ~ short_job = "none"
    {gate("job_private_screening"):You could. You don't. The word consent looks to you today like a door that opens in one direction.|The padlock decides for you. It is almost a relief, not to have to want something.}
-
-> short_bank

=== short_bank ===
# scene: bank
At five past five, the bank: thirty-eight people on plastic chairs, and behind a velvet rope an empty counter with a white orchid, for tier {needs("services_fast_lane")} and above. By the door, a tablet: TRUST-EASY LOAN. TIER {needs("loan_small")} AND ABOVE. DECISION IN 60 SECONDS.

You have {short_bill_paid:1,913.60|2,100} yuan{short_deng == "cash":, and Deng's three red notes|}{short_deng == "phone":, and Deng's three hundred|}. It is not enough. There is also Tingting's savings, opened the week she was born, never to be touched.

* [Apply for the Trust-Easy Loan #gate: loan_small #stance: comply]
    ~ short_money = "loan"
    # sfx: approval_chime
    Forty seconds. It does not ask what the money is for; it seems to know enough already. APPROVED. It was so easy that some part of you waits to be thanked, or questioned.
* [Take a number and break Tingting's savings #stance: refuse]
    ~ short_money = "queue"
    An hour and ten minutes on a plastic chair, while young men in good suits stroll through the velvet rope and out.
-
-> short_evening

=== short_evening ===
# scene: home
At half past seven Auntie Fang knocks: the estate's grid worker. Deng lives two floors down, and his scooter battery is charging on the stairwell landing again.

"Last winter in Dongcheng, a battery like that: four floors of smoke, a girl Tingting's age in hospital for a month. A resident's report brings the fire officer. Mine brings a leaflet." The form is filled in, with a box for your thumb. #speaker: fang_lihua

* [Press your thumb to the report #stance: comply]
    ~ short_reported = true
    ~ record("neighbour_reported")
    # sfx: approval_chime
    "Nobody has to know it was you," she says. #speaker: fang_lihua
    Nobody has to know. The system knows, and you know.
* [Tell her you'll talk to Deng yourself #stance: conscience]
    ~ record("report_declined")
    "I have to mark it: declined. It's the form." #speaker: fang_lihua
    {score()}. Then you go down and knock, and Deng unplugs the battery and carries it inside.
-
At eight you sit at the kitchen counter. The last fast train to Jinxi has gone. There is a flight at 21:50; Zhou Hui could take Tingting. And there is the overnight slow train, Deng's train, hard sleeper, arriving ten minutes before your mother is admitted.

{gate("flight_domestic"):The airline app shows three seats left, your score in green in the corner.|The airline app shows three seats left, and beside the button, in a rounded box, your score and the reason the button will not work for you.}

* [Book the 21:50 flight and ring Zhou Hui #gate: flight_domestic]
    ~ short_journey = "flight"
    -> short_flight
* [Take Tingting on the overnight train #stance: conscience]
    ~ short_journey = "slow_train"
    -> short_train

=== short_flight ===
# scene: airport
Zhou Hui comes in slippers, and Tingting goes with her in pyjamas, her pillow held in front of her like a shield. At security a gate of smoked glass considers your face for half a second. A green light, your name, a small letter: {tier()}. The glass slides open with a soft chime, and you walk through.
-> short_ward

=== short_train ===
# scene: station
{gate("flight_domestic"):You could have flown. You pack for two instead.|The plane was never yours tonight. You pack for two.}

# sfx: denial_tone
At the ticket gate the man ahead of you presents his identity card, and the machine makes a low flat sound. A guard leads him gently aside. You do not know what list he is on, or why, or whether it is fair.

# sfx: approval_chime
Your card chimes. Tingting climbs to the top berth as if it were a tree house.

"Is this Uncle Deng's train?" she asks, from inside her sleep. #speaker: tingting

"Yes. Tonight it's ours too."
-> short_ward

=== short_ward ===
{short_journey == "flight":At 23:40|At 6:58} you are at your mother's bedside in Jinxi, prayer beads wound twice round her wrist. {short_money == "loan":The deposit went through so fast the cashier asked if you were rich now.|She does not ask where the deposit came from. She knows what Tingting had.}

{short_promised:"You said you'd come," she says, "and you came."|"I told you not to come," she says.} She holds your hand so hard it hurts. #speaker: mother
{
- short_prayed && short_form != "listed":
    -> short_end_faith
- short_journey == "flight":
    -> short_end_good_standing
- else:
    -> short_end_slow_train
}

=== short_end_faith ===
The phone lights once on the blanket: {score()}, tier {tier()}. {short_perks:It knows where you sat at noon.|{short_form == "refused":It knows what you signed at lunch.|It does not know where you sat at noon. Only God and five old men know that.}} {short_journey == "slow_train" && not gate("flight_domestic"):Tonight it cost you the plane.|}

You think of Old Ma and the old men with their foreheads to the tiles, and how nobody looked at you. {short_tingting == "good":This morning you told Tingting you would keep the number good. You are no longer sure it was the thing to keep.|This morning you told Tingting that being good was something else. Tonight you know what you meant.}

Your mother's beads click once against the bed rail. You turn the phone face down.
# ledger: 1
# ending: short_keeping_faith
-> END

=== short_end_good_standing ===
Before dawn the phone lights once on your knee: {score()}, tier {tier()}, good standing. {short_job == "desk":On Monday the client-funds desk is yours. |}{short_reported:A fire officer has Deng's address. |}{short_form == "listed":Forty-one names are in a folder at the District Service Centre, in your handwriting.|Old Ma's form is still folded in his apron.}

{short_tingting == "good":You told Tingting you would keep it good. You have.|You told Tingting that being good was something else. The number does not know the difference. You are trying to.} All day the doors opened for you, one after another. You turn the phone face down on the blanket.
# ledger: 1
# ending: short_good_standing
-> END

=== short_end_slow_train ===
The phone glows: {score()}, tier {tier()}. {gate("flight_domestic"):The plane was open to you, and you took the train.|Somewhere today, point by point, the plane closed: {short_red:the red light, |nine late minutes, }{not short_bill_paid:the bill, }{short_deng == "phone":Deng's code, |}{short_prayed && short_perks:the back room, |}{not short_reported:Deng's battery, |}the small things.} {short_form == "listed":Forty-one names are in a folder at the District Service Centre, in your handwriting.|Old Ma's form is still folded in his apron.}

Tingting sleeps on your shoulder, her shoes still on. {short_tingting == "good":You told her you would keep the number good. For the first time today you have not thought about it.|You told her that being good was something else. Tonight you almost believe it.}
# ledger: 1
# ending: short_slow_train
-> END
