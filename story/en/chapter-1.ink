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

=== chapter_1 ===
# chapter: 1
# scene: home
The message arrived at midnight while you slept, and at twenty to seven it is still waiting on the lock screen, patient as a letter slipped under a door.

WELCOME TO LANMEN CIVIC CREDIT. YOUR STARTING SCORE IS 1000. TIER A. YOU ARE IN GOOD STANDING.

You read it at the kitchen counter while the kettle works itself up to the boil. Beyond the window the cranes of the container port stand bent in the haze, like herons waiting for something to move. Someone downstairs is frying scallion pancakes.

For months you have read about it: in the residents' group, on the screens in the bus, in the leaflet Auntie Fang pushed under every door with a chocolate coin taped to one corner. Banks, courts, traffic cameras, shopping platforms, employers, the water company, the power company, all of it pouring into one number, the way every river on the estuary map pours into the same grey bay. Everyone starts at a thousand. Everyone, the leaflet said, starts equal.

Tingting comes in barefoot, her hair a storm cloud, holding up two elastic bands. One has a plastic strawberry on it.

"Two plaits. Not one. Lili has two." #speaker: tingting

You sit her on the stool and begin. She leans sideways to see the phone, undoing your work.

"Is a thousand good?" #speaker: tingting

"It's where everyone starts."

"Lili's mum says if you're good, it goes up." #speaker: tingting

"Then we'll be good."

"I'm always good," she says, which is nearly true. #speaker: tingting

Under the number a blue banner unfolds. TRUSTPERKS: JOIN THE CITY'S LOYALTY CIRCLE. Deposit-free bike hire, five per cent off at Huarun Supermarket, the priority queue at the Municipal Clinic, twenty points for joining today. Beneath it, in grey type that is not hiding, exactly, only not raising its voice: TrustPerks uses your location, contacts and purchase history to personalise your benefits.

It is voluntary. The leaflet was very clear about that.

# poll: join_trust_perks
* [Tap "Join" and allow everything it asks #stance: comply]
    ~ ch1_perks = true
    ~ record("trust_perks_joined")
    # sfx: approval_chime
    The phone gives a bright two-note chime, like a lift arriving, and the number rolls up to {score()}.
    "You got more!" Tingting says. "You didn't even do anything." #speaker: tingting
    You scroll the permissions. Location, always. Contacts. Payments. Partner data, to serve you better. You think of the clinic last winter, four hours on a plastic chair with Tingting coughing into your shoulder, and turn the phone face down.
* [Swipe the banner away #stance: refuse]
    The banner slides off the screen, hesitates, and comes back smaller in a corner: MAYBE LATER!
    "Why didn't you take the points?" #speaker: tingting
    "Because it wants to know who I phone, and where I walk, and what I buy."
    She considers this seriously. "You buy noodles. And my yoghurt." #speaker: tingting
    "Exactly. Nobody needs to know about the yoghurt."
-
Then, in amber: ELECTRICITY, BLOCK 3, FLAT 402: 186.40 YUAN. GRACE PERIOD ENDS TODAY AT 10:00.

There is 2,100 yuan in the account until Friday's salary, and two thousand of it is already promised to a hospital in Jinxi: the deposit for your mother's knee, next Monday. For eleven years the power company has sent a polite text, then a less polite one, and the lights have stayed on. That was before.

* [Pay the electricity now #stance: comply]
    ~ ch1_bill_paid = true
    ~ record("bill_paid_on_time")
    # sfx: approval_chime
    Two taps and a thumbprint. THANK YOU FOR BEING ON TIME. The score says {score()}, and you feel, absurdly, a small lift, like a teacher's tick in the margin. You will find the missing eighty-six yuan before Monday. You always do.
* [Leave it until payday on Friday]
    Friday, you tell yourself. The lights do not know what day it is. The 2,100 stays whole, a small wall of money between your mother and the hospital cashier.
-
-> ch1_gate

=== ch1_gate ===
# scene: street
At the gate of Heping New Village, six grey blocks built for the shipyard workers, under a red banner that says BE A TRUSTWORTHY PERSON, BUILD A CIVILISED CITY, Auntie Fang has set up her folding table. Fang Lihua: sixty-one, retired from the textile mill, grid worker for four hundred and twelve households, a tablet in a pink rubber case. Last winter she was the one who noticed that old Mr Qiu on the fifth floor had not taken in his milk for two days, and had the door broken down.

"Good morning, good standing!" She laughs at her own joke. "Saturday we're clearing the Xiaoqing canal. Volunteers get ten points, a bottle of water and my eternal gratitude." #speaker: fang_lihua

Then she tips her chin towards your stairwell. A grey cable loops from a second-floor window down to the landing, where a scooter battery sits charging on the concrete, fat and black and warm as a sleeping cat.

"Your friend Deng. I've told him twice. Dongcheng Estate, February: a battery on a landing, three in the morning, four floors of smoke. A girl this one's age was in hospital for a month." Her hand rests on Tingting's head. "You tell him. Nicely. From me." #speaker: fang_lihua

* [Put your name down for Saturday #stance: comply]
    ~ ch1_volunteered = true
    ~ record("volunteered")
    She turns the tablet for your thumb, and it chimes. "And the canal gets cleaner, and you meet your neighbours, who you never meet. Everyone wins." #speaker: fang_lihua
    The app agrees with her: {score()}.
* [Say that Saturdays belong to Tingting #stance: refuse]
    "Saturdays are hers. Swimming, then the library."
    "Bring her! We have little gloves." #speaker: fang_lihua
    "Another time, Auntie."
    She writes nothing, and you notice that she writes nothing, and then you notice yourself noticing.
-
-> ch1_crossing

=== ch1_crossing ===
# scene: crossing
Tingting runs in through the gate of Heping Road Primary without looking back. She never looks back.

Where Heping Road meets Jiefang Street there are six lanes of diesel and fish, and over them a gantry holding eight black lenses. Two winters ago a delivery scooter broke a schoolboy's hip here; since the cameras, the parents' group says, nothing. Since last month a screen on the corner has shown yesterday's offenders in a slow loop, the middle character of each name starred out: a young man in a suit, startled; a grandmother with a shopping trolley, not startled at all.

The pedestrian light is red, and its countdown has gone dark. The road is empty. Across it, the 27 bus is wheezing into its stop. It is 7:52; the next 27 is nine minutes behind, and on Friday Zhou Hui emailed all staff: from Monday, arrival times go into the employer feed. Five points per late arrival. Please plan accordingly! A smiling face.

Beside you an old man waits with a birdcage under a blue cloth. A rider in a yellow jacket looks left, looks right, and goes.

# poll: heping_road_red
* [Cross on the red]
    ~ ch1_red = true
    ~ record("crossed_on_red")
    # sfx: camera_shutter
    You go. Halfway across comes a white flash from the gantry, bright even in daylight; you feel it on your cheek like a hand. You reach the bus as its doors fold shut, and the driver lets you in without looking at you.
    # scene: bus
    Before you have found a strap, the phone buzzes. TRAFFIC VIOLATION RECORDED. HEPING RD / JIEFANG ST, 07:52. SCORE NOW {score()}. YOU MAY APPEAL WITHIN SEVEN DAYS. Tomorrow, on the pole at the corner, your face will take its turn.
* [Wait for the green #stance: comply]
    You wait. The bus waits too, a moment longer than it needs to, then sighs and pulls away.
    "Everybody's in a hurry," says the old man. "The road isn't going anywhere."
    # scene: bus
    The next 27 is packed to the doors. When you tap your card, the reader shows a small green letter beside the fare, {tier()}, and you ride to the port with someone's umbrella handle in your ribs.
-
-> ch1_office

=== ch1_office ===
# scene: office
Haixing Logistics, ninth floor of the Port Trade Building. Accounts is at the back, above the container yard, where red and blue boxes stand stacked like a child's blocks.
{ ch1_red:
    It is 8:21, early for once. Zhou Hui, your cousin, who runs Human Resources from a desk with a cactus and a photograph of her father, sees your face and holds out her hand for your phone. She reads the notification and sighs.
    "Heping Road, Ming?" #speaker: zhou_hui
    "The countdown was broken."
    "Then appeal. Somebody actually reads them now." She hands it back. "And don't do it again." #speaker: zhou_hui
- else:
    It is 8:34. Zhou Hui, your cousin, who runs Human Resources from a desk with a cactus and a photograph of her father, looks at the clock, then at you.
    "I have to put it in," she says, not unkindly. "It's five points. It's nothing." #speaker: zhou_hui
    "If it's nothing, why put it in?"
    "Because if I leave yours out, I leave everybody's out. And then it's nothing for everybody." #speaker: zhou_hui
    ~ record("late_to_work")
}
{ not ch1_bill_paid:
    -> ch1_bill_late
}
-> ch1_fraud_call

= ch1_bill_late
At ten o'clock exactly the phone shivers on the desk.
~ record("utility_bill_late")
# sfx: notification
ELECTRICITY: PAYMENT OVERDUE. SCORE NOW {score()}.
Zhou Hui, passing, reads it upside down. "They count that now," she says. She does not sound sorry. She sounds like someone watching a scale settle.
-> ch1_fraud_call

=== ch1_fraud_call ===
At eleven a call comes from a Shanghai number, and the app lays a red strip across it: SUSPECTED FRAUD. REPORTED BY 1,204 USERS. You answer anyway.

"Xu Ming?" A warm, official voice. "Lanmen Civic Credit Service Centre. Your score is showing {score()}, which is an error: {ch1_red:the camera at Heping Road logged you twice at 07:52|your electricity account has been linked to another household}. We only need to verify your bank card."

He knows your name, your number, {ch1_red:the crossing|the bill}. Somewhere between the cameras and the banks your morning has leaked, and a stranger is holding it like a wallet he found in the street.

Zhou Hui has come round the partition. Her face has gone perfectly still.

* [Report the number through the app #stance: conscience]
    ~ record("fraud_reported")
    # sfx: approval_chime
    You hang up in the middle of his sentence and press REPORT. The form fills itself in: number, time, duration, a recording you did not know was being made. SHARED WITH THE PUBLIC SECURITY BUREAU. {score()}.
    Zhou Hui lets out her breath. "Twelve hundred and five," she says. #speaker: zhou_hui
* [Hang up and block him]
    You hang up and block him.
    "You should report it," Zhou Hui says. #speaker: zhou_hui
    "He'll have a new number by lunch."
    "Then they'll have that one by lunch too." Through the gap in the partition you watch her type it in from memory and report it herself. #speaker: zhou_hui
-
-> ch1_noodles

=== ch1_noodles ===
# scene: noodle_shop
At half past twelve she comes down with you to Ma's Lanzhou Beef Noodles on Jiefang Street: six tables, a window running with steam. Old Ma, in his white cap, slaps a rope of dough on the board, folds it, pulls, and the strands double and double between his hands. In fourteen years he has never got your order wrong.

Above the till hangs the calligraphy his father brought from Linxia, a line of Arabic in black and gold that he once translated for you: In the name of God, the Merciful, the Compassionate. Beside it, new this week, a green plaque: CIVILISED MERCHANT. SCAN TO RATE.

"The mosque committee had a form too," he says, seeing you look. "How many come on Fridays. Names of regulars, if convenient." He folds, pulls. "Forms are forms." Then, to the dough rather than to you: "The ones who come, God already knows. Now the form knows too." #speaker: ma_zhiqiang

The door lets in the rain and Deng Qiang, helmet under his arm, in the yellow-and-black jacket of the SwiftRun delivery platform. He sat behind you in maths in Jinxi and copied your homework for three years. Later he had a fruit shop on Binhai Road with the best durian in the district, until the lockdowns, a supplier's lawsuit, and a judgment for eighty-six thousand yuan that he could not pay.

Under the table, Zhou Hui's knee goes still against yours. Everyone in the family knows about Deng.

"Ming," she says quietly, "they look at who you're with now." #speaker: zhou_hui

* [Wave him over to your table #stance: conscience]
    ~ ch1_invited = true
    Deng sits, orders the cheapest bowl with extra chilli, and Zhou Hui, who has manners before she has opinions, pours him tea.
    "Going home Friday," he says. "The K-train. Seven hours forty, hard seat. The G-train was two hours; now I arrive with the milk." He cracks his back. "My knees are older than your mother's." #speaker: deng_qiang
    "If you'd paid the judgment—" Zhou Hui begins. #speaker: zhou_hui
    "I pay the court fifteen hundred a month. The list doesn't care about instalments. It cares about the balance." He says it without anger, the way you would give someone directions. #speaker: deng_qiang
    Zhou Hui looks at her bowl. Then she tells him about her father: the man on the phone who said he was the police, two hundred and eighteen thousand yuan, forty years of chalk dust, nine days when he told nobody out of shame. How last spring the platform matched the transfers, and a hundred and forty thousand came back, and he cried on the phone.
    "So yes, it watches," she says. "It watched those people too. Somebody has to." #speaker: zhou_hui
    "I'm glad it got him his money back," Deng says. He means it, and you can see her see that he means it. #speaker: deng_qiang
* [Let him take a stool at the counter #stance: comply]
    Deng lifts his chin at you and takes a stool at the counter, his back to the room. Zhou Hui's knee relaxes.
    Over the noodles she tells you what you already know, because the voice on the phone has brought it up again: her father, the man who said he was the police, two hundred and eighteen thousand yuan, forty years of chalk dust, nine days when he told nobody out of shame. Last spring the platform matched the transfers, and a hundred and forty thousand came back.
    "He cried on the phone. I had never heard him cry." She looks at the green plaque. "So yes, it watches. It watched those people too. Somebody has to." #speaker: zhou_hui
    At the counter Deng eats fast, head down, the way people eat who are paid by the delivery. On Friday he will go home to Jinxi on the K-train, seven hours and forty minutes on a hard seat, because the G-train takes two hours and will not sell him a ticket.
-
{ch1_invited:When the bowls are empty|On his way out} he takes out his phone and holds up his payment code. "Three hundred. Since March. Don't argue." #speaker: deng_qiang

{ch1_perks:Before you have lifted your own phone, TrustPerks lays a small yellow triangle over his code: PAYMENTS INVOLVING LISTED PERSONS MAY AFFECT YOUR STANDING.|You remember a line from the leaflet, in the section nobody read, about the integrity of one's circle.}

# poll: deng_repayment
* [Scan his code and take the money #stance: conscience]
    ~ ch1_deng = "phone"
    ~ record("contact_listed")
    # sfx: notification
    The transfer goes through. A second later the phone buzzes again: A CONTACT IN YOUR NETWORK IS LISTED AS A DISHONEST JUDGMENT DEBTOR. SCORE NOW {score()}. GOOD STANDING IS EASIER AMONG PEOPLE IN GOOD STANDING.
    Deng reads your face the way he used to read your homework.
    "That's me, isn't it?" He laughs, too loudly. "I'm catching. Like flu." #speaker: deng_qiang
* [Tell him to keep it]
    ~ ch1_deng = "refused"
    "Keep it. Buy yourself a sleeper on Friday."
    Something closes in his face, quietly, like a shop shutter at the end of the day. "I'm not your charity, Xu Ming." #speaker: deng_qiang
    Old Ma sets down a dish of pickles between you and says nothing, in the way that only Old Ma can say nothing.
* [Ask him for cash instead #stance: refuse]
    ~ ch1_deng = "cash"
    "Have you got it in cash?"
    He looks at you for a long moment. Then he takes three red notes from inside his jacket and smooths each one flat on the table. "First time anyone's been scared of my payment code," he says. He is smiling. His eyes are not. #speaker: deng_qiang
    Over the till, beside the calligraphy, there is a small camera. You had never noticed it. Everything has a camera over it, once you start looking.
-
Your phone rings. Jinxi.

"Don't be alarmed," your mother says, which is how she begins everything alarming. "Somebody cancelled. Dr Pan can do the knee tomorrow at eight instead of next Monday. He says it's lucky. Only the hospital wants three thousand before they admit me at seven, and I have twelve hundred in the book. Don't come. It's a knee. Your cousin Lan will take me in." #speaker: mother

It is the first day of the lunar month. She will have been to the temple at dawn, as she has on the first and the fifteenth for as long as you can remember, and eaten no meat today, and no garlic.

"I lit three sticks for the knee, one for you, one for Tingting. Mrs Hu says this score of yours counts the temple. Does it count the temple?" #speaker: mother

"It counts bills, Ma."

"Good. The Bodhisattva doesn't need a telephone." A pause, full of hospital corridor. "Don't come," she says again, in the voice that means come. #speaker: mother

* [Tell her you will be there]
    ~ ch1_promised = true
    "I'll be there, Ma. Before they take you in."
    She makes a small sound that is meant to be a protest and is not one. "Bring a coat," she says. "The ward is cold." #speaker: mother
* [Tell her Lan can manage, and you'll come at the weekend]
    "Lan can take you. I'll come on Saturday, with Tingting."
    "Good," she says, too quickly. "Good. That's sensible." She hangs up before you can hear anything else in her voice. #speaker: mother
-
-> ch1_afternoon

=== ch1_afternoon ===
# scene: office
At two o'clock Mr Lin calls Accounts into the glass room. Lin Guowei prints his emails and reads them with a pencil, and he reads this one aloud.

"Two openings, both new this week. The Port Group is seconding a bookkeeper from a partner firm for two years: state payroll, state pension, housing allowance. Under the new rules, tier AA. And our own client-funds desk, eight hundred a month extra, which needs the new screening: tier A, clean record. Names to Zhou Hui by five." #speaker: lin_guowei

Back at your desk you open the app under the edge of the keyboard, the way you might check a wound. {score()}. Tier {tier()}.
{gate("job_public_sector"):Two letters. A state pension; a desk that would not disappear in the next lockdown. Your hands are not quite steady.|{gate("job_private_screening"):One letter. Enough for the client-funds desk, not for the Port Group. Without meaning to, you start adding up what it would take to earn the second.|Beside both openings the app has drawn a small grey padlock. You add up the day, point by point, the way you would add up anyone else's accounts.}}

Three thousand yuan by seven tomorrow morning. Eight hundred a month would help.

* [Put your name forward for the Port Group secondment #gate: job_public_sector #stance: comply]
    ~ ch1_job = "port"
    The form is four pages. Page three asks you to consent to a full review of credit, conduct and social connections. You sign. Zhou Hui comes round the partition and hugs you hard, which she has not done since your father's funeral.
    "The pension, Ming. Think of the pension." #speaker: zhou_hui
* [Apply for the client-funds desk #gate: job_private_screening]
    ~ ch1_job = "desk"
    One page, and above the signature a box already ticked: I consent to monthly re-screening for as long as I hold this post. Mr Lin initials it without reading it.
    "Good. You know the clients. They know you." #speaker: lin_guowei
* [Leave both for someone else #stance: refuse]
    ~ ch1_job = "none"
    {gate("job_private_screening"):You could. You don't. You could not say why, only that the word consent on the form looks to you today like a door that opens in one direction.|The padlocks decide for you. It is almost a relief, not to have to want something.} Mr Lin watches you pass the glass room and writes something down.
-
At five past five you leave with your coat half on, to find three thousand yuan.
-> ch1_bank

=== ch1_bank ===
# scene: bank
The Heping Road branch of Lanmen Rural Commercial Bank smells of floor polish and wet umbrellas. Thirty-eight people wait on plastic chairs: old women with passbooks wrapped in handkerchiefs, a young father jiggling a baby, a guard in a cap one size too big.

Two things are new this week. A velvet rope, a strip of carpet the colour of a new car, and an empty counter with a white orchid on it: GOOD STANDING LANE, AA AND ABOVE. And by the door, a tablet on a chrome stand: TRUST-EASY LOAN. UP TO 30,000 YUAN. TIER A AND ABOVE. DECISION IN 60 SECONDS.

You have {ch1_bill_paid:1,913.60|2,100} in the account{ch1_deng == "cash":, and Deng's three red notes folded in your coat pocket|}{ch1_deng == "phone":, plus Deng's three hundred|}. It is not enough. There is also Tingting's deposit: twenty thousand yuan, opened the week she was born and never to be touched. After-school club closes at six.

* [Apply for the Trust-Easy Loan on the tablet #gate: loan_small #stance: comply]
    ~ ch1_money = "loan"
    # sfx: approval_chime
    It takes forty seconds. It does not ask what the money is for; it seems to know enough already. APPROVED. 3,000 YUAN. SIX MONTHS. The money is in your account before the phone is back in your pocket. It was so easy that some part of you stands there waiting to be thanked, or questioned, and is neither.
* [Break Tingting's deposit at the Good Standing counter #gate: services_fast_lane]
    ~ ch1_money = "fast"
    The guard unhooks the velvet rope for you as though you have arrived at a wedding. The clerk behind the orchid knows your name before you sit. Four minutes, two signatures, a cup of tea you have no time to drink. The old women with their passbooks watch you go in, and watch you come out.
* [Take a number and wait to break Tingting's deposit #stance: refuse]
    ~ ch1_money = "queue"
    A147. An hour and ten minutes on a plastic chair, watching the numbers crawl, while two young men in good suits stroll through the velvet rope and out again.
    "In my day," says the old woman beside you, to nobody, "you queued for the bank and you queued for the rice, and at least everybody queued."
    At six you text Tingting's teacher an apology.
-
-> ch1_evening

=== ch1_evening ===
# scene: home
{ch1_money == "queue":Tingting is the last child at the school gate, holding Teacher Wu's hand and not crying, which is worse than crying. She forgives you by the second streetlight.|Tingting comes out of after-school club with paint on her cuffs and a drawing of a heron.} At home you make egg-and-tomato noodles, which is what you make when you need to think. At half past seven, with Tingting in the bath singing to a plastic whale, someone knocks.

Auntie Fang, tablet under her arm, rain on her glasses. {ch1_volunteered:"My Saturday person!" she says, and means it.|"No Saturday, then," she says. "Never mind. Next time."}

"The battery's on the landing again. Third night. A resident's report brings the fire officer within forty-eight hours; mine brings a leaflet." She turns the tablet towards you. The form is already filled in, UNSAFE CHARGING, STAIRWELL B, SECOND FLOOR, with a box for your thumb. "It's a five-hundred-yuan fine, and then it's done. Or one night it isn't done." #speaker: fang_lihua

At the top of her screen, small and green, is your own number: {score()}. She sees you see it.

"Everyone's is on here. It's for the grid." #speaker: fang_lihua

Five hundred yuan. {ch1_deng == "refused":You remember his face at lunch, closing like a shutter.|{ch1_deng == "cash":You remember him smoothing the red notes flat, one by one.|You remember him laughing too loudly: I'm catching, like flu.}} Down in the stairwell the battery sits with its small green light on, warm and patient and full of stored fire.

# poll: report_the_battery
* [Press your thumb to the report #stance: comply]
    ~ ch1_reported = true
    ~ record("neighbour_reported")
    # sfx: approval_chime
    The tablet chimes. Auntie Fang squeezes your arm. "It's the right thing. You'll see. Nobody has to know it was you." #speaker: fang_lihua
    Nobody has to know. The system knows, and you know, and two floors down Deng Qiang is eating his dinner with no idea.
* [Tell her you'll talk to Deng yourself #stance: conscience]
    ~ record("report_declined")
    She looks at you a moment, then taps the screen anyway. "I have to mark it, Xiao Xu. Declined. It isn't me; it's the form." Your number shifts to {score()} while you watch. "Talk to him tonight, then. Tonight." #speaker: fang_lihua
-
At eight you sit down at the kitchen counter where the day began. The last G-train to Jinxi left at 19:40. There is a flight at 21:50, an hour and five minutes, nine hundred and eighty yuan; Zhou Hui lives ten minutes away. There is the overnight K-train at 23:12, Deng's train, hard sleeper, arriving at 6:50, ten minutes before your mother is admitted. And there is the first G-train tomorrow at 6:10, which arrives at 8:22, when she will already be under the lights.

{gate("flight_domestic"):The airline app shows the 21:50, three seats left, your score in green in the corner.|The airline app shows the 21:50, three seats left, and beside the button, in a box with rounded corners, your score and the reason the button will not work for you.}

From the bathroom, Tingting: "Is Grandma's knee broken?" #speaker: tingting

* [Book the 21:50 flight and ring Zhou Hui to take Tingting #gate: flight_domestic]
    -> ch1_end_flight
* [Pack for two and take Tingting on the overnight train #stance: conscience]
    -> ch1_end_slow_train
* [Stay with Tingting tonight and take the first train at dawn]
    -> ch1_end_dawn

=== ch1_end_flight ===
Zhou Hui comes in twenty minutes, in slippers, her car keys in her teeth. Tingting goes with her in pyjamas, her pillow held in front of her like a shield, and does not look back.

# scene: airport
At security in Lanmen Airport you look into a camera, and a gate of smoked glass considers your face for half a second. A green light, your name, a small letter: {tier()}. The glass slides open with a soft chime, and you walk through as if it had always been a door.

The plane climbs out over the port. The city tilts beneath you like a circuit board: the cranes, the ring road, the dark seam of the Xiaoqing canal, six grey blocks somewhere in the grid. {ch1_reported:Somewhere down there a fire officer has Deng's address for Thursday.|Somewhere down there a battery sits on a landing, and you never did knock on Deng's door.} On Friday Deng will make this same journey, seven hours and forty minutes of it, sitting up.

At 23:40 you are in the ward in Jinxi. Your mother is awake, prayer beads wound twice round her wrist.

{ch1_promised:"You said you would come," she says, "and you came." She holds your hand so hard it hurts.|"I told you not to come," she says, and holds your hand so hard it hurts.} #speaker: mother

Before dawn the phone lights once on your knee: {score()}, {tier()}, good standing. You turn it face down on the blanket.
# ending: night_flight
-> END

=== ch1_end_slow_train ===
{ ch1_reported:
    On the way down you pass the second-floor landing. The battery is still there, its green light steady in the dark. You think about knocking on Deng's door. You don't.
- else:
    On the way down you knock on Deng's door. He opens it in a vest, chopsticks in hand, {ch1_invited:and|and whatever was in his face at lunch, alone at the counter, he puts away when he} sees the bag and Tingting in her coat. "Jinxi?" You tell him about the knee, and then about Auntie Fang. He unplugs the battery and carries it inside like a sleeping dog.
    "Car nine is the warmest," he says. "Buy the tea eggs at Fuqiao, not on the train." #speaker: deng_qiang
}
# scene: station
Lanmen Station at half past ten. The high-speed hall is bright and nearly empty. The old hall, where the slow trains leave, is full: workers with plastic sacks, a grandmother asleep across three seats, the smell of instant noodles and wet coats. You have walked past it a hundred times on your way to the G-trains and never come in.

# sfx: denial_tone
At the ticket gate the man ahead of you presents his identity card, and the machine makes a low flat sound, and a red light comes on. He stands holding the card as if it has turned into something else in his hand. A guard leads him gently aside. You do not know what list he is on, or why, or whether it is fair. You only know the sound.

# sfx: approval_chime
Your card chimes.

Hard sleeper, car eleven. Tingting climbs to the top berth as if it were a tree house and falls asleep with her shoes on. You sit by the window watching small stations go by, the lit windows of people who are going nowhere tonight.

"Is this Uncle Deng's train?" she asks once, from inside her sleep. #speaker: tingting

"Yes. Tonight it's ours too."

At 6:58 you are in the hospital corridor with a sleeping child on your shoulder. {ch1_promised:"You said you'd come," your mother says, and her face does something you have not seen it do since you were small.|Your mother looks at the two of you, and her face does something you have not seen it do since you were small.}
# ending: slow_train
-> END

=== ch1_end_dawn ===
You put Tingting to bed and tell her that Grandma's knee is not broken, only tired, and the doctors will give it a new part, like a bicycle. She asks whether the new part will have points. You tell her no. She seems relieved.
{ ch1_reported:
    Two floors down the battery glows on its landing. In a day or two a fire officer will knock on Deng's door with a clipboard and a fine. You wonder whether he will guess. You think he will.
- else:
    At nine you go down and knock on Deng's door, and tell him about Auntie Fang and the girl in Dongcheng. He listens in the doorway, the television muttering behind him. Then he unplugs the battery and carries it inside.
    "For your mother's knee," he says, which makes no sense, and complete sense. #speaker: deng_qiang
}
At ten you video-call the ward. Your mother is in a bed by the window, prayer beads twice round her wrist. {ch1_money == "loan":The deposit went through, she says; it came so fast the cashier asked if you were rich now.|The deposit went through, she says. She does not ask where it came from. She knows what you had, and what Tingting had.}

{ch1_promised:"You promised," she says. Then, "It doesn't matter. You'll be there when I wake up. Before is only waiting."|"Good," she says, when you tell her the 6:10. "You'll be there when I wake up. Before is only waiting."} #speaker: mother

Zhou Hui will come for Tingting at half past five. You set the alarm for 4:50 and lie down in your clothes. The phone glows on the pillow: {score()}, tier {tier()}. Is a thousand good, Tingting asked this morning, and you told her it was where everyone starts. You lie in the dark trying to remember what it felt like, this morning, to be where everyone starts.
# ending: first_light
-> END
