// Chapter 1: one Monday in the first week of the Lanmen Civic Credit pilot, from the midnight
// notification to a night journey to Jinxi. Uses only the catalogue's event and gate ids;
// the ch1_ variables carry earlier choices into later text.

VAR ch1_perks = false
VAR ch1_bill_paid = false
VAR ch1_volunteered = false
VAR ch1_red = false
VAR ch1_invited = false
VAR ch1_deng = ""
VAR ch1_promised = false
VAR ch1_job = ""
VAR ch1_money = ""
VAR ch1_reported = false
VAR ch1_journey = ""
// What you told Tingting about being good: "good" (then we'll be good) or "else" (good is something else).
VAR ch1_tingting = ""
// Promised Auntie Fang to warn Deng about the battery.
VAR ch1_fang_promise = false
// Appealed the Heping Road camera notice on the bus (only if ch1_red).
VAR ch1_appealed = false
// Rode the 27 without paying (only if not ch1_red).
VAR ch1_fare = false
// How you answered Zhou Hui at the office: "argued" or "agreed".
VAR ch1_cousin = ""
// Scanned the CIVILISED MERCHANT plaque and saw the noodle shop's rating.
VAR ch1_plaque = false
// What you told Old Ma about the mosque form: "numbers" (leave out the names), "fill", "quiet".
VAR ch1_ma = ""
// What you told Mother about the score and the temple: "bills" or "unsure".
VAR ch1_temple = ""
// Read the Trust-Easy Loan's terms at the bank.
VAR ch1_terms = false
// What you packed for Jinxi: "drawing" (Tingting's bird from the fridge), "papers" (receipts, tickets), "coat".
VAR ch1_packed = ""

=== chapter_1 ===
# chapter: 1
# scene: home
The message arrived at midnight. At twenty to seven it is still waiting on the lock screen.

WELCOME TO LANMEN CIVIC CREDIT. YOUR STARTING SCORE IS {score()}. TIER {tier()}. YOU ARE IN GOOD STANDING.

Beyond the window the port cranes stand bent in the haze, like herons waiting for something to move.

Auntie Fang's leaflet explained: banks, courts, cameras, shopping platforms, employers, all pouring into one number. Everyone, the leaflet said, starts equal: {base()}.

Tingting comes in barefoot, her hair a storm cloud, holding up two elastic bands.

"Two plaits. Not one. Lili has two." #speaker: tingting

You start on the plaits.

"Is {score()} good?" #speaker: tingting

"It's where everyone starts."

"Lili's mum says if you're good, it goes up." #speaker: tingting

* [Tell her you'll be good, then #stance: comply]
    ~ ch1_tingting = "good"
    "Then we'll be good."
    "I'm always good," she says, which is nearly true. #speaker: tingting
* [Tell her being good is something else #stance: conscience]
    ~ ch1_tingting = "else"
    "It goes up if we pay our bills. Good is something else."
    She frowns at the phone as if it has been caught out. "I'm good anyway," she says. #speaker: tingting
-
Under the number a blue banner unfolds. TRUSTPERKS: JOIN THE CITY'S LOYALTY CIRCLE. Deposit-free bikes, the priority queue at the clinic, {points("trust_perks_joined")} for joining today. Beneath it, in grey type that is not hiding, only not raising its voice: TrustPerks uses your location, contacts and purchase history.

It is voluntary.

# poll: join_trust_perks
* [Tap "Join" and allow everything it asks #stance: comply #road: perks_joined]
    ~ ch1_perks = true
    ~ record("trust_perks_joined")
    # sfx: approval_chime
    The phone chimes like a lift arriving, and the number rolls up to {score()}.
    "You got more!" Tingting says. "You didn't even do anything." #speaker: tingting
    You think of the clinic last winter, four hours on a plastic chair with Tingting coughing into your shoulder, and turn the phone face down.
* [Swipe the banner away #stance: refuse #road: perks_declined]
    The banner slides off the screen, hesitates, and comes back smaller in a corner: MAYBE LATER!
    "Why didn't you take the points?" #speaker: tingting
    "Because it wants to know who I phone, and where I walk, and what I buy."
    She considers this. "You buy noodles. And my yoghurt." #speaker: tingting
    "Exactly. Nobody needs to know about the yoghurt."
-
Then, in amber: ELECTRICITY, FLAT 402: 186.40 YUAN. GRACE PERIOD ENDS TODAY AT 10:00.

There is 2,100 yuan in the account until Friday's salary, and two thousand of it is promised to a hospital in Jinxi: the deposit for your mother's knee, next Monday.

* [Pay the electricity now #stance: comply]
    ~ ch1_bill_paid = true
    ~ record("bill_paid_on_time")
    # sfx: approval_chime
    Two taps and a thumbprint. THANK YOU FOR BEING ON TIME: {score()}. You feel, absurdly, a small lift, like a teacher's tick in the margin.
* [Leave it until payday on Friday]
    The 2,100 stays whole.
-
-> ch1_gate

=== ch1_gate ===
# scene: street
At the gate of Heping New Village, six grey blocks built for shipyard workers, under a red banner, BE A TRUSTWORTHY PERSON, BUILD A CIVILISED CITY, Auntie Fang has her folding table out. Fang Lihua, sixty-one, is grid worker for four hundred and twelve households. Last winter, when old Mr Qiu's milk stood two days on his step, she had his door broken down.

"Good morning, good standing! Saturday we're clearing the Xiaoqing canal. Volunteers get {points("volunteered")}, a bottle of water and my eternal gratitude." #speaker: fang_lihua

* [Put your name down for Saturday #stance: comply]
    ~ ch1_volunteered = true
    ~ record("volunteered")
    She turns the tablet for your thumb, and it chimes: {score()}. "The canal gets cleaner, and you meet your neighbours, who you never meet. Everyone wins." #speaker: fang_lihua
* [Say that Saturdays belong to Tingting #stance: refuse]
    "Saturdays are hers. Swimming, then the library."
    "Bring her! We have little gloves." #speaker: fang_lihua
    "Another time, Auntie."
    She writes nothing, and you notice that she writes nothing, and then you notice yourself noticing.
-
In your stairwell a grey cable loops from a second-floor window to the landing, where a scooter battery sits charging on the concrete, warm as a sleeping cat.

"Your friend Deng. I've told him twice. Dongcheng Estate, February: a battery on a landing, four floors of smoke. A girl this one's age was in hospital for a month. You tell him. Nicely. From me." #speaker: fang_lihua

* [Promise to tell him tonight]
    ~ ch1_fang_promise = true
    "Tonight, Auntie. I'll tell him."
    "Nicely," she says again, and ticks something on the tablet. #speaker: fang_lihua
* [Say that it's between her and Deng]
    "He's a grown man, Auntie. He knows where to find you."
    "He knows where to find me," she agrees. "He doesn't listen where he finds me." #speaker: fang_lihua
-
-> ch1_crossing

=== ch1_crossing ===
# scene: crossing
Tingting runs in through the gate of Heping Road Primary without looking back. She never does.

Where Heping Road meets Jiefang Street there are six lanes of diesel and fish, and over them a gantry of eight black lenses. A screen on the corner loops yesterday's offenders, given names starred out: a young man in a suit, startled; a grandmother with a shopping trolley, not at all.

The pedestrian light is red, its countdown dark. The road is empty. Across it, the 27 bus wheezes into its stop. It is 7:52; the next 27 is nine minutes behind, and from today, Zhou Hui's email said, arrival times go into the employer feed. {worth("late_to_work"):Minus {points("late_to_work")} per late arrival.|Late arrivals will be recorded.}

A rider in a yellow jacket looks left, looks right, and goes.

# poll: heping_road_red
* [Cross on the red #road: crossed_red]
    ~ ch1_red = true
    ~ record("crossed_on_red")
    # sfx: camera_shutter
    You go. Halfway across comes a white flash from the gantry; you feel it on your cheek like a hand.
    # scene: bus
    Before you find a strap, the phone buzzes. TRAFFIC VIOLATION RECORDED, 07:52. SCORE NOW {score()}. YOU MAY APPEAL WITHIN SEVEN DAYS.
    ** [Appeal now: the countdown was dark]
        ~ ch1_appealed = true
        ~ record("appeal_filed")
        COUNTDOWN NOT WORKING, you type in the box, and then, because it is also true, ROAD EMPTY. APPEAL RECEIVED. DECISION WITHIN 30 WORKING DAYS.
    ** [Let it stand; you did cross #stance: comply]
        You did cross. You put the phone away.
    --
* [Wait for the green #stance: comply #road: waited_green]
    You wait. The bus waits too, a moment longer than it needs to, then sighs and pulls away.
    # scene: bus
    The next 27 is packed to the doors. At the back, where you are pushed in, the card reader is dark: TAP AT FRONT.
    ** [Pass your card forward, hand to hand]
        It goes from hand to hand, a student, a nurse, and far away the reader chirps.
    ** [Ride on: the reader is broken, not you]
        ~ ch1_fare = true
        ~ record("fare_evaded")
        # sfx: notification
        At the port the phone buzzes: ROUTE 27, FARE NOT PAID. SCORE NOW {score()}.
    --
-
-> ch1_office

=== ch1_office ===
# scene: office
Haixing Logistics, ninth floor of the Port Trade Building.
{ ch1_red:
    -> red
- else:
    -> late
}

= red
It is 8:21, early for once. Zhou Hui, your cousin, who runs Human Resources from a desk with a photograph of her father, holds out her hand for the phone.
"Heping Road, Ming?" #speaker: zhou_hui
"The countdown was broken."
{ch1_appealed:"And you've appealed already. Good. Somebody actually reads them now."|"Then appeal. Somebody actually reads them now."} She hands it back. "And don't do it again." #speaker: zhou_hui
* [Ask if she would have waited]
    ~ ch1_cousin = "argued"
    "Would you have waited?"
    "Yes. And I'd have put myself in." #speaker: zhou_hui
* [Promise her you won't #stance: comply]
    ~ ch1_cousin = "agreed"
    "I won't."
    "Good." She pats your hand twice, the way her mother used to. #speaker: zhou_hui
- -> after

= late
It is 8:34. Zhou Hui, your cousin, who runs Human Resources from a desk with a photograph of her father, looks at the clock.
"I have to put it in," she says, not unkindly. "{worth("late_to_work"):It's {points("late_to_work")}|It doesn't even count}. It's nothing." #speaker: zhou_hui
~ record("late_to_work")
* [Ask why, if it's nothing, she puts it in #stance: refuse]
    ~ ch1_cousin = "argued"
    "If it's nothing, why put it in?"
    "Because if I leave yours out, I leave everybody's out. And then it's nothing for everybody." #speaker: zhou_hui
* [Tell her to put it in; it's fair #stance: comply]
    ~ ch1_cousin = "agreed"
    "Put it in. It's fair."
    She does, and looks for a moment as if she would rather you had argued.
- -> after

= after
{ not ch1_bill_paid:
    -> ch1_bill_late
}
-> ch1_fraud_call

= ch1_bill_late
At ten exactly the phone shivers.
~ record("utility_bill_late")
# sfx: notification
ELECTRICITY: PAYMENT OVERDUE. SCORE NOW {score()}.
Zhou Hui, passing, reads it upside down. "They count that now," she says, not sorry.
-> ch1_fraud_call

=== ch1_fraud_call ===
Before lunch a Shanghai number calls, and the app lays a red strip across it: SUSPECTED FRAUD. REPORTED BY 1,204 USERS.

"Xu Ming?" A warm, official voice. "Lanmen Civic Credit Service Centre. Your score is showing {score()}. That is an error: {ch1_red:the camera at Heping Road logged you twice at 07:52|{ch1_fare:the camera on the 27 bus logged your fare as unpaid twice|your electricity account has been linked to another household}}. We only need to verify your bank card."


Zhou Hui has come round the partition, her face perfectly still.

* [Report the number through the app #stance: conscience]
    ~ record("fraud_reported")
    # sfx: approval_chime
    You hang up mid-sentence and press REPORT. The form fills itself in: number, time, a recording you did not know was being made. SHARED WITH THE PUBLIC SECURITY BUREAU.
    Zhou Hui lets out her breath. "Twelve hundred and five," she says. #speaker: zhou_hui
* [Hang up and block him]
    You hang up and block him.
    "You should report it," Zhou Hui says. #speaker: zhou_hui
    "He'll have a new number by lunch."
    "Then they'll have that one by lunch too." She types it in from memory and reports it herself. #speaker: zhou_hui
-
-> ch1_noodles

=== ch1_noodles ===
# scene: noodle_shop
At half past twelve she comes with you to Ma's Lanzhou Beef Noodles on Jiefang Street. Old Ma, in his white cap, slaps a rope of dough on the board, folds, pulls, and the strands double and double between his hands. In fourteen years he has never got your order wrong.

Above the till, new this week, a green plaque: CIVILISED MERCHANT. SCAN TO RATE.

* [Scan the plaque]
    ~ ch1_plaque = true
    HYGIENE, five stars. SERVICE, five. CIVIC CONDUCT, three: PROPRIETOR'S RELIGIOUS AFFILIATION UNDER REVIEW.
* [Leave your phone in your pocket]
    Fourteen years, and you have never rated anything here. The noodles have never needed stars.
-
"The mosque committee had a form too," he says, seeing you look. "How many come on Fridays. Names of regulars, if convenient." He folds, pulls. "Forms are forms." Then, to the dough rather than to you: "The ones who come, God already knows. Now the form knows too." #speaker: ma_zhiqiang

* [Tell him: the numbers, not the names #stance: conscience]
    ~ ch1_ma = "numbers"
    "Give them the numbers, Uncle Ma. If convenient means it isn't required."
    He looks at you over the dough. "You read forms for a living. You are sure?" #speaker: ma_zhiqiang
    You are not sure. You nod.
* [Tell him to fill it in and be left alone #stance: comply]
    ~ ch1_ma = "fill"
    "Fill it in, Uncle Ma. Then they leave you alone."
    "That is what the committee says." He brings the dough down harder than it needs. "Every week." #speaker: ma_zhiqiang
* [Say nothing: it is his mosque, not yours]
    ~ ch1_ma = "quiet"
    You say nothing. It is his mosque, and his Friday. He pulls the dough until it is fine as thread.
-
The door lets in the rain and Deng Qiang, in a SwiftRun courier's yellow jacket. He sat behind you in maths in Jinxi and copied your homework for three years. Later he had a fruit shop on Binhai Road, until the lockdowns, a lawsuit, and a judgment for eighty-six thousand yuan he could not pay.

Under the table, Zhou Hui's knee goes still against yours.

"Ming," she says quietly, "they look at who you're with now." {ch1_cousin == "argued":"And yes, I know what you think of that."|} #speaker: zhou_hui

* [Wave him over to your table #stance: conscience]
    ~ ch1_invited = true
    Deng sits, orders the cheapest bowl, and Zhou Hui, who has manners before opinions, pours him tea.
    "Going home Friday," he says. "The K-train. Seven hours forty, hard seat." #speaker: deng_qiang
    "If you'd paid the judgment—" Zhou Hui begins. #speaker: zhou_hui
    "I pay the court fifteen hundred a month. They listed me the month the shop went, when I couldn't pay and couldn't prove I couldn't." #speaker: deng_qiang
    Zhou Hui tells him about her father: the man on the phone who said he was the police, two hundred and eighteen thousand yuan, forty years of chalk dust. Last spring the platform matched the transfers, and a hundred and forty thousand came back.
    "So yes, it watches," she says. "It watched those people too. Somebody has to." #speaker: zhou_hui
    "I'm glad it got him his money back," Deng says. #speaker: deng_qiang
* [Let him take a stool at the counter #stance: comply]
    Deng lifts his chin at you and takes a stool at the counter, his back to the room. Zhou Hui's knee relaxes.
    Over the noodles she tells it again: her father, the man who said he was the police, two hundred and eighteen thousand yuan, forty years of chalk dust. Last spring the platform matched the transfers, and a hundred and forty thousand came back.
    "He cried on the phone. I had never heard him cry." She looks at the green plaque. "So yes, it watches. It watched those people too. Somebody has to." #speaker: zhou_hui
    On Friday he will go home to Jinxi on the slow K-train, because the G-train will not sell him a ticket.
-
{ch1_invited:When the bowls are empty|On his way out} he holds up his phone's payment code. "Three hundred. Since March. Don't argue." #speaker: deng_qiang

{ch1_perks:TrustPerks lays a small yellow triangle over his code: PAYMENTS INVOLVING LISTED PERSONS MAY AFFECT YOUR STANDING.|You remember a line from the leaflet, in the section nobody read, about the integrity of one's circle.}

# poll: deng_repayment
* [Scan his code and take the money #stance: conscience #road: repaid_by_code]
    ~ ch1_deng = "phone"
    ~ record("contact_listed")
    # sfx: notification
    A second after the transfer, the phone buzzes: A CONTACT IN YOUR NETWORK IS LISTED AS A DISHONEST JUDGMENT DEBTOR. SCORE NOW {score()}. GOOD STANDING IS EASIER AMONG PEOPLE IN GOOD STANDING.
    Deng reads your face the way he used to read your homework.
    "That's me, isn't it?" He laughs, too loudly. "I'm catching. Like flu." #speaker: deng_qiang
* [Tell him to keep it #road: repayment_refused]
    ~ ch1_deng = "refused"
    "Keep it. Buy yourself a sleeper on Friday."
    Something closes in his face, like a shop shutter. "I'm not your charity, Xu Ming." #speaker: deng_qiang
    
* [Ask him for cash instead #stance: refuse #road: repaid_in_cash]
    ~ ch1_deng = "cash"
    "Have you got it in cash?"
    He takes three red notes from his jacket and smooths each one flat on the table. "First time anyone's been scared of my payment code." He is smiling. #speaker: deng_qiang
-
Your phone rings. Jinxi.

"Don't be alarmed," your mother says, which is how she begins everything alarming. "Somebody cancelled. Dr Pan can do the knee tomorrow at eight. The hospital wants three thousand before they admit me at seven; I have twelve hundred in the book. Lan will take me in." #speaker: mother

"I lit three sticks for the knee, one for you, one for Tingting. Mrs Hu says this score of yours counts the temple. Does it count the temple?" #speaker: mother

* [Tell her it counts bills]
    ~ ch1_temple = "bills"
    "It counts bills, Ma."
    "Good. The Bodhisattva doesn't need a telephone." #speaker: mother
* [Tell her nobody has said what it counts]
    ~ ch1_temple = "unsure"
    "I don't know, Ma. Nobody says what it counts."
    "Then let it count. The Bodhisattva doesn't need a telephone." #speaker: mother
-
A pause, full of hospital corridor. "Don't come," she says, in the voice that means come. #speaker: mother

* [Tell her you will be there]
    ~ ch1_promised = true
    "I'll be there, Ma. Before they take you in."
    "Bring a coat," she says. "The ward is cold." #speaker: mother
* [Tell her Lan can manage; you'll come at the weekend]
    "Lan can take you. I'll come on Saturday, with Tingting."
    "Good," she says, too quickly. "That's sensible." She hangs up before you can hear anything else. #speaker: mother
-
{ ch1_ma:
- "numbers":
    Old Ma, as you leave, lifts a floury hand. "Numbers, no names." #speaker: ma_zhiqiang
- "fill":
    Old Ma, as you leave, does not quite smile.
- else:
    As you leave, the form lies unsigned beside the till.
}
-> ch1_afternoon

=== ch1_afternoon ===
# scene: office
At two Mr Lin calls Accounts into the glass room and reads an email aloud.

"Two openings. The Port Group is seconding a bookkeeper for two years: state payroll, state pension; under the new rules, tier {needs("job_public_sector")}. And our own client-funds desk, eight hundred a month extra, with the new screening: tier {needs("job_private_screening")}. Names to Zhou Hui by five." #speaker: lin_guowei

At your desk you open the app under the edge of the keyboard, the way you might check a wound. {score()}. Tier {tier()}.
{gate("job_public_sector"):Two letters. A state pension; a desk that would not vanish in the next lockdown. Your hands are not quite steady.|{gate("job_private_screening"):One letter. Enough for the client-funds desk, not for the Port Group. Without meaning to, you add up what the second would take.|Beside both openings the app has drawn a small grey padlock. You add up the day, point by point, as you would anyone else's accounts.}}

Eight hundred a month would help.

* [Apply for the Port Group secondment #gate: job_public_sector #stance: comply]
    ~ ch1_job = "port"
    Four pages. Page three asks your consent to a full review of credit, conduct and social connections. You sign. Zhou Hui comes round the partition and hugs you hard, for the first time since your father's funeral.
    "The pension, Ming. Think of the pension." #speaker: zhou_hui
* [Apply for the client-funds desk #gate: job_private_screening]
    ~ ch1_job = "desk"
    One page, and above the signature a box already ticked: I consent to monthly re-screening while I hold this post. Mr Lin initials it unread.
    "Good. You know the clients. They know you." #speaker: lin_guowei
* [Leave both for someone else #stance: refuse]
    ~ ch1_job = "none"
    {gate("job_private_screening"):You could. You don't. The word consent looks to you today like a door that opens in one direction.|The padlocks decide for you. It is almost a relief, not to have to want something.} Mr Lin watches you pass the glass room and writes something down.
-
At five past five you leave with your coat half on, to find three thousand yuan.
-> ch1_bank

=== ch1_bank ===
# scene: bank
The Heping Road branch of Lanmen Rural Commercial Bank smells of wet umbrellas.

New this week: a velvet rope and an empty counter with a white orchid: GOOD STANDING LANE, {needs("services_fast_lane")} AND ABOVE. By the door, a tablet: TRUST-EASY LOAN. UP TO 30,000 YUAN. TIER {needs("loan_small")} AND ABOVE. DECISION IN 60 SECONDS.

* [Read the loan's terms first]
    ~ ch1_terms = true
    Six screens of grey type. On the fifth: the applicant consents to the lender's access to banking, platform, transport and employer records for the life of the loan.
* [Don't: after-school club closes at six]
    You don't read it. Nobody reads it. That, presumably, is what the sixty seconds are for.
-
You have {ch1_bill_paid:1,913.60|2,100} in the account{ch1_deng == "cash":, and Deng's three red notes|}{ch1_deng == "phone":, plus Deng's three hundred|}. It is not enough. There is also Tingting's deposit: twenty thousand yuan, opened the week she was born and never to be touched.

* [Apply for the Trust-Easy Loan on the tablet #gate: loan_small #stance: comply]
    ~ ch1_money = "loan"
    # sfx: approval_chime
    It takes forty seconds. It does not ask what the money is for; {ch1_terms:after the fifth screen, you know why it doesn't need to|it seems to know enough already}. APPROVED. 3,000 YUAN. SIX MONTHS. It was so easy that some part of you waits to be thanked, or questioned.
* [Break Tingting's deposit at the Good Standing counter #gate: services_fast_lane]
    ~ ch1_money = "fast"
    The guard unhooks the velvet rope as though you have arrived at a wedding. Four minutes, two signatures, a cup of tea you have no time to drink.
* [Take a number; wait to break Tingting's deposit #stance: refuse]
    ~ ch1_money = "queue"
    A147. An hour and ten minutes on a plastic chair, while two young men in good suits stroll through the velvet rope and out.
    
    At six you text Tingting's teacher an apology.
-
-> ch1_evening

=== ch1_evening ===
# scene: home
{ch1_money == "queue":Tingting is the last child at the gate, holding Teacher Wu's hand and not crying. That is worse than crying. She forgives you by the second streetlight.|Tingting comes out of after-school club with paint on her cuffs and a drawing of a heron.} At half past seven, with Tingting in the bath, someone knocks.

Auntie Fang, rain on her glasses. {ch1_volunteered:"My Saturday person!" she says, and means it.|"No Saturday, then," she says. "Never mind. Next time."}

"The battery's on the landing again. A resident's report brings the fire officer within forty-eight hours; mine brings a leaflet." She turns the tablet to you: UNSAFE CHARGING, STAIRWELL B, SECOND FLOOR, with a box for your thumb. "It's a five-hundred-yuan fine, and then it's done. Or one night it isn't done." #speaker: fang_lihua

At the top of her screen is your number: {score()}. {ch1_plaque:It is laid out like Old Ma's rating: stars, a number, small type. |}She sees you see it.

"Everyone's is on here. It's for the grid." #speaker: fang_lihua

Five hundred yuan. {ch1_deng == "refused":You remember his face at lunch, closing like a shutter.|{ch1_deng == "cash":You remember him smoothing the red notes flat, one by one.|You remember him laughing too loudly: I'm catching, like flu.}}

# poll: report_the_battery
* [Press your thumb to the report #stance: comply #road: battery_reported]
    ~ ch1_reported = true
    ~ record("neighbour_reported")
    # sfx: approval_chime
    The tablet chimes. Auntie Fang squeezes your arm. "It's the right thing. You'll see. Nobody has to know it was you." #speaker: fang_lihua
    Nobody has to know.
* [Tell her you'll talk to Deng yourself #stance: conscience #road: battery_left_to_you]
    ~ record("report_declined")
    {ch1_fang_promise:"You said that this morning." |}She taps the screen anyway. "I have to mark it, Xiao Xu. Declined. It isn't me; it's the form." Your number shifts to {score()}. "Talk to him tonight, then. Tonight." #speaker: fang_lihua
-
In the holdall there is room for one more thing.

* [Tingting's drawing, from the fridge]
    ~ ch1_packed = "drawing"
    You slide it flat between two jumpers: a very blue heron, waiting for something to move.
* [The folder of receipts]
    ~ ch1_packed = "papers"
    Years of keeping other people's accounts: you keep your own. If anyone asks where you were this week, the folder will know.
* [Your warm coat{ch1_promised:, as she told you|}]
    ~ ch1_packed = "coat"
    The padded one, too hot for Lanmen in September. The ward will be cold.
-
The last G-train to Jinxi left at 19:40. There is a flight at 21:50; Zhou Hui lives ten minutes away. There is the overnight K-train at 23:12, Deng's train, hard sleeper, arriving at 6:50, ten minutes before she is admitted. And there is the first G-train tomorrow at 6:10, arriving at 8:22, when she will already be under the lights.

{gate("flight_domestic"):The airline app shows the 21:50, three seats left, your score in green in the corner.|The airline app shows the 21:50, three seats left, and beside the button, in a rounded box, your score and why the button will not work for you.}

From the bathroom, Tingting: "Is Grandma's knee broken?" #speaker: tingting

* [Book the 21:50 flight and ring Zhou Hui to take Tingting #gate: flight_domestic]
    -> ch1_end_flight
* [Take Tingting on the overnight train #stance: conscience]
    -> ch1_end_slow_train
* [Stay tonight; take the first train at dawn]
    -> ch1_end_dawn

=== ch1_end_flight ===
~ ch1_journey = "flight"
Zhou Hui comes in twenty minutes, in slippers, car keys in her teeth.

# scene: airport
At security a gate of smoked glass considers your face for half a second. A green light, your name, a small letter: {tier()}. The glass slides open with a soft chime, and you walk through as if it had always been a door.

The plane climbs out over the port. {ch1_reported:Somewhere down there a fire officer has Deng's address for Thursday.|Somewhere down there a battery sits on a landing, and you never did knock on Deng's door{ch1_fang_promise:, though you promised Auntie Fang|}.}

At 23:40 you are in the ward in Jinxi. Your mother is awake, prayer beads wound twice round her wrist. {ch1_packed == "drawing":You give her Tingting's drawing, and she props it against the water jug.|{ch1_packed == "coat":You spread your coat over her blanket; the ward is cold.|You put the folder on her locker, out of habit: ticket, deposit slip, proof of where you are.}}

{ch1_promised:"You said you would come," she says, "and you came." She holds your hand so hard it hurts.|"I told you not to come," she says, and holds your hand so hard it hurts.} #speaker: mother

Before dawn the phone lights once on your knee: {score()}, {tier()}, good standing. {ch1_temple == "unsure":Nobody says what it counts. |}{ch1_tingting == "good":We'll be good, you told Tingting. |}You turn it face down on the blanket.
# ledger: 1
-> chapter_2

=== ch1_end_slow_train ===
~ ch1_journey = "slow_train"
{ ch1_reported:
    On the way down you pass the second-floor landing. The battery is still there, its green light steady in the dark.
- else:
    On the way down you knock on Deng's door. He opens it in a vest, chopsticks in hand, {ch1_invited:and|and whatever was in his face at lunch, alone at the counter, he puts away when he} sees the bag and Tingting in her coat. "Jinxi?" You tell him about the knee, and about Auntie Fang. He unplugs the battery and carries it in like a sleeping dog.
    "Car nine is the warmest," he says. "Buy the tea eggs at Fuqiao, not on the train." #speaker: deng_qiang
}
# scene: station
Lanmen Station, half past ten.

# sfx: denial_tone
At the ticket gate the man ahead of you presents his identity card, and the machine makes a low flat sound. A guard leads him gently aside. You do not know what list he is on, or why, or whether it is fair.

# sfx: approval_chime
Your card chimes.

Hard sleeper, car nine. Tingting climbs to the top berth like a tree house and sleeps with her shoes on{ch1_packed == "drawing":, her drawing flat under her cheek|}.

"Is this Uncle Deng's train?" she asks once, from inside her sleep. #speaker: tingting

"Yes. Tonight it's ours too."

At 6:58 you are in the hospital corridor with a sleeping child on your shoulder. {ch1_promised:"You said you'd come," your mother says, and her face does something you have not seen it do since you were small.|Your mother looks at the two of you, and her face does something you have not seen it do since you were small.}{ch1_packed == "coat": You put your coat round her shoulders.|}
# ledger: 1
-> chapter_2

=== ch1_end_dawn ===
~ ch1_journey = "dawn"
You put Tingting to bed and tell her Grandma's knee is not broken, only tired, and the doctors will give it a new part, like a bicycle.
{ ch1_reported:
    Two floors down the battery glows on its landing. In a day or two a fire officer will knock on Deng's door with a clipboard and a fine.
- else:
    At nine you go down and knock on Deng's door{ch1_fang_promise:, as you promised Auntie Fang,|} and tell him about the girl in Dongcheng. He listens in the doorway, then unplugs the battery and carries it inside.
    "For your mother's knee," he says. It makes no sense, and complete sense. #speaker: deng_qiang
}
At ten you video-call the ward. {ch1_money == "loan":The deposit went through, she says; it came so fast the cashier asked if you were rich now.|The deposit went through, she says. She does not ask where it came from. She knows what you had, and what Tingting had.}{ch1_packed == "drawing": You hold up Tingting's drawing, and she laughs.|}

{ch1_promised:"You promised," she says. Then, "It doesn't matter. You'll be there when I wake up. Before is only waiting."|"Good," she says, when you tell her the 6:10. "You'll be there when I wake up. Before is only waiting."} #speaker: mother

Zhou Hui will come for Tingting at half past five. You set the alarm for 4:50 and lie down dressed. The phone glows on the pillow: {score()}, tier {tier()}. {ch1_tingting == "good":We'll be good, you told Tingting this morning, as if the number and good were the same thing.|Good is something else, you told Tingting this morning.}
# ledger: 1
-> chapter_2
