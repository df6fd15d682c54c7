// Chapter 3: Friday. Week 3. The mosque committee is told to hand in Friday attendance registers
// and to mark its regulars; Officer Guo gives his reasons, Ma Ling's dashboard watches, some old
// men pray in the back room of the noodle shop instead. Xu Ming, the bookkeeper, is asked to help.

VAR ch3_mosque = "kept_away"
VAR ch3_prayed = false

=== chapter_3 ===
# chapter: 3
# scene: noodle_shop
Wednesday, week three: Old Ma's nephew pulls the noodles, too thick, while Old Ma sits at the back with two forms.

RELIGIOUS VENUE CREDIT MANAGEMENT (TRIAL). R-3: FRIDAY ATTENDANCE. NAME, ID NUMBER, TELEPHONE. R-4: CONDUCT OF REGULARS, 1 TO 5. DUE FRIDAY, 17:00.

"The secretary is in hospital, so it comes to the treasurer. You do numbers. What is it asking?" #speaker: ma_zhiqiang

At the next table his daughter Ma Ling, in a city platform lanyard, works on a laptop. Through the bead curtain, on the flour sacks, lie prayer mats, new this month.

* [Read the forms the way you would read a client's accounts]
    Every name on R-3 becomes a line in someone's Civic Credit; every mark on R-4, part of a score. "It's asking you to audit them."
    Old Ma turns the pen over. "My father said: give the state its taxes, on time. Prayer was never on the list." #speaker: ma_zhiqiang
* (asked_ling) [Ask Ma Ling what happens to the forms]
    She turns the laptop round: the district's places of worship as coloured dots. Jiefang Street Mosque is amber. ATTENDANCE −31% SINCE GATE TABLET INSTALLED. ANOMALY.
    "I built this," she says. "Not the forms. The dots." #speaker: ma_ling
    Her father looks at the screen the way he looks at flour that has come in damp.
-
-> ch3_mother

=== ch3_mother ===
# scene: home
That night your mother rings. For forty years Mrs Hu has climbed to Xishan's Guanyin temple with her on the first and fifteenth. Now the gate says SCAN ON ENTRY, and a volunteer told Mrs Hu it counts.

"Counts which way? Nobody can tell her. So she lights her incense at home, before the little Guanyin on the television. The Bodhisattva hears her there. It isn't the same. Friday is Guanyin's day. Should I scan? Her niece says it counts for good." #speaker: mother

* (scan) [Tell her to scan it: if it helps, it helps #stance: comply]
    "Scan it, Ma. It's only a door."
    "Then I'll scan. The Bodhisattva won't mind." She sounds less sure than the words. #speaker: mother
* [Tell her to go the way she always has #stance: refuse]
    "Go the way you always go. Don't scan anything."
    "Three sticks and my own two feet," she says, pleased. "Good." #speaker: mother
-
-> ch3_guo

=== ch3_guo ===
# scene: noodle_shop
On Thursday at one Officer Guo comes in with rain on his shoulders: Guo Wen, religious affairs and civic credit, sixty-three venues to register by the thirtieth. Old Ma asks him why.

"Xigang, 2019. A man rents a warehouse, buys robes online, calls it the Golden Lotus Temple. Two hundred and forty pensioners give him three point eight million for blessed deposits. My wife's aunt gave him her funeral money. He got them because he looked like the thing they trusted." #speaker: guo_wen

"A register isn't a cage, Uncle Ma. It's how we know which ones are real. And if people pray anywhere else, a spare room, tell me. An annex I can register. What I find myself, I can only close." #speaker: guo_wen

He slides you a card: COMMUNITY BOOKKEEPER VOLUNTEERS.{worth("volunteered"): {worth("volunteered")} POINTS.|}
* [Put your name down #stance: comply]
    ~ record("volunteered")
    # sfx: approval_chime
    {score()}. Old Ma watches the card go into your wallet.
* [Tell him you are helping a friend, not the district #stance: refuse]
    "This week," says Guo, tiredly, "that's the same thing." He leaves the card under the vinegar. #speaker: guo_wen
-
-> ch3_ma_ling

=== ch3_ma_ling ===
# scene: street
That evening Ma Ling catches you at the bus stop.
{chapter_3.asked_ling:"You saw the dots."|She shows you her laptop: the district's places of worship as dots, the mosque amber. ATTENDANCE −31%. ANOMALY. "I built the dots. Not the forms."} #speaker: ma_ling

"Before, a venue's grade was whatever one official thought of its imam. Now the rules are published, the same for everyone." #speaker: ma_ling

"The anomaly rule is mine too. At midnight it sends the missing third to Guo's inspectors, and they'll find my father's back room: Old Bai and the others. I could mark the feed under maintenance for a week. If they audit me, I'm finished." #speaker: ma_ling

* (held) [Tell her to hold it back for a week #stance: conscience]
    "A week is a week."
    She nods as though you had confirmed a figure, thumb already moving.
* [Tell her not to risk her job for a week]
    "If they catch you, they lose the one person who knows what Friday is."
    "That's what I tell myself." At midnight the rule will run. #speaker: ma_ling
-
-> ch3_table

=== ch3_table ===
# scene: noodle_shop
At ten, the shutter half down, you sit with Old Ma over the forms and a pot of tea.

He gets up and pulls the shutter the rest of the way down, hard enough for the street to hear. "Forty years I have fed this street, and a form wants to know if my friends are dangerous." His hands are shaking; he lays them flat on the table. "When I was a boy they closed our mosque in Linxia for ten years. My father prayed in the flour store. I thought that was finished." "Forgive me. It is not your form." #speaker: ma_zhiqiang

"Eleven regulars at the mosque. Old Bai and the others in my back room. The ones who come, God already knows. He doesn't need a form. The form needs me." "You are the bookkeeper. Tell me what to do." #speaker: ma_zhiqiang

# poll: mosque_register
* [Help him fill in the register: every name, and every man a five #stance: comply #road: names_listed]
    ~ ch3_mosque = "listed_names"
    ~ record("neighbour_reported")
    # sfx: approval_chime
    Names and telephones from the donation book; ID numbers read out by the men themselves, one call at a time, Old Ma holding the phone. On R-4 he gives every man a five. "Who am I to mark them? God does the marking." THANK YOU FOR SUPPORTING VENUE CREDIT MANAGEMENT. The back room is on no form at all.
* [Help him write a refusal, in proper form #stance: conscience #road: register_refused]
    ~ ch3_mosque = "refused_form"
    ~ record("venue_records_refused")
    Half a page, polite as a ledger: the committee will say how many pray, not who, and will mark nobody. Old Ma signs; under PREPARED BY, so do you. {score()}.
    "Now they grade us C," he says, and pours more tea.
* [Tell Officer Guo about the back room, so he can register it #stance: comply #road: back_room_reported]
    ~ ch3_mosque = "reported"
    ~ record("neighbour_reported")
    Without telling Old Ma, late that night you message Guo: the back room, Fridays, six old men. Register it before the model finds it. Please. {score()}.
    He is still at his desk: THANK YOU. I WILL DO WHAT I CAN.
* [Tell him it is not your place, and leave it with him #stance: refuse #road: kept_away]
    ~ ch3_mosque = "kept_away"
    "It's your mosque, Uncle Ma. It isn't my place."
    He nods, as though that, too, were an answer.
-
-> ch3_friday

=== ch3_friday ===
# scene: noodle_shop
At half past twelve on Friday you walk down to Jiefang Street.
{
- ch3_mosque == "listed_names":
    The mosque's dot turned green this morning. Old Ma is untying his apron. "To the mosque, past the tablet. It has my name already. You can sit at the back. Only sit." #speaker: ma_zhiqiang
- ch3_mosque == "refused_form":
    Guo rang, sorry: grade C, inspection on Monday. Old Ma is untying his apron. "Today I pray in the back with Old Bai. If the form wants me, let it find me with them. Sit with us, if you like. Only sit." #speaker: ma_zhiqiang
- ch3_mosque == "reported":
    On the bead curtain: PREMISES UNDER REVIEW. NO GATHERINGS PENDING REGISTRATION. Old Ma does not look at you, then does, once: he knows. "To the mosque," he says, to nobody. "My room is closed." #speaker: ma_zhiqiang
- else:
    Old Ma wrote the number of worshippers and left the names blank; nobody knows yet what that costs. He unties his apron. "In the back today. Old Bai asked me. You can sit with us. Only sit." #speaker: ma_zhiqiang
}

Your phone: LANMEN NO. 2 EXPERIMENTAL PRIMARY, OPEN AFTERNOON, 13:00 TODAY, TIER {needs("school_place")} FAMILIES. Prayers begin at one.

* [Sit with Old Ma at prayers #stance: conscience]
    ~ ch3_prayed = true
    { ch3_mosque == "listed_names" || ch3_mosque == "reported":
        -> ch3_mosque_prayers
    - else:
        -> ch3_back_room
    }
* [Go to the open afternoon at No. 2 #gate: school_place #stance: comply]
    -> ch3_open_day
* [Go back to your desk]
    -> ch3_desk

=== ch3_mosque_prayers ===
# scene: place_of_worship
At the mosque gate a tablet on a post looks at every face and chimes. VISITOR. REGISTERED VENUE ATTENDANCE.
~ record("worship_registered")
# sfx: approval_chime
{score()}.{worth("worship_registered"): {points("worship_registered")}, for sitting down.|}

Shoes in the rack, you wait in the courtyard on the bench by the washing taps, where the hall's open doors let the sermon out. The imam preaches in Mandarin, then a line of Arabic: actions are judged by their intentions, and each will have what they intended. They bow; they go down in prostration, foreheads to the floor. At the end every head turns right, then left: peace be upon you.
{ch3_mosque == "reported":Afterwards, tying his shoes beside you, Old Ma says, "It is God's house, not mine. You can sit in it." Nothing else.|Afterwards Old Ma ties his shoes beside you and says nothing, and it is enough.}
-> ch3_evening

=== ch3_back_room ===
# scene: noodle_shop
Through the bead curtain, under the camera above the till, six old men stand among the flour sacks in their socks. Old Bai, seventy-eight, tells you that Friday's prayer belongs in the mosque, that fear excuses a man from it, and that he hopes God accepts his fear. So they pray the ordinary noon prayer. You sit on a crate by the door. Old Ma's forehead touches the mat and stays there.
~ record("worship_unregistered")
{ch3_ma_ling.held:Nobody comes. Only, in your pocket, a buzz: UNREGISTERED RELIGIOUS ACTIVITY AT YOUR LOCATION. {score()}. The camera over the till did not need Ma Ling's dots.|At the last peace be upon you, Guo is in the doorway, cap in hand; he has waited for the end. "I'm sorry, Uncle Ma. I need everyone's card." He takes yours too. {score()}.}
-> ch3_evening

=== ch3_open_day ===
# scene: school
Across the canal, No. 2 has a gate that knows your face. WELCOME, TIER {tier()} PARENT. A robotics room, a library with a fish tank, a headteacher who says "families of good standing" four times in ten minutes.

In the taxi back you cannot make the sum come out.
-> ch3_evening

=== ch3_desk ===
# scene: office
On the ninth floor a client's ledger waits. At one you look towards Jiefang Street. You cannot see it from here. Zhou Hui puts a mandarin on your keyboard. "You look like someone who forgot something." #speaker: zhou_hui
You balance the ledger to the last fen, the only thing all day that comes out right.
-> ch3_evening

=== ch3_evening ===
# scene: home
That night, two short knocks at the door: Auntie Fang, her armband on over her cardigan. "Not tonight, Xiao Xu. Wednesday, at the office. I have something to put to you, and I want a yes." #speaker: fang_lihua
# ledger: 3
-> chapter_4
