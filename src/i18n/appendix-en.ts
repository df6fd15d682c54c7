// The debrief's "What is real" appendix in English: each thing the game shows beside what is documented, with sources.
// Written in the project's own words from the project's fact file; plain data for the English table. Imports nothing.

export interface AppendixSource {
  title: string;
  /** Empty when the fact file names only the publication. */
  url: string;
}

export interface AppendixClaim {
  /** snake_case, stable across languages. */
  id: string;
  topic: string;
  /** What the game shows, in one or two sentences. */
  game: string;
  /** What is documented, in two or three sentences. */
  real: string;
  /**
   * documented: official texts or official figures, as the named sources give them;
   * reported: news reports we have not checked against an official text;
   * uncertain: advocacy groups or second-hand accounts;
   * invented: the game's own, with no counterpart in our sources.
   */
  status: 'documented' | 'reported' | 'uncertain' | 'invented';
  sources: AppendixSource[];
}

export interface AppendixText {
  heading: string;
  intro: string;
  claims: AppendixClaim[];
}

const CLT_OUTLINE: AppendixSource = {
  title:
    'State Council, Planning Outline for the Construction of a Social Credit System (2014–2020), translated by China Law Translate',
  url: 'https://chinalawtranslate.com/socialcreditsystem/?lang=en',
};
const CLT_RONGCHENG: AppendixSource = { title: 'China Law Translate, "Getting Rongcheng Right"', url: '' };
const COURT_LIST_2016: AppendixSource = {
  title: 'Joint-punishment opinion on dishonest judgment debtors, as reported by 81.cn, 26 September 2016',
  url: '',
};
const CHINANEWS_HUANTAI: AppendixSource = { title: 'Chinanews, on Huantai County, December 2022', url: '' };

export const appendixEn: AppendixText = {
  heading: 'What is real',
  intro:
    'Lanmen is invented, and so is its one number. The game gathers pieces of several real programmes into one city so that you can live them in an afternoon. Below, each thing the game shows is set beside what is documented, in our own words, with the source. Each card is marked: documented (official texts or official figures, as the named sources give them), reported (news reports we have not checked against an official text), uncertain (advocacy groups or second-hand accounts), or invented (the game made it up).',
  claims: [
    {
      id: 'lanmen_is_invented',
      topic: 'Lanmen and its one number',
      game: 'Lanmen is a coastal city where one Civic Credit score, fed by banks, courts, cameras, platforms, employers and grid workers, follows every adult and opens or shuts doors.',
      real: 'Lanmen, its people and its scheme are invented. Real schemes, as our sources describe them, are narrower and more fragmented than Lanmen’s, and they rely more on blacklists than on points.',
      status: 'invented',
      sources: [{ title: 'MIT Technology Review, Zeyi Yang, November 2022', url: '' }, CLT_RONGCHENG],
    },
    {
      id: 'no_single_national_score',
      topic: 'No single national score',
      game: 'Every institution Xu Ming deals with reads the same number.',
      real: 'In 2014 China’s State Council set out a plan for a “social credit system” covering four areas: government affairs, commercial dealings, society, and judicial credibility. It did not create one national score for every citizen. Analysts describe what was built as a mix of financial-credit regulation, data sharing between government agencies, and promotion of officially approved moral values.',
      status: 'documented',
      sources: [
        CLT_OUTLINE,
        { title: 'MIT Technology Review, Zeyi Yang, November 2022', url: '' },
        { title: 'Jeremy Daum, China Law Translate', url: '' },
      ],
    },
    {
      id: 'company_blacklists',
      topic: 'Blacklists, mostly of companies',
      game: 'In Lanmen the pressure falls on individuals: Xu Ming, Deng, Old Ma, the Liu family. Companies appear only at the edges, such as the CIVILISED MERCHANT plaque in Old Ma’s shop.',
      real: 'In practice the main tool is the blacklist, and most entries are companies in regulated sectors; agencies agree, in memoranda of understanding, to share lists and apply each other’s penalties. Individuals are caught mainly as the legal representatives of companies or as people who ignore court judgments. Points schemes are mostly local publicity devices.',
      status: 'documented',
      sources: [CLT_RONGCHENG],
    },
    {
      id: 'court_debtor_list',
      topic: 'The court list of dishonest judgment debtors',
      game: 'Deng is on the court’s list: no fast trains, no planes, no loans. If Xu Ming signs his loan guarantee and it is called and not paid, Xu Ming joins him, whatever the score.',
      real: 'This list is real, and separate from any points score. Since 2013 the Supreme People’s Court has published the names and ID numbers of people who are able to pay a court judgment and do not. Agreements between the courts and other agencies since 2014 restrict them from flights, high-speed rail, star-rated hotels, nightclubs and golf, outbound group tours, loans, cash-value insurance, building or renovating houses, sending children to high-fee private schools, and executive posts.',
      status: 'documented',
      sources: [{ title: 'China Daily, 9 January 2018', url: '' }, COURT_LIST_2016],
    },
    {
      id: 'court_list_travel',
      topic: 'Travel restrictions on the court list',
      game: 'At Lanmen Station the man ahead of Xu Ming is turned away at the ticket gate. In chapter 6 the app refuses an exit permit to anyone on the list.',
      real: 'The documented travel limits are on civil flights, high-speed rail (every seat on G-series trains, first class on other bullet trains, soft sleepers) and outbound group tours. By July 2019 the Supreme People’s Court counted over 14.5 million entries on the list (7.49 million in July 2017), and 27.3 million plane-ticket and about 6 million high-speed-rail ticket purchases blocked; these are blocked purchases, not distinct people. Our sources document no exit permit issued by an app according to a score: that part is the game’s.',
      status: 'documented',
      sources: [
        COURT_LIST_2016,
        { title: 'Shanghai Daily, 12 July 2019', url: '' },
        { title: 'China Daily, 8 July 2017', url: '' },
      ],
    },
    {
      id: 'local_points_pilots',
      topic: 'Local points pilots',
      game: 'Lanmen starts every adult at 1,000 and grades them AAA, AA, A, B, C or D; arrears, late bills and fraud take points off.',
      real: 'Rongcheng in Shandong grades residents aged 18 and over from A to D, with A split into A, AA and AAA, on the principles “rewards first, punishments as a supplement” and “warnings before punishments”. Its published standards deduct, for example, 10 points for each monthly cycle of bank arrears, 20 for late public-service fees and 30 for commercial fraud; in Huantai County residents who reach 1,050 points are rated AAA. A 1,000-point start is widely reported for such schemes, but we could not confirm it for Rongcheng itself.',
      status: 'documented',
      sources: [
        { title: 'China Law Translate, Rongcheng reward and punishment measures (translation)', url: '' },
        { title: 'China Law Translate, Rongcheng evaluation standards (translation)', url: '' },
        CHINANEWS_HUANTAI,
      ],
    },
    {
      id: 'consent_before_scoring',
      topic: 'Consent, and what a low score does',
      game: 'Everyone in Lanmen aged 18 and over is scored automatically, and a low tier on its own shuts doors: a loan, a flight, a job, a school place.',
      real: 'Rongcheng’s current rules score a resident only with their consent: without it, records are kept but not scored. A low score there never triggers a restriction on its own. Lanmen’s compulsory scoring and its tier-locked doors go beyond these rules.',
      status: 'documented',
      sources: [{ title: 'China Law Translate, "Rongcheng social credit experience"', url: '' }],
    },
    {
      id: 'grid_workers_and_rewards',
      topic: 'Grid workers, and rewards for good deeds',
      game: 'Auntie Fang, the estate’s grid worker, signs up volunteers, takes reports and keeps everyone’s number on her tablet. Volunteering and giving blood add points.',
      real: 'In Huantai County, neighbourhood “grid” staff award points for civic behaviour; one resident with 1,065 points received 300 yuan off a heating bill. Nanjing has given blood donors a “trustworthy card” worth 50–60% off buses and the metro, about 5,000 since 2016, and a China Daily opinion piece argued that blood donation does not belong in credit records.',
      status: 'reported',
      sources: [
        CHINANEWS_HUANTAI,
        { title: 'Xinhua, 3 July 2018', url: '' },
        { title: 'China Daily (opinion), 22 November 2019', url: '' },
      ],
    },
    {
      id: 'commercial_scores',
      topic: 'Commercial scores and perks',
      game: 'TrustPerks asks Xu Ming to link every account in exchange for perks. In the debrief, the commercial_credit preset counts only payments, platform data and court records.',
      real: 'Sesame (Zhima) Credit, from Alibaba’s Ant group, opened a public beta on 28 January 2015: an opt-in score from 350 to 950 built on credit history, behaviour, ability to pay, identity and social connections, with perks such as deposit-free hotel check-in and faster loans. In 2015 the central bank let eight firms pilot personal credit scoring but licensed none of them; in February 2018 it licensed Baihang Credit instead, owned 36% by the internet-finance association and 8% by each pilot firm.',
      status: 'documented',
      sources: [
        { title: 'ECNS, 28 January 2015', url: '' },
        { title: 'China Internet Watch', url: '' },
        { title: 'Kapronasia', url: '' },
      ],
    },
    {
      id: 'cameras_and_screens',
      topic: 'Traffic cameras and public screens',
      game: 'Eight cameras at the Heping Road crossing log a red-light crossing, take points off the score, and put the offender’s face on a corner screen the next day.',
      real: 'The document this game began from says that traffic cameras and online platforms record violations automatically and that these affect the score. The fact file this appendix is built on does not cover traffic cameras or public screens, so we cannot say how, or whether, a camera’s record reaches a personal score in any real city. Treat this part of the game as dramatised.',
      status: 'uncertain',
      sources: [
        { title: 'The source document of this game (an essay in Arabic on the social credit system)', url: '' },
      ],
    },
    {
      id: 'religious_affairs_rules',
      topic: 'Religious affairs rules',
      game: 'The Jiefang Street Mosque is registered and has a committee. Old Ma is asked for attendance records and ratings of his regulars, and some older men pray unregistered in his back room.',
      real: 'National rules, as translated by China Law Translate, require religious professionals to support the leadership of the Communist Party. Our sources do not describe how places of worship are registered or what records they must keep. The attendance form, the ratings of worshippers and the points for prayer in Lanmen are the game’s, written to put the source document’s question about religious freedom into the player’s hands.',
      status: 'documented',
      sources: [{ title: 'China Law Translate, national rules on religious professionals', url: '' }],
    },
    {
      id: 'religion_ratings_reports',
      topic: 'Reports of ratings in religious life',
      game: 'Mother is told that her temple visits “count”; venues are rated on Ma Ling’s dashboard; praying in the back room costs points.',
      real: 'Some reports describe credit-style ratings in religious life: a 2023 trial in Shandong grading religious personnel in five levels, religious venues in Henan rated by stars with deductions in 2019, and families in Xinjiang losing points for prayer. These come from advocacy groups or second-hand sources, and we present them as reported, not established.',
      status: 'uncertain',
      sources: [
        { title: 'ChinaAid, via AsiaNews (Shandong, 2023)', url: '' },
        { title: 'Aboluowang, via Chinascope (Henan, 2019)', url: '' },
        { title: 'Der Spiegel, second-hand (Xinjiang)', url: '' },
      ],
    },
    {
      id: 'schools_and_children',
      topic: 'Schools and children',
      game: 'Places at the good school across the canal go to children of tier A parents, and Tingting repeats what the playground says about points.',
      real: 'The documented rule concerns the court list: children of listed debtors may not attend high-fee private schools. Our sources document no rule that gives public-school places by a parent’s score. Lanmen’s school rule is invented, to ask what a scheme does to children who never chose it.',
      status: 'invented',
      sources: [COURT_LIST_2016],
    },
    {
      id: 'appeals_and_repair',
      topic: 'Appeals and repairing a record',
      game: 'Contesting a camera’s record costs a morning off work and evidence, a rejected appeal costs points, and a collective appeal costs points now and may be upheld later.',
      real: 'A State Council opinion of 18 December 2020 requires a legal basis for penalties, a published catalogue of what may be recorded, and precise, proportionate punishments. A draft Social Credit System Construction Law was released for comment on 14 November 2022; analysts read it as a compilation of existing rules, and we found no record of its enactment. Our sources do not describe how a person appeals or repairs a record, so the game’s appeal procedure is invented.',
      status: 'invented',
      sources: [
        { title: 'China Justice Observer, on GuoBanFa [2020] No. 49', url: '' },
        { title: 'chinaipic', url: '' },
        { title: 'nine-dash-line', url: '' },
      ],
    },
  ],
};
