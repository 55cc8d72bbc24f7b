import type { SeedWeek } from './types'

/**
 * Demo content for Weekly Monitor: weeks 1–9 (31 August – 1 November 2026).
 * English only. All developments, figures and quotations are invented for demonstration.
 */
export const weeks1to9: SeedWeek[] = [
  // ───────────────────────────── Week 1 ─────────────────────────────
  {
    startDate: '2026-08-31',
    summary: {
      en: [
        'The political season opened on familiar terms. The authorities used 1 September to launch a new civic education course built around “historical memory”, while the register of “extremist materials” grew faster than at any point since the spring. On the western border, a snap readiness check involving units assigned to the Russian Oreshnik missile system put neighbours on alert.',
        'Elsewhere the picture was static. Minsk and Moscow began drafting the next round of Union State programmes without visible friction, the channel to Washington stayed quiet after the summer, and preliminary statistics confirmed that growth has slowed to below 2% year on year. Two topics worsened this week; three were unchanged.',
      ],
    },
    articles: [
      {
        slug: 'union-state-programmes-2027-2029-drafting-begins',
        topic: 'belarus-russia',
        verdict: 'unchanged',
        authors: ['andrei-barysevich'],
        image: {
          hue: 215,
          motif: 'grid',
          alt: { en: 'Abstract blue grid suggesting interlocking administrative structures' },
          caption: {
            en: 'Working groups from both governments began outlining the 2027–2029 programmes.',
          },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Minsk and Moscow start drafting the next round of Union State programmes',
            lead: 'Government working groups met to outline integration programmes for 2027–2029. The agenda looks technical, but the choice of sectors will show how much regulatory sovereignty Minsk is ready to trade for cheap energy.',
            keyPoints: [
              'Drafting of the 2027–2029 Union State programmes has formally begun, with a target date in December.',
              'Tax harmonisation and a common market for gas are again the most contentious items.',
              'Neither side signalled new political demands, which keeps the process within its established limits.',
            ],
            body: [
              {
                type: 'p',
                text: 'The current package of 28 Union State programmes expires at the end of 2026, and both governments have now opened work on its successor. Officials in Minsk described the first session as an “inventory” of what has been implemented, and avoided commitments on the harder files.',
              },
              {
                type: 'p',
                text: 'According to the published agenda, the working groups will cover the following areas:',
              },
              {
                type: 'ul',
                items: [
                  'harmonisation of indirect taxes and excise duties;',
                  'a single market for gas, oil and electricity;',
                  'mutual recognition of industrial standards and public procurement access;',
                  'a joint approach to migration and social security records.',
                ],
              },
              {
                type: 'p',
                text: 'The order of the list matters less than what is missing: there is no mention of supranational bodies or a common currency, which Minsk has resisted for years. The Belarusian side appears determined to keep the exercise at the level of regulatory alignment, where concessions can be traded for **gas price** guarantees.',
              },
              {
                type: 'p',
                text: 'We see no change in the substance of the relationship this week. The real test will come in November, when the drafts reach the Union State Council of Ministers and price parameters for 2027 must be settled.',
              },
            ],
          },
        },
      },
      {
        slug: 'minsk-washington-channel-quiet-after-summer',
        topic: 'belarus-west',
        verdict: 'unchanged',
        authors: ['andrei-barysevich'],
        image: {
          hue: 200,
          motif: 'waves',
          alt: { en: 'Soft blue waves across a pale background' },
          caption: { en: 'Contacts between Minsk and Washington have paused since July.' },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Minsk–Washington channel stays quiet as the summer ends',
            lead: 'No new contacts between Belarusian and US officials were reported this week. The pause follows a summer of low-key exchanges and leaves the question of further prisoner releases open.',
            keyPoints: [
              'There has been no public US–Belarusian meeting since mid-July.',
              'Belarusian state media have softened criticism of Washington while keeping a hard line on Warsaw and Vilnius.',
              'European capitals continue to treat the US track as separate from EU sanctions policy.',
            ],
            body: [
              {
                type: 'p',
                text: 'After the releases of political prisoners over the past year, the bilateral channel with Washington had settled into a pattern of periodic visits followed by humanitarian gestures. This week offered neither. The Belarusian Foreign Ministry limited itself to a statement that “dialogue remains open on a mutually respectful basis”.',
              },
              {
                type: 'p',
                text: 'The contrast with European neighbours is instructive. State television this week devoted long segments to alleged Polish and Lithuanian “militarisation”, while US policy was barely mentioned. This selective tone suggests Minsk still values the American track and wants to keep it insulated from its quarrels in the region.',
              },
              {
                type: 'p',
                text: 'For the EU, the logic is unchanged: the [Council’s position](https://example.org/eu/council-belarus-position) ties any easing of **sanctions** to the release of all political prisoners and an end to repression. Without movement from Minsk on either point, the week ends where it started.',
              },
            ],
          },
        },
      },
      {
        slug: 'extremist-materials-register-grows-as-school-year-opens',
        topic: 'domestic-politics',
        verdict: 'worsened',
        authors: ['volha-sakalova'],
        image: {
          hue: 0,
          motif: 'bars',
          alt: { en: 'Red vertical bars of increasing height' },
          caption: {
            en: 'Weekly additions to the register reached their highest level since spring.',
          },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Extremist materials register grows as a new civic course enters schools',
            lead: 'The Ministry of Information added more than 120 items to the list of “extremist materials” in a single week, as schools introduced a compulsory civic education course. Both moves point to a further narrowing of permitted public speech.',
            keyPoints: [
              'The weekly additions to the register were the highest since April, dominated by social media channels and local chats.',
              'The new school course frames the events of 2020 as an attempted foreign-backed coup.',
              'Teachers report tighter reporting duties on pupils’ online activity.',
            ],
            body: [
              {
                type: 'p',
                text: 'Most of the newly listed items are Telegram and TikTok channels with small audiences, including several neighbourhood chats. The targeting of such local spaces, rather than major opposition media, suggests the authorities are now sweeping up the residual layer of horizontal communication that survived earlier waves.',
              },
              {
                type: 'p',
                text: 'In schools, the new civic education course became compulsory from the first grade of secondary education. Its teaching materials describe the 2020 protests as a “hybrid attack” and devote a full unit to “information hygiene”.',
              },
              {
                type: 'quote',
                text: '“We are asked not only to teach the material, but to note which pupils ask the wrong questions,” a teacher from a regional centre told our contributor.',
              },
              {
                type: 'p',
                text: 'Taken together, these steps extend control from content to behaviour. Subscribing to a listed channel remains an administrative offence, so every new entry widens the pool of people exposed to fines and, on repetition, criminal liability. We assess the situation as **worsened**.',
              },
            ],
          },
        },
      },
      {
        slug: 'belarus-growth-slows-below-two-percent',
        topic: 'economy',
        verdict: 'unchanged',
        authors: ['pavel-lahvinets'],
        image: {
          hue: 45,
          motif: 'bars',
          alt: { en: 'Amber bar chart with a flattening trend' },
          caption: { en: 'Preliminary figures for January–July show growth losing momentum.' },
          credit: 'Weekly Monitor illustration',
          sourceUrl: 'https://example.org/data/belstat-gdp-january-july-2026',
        },
        text: {
          en: {
            title: 'Growth slows below 2% as the post-2023 recovery runs out of steam',
            lead: 'Preliminary national statistics put GDP growth for January–July at 1.8% year on year. The slowdown was expected and does not yet change the overall picture, but it narrows the government’s room for manoeuvre in the 2027 budget.',
            keyPoints: [
              'GDP growth fell to 1.8% year on year, down from about 4% in 2024.',
              'Industrial output was flat, while construction and retail trade still grew.',
              'The slowdown reflects weaker Russian demand and tight labour markets rather than a sudden shock.',
            ],
            body: [
              {
                type: 'p',
                text: 'The [preliminary data](https://example.org/data/belstat-gdp-january-july-2026) confirm a trend visible since late 2025. Industry, which drove the rebound after the 2022 contraction, has stopped growing as Russian demand for machinery and trucks has cooled.',
              },
              { type: 'h2', text: 'Where growth still comes from' },
              {
                type: 'p',
                text: 'Consumption remains the main support. Real wages rose by around 7% in the first half of the year, sustained by labour shortages and administrative pressure on employers. Construction is buoyed by state housing programmes and preferential credit.',
              },
              {
                type: 'p',
                text: 'None of this is new, which is why we keep the verdict at **unchanged**. The risk lies ahead: wage growth without productivity gains feeds inflation, and the government has little fiscal space left to support state enterprises if the slowdown deepens.',
              },
            ],
          },
        },
      },
      {
        slug: 'snap-readiness-check-oreshnik-units-western-border',
        topic: 'security',
        verdict: 'worsened',
        authors: ['maryna-sushko'],
        image: {
          hue: 350,
          motif: 'diagonal',
          alt: { en: 'Dark red diagonal lines crossing a grey field' },
          caption: {
            en: 'The readiness check involved movements of launchers and support vehicles.',
          },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Snap readiness check puts Oreshnik units on display near the western border',
            lead: 'The Ministry of Defence announced an unscheduled readiness check involving units attached to the Russian Oreshnik missile system. It was the first publicised field deployment of the system in Belarus since it went on combat duty.',
            keyPoints: [
              'Launchers and support vehicles were moved to field positions for three days.',
              'The ministry gave no advance notice to neighbours, citing the unscheduled nature of the check.',
              'Poland and Lithuania raised their own readiness levels in response.',
            ],
            body: [
              {
                type: 'p',
                text: 'Official footage showed mobile launchers dispersing from their garrison in the east of the country to field positions. The ministry stressed that the check was “purely defensive” and that control over the system remains with the Russian side, with Belarusian participation in planning.',
              },
              {
                type: 'p',
                text: 'The absence of prior notification is the most significant aspect. Under the informal practice of recent years, Minsk has usually briefed foreign military attachés on large activities. Skipping that step, and publicising the system so visibly, signals a deliberate use of nuclear-capable assets for messaging.',
              },
              {
                type: 'p',
                text: 'Warsaw and Vilnius responded by moving additional air defence assets and extending border surveillance. No incidents were reported, but the week has added a new layer of **escalation risk** along a border already shaped by closures and fortification. We rate the situation as worsened.',
              },
            ],
          },
        },
      },
    ],
  },
  // ───────────────────────────── Week 2 ─────────────────────────────
  {
    startDate: '2026-09-07',
    summary: {
      en: [
        'The week brought the first humanitarian gesture of the autumn. After a visit by a US delegation, 31 prisoners were released, and Washington announced it would restore limited visa services in Minsk. Domestically, the releases were formalised through pardons and a narrow amnesty, though the number of people newly detained on political grounds stayed roughly where it was.',
        'The good news came with costs elsewhere. Gazprom signalled that the 2027 gas price for Belarus is no longer guaranteed, and inflation accelerated to its highest level in two years, prompting a new round of price controls. Security was unchanged. Two topics improved, two worsened, one was unchanged.',
      ],
    },
    articles: [
      {
        slug: 'gazprom-signals-higher-gas-price-for-2027',
        topic: 'belarus-russia',
        verdict: 'worsened',
        authors: [],
        image: {
          hue: 25,
          motif: 'waves',
          alt: { en: 'Orange waves suggesting a gas flame' },
          caption: {
            en: 'The 2027 gas price has become the main open file between Minsk and Moscow.',
          },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Gazprom signals that Belarus’s gas price for 2027 is not guaranteed',
            lead: 'A senior Gazprom executive said the price for Belarus in 2027 would depend on “progress in forming the common gas market”. The remark ties Minsk’s most valuable subsidy directly to Union State concessions.',
            keyPoints: [
              'Belarus currently pays about $128 per thousand cubic metres, far below European prices.',
              'Moscow is explicitly linking the 2027 price to the common gas market and tax harmonisation.',
              'The timing, days after a US–Belarusian contact, is unlikely to be a coincidence.',
            ],
            body: [
              {
                type: 'p',
                text: 'For several years the gas price has been fixed in Russian roubles at a level well below what Belarusian industry would pay on any open market. That subsidy underpins the competitiveness of fertiliser and petrochemical plants and keeps household tariffs low. Any increase would feed directly into inflation and the state budget.',
              },
              {
                type: 'p',
                text: 'Until now, Moscow had treated the price as a settled part of the Union State package. This week’s statement reopens it, and does so conditionally: the price will be “set in line with the level of integration achieved”.',
              },
              {
                type: 'quote',
                text: 'The message to Minsk is simple: cheap gas is a reward for integration, not an entitlement.',
              },
              {
                type: 'p',
                text: 'Coming just after the release of prisoners following a US visit, the signal reads as a reminder of where Belarus’s economic lifelines lie. We assess relations as **worsened**, though the outcome of the negotiations remains open.',
              },
            ],
          },
        },
      },
      {
        slug: 'prisoner-release-us-restores-limited-visa-services',
        topic: 'belarus-west',
        verdict: 'improved',
        authors: ['andrei-barysevich'],
        image: {
          hue: 190,
          motif: 'circles',
          alt: { en: 'Overlapping teal circles on a light background' },
          caption: { en: 'Those released were taken across the border to Lithuania.' },
          credit: 'Weekly Monitor illustration',
          sourceUrl: 'https://example.org/press/us-embassy-minsk-consular-services',
        },
        text: {
          en: {
            title: 'Release of 31 prisoners opens the way to limited US visa services in Minsk',
            lead: 'Minsk released 31 prisoners, including six foreign nationals, after a visit by a US delegation. Washington responded by announcing that its embassy will resume limited visa services for the first time since 2022.',
            keyPoints: [
              'Among those released were journalists, trade unionists and several elderly prisoners with serious health conditions.',
              'The US will process a limited range of visa categories in Minsk from November.',
              'The EU welcomed the releases but made no move on its sanctions regime.',
            ],
            body: [
              {
                type: 'p',
                text: 'The exchange follows a now familiar sequence: a visit, a release, a calibrated American gesture. What is new is the nature of the gesture. Restoring **visa** services is modest in scale but practical for thousands of Belarusians who currently travel to Warsaw or Vilnius for consular appointments.',
              },
              {
                type: 'p',
                text: 'The US statement was careful to describe the step as “consular and humanitarian” and not a normalisation of relations. It also [stressed](https://example.org/press/us-embassy-minsk-consular-services) that more than a thousand political prisoners remain behind bars.',
              },
              {
                type: 'ul',
                items: [
                  '31 people released, six of them foreign nationals;',
                  'limited US visa services to resume from November;',
                  'no change to EU or UK sanctions.',
                ],
              },
              {
                type: 'p',
                text: 'The deal is real and it improves the lives of those released and their families. We rate the week as **improved**, while noting that the European track – which matters more to most Belarusians – has not moved.',
              },
            ],
          },
        },
      },
      {
        slug: 'pardons-and-narrow-amnesty-formalise-releases',
        topic: 'domestic-politics',
        verdict: 'improved',
        authors: ['volha-sakalova', 'alena-kryvitskaya'],
        image: {
          hue: 140,
          motif: 'circles',
          alt: { en: 'Green circles of different sizes, loosely grouped' },
          caption: { en: 'The amnesty law excludes most offences under the “extremism” articles.' },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Pardons and a narrow amnesty formalise the latest releases',
            lead: 'The head of state signed pardons for the 31 released prisoners, while parliament fast-tracked a limited amnesty law. The releases are a real relief, but the legal basis for new arrests is untouched.',
            keyPoints: [
              'The amnesty covers mainly first-time offenders with short sentences, including some convicted for protest-related acts.',
              'People convicted of “extremism” or “insulting the president” are largely excluded.',
              'Human rights monitors recorded around 40 new politically motivated detentions during the same week.',
            ],
            body: [
              {
                type: 'p',
                text: 'The pardons were published without the usual requirement of a written petition from each prisoner, a procedural change that several former detainees had described as humiliating. This is a small but notable shift in how the releases are staged.',
              },
              {
                type: 'p',
                text: 'The **amnesty** law is more limited than its title suggests. It reduces sentences for minor offences and releases some first-time offenders, but its exclusion list covers the articles most often used against political prisoners. Lawyers estimate that only a few dozen political cases will qualify.',
              },
              {
                type: 'p',
                text: 'At the same time, the pace of new detentions did not slow. Human rights groups registered roughly 40 new cases this week, mostly for online comments and donations to banned organisations.',
              },
              {
                type: 'p',
                text: 'On balance we rate the week as **improved**: 31 people are free, and some of the pardon procedure has softened. But the machinery of repression keeps replenishing the list of prisoners, which limits how far any single release can change the picture.',
              },
            ],
          },
        },
      },
      {
        slug: 'inflation-accelerates-price-controls-tightened',
        topic: 'economy',
        verdict: 'worsened',
        authors: ['pavel-lahvinets'],
        image: {
          hue: 10,
          motif: 'bars',
          alt: { en: 'Rising red bars on a pale background' },
          caption: { en: 'Food prices led the acceleration in August.' },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Inflation hits a two-year high and the government reaches for price controls',
            lead: 'Annual consumer price inflation rose to 7.8% in August, well above the National Bank’s target. The government responded with an expanded list of regulated goods rather than with tighter policy.',
            keyPoints: [
              'Inflation accelerated from 6.9% in July to 7.8% in August, led by food and services.',
              'The Ministry of Antimonopoly Regulation and Trade added 40 product groups to the list of goods with capped margins.',
              'Administrative controls risk shortages and do not address the underlying wage-driven demand.',
            ],
            body: [
              {
                type: 'p',
                text: 'The acceleration was broad-based. Food prices rose fastest, but services – which are less affected by import costs – also climbed, a sign that strong wage growth is feeding through to demand.',
              },
              {
                type: 'p',
                text: 'The policy response followed the pattern established in 2022. Instead of tightening credit, the government extended **price controls** to another 40 product groups and instructed regional authorities to monitor retailers weekly. Producers of some dairy products have already complained that capped margins no longer cover costs.',
              },
              {
                type: 'p',
                text: 'Price controls can hold down headline inflation for a few months, but at the cost of distorting supply. Past episodes led to shortages of eggs and some medicines, and exporters tend to divert goods to the more profitable Russian market.',
              },
              {
                type: 'p',
                text: 'With growth slowing and inflation rising, the macroeconomic mix has clearly deteriorated. We rate the week as **worsened**.',
              },
            ],
          },
        },
      },
      {
        slug: 'joint-air-defence-drills-routine-posture',
        topic: 'security',
        verdict: 'unchanged',
        authors: ['maryna-sushko'],
        image: {
          hue: 230,
          motif: 'grid',
          alt: { en: 'Dark blue grid resembling a radar display' },
          caption: { en: 'The drills focused on the regional air defence network.' },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Joint air defence drills return to a routine pattern after last week’s alarm',
            lead: 'Belarusian and Russian forces held scheduled drills of the unified regional air defence system. Unlike last week’s snap check, the exercise was announced in advance and stayed within its usual scale.',
            keyPoints: [
              'The drills involved around 1,500 personnel and were notified to foreign attachés.',
              'No new Russian units were deployed to Belarusian territory.',
              'Neighbours maintained the heightened readiness introduced the week before.',
            ],
            body: [
              {
                type: 'p',
                text: 'The unified regional air defence system has been exercised every autumn for several years. This year’s drills involved fighter aircraft, surface-to-air missile units and radar crews, with the emphasis on intercepting drones and cruise missiles. Russian crews took part from their home bases, and no additional aircraft were flown in for the occasion.',
              },
              {
                type: 'p',
                text: 'The Ministry of Defence returned to its practice of notifying foreign military attachés in advance, which contrasts with the unannounced readiness check a week earlier. Whether this reflects a deliberate correction or simply the difference between planned and snap activities is unclear.',
              },
              {
                type: 'p',
                text: 'Poland and Lithuania kept their additional air defence assets in place. With no new deployments and no incidents, the overall posture is **unchanged**, but it remains at the elevated level reached after the Oreshnik display.',
              },
            ],
          },
        },
      },
    ],
  },
  // ───────────────────────────── Week 3 ─────────────────────────────
  {
    startDate: '2026-09-14',
    summary: {
      en: [
        'The Day of National Unity on 17 September passed without the new pardons some had expected, but also without a fresh escalation at home. In Brussels, EU foreign ministers acknowledged the recent releases while agreeing that sanctions policy stays as it is. The Union State Council of Ministers met in Minsk and deferred the hardest questions on gas and taxes.',
        'The week’s negative development came from the air: several drones entered Polish airspace from the direction of Belarus, leading Warsaw to restrict flights along the border. The harvest campaign ended below target. One topic worsened, four were unchanged.',
      ],
    },
    articles: [
      {
        slug: 'union-state-council-of-ministers-defers-gas-and-tax',
        topic: 'belarus-russia',
        verdict: 'unchanged',
        authors: ['andrei-barysevich', 'alena-kryvitskaya'],
        image: {
          hue: 220,
          motif: 'diagonal',
          alt: { en: 'Blue diagonal stripes meeting at a central line' },
          caption: { en: 'The Council of Ministers met in Minsk for a one-day session.' },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title:
              'Union State Council of Ministers meets in Minsk and defers gas and tax decisions',
            lead: 'The two prime ministers co-chaired a session of the Union State Council of Ministers that approved a dozen technical documents but postponed decisions on gas prices and tax harmonisation to November.',
            keyPoints: [
              'Twelve documents were approved, mostly on transport, customs data exchange and veterinary rules.',
              'The 2027 gas price and the excise harmonisation schedule were referred back to working groups.',
              'Both sides avoided public disagreement after last week’s Gazprom signal.',
            ],
            body: [
              {
                type: 'p',
                text: 'The session followed a well-worn script. Agreements on road transport permits and customs data were signed, and officials praised record trade turnover. The two files that matter most – the price of gas in 2027 and the timetable for harmonising excise duties – were quietly removed from the final agenda.',
              },
              {
                type: 'p',
                text: 'Deferral suits both sides for now. Moscow keeps its leverage in reserve, while Minsk avoids committing to tax changes that would cost the budget revenue. The Belarusian prime minister described the talks as “constructive and without dramatisation”.',
              },
              {
                type: 'p',
                text: 'The outcome neither confirms nor relieves the pressure signalled by Gazprom a week earlier. The decisive round is now set for the November session, when the Union State programmes for 2027–2029 are also due. For this week, the relationship is **unchanged**.',
              },
            ],
          },
        },
      },
      {
        slug: 'eu-ministers-acknowledge-releases-keep-sanctions',
        topic: 'belarus-west',
        verdict: 'unchanged',
        authors: ['andrei-barysevich'],
        image: {
          hue: 210,
          motif: 'circles',
          alt: { en: 'A ring of small blue circles around a larger one' },
          caption: { en: 'EU foreign ministers discussed Belarus under “any other business”.' },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'EU ministers acknowledge the releases but agree sanctions stay in place',
            lead: 'EU foreign ministers welcomed the release of 31 prisoners but found no consensus for any easing of sanctions. Lithuania and Poland argued that humanitarian gestures should not be rewarded while repression continues.',
            keyPoints: [
              'The EU position remains that sanctions relief requires the release of all political prisoners.',
              'Some member states proposed a dialogue on humanitarian issues, without sanctions on the table.',
              'Minsk criticised the decision as evidence of European “inflexibility”.',
            ],
            body: [
              {
                type: 'p',
                text: 'The discussion in Brussels was brief and produced no formal conclusions. A small group of member states suggested exploring a humanitarian dialogue with Minsk on prisoner releases and family reunification, modelled on the American channel. The proposal found little support.',
              },
              {
                type: 'p',
                text: 'Lithuania and Poland, which bear the brunt of border tensions, argued that the EU should not reward releases that are matched by new arrests. Their argument was strengthened by human rights data showing that detentions continued at the usual pace.',
              },
              {
                type: 'p',
                text: 'Minsk’s response was predictable: the Foreign Ministry contrasted Washington’s “pragmatism” with Brussels’ “ideological” approach. The divergence between the US and EU tracks is now the defining feature of Belarus’s relations with the West, and this week it stayed **unchanged**.',
              },
            ],
          },
        },
      },
      {
        slug: 'national-unity-day-passes-without-new-pardons',
        topic: 'domestic-politics',
        verdict: 'unchanged',
        authors: ['alena-kryvitskaya'],
        image: {
          hue: 120,
          motif: 'waves',
          alt: { en: 'Muted green waves over a light grey background' },
          caption: { en: 'Official events marked the Day of National Unity across the country.' },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Day of National Unity passes without the pardons some had expected',
            lead: 'Official celebrations of 17 September focused on “historical justice” and national resilience. Hopes of an additional pardon timed to the holiday did not materialise, but neither did new restrictive measures.',
            keyPoints: [
              'The head of state’s address repeated familiar themes of stability and external threat.',
              'No pardons were announced, contrary to speculation in pro-government channels.',
              'The pace of political detentions stayed broadly in line with recent weeks.',
            ],
            body: [
              {
                type: 'p',
                text: 'Pro-government Telegram channels had spent the previous week hinting that further pardons could be timed to the holiday. In the event, the official programme consisted of a televised address, concerts and ceremonies at memorial sites.',
              },
              {
                type: 'p',
                text: 'The address itself offered little new. It praised the “unity of the people” after 2020 and warned against “those who fled abroad and serve foreign interests”. A passage suggesting that exiles who “sincerely repent” could return was a repetition of earlier statements rather than a new initiative. Notably absent was any reference to the amnesty adopted a week earlier.',
              },
              {
                type: 'p',
                text: 'Human rights monitors recorded about 35 new politically motivated detentions during the week, close to the recent average. With neither releases nor new restrictions, we assess the domestic situation as **unchanged**.',
              },
            ],
          },
        },
      },
      {
        slug: 'harvest-campaign-ends-below-target',
        topic: 'economy',
        verdict: 'unchanged',
        authors: ['pavel-lahvinets'],
        image: {
          hue: 50,
          motif: 'diagonal',
          alt: { en: 'Golden diagonal lines like rows in a field' },
          caption: { en: 'Dry weather in the south reduced grain yields.' },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Grain harvest ends below target after a dry summer in the south',
            lead: 'The Ministry of Agriculture reported a grain harvest of about 8.1 million tonnes, short of the 9 million tonne goal. The shortfall is manageable but adds to pressure on food prices.',
            keyPoints: [
              'The harvest fell roughly 10% short of the official target, mainly because of drought in the Homel and Brest regions.',
              'Fodder supplies are sufficient, but some imports of feed grain may be needed in spring.',
              'The agricultural sector remains heavily dependent on state credit and debt write-offs.',
            ],
            body: [
              {
                type: 'p',
                text: 'The harvest result is below the target but close to the average of the past five years. Northern regions did well; the south suffered from a dry July. Regional officials have already been criticised on state television for “poor organisation”, a standard ritual of the campaign.',
              },
              {
                type: 'p',
                text: 'The shortfall matters mainly for prices. Grain is an input for livestock and dairy, which are both large export sectors and items in the consumer basket. With inflation already elevated, a tighter feed balance adds upward pressure.',
              },
              {
                type: 'p',
                text: 'Structurally, little has changed: collective farms continue to depend on subsidised loans and periodic debt restructuring. The harvest neither improves nor materially worsens the outlook, so our verdict is **unchanged**.',
              },
            ],
          },
        },
      },
      {
        slug: 'drones-from-belarus-direction-prompt-polish-flight-limits',
        topic: 'security',
        verdict: 'worsened',
        authors: [],
        image: {
          hue: 5,
          motif: 'diagonal',
          alt: { en: 'Thin red diagonal traces across a dark sky-like background' },
          caption: {
            en: 'Poland introduced a temporary flight restriction zone along the border.',
          },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title:
              'Drones entering from the direction of Belarus prompt Polish flight restrictions',
            lead: 'At least four drones crossed into Polish airspace from the direction of Belarus over two nights. Warsaw introduced a temporary restricted zone along the border and summoned the Belarusian chargé d’affaires.',
            keyPoints: [
              'Two of the drones were shot down; debris indicated Russian-made long-range models.',
              'Minsk denied any involvement and said its air defence had tracked “unidentified objects” heading west.',
              'A temporary restricted flight zone now covers a strip along the Polish–Belarusian border.',
            ],
            body: [
              {
                type: 'p',
                text: 'The incidents fit a pattern seen during Russia’s air campaigns against Ukraine, when drones strayed or were routed through Belarusian airspace. What distinguishes this week is the number of drones and the fact that at least two flew a largely straight path towards Polish territory.',
              },
              {
                type: 'p',
                text: 'The Belarusian Ministry of Defence said it had informed Polish counterparts through existing channels. Warsaw disputes this, saying the warning came only after the drones had crossed the border.',
              },
              { type: 'p', text: 'Key questions remain open:' },
              {
                type: 'ol',
                items: [
                  'whether the drones were launched from Russian or Belarusian territory;',
                  'whether Belarusian air defence attempted an interception;',
                  'how long the Polish restricted zone will remain in force.',
                ],
              },
              {
                type: 'p',
                text: 'Regardless of the answers, the incidents expose the risks of Belarus’s integration into Russian air operations. We rate the week as **worsened**.',
              },
            ],
          },
        },
      },
    ],
  },
  // ───────────────────────────── Week 4 ─────────────────────────────
  {
    startDate: '2026-09-21',
    summary: {
      en: [
        'The week’s most tangible progress came at the border. Poland reopened the Bobrowniki crossing for passenger cars and freight, easing pressure on the remaining checkpoints, and a new potash terminal in Russia’s Leningrad region shipped its first cargo, promising cheaper export logistics for Belaruskali.',
        'Against this, Moscow hardened its position on taxes, linking the gas deal to a fixed timetable for excise harmonisation, and Belarusian courts opened a new series of trials in absentia against exiled activists, with property confiscations. Security was unchanged. Two topics improved, two worsened, one was unchanged.',
      ],
    },
    articles: [
      {
        slug: 'moscow-links-gas-deal-to-excise-harmonisation',
        topic: 'belarus-russia',
        verdict: 'worsened',
        authors: ['alena-kryvitskaya'],
        image: {
          hue: 15,
          motif: 'grid',
          alt: { en: 'Orange grid with one highlighted square' },
          caption: { en: 'Excise harmonisation is now explicitly tied to the energy package.' },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Moscow links the 2027 gas deal to a fixed timetable for excise harmonisation',
            lead: 'Russia’s Ministry of Finance proposed that Belarus align excise duties on fuel, alcohol and tobacco with Russian levels by 2028 as part of the gas package. Minsk called the proposal “premature”.',
            keyPoints: [
              'The Russian proposal would oblige Belarus to harmonise key excise duties within two years.',
              'Belarusian officials estimate a revenue effect equal to roughly 1% of GDP.',
              'Public disagreement between the finance ministries is unusual and signals growing friction.',
            ],
            body: [
              {
                type: 'p',
                text: 'The proposal, circulated to the Union State working groups and later confirmed by the Russian Ministry of Finance, turns the general link between gas and integration into a concrete demand. Belarus would need to raise fuel excise duties and restructure tobacco taxation, both of which support budget revenues and domestic producers.',
              },
              {
                type: 'p',
                text: 'The Belarusian response was unusually direct. A deputy finance minister told state media that harmonisation must be “gradual and mutually beneficial” and that compensation for Russia’s oil tax manoeuvre remains an unresolved grievance.',
              },
              {
                type: 'quote',
                text: '“We cannot discuss new obligations while old ones remain unfulfilled,” the deputy minister said, referring to the **refinery** compensation dispute.',
              },
              {
                type: 'p',
                text: 'The exchange shows that the gas negotiations are turning into a broader bargain over fiscal sovereignty. We rate relations as **worsened** this week.',
              },
            ],
          },
        },
      },
      {
        slug: 'poland-reopens-bobrowniki-crossing',
        topic: 'belarus-west',
        verdict: 'improved',
        authors: ['andrei-barysevich'],
        image: {
          hue: 160,
          motif: 'bars',
          alt: { en: 'Teal bars with a gap opening in the middle' },
          caption: { en: 'The Bobrowniki crossing had been closed since 2023.' },
          credit: 'Weekly Monitor illustration',
          sourceUrl: 'https://example.org/poland/border-guard-bobrowniki',
        },
        text: {
          en: {
            title: 'Poland reopens the Bobrowniki crossing, easing a long border bottleneck',
            lead: 'Warsaw reopened the Bobrowniki–Bierastavica crossing for cars and freight, citing “stabilisation” of the migration situation. It is the most significant easing on the Polish–Belarusian border in three years.',
            keyPoints: [
              'Queues at the remaining crossings had reached several days for trucks during the summer.',
              'Poland framed the decision as technical and reversible, not as a political signal.',
              'Minsk welcomed the move and extended its visa-free regime for Polish citizens.',
            ],
            body: [
              {
                type: 'p',
                text: 'The closure of Bobrowniki in 2023 had concentrated traffic on just a few checkpoints, producing long queues and high costs for carriers on both sides. The Polish Border Guard [announced](https://example.org/poland/border-guard-bobrowniki) that the crossing will operate in full from the end of the month, with reinforced controls.',
              },
              {
                type: 'p',
                text: 'Polish officials stressed that the decision responds to lower numbers of attempted irregular crossings and can be reversed at any time. They avoided linking it to the recent prisoner releases.',
              },
              {
                type: 'p',
                text: 'Minsk responded quickly, extending its unilateral **visa**-free regime for Polish citizens until the end of 2027. The move is modest but practical: it restores everyday connections for border communities and lowers costs for business. We rate the week as **improved**, with the caveat that the step is explicitly conditional.',
              },
            ],
          },
        },
      },
      {
        slug: 'trials-in-absentia-target-exiled-activists',
        topic: 'domestic-politics',
        verdict: 'worsened',
        authors: ['volha-sakalova'],
        image: {
          hue: 355,
          motif: 'grid',
          alt: { en: 'A red grid with several cells darkened' },
          caption: { en: 'Special proceedings allow trials without the defendant present.' },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'New trials in absentia target exiled activists and their property',
            lead: 'Courts opened “special proceedings” against 22 exiled activists and journalists, with prosecutors seeking confiscation of apartments and land. The cases signal that pressure on the diaspora is intensifying, not easing.',
            keyPoints: [
              'The 22 defendants live abroad and face charges including “calls to sanctions” and “organising extremist activity”.',
              'Prosecutors are seeking the confiscation of real estate, in some cases registered to relatives.',
              'The trials undercut official messaging about a path of return for exiles.',
            ],
            body: [
              {
                type: 'p',
                text: 'Special proceedings were introduced in 2022 and have since been used against several hundred people. This week’s batch stands out for its focus on property: in at least nine cases, prosecutors have asked courts to seize apartments and land plots in Belarus.',
              },
              {
                type: 'p',
                text: 'The confiscations hit families who stayed behind. Several defendants’ relatives live in the targeted apartments, and lawyers expect evictions to follow if the courts rule as requested.',
              },
              {
                type: 'ul',
                items: [
                  '22 new special proceedings opened in one week;',
                  'at least 9 confiscation requests for real estate;',
                  'charges include “calls to **sanctions**” and “discrediting the Republic of Belarus”.',
                ],
              },
              {
                type: 'p',
                text: 'The official commission on return continues to invite exiles to apply for guarantees. These trials, however, send a stronger message about the cost of staying abroad. We rate the week as **worsened**.',
              },
            ],
          },
        },
      },
      {
        slug: 'new-potash-terminal-leningrad-region-first-cargo',
        topic: 'economy',
        verdict: 'improved',
        authors: ['pavel-lahvinets'],
        image: {
          hue: 300,
          motif: 'circles',
          alt: { en: 'Purple and pink circles arranged like stored cargo' },
          caption: { en: 'Potash is Belarus’s most important export commodity outside Russia.' },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'New potash terminal in the Leningrad region ships its first Belarusian cargo',
            lead: 'A terminal built with Belarusian investment near St Petersburg loaded its first vessel with potash from Belaruskali. It should reduce dependence on leased capacity at Russian ports and cut logistics costs.',
            keyPoints: [
              'The terminal has an initial capacity of around 5 million tonnes a year.',
              'Logistics costs could fall by $8–12 per tonne compared with current arrangements.',
              'Potash export volumes in January–August were already close to pre-2022 levels.',
            ],
            body: [
              {
                type: 'p',
                text: 'Since the loss of transit through Klaipėda in 2022, Belarusian **potash** has travelled mainly by rail to Russian ports, where terminal capacity was leased at high prices. The new terminal gives Belaruskali a dedicated outlet and greater control over shipping schedules.',
              },
              {
                type: 'p',
                text: 'The timing is favourable. Global potash prices have stabilised, demand from Asian and Latin American buyers is strong, and the easing of US restrictions last year has reduced some of the financial friction around sales.',
              },
              {
                type: 'p',
                text: 'The gain is not without risks. The terminal deepens Belarus’s dependence on Russian infrastructure and on the Baltic shipping route, which remains exposed to Western enforcement measures. Nevertheless, for the export sector and the balance of payments this is a meaningful step forward, and we rate the week as **improved**.',
              },
            ],
          },
        },
      },
      {
        slug: 'defence-ministry-rules-out-new-russian-troop-presence',
        topic: 'security',
        verdict: 'unchanged',
        authors: ['maryna-sushko'],
        image: {
          hue: 240,
          motif: 'waves',
          alt: { en: 'Calm indigo waves' },
          caption: { en: 'Territorial defence training continued across several regions.' },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Defence ministry rules out a larger Russian troop presence this autumn',
            lead: 'Belarusian defence officials said there are no plans to host additional Russian units this autumn beyond those already stationed with the Oreshnik system. Territorial defence training continued at its usual scale.',
            keyPoints: [
              'The statement addresses speculation that followed the snap readiness check earlier in the month.',
              'Territorial defence musters took place in three regions, involving mostly reservists.',
              'The drone incident on the Polish border was not followed by new incursions this week.',
            ],
            body: [
              {
                type: 'p',
                text: 'The ministry’s comment came in response to reports in Russian military blogs about a possible autumn deployment of air defence and electronic warfare units. Belarusian officials called the reports “speculation” and said the current force posture is sufficient.',
              },
              {
                type: 'p',
                text: 'Meanwhile, territorial defence training continued. Reservists in the Viciebsk, Mahilioŭ and Brest regions were called up for short musters focused on checkpoint duty and protecting infrastructure. Such exercises have become a fixture since 2022, and their stated purpose has shifted from “countering sabotage” to “defence of the homeland” more broadly.',
              },
              {
                type: 'p',
                text: 'The denial is useful but should be read carefully: it does not exclude rotations or temporary exercises. With no new incidents in the air and no change on the ground, we assess the situation as **unchanged**.',
              },
            ],
          },
        },
      },
    ],
  },
  // ───────────────────────────── Week 5 ─────────────────────────────
  {
    startDate: '2026-09-28',
    summary: {
      en: [
        'Belarus’s foreign minister used the UN General Assembly to appeal for “normalisation without preconditions”, which drew little response from European delegations. In Moscow, the Belarusian prime minister continued talks on gas without a result, and the presidium of the All-Belarusian People’s Assembly met to approve a new framework on “ideological work”.',
        'The most positive signal came from security: Minsk invited foreign attachés to observe an exercise and agreed with Warsaw on a direct line between border commands. The economy, by contrast, is feeling the pinch of labour shortages. One topic improved, one worsened, three were unchanged.',
      ],
    },
    articles: [
      {
        slug: 'prime-minister-in-moscow-gas-talks-continue',
        topic: 'belarus-russia',
        verdict: 'unchanged',
        authors: ['andrei-barysevich'],
        image: {
          hue: 205,
          motif: 'waves',
          alt: { en: 'Blue and grey waves running in parallel' },
          caption: { en: 'The two prime ministers met on the sidelines of an industrial forum.' },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Belarusian prime minister in Moscow as gas talks continue without a result',
            lead: 'The Belarusian prime minister held talks with his Russian counterpart on gas prices and excise duties. Both sides reported “convergence of positions” but no agreement.',
            keyPoints: [
              'The talks focused on the gas price formula for 2027 and the excise timetable.',
              'Minsk reportedly offered partial harmonisation of fuel excise duties in exchange for a fixed gas price.',
              'A decision is now expected before the end of October.',
            ],
            body: [
              {
                type: 'p',
                text: 'The Moscow visit was the first high-level meeting since the Russian Ministry of Finance set out its excise proposal. Belarusian sources described a compromise in which Minsk would align fuel excise duties gradually, while alcohol and tobacco would remain outside a fixed timetable.',
              },
              {
                type: 'p',
                text: 'Russian officials did not comment on the details. The joint statement referred only to “substantive progress” and instructed the ministries to finalise documents “in the shortest possible time”. Belarusian state media, which had amplified the dispute a week earlier, returned to a noticeably warmer tone.',
              },
              {
                type: 'p',
                text: 'The tone was more conciliatory than a week earlier, suggesting that neither side wants an open conflict before the Union State meetings in November. But without a signed price, the uncertainty hanging over Belarusian industry remains. We keep the verdict at **unchanged**.',
              },
            ],
          },
        },
      },
      {
        slug: 'foreign-minister-un-general-assembly-normalisation-appeal',
        topic: 'belarus-west',
        verdict: 'unchanged',
        authors: [],
        image: {
          hue: 195,
          motif: 'circles',
          alt: { en: 'Concentric blue circles suggesting an assembly hall' },
          caption: { en: 'The speech was delivered to a half-empty hall.' },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'At the UN, Minsk appeals for “normalisation without preconditions”',
            lead: 'The Belarusian foreign minister told the UN General Assembly that Belarus is ready to restore relations with its neighbours “without preconditions”. European delegations did not respond publicly.',
            keyPoints: [
              'The speech combined offers of dialogue with sharp criticism of Western sanctions.',
              'The minister held bilateral meetings mainly with delegations from Asia, Africa and Latin America.',
              'No meeting with an EU foreign minister was reported.',
            ],
            body: [
              {
                type: 'p',
                text: 'The speech followed a two-part structure familiar from previous years. The first part presented Belarus as a constructive actor ready for regional security talks; the second condemned **sanctions** as “economic warfare” and accused neighbours of militarisation.',
              },
              {
                type: 'p',
                text: 'The phrase “without preconditions” is the key message. It is aimed at the EU, whose conditions – release of all political prisoners and an end to repression – Minsk considers unacceptable. In effect, the offer is to talk about borders and trade while leaving domestic politics aside.',
              },
              {
                type: 'p',
                text: 'European delegations showed no interest. The minister’s schedule of bilateral meetings reflected Minsk’s outreach to the Global South rather than any thaw with Europe. Coming after the reopening of Bobrowniki, the speech neither built on that step nor undermined it. We rate the week as **unchanged**.',
              },
            ],
          },
        },
      },
      {
        slug: 'peoples-assembly-presidium-approves-ideology-framework',
        topic: 'domestic-politics',
        verdict: 'unchanged',
        authors: ['alena-kryvitskaya', 'yauhen-zhuk'],
        image: {
          hue: 100,
          motif: 'grid',
          alt: { en: 'Olive-green grid with regular cells' },
          caption: { en: 'The presidium meets several times a year between full sessions.' },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'People’s Assembly presidium approves a new framework for “ideological work”',
            lead: 'The presidium of the All-Belarusian People’s Assembly adopted a framework that defines the state ideology’s core values and assigns responsibilities to ministries and local authorities. It codifies existing practice rather than introducing new measures.',
            keyPoints: [
              'The framework lists “sovereignty, stability, historical memory and traditional values” as core principles.',
              'Every public organisation with more than 50 employees must appoint a deputy head for ideological work.',
              'The document has no direct legal force but will guide regulations and budgets.',
            ],
            body: [
              {
                type: 'p',
                text: 'Since the 2022 constitutional changes, the All-Belarusian People’s Assembly has become the highest representative body of the political system. Its presidium has increasingly served as a forum for setting broad policy guidelines, of which the new framework is the latest example.',
              },
              {
                type: 'p',
                text: 'Most provisions formalise practices already in place. Ideological deputies exist in most state enterprises, and schools and universities run compulsory programmes. The main novelty is the extension of the requirement to larger private companies, which could increase administrative pressure on the remaining private sector.',
              },
              {
                type: 'p',
                text: 'We see the framework as a further step in the **institutionalisation** of post-2020 controls, but not as an escalation in itself. Detention figures were in line with recent weeks. The verdict is **unchanged**.',
              },
            ],
          },
        },
      },
      {
        slug: 'labour-shortage-squeezes-industry',
        topic: 'economy',
        verdict: 'worsened',
        authors: ['pavel-lahvinets'],
        image: {
          hue: 35,
          motif: 'bars',
          alt: { en: 'Amber bars with several missing in the sequence' },
          caption: { en: 'Vacancies outnumber registered jobseekers by more than ten to one.' },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Labour shortages deepen as wages outpace productivity',
            lead: 'New data show more than 160,000 unfilled vacancies against fewer than 15,000 registered unemployed. Wage growth continues to outpace productivity, adding to inflationary pressure.',
            keyPoints: [
              'The number of vacancies reached a record, with acute shortages in engineering, medicine and transport.',
              'Real wages grew by 7.5% year on year in August, against productivity growth of about 1%.',
              'The National Bank kept its refinancing rate unchanged despite higher inflation.',
            ],
            body: [
              {
                type: 'p',
                text: 'The labour market has tightened steadily since 2021, driven by emigration, an ageing population and the outflow of workers to Russia. Employers now compete for staff through wage increases, which the government has also encouraged through administrative targets.',
              },
              { type: 'h2', text: 'Policy choices' },
              {
                type: 'p',
                text: 'The authorities have responded with measures to attract labour migrants from Central and South Asia and with restrictions on leaving jobs in some state enterprises. Neither addresses the core problem: wages rising faster than output. Investment in automation, which could ease the shortage, remains low because state enterprises lack both capital and incentives.',
              },
              {
                type: 'p',
                text: 'The National Bank [kept its rate](https://example.org/nbrb/refinancing-rate-september-2026) at 9.5%, signalling reluctance to tighten while growth is slowing. With inflation above 7% and labour costs rising, we see a clear **deterioration** in the macroeconomic balance.',
              },
            ],
          },
        },
      },
      {
        slug: 'attaches-invited-hotline-agreed-with-poland',
        topic: 'security',
        verdict: 'improved',
        authors: ['maryna-sushko'],
        image: {
          hue: 175,
          motif: 'circles',
          alt: { en: 'Two teal circles linked by a thin line' },
          caption: { en: 'The new line connects the border commands of both countries.' },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Minsk invites foreign attachés and agrees a border hotline with Warsaw',
            lead: 'Belarus invited foreign military attachés, including from Poland and Lithuania, to observe a brigade-level exercise. Separately, the border commands of Belarus and Poland agreed a direct line for incident notification.',
            keyPoints: [
              'Attachés from 14 countries observed a mechanised brigade exercise near Baranavičy.',
              'The new hotline is intended to prevent misunderstandings in cases like the September drone incidents.',
              'Both steps are modest, but they reverse the trend of the past month.',
            ],
            body: [
              {
                type: 'p',
                text: 'Invitations to observe exercises were routine before 2020 but became rare afterwards. This week, attachés from 14 countries, including Poland, Lithuania, Latvia and Germany, were shown a brigade exercise and given a briefing on the scope of autumn training.',
              },
              {
                type: 'p',
                text: 'More significant is the direct line between border commands. After the drone incidents in September, Warsaw complained that warnings had arrived too late. The new arrangement allows real-time notification of airspace and border incidents.',
              },
              {
                type: 'quote',
                text: 'Confidence-building is not a reward; it is a way of keeping a tense border from turning into an accidental crisis.',
              },
              {
                type: 'p',
                text: 'These measures do not alter the strategic picture, in which Belarus hosts Russian nuclear-capable systems. But they reduce the risk of **miscalculation**, and we rate the week as **improved**.',
              },
            ],
          },
        },
      },
    ],
  },
  // ───────────────────────────── Week 6 ─────────────────────────────
  {
    startDate: '2026-10-05',
    summary: {
      en: [
        'A sharp setback on the western border overshadowed the week. Smuggling balloons launched from Belarus repeatedly forced the closure of Vilnius airport, and Lithuania shut its border crossings with Belarus for an initial two weeks. At home, police raided the homes of relatives of exiled journalists in several cities.',
        'From Moscow, however, came the deal Minsk had sought: the gas price for 2027 will stay at the current level, and repayment of part of the state debt will be deferred. The draft 2027 budget presented this week reflects that relief but also shows limited fiscal room. One topic improved, two worsened, two were unchanged.',
      ],
    },
    articles: [
      {
        slug: 'gas-price-for-2027-frozen-debt-deferred',
        topic: 'belarus-russia',
        verdict: 'improved',
        authors: ['alena-kryvitskaya', 'andrei-barysevich'],
        image: {
          hue: 30,
          motif: 'waves',
          alt: { en: 'Warm orange waves settling into a calm line' },
          caption: { en: 'The agreement was signed by the two energy ministers.' },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Gas price for 2027 frozen and part of the state debt to Russia deferred',
            lead: 'Minsk and Moscow agreed to keep the gas price for 2027 at the current level and to defer repayment of about $1 billion in state loans. In return, Belarus committed to a gradual alignment of fuel excise duties.',
            keyPoints: [
              'The gas price will stay fixed in roubles, avoiding a shock to industry and households.',
              'Repayments on about $1 billion of Russian state loans are moved to 2029–2033.',
              'The excise concession is narrower than Moscow’s original demand, covering fuel only.',
            ],
            body: [
              {
                type: 'p',
                text: 'The agreement resolves the uncertainty created by Gazprom’s statement in early September. Keeping the **gas price** unchanged is the single most important economic decision for Belarus this year: it protects the competitiveness of potash, fertiliser and petrochemical producers and allows the government to avoid raising household tariffs.',
              },
              {
                type: 'p',
                text: 'The debt deferral adds fiscal breathing space at a moment when growth is slowing. It extends a long-standing pattern in which Russia refinances rather than collects.',
              },
              {
                type: 'p',
                text: 'Minsk paid a price, but a smaller one than Moscow initially sought. Fuel excise duties will be aligned in steps until 2029, while alcohol and tobacco remain outside the timetable. For a leadership that values predictability, this is a good outcome.',
              },
              {
                type: 'p',
                text: 'The deal deepens dependence, but within the logic of the relationship it is a clear improvement. Our verdict: **improved**.',
              },
            ],
          },
        },
      },
      {
        slug: 'balloons-close-vilnius-airport-lithuania-shuts-border',
        topic: 'belarus-west',
        verdict: 'worsened',
        authors: ['andrei-barysevich'],
        image: {
          hue: 0,
          motif: 'circles',
          alt: { en: 'Red circles drifting upward across a grey sky' },
          caption: { en: 'Vilnius airport was closed four times in five days.' },
          credit: 'Weekly Monitor illustration',
          sourceUrl: 'https://example.org/lithuania/government-border-decision',
        },
        text: {
          en: {
            title: 'Smuggling balloons close Vilnius airport and Lithuania shuts the border',
            lead: 'Balloons carrying contraband cigarettes from Belarus forced Vilnius airport to close four times in five days. The Lithuanian government closed all crossing points with Belarus for two weeks and called the incidents a “hybrid attack”.',
            keyPoints: [
              'More than 200 balloons entered Lithuanian airspace during the week.',
              'Lithuania closed its two remaining crossings, stranding hundreds of trucks on both sides.',
              'Minsk denied responsibility and described the closure as “provocation”.',
            ],
            body: [
              {
                type: 'p',
                text: 'Smuggling balloons are not new, but their number and the disruption to civil aviation escalated sharply. Lithuanian officials argue that launches on such a scale would be impossible without at least the tolerance of Belarusian authorities.',
              },
              {
                type: 'p',
                text: 'The [government’s decision](https://example.org/lithuania/government-border-decision) to close the border comes only weeks after Poland reopened Bobrowniki. It shows how quickly the modest easing of recent months can be reversed.',
              },
              {
                type: 'p',
                text: 'The closure hurts Lithuanian carriers, whose trucks are stuck in Belarus, and cross-border families. Minsk has so far responded with rhetoric rather than countermeasures, but the risk of retaliation against Lithuanian vehicles remains.',
              },
              {
                type: 'p',
                text: 'The incident undercuts the message of “normalisation without preconditions” delivered at the UN only a week earlier. We rate the week as **worsened**.',
              },
            ],
          },
        },
      },
      {
        slug: 'police-raid-relatives-of-exiled-journalists',
        topic: 'domestic-politics',
        verdict: 'worsened',
        authors: ['volha-sakalova'],
        image: {
          hue: 345,
          motif: 'diagonal',
          alt: { en: 'Dark red diagonal bands interrupting a calm pattern' },
          caption: { en: 'Searches took place in Minsk, Hrodna, Homel and Viciebsk.' },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Police raid the homes of relatives of exiled journalists in four cities',
            lead: 'Security services searched the homes of at least 17 relatives of journalists working for exiled media outlets. Several were questioned for hours and had phones and computers seized.',
            keyPoints: [
              'The raids targeted parents, siblings and in-laws of journalists working abroad.',
              'At least three relatives were charged with “facilitating extremist activity” for transferring money.',
              'The operation appears coordinated and is the largest of its kind this year.',
            ],
            body: [
              {
                type: 'p',
                text: 'The searches were carried out on the same morning in Minsk, Hrodna, Homel and Viciebsk. Relatives reported that investigators asked about the journalists’ sources, finances and contacts with “foreign structures”.',
              },
              {
                type: 'p',
                text: 'In at least three cases, money transfers between family members were treated as financing of an extremist organisation, a charge that carries a prison sentence. Lawyers warn that ordinary family support is being criminalised.',
              },
              {
                type: 'p',
                text: 'The operation fits a pattern of pressure on exiled media through their families in Belarus, a tactic that has intensified since 2024. It also contradicts the official narrative of openness to returnees.',
              },
              {
                type: 'p',
                text: 'We rate the week as **worsened**: the targeting of relatives expands the circle of people exposed to criminal liability and deepens the climate of fear.',
              },
            ],
          },
        },
      },
      {
        slug: 'draft-2027-budget-modest-deficit-little-room',
        topic: 'economy',
        verdict: 'unchanged',
        authors: ['pavel-lahvinets'],
        image: {
          hue: 55,
          motif: 'grid',
          alt: { en: 'Yellow grid resembling a spreadsheet' },
          caption: { en: 'The draft budget goes to parliament later this month.' },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Draft 2027 budget plans a modest deficit and leaves little room for surprises',
            lead: 'The government presented a draft budget for 2027 with a deficit of 1.2% of GDP. The gas deal and debt deferral help, but social spending commitments and support for state enterprises leave little buffer.',
            keyPoints: [
              'The draft assumes GDP growth of 2.5%, which looks optimistic given current trends.',
              'Defence and security spending rises by about 15% in nominal terms.',
              'Public sector wages are indexed in line with expected inflation.',
            ],
            body: [
              {
                type: 'p',
                text: 'The budget is built on the assumption that growth will recover to 2.5% next year. Given that growth has fallen below 2% this year, the assumption is generous, and a shortfall would quickly widen the deficit. Financing options are narrow: access to Western markets is closed, so borrowing will come mainly from Russia and domestic banks.',
              },
              { type: 'p', text: 'On the spending side, the priorities are clear:' },
              {
                type: 'ul',
                items: [
                  'defence and internal security up about 15%;',
                  'wages in the public sector indexed to inflation;',
                  'continued subsidised lending to agriculture and housing.',
                ],
              },
              {
                type: 'p',
                text: 'The frozen gas price and the deferral of Russian debt repayments provide genuine relief and remove a major risk. But they were expected, and the draft confirms rather than changes the fiscal picture: stable in the short term, vulnerable to any external shock. The verdict is **unchanged**.',
              },
            ],
          },
        },
      },
      {
        slug: 'military-posture-stable-despite-lithuanian-closure',
        topic: 'security',
        verdict: 'unchanged',
        authors: [],
        image: {
          hue: 250,
          motif: 'grid',
          alt: { en: 'Violet grid with a firm horizontal line' },
          caption: {
            en: 'No changes in force deployments were observed near the Lithuanian border.',
          },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Military posture stays stable despite the closure of the Lithuanian border',
            lead: 'The Lithuanian border closure did not trigger military moves on either side. Belarusian border units reported a higher state of alert, but no redeployments were observed.',
            keyPoints: [
              'Belarus’s State Border Committee increased patrols but announced no reinforcements.',
              'The new hotline with Poland was used twice this week, according to Polish officials.',
              'Lithuania stressed that the closure is a civil, not a military, measure.',
            ],
            body: [
              {
                type: 'p',
                text: 'Despite the political tension, both sides avoided military signalling. Lithuania framed the closure as a response to smuggling and aviation safety, while Belarusian officials accused Vilnius of “provocation” but did not mention military countermeasures.',
              },
              {
                type: 'p',
                text: 'The hotline agreed with Poland last week has already proved useful: Polish officials said it was used twice to clarify low-altitude flights near the border. No similar channel exists with Lithuania, which increases the risk of misreading balloon incidents as military ones. Lithuanian officials have so far declined a Belarusian offer to discuss such a channel, saying it would legitimise the balloon launches.',
              },
              {
                type: 'p',
                text: 'Overall, the military situation is **unchanged**. The risk lies in the political climate, which could spill into the security sphere if the balloon crisis continues.',
              },
            ],
          },
        },
      },
    ],
  },
  // ───────────────────────────── Week 7 ─────────────────────────────
  {
    startDate: '2026-10-12',
    summary: {
      en: [
        'A second wave of pardons freed 18 political prisoners, most of them elderly or seriously ill, and the commission on return reported a rise in applications from exiles. Lithuania partially reopened one crossing for trucks stranded by its closure, though the broader standoff over smuggling balloons continues.',
        'The economy took a hit as the Mozyr refinery cut throughput after reduced Russian crude deliveries. Relations with Moscow were steady ahead of the November Union State meetings, and the autumn conscription decree raised the call-up slightly. One topic improved, one worsened, three were unchanged.',
      ],
    },
    articles: [
      {
        slug: 'supreme-state-council-date-set-for-december',
        topic: 'belarus-russia',
        verdict: 'unchanged',
        authors: ['andrei-barysevich'],
        image: {
          hue: 225,
          motif: 'grid',
          alt: { en: 'Blue calendar-like grid with one cell marked' },
          caption: { en: 'The Supreme State Council meets only at irregular intervals.' },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Supreme State Council of the Union State set to meet in December',
            lead: 'The Union State’s State Secretary announced that the Supreme State Council will convene in December to approve the 2027–2029 integration programmes. The announcement sets the timetable but reveals little about content.',
            keyPoints: [
              'The Supreme State Council is the Union State’s highest body and meets irregularly.',
              'The 2027–2029 programmes are expected to include the gas and excise arrangements agreed this month.',
              'There are no signs of new political integration proposals, such as common institutions or currency.',
            ],
            body: [
              {
                type: 'p',
                text: 'The Supreme State Council, composed of the two heads of state and senior officials, has met only a handful of times in the past decade. Its convening in December would give political endorsement to the package of programmes being finalised by the working groups.',
              },
              {
                type: 'p',
                text: 'With the gas and debt questions settled earlier in October, the remaining documents are largely technical: customs, transport, standards and social security. Officials on both sides describe the process as “on schedule”.',
              },
              {
                type: 'p',
                text: 'The more interesting question is what will not be on the agenda. So far there is no indication that Moscow will revive ideas of supranational bodies or a common currency, which Minsk has consistently blocked. The relationship is therefore **unchanged**: stable, asymmetric and governed by transactional bargains.',
              },
            ],
          },
        },
      },
      {
        slug: 'lithuania-partially-reopens-crossing-for-stranded-trucks',
        topic: 'belarus-west',
        verdict: 'unchanged',
        authors: ['andrei-barysevich'],
        image: {
          hue: 185,
          motif: 'bars',
          alt: { en: 'Cyan bars with a narrow gap' },
          caption: { en: 'Only trucks registered before the closure may cross.' },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Lithuania partially reopens a crossing for trucks stranded by the closure',
            lead: 'Vilnius allowed trucks stranded in Belarus to return through the Šalčininkai crossing, while keeping the border otherwise closed. The EU began preparing listings targeting those responsible for the balloon incursions.',
            keyPoints: [
              'About 1,400 Lithuanian trucks were stranded in Belarus after the closure.',
              'The partial reopening is limited to vehicles registered before the closure.',
              'The European Commission started work on sanctions listings for “hybrid activities” by Belarus.',
            ],
            body: [
              {
                type: 'p',
                text: 'The partial reopening answers pressure from Lithuanian carriers, whose trucks and drivers had been stuck on Belarusian territory. Lithuanian officials stressed that it is a humanitarian and economic exception and not an end to the closure. Belarusian customs, for their part, processed the departing vehicles without the delays many carriers had feared.',
              },
              {
                type: 'p',
                text: 'At the EU level, the balloon incidents have prompted work on new listings. According to diplomats, they would target officials and entities involved in organising or tolerating the launches, as well as smuggling networks.',
              },
              {
                type: 'p',
                text: 'Balloon incursions declined this week but did not stop. The combination of a small Lithuanian gesture and a new sanctions track leaves the relationship **unchanged** – stuck at the lower level reached after the closure.',
              },
            ],
          },
        },
      },
      {
        slug: 'second-pardon-wave-frees-elderly-and-ill-prisoners',
        topic: 'domestic-politics',
        verdict: 'improved',
        authors: [],
        image: {
          hue: 130,
          motif: 'circles',
          alt: { en: 'Light green circles spreading outward' },
          caption: { en: 'Most of those released had served more than three years.' },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Second pardon wave frees 18 prisoners, most of them elderly or ill',
            lead: 'The head of state pardoned 18 people convicted on political grounds, most of them over 60 or with serious health conditions. Unlike September’s releases, this wave was not linked to an external deal.',
            keyPoints: [
              'All 18 were released inside Belarus and allowed to remain in the country.',
              'The commission on return said it had received more than 300 applications since the summer.',
              'Human rights monitors still count more than a thousand political prisoners.',
            ],
            body: [
              {
                type: 'p',
                text: 'The release differs from earlier ones in an important respect: those freed were not expelled abroad. Several were able to return to their families, although they remain under “preventive supervision” and must report regularly to police.',
              },
              {
                type: 'p',
                text: 'Official media presented the pardons as “humanism” and linked them to the work of the commission on return, which reported a growing number of applications from exiles wishing to come home. The commission did not say how many applications had been approved.',
              },
              {
                type: 'quote',
                text: 'The releases show that the authorities can reduce the number of political prisoners when they choose to; the question is why the arrests continue at the same time.',
              },
              {
                type: 'p',
                text: 'With 18 people freed and no major new repressive measures this week, we rate the domestic situation as **improved**. The system that produces new political prisoners, however, remains fully intact.',
              },
            ],
          },
        },
      },
      {
        slug: 'mozyr-refinery-cuts-throughput-crude-deliveries-drop',
        topic: 'economy',
        verdict: 'worsened',
        authors: ['pavel-lahvinets'],
        image: {
          hue: 20,
          motif: 'diagonal',
          alt: { en: 'Brown and orange diagonal stripes suggesting pipelines' },
          caption: { en: 'Petroleum products are among Belarus’s most important exports.' },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Mozyr refinery cuts throughput as Russian crude deliveries drop',
            lead: 'Reduced deliveries of Russian crude via the Druzhba pipeline forced the Mozyr refinery to lower processing by about a quarter. The cut will weigh on exports and budget revenue in the final quarter.',
            keyPoints: [
              'Deliveries were reduced after damage to a pumping station on Russian territory.',
              'The Mozyr refinery lowered throughput by about 25% for at least three weeks.',
              'Petroleum products account for a large share of Belarus’s exports to Russia and third countries.',
            ],
            body: [
              {
                type: 'p',
                text: 'Belarus’s two refineries, in Mozyr and Navapolatsk, depend entirely on Russian crude. When deliveries through the Druzhba system fell this week, Mozyr had to scale down processing and postpone some export contracts.',
              },
              {
                type: 'p',
                text: 'Russian operators have promised to restore volumes “within weeks”, but similar disruptions earlier this year lasted longer than announced. The **refinery** sector is also still waiting for compensation for Russia’s tax manoeuvre, which has reduced its margins since 2019.',
              },
              { type: 'p', text: 'Our rough estimate:' },
              {
                type: 'ol',
                items: [
                  'lost export revenue of $80–120 million if the cut lasts a month;',
                  'lower excise and profit tax receipts for the budget;',
                  'possible fuel price pressure on the domestic market.',
                ],
              },
              {
                type: 'p',
                text: 'Coming on top of slowing growth and tight labour markets, the refinery cut makes the outlook weaker. The verdict is **worsened**.',
              },
            ],
          },
        },
      },
      {
        slug: 'autumn-conscription-decree-raises-call-up',
        topic: 'security',
        verdict: 'unchanged',
        authors: ['maryna-sushko'],
        image: {
          hue: 265,
          motif: 'bars',
          alt: { en: 'Rows of purple bars of equal height' },
          caption: { en: 'The call-up runs until the end of November.' },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Autumn conscription decree raises the call-up slightly',
            lead: 'The head of state signed the autumn conscription decree, with a call-up modestly above last year’s. The change is within normal fluctuations and does not signal mobilisation.',
            keyPoints: [
              'The call-up period runs from October to the end of November.',
              'Officials cited the need to replace soldiers demobilised in autumn.',
              'Legal changes adopted this year make deferrals harder to obtain for students at some private institutions.',
            ],
            body: [
              {
                type: 'p',
                text: 'Conscription decrees are issued twice a year and rarely contain surprises. This year’s autumn call-up is slightly larger, which the Ministry of Defence attributed to the need to fill positions in air defence and border units. The share of conscripts sent to the State Border Committee has grown steadily since the border closures began.',
              },
              {
                type: 'p',
                text: 'The more significant change lies in the rules on deferrals. Amendments adopted in the spring limit deferrals for students at some private universities, and military commissariats have been instructed to check addresses of young men who moved abroad.',
              },
              {
                type: 'p',
                text: 'There are no indications of mobilisation or of Belarusian forces being prepared for deployment outside the country. We therefore keep the verdict at **unchanged**, while watching whether enforcement against those abroad intensifies.',
              },
            ],
          },
        },
      },
    ],
  },
  // ───────────────────────────── Week 8 ─────────────────────────────
  {
    startDate: '2026-10-19',
    summary: {
      en: [
        'The stalled thaw with the West moved into reverse. The EU adopted listings targeting Belarusian officials and entities over the balloon incursions, and Minsk retaliated by impounding Lithuanian trailers. On the security side, the announcement that a Russian electronic warfare unit will be based permanently near Hrodna contradicted assurances given only a month ago.',
        'The economy offered a counterweight: the Ostrovets nuclear plant returned to full capacity after maintenance, allowing lower electricity tariffs for industry, and inflation eased for the first time in four months. Relations with Moscow and the domestic situation were unchanged. One topic improved, two worsened, two were unchanged.',
      ],
    },
    articles: [
      {
        slug: 'union-state-parliamentary-assembly-adopts-2027-budget',
        topic: 'belarus-russia',
        verdict: 'unchanged',
        authors: ['alena-kryvitskaya'],
        image: {
          hue: 210,
          motif: 'bars',
          alt: { en: 'Steady blue bars of similar height' },
          caption: { en: 'The session took place in Hrodna.' },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Union State Parliamentary Assembly adopts a routine 2027 budget',
            lead: 'The Parliamentary Assembly of Belarus and Russia approved the Union State budget for 2027, largely unchanged from this year. The session was also an occasion for political statements on the West.',
            keyPoints: [
              'The Union State budget remains small and focused on joint programmes in science, defence industry and media.',
              'Speakers from both sides condemned the new EU listings as “interference”.',
              'No new integration initiatives were tabled.',
            ],
            body: [
              {
                type: 'p',
                text: 'The Union State budget is modest in size and funds a limited set of joint projects. The 2027 version increases allocations for defence-industrial cooperation and joint media projects, while keeping most lines at this year’s levels. Spending on joint space and microelectronics projects, once presented as flagships, was cut slightly.',
              },
              {
                type: 'p',
                text: 'The session served mainly as a political platform. Speakers condemned the EU’s new listings and praised the gas agreement reached earlier in the month as proof of “allied solidarity”.',
              },
              {
                type: 'p',
                text: 'For the substance of relations, the session changes little. The decisions that matter are made in bilateral government talks and will be confirmed at the Supreme State Council in December. The verdict is **unchanged**.',
              },
            ],
          },
        },
      },
      {
        slug: 'eu-hybrid-listings-minsk-impounds-lithuanian-trailers',
        topic: 'belarus-west',
        verdict: 'worsened',
        authors: ['andrei-barysevich'],
        image: {
          hue: 355,
          motif: 'diagonal',
          alt: { en: 'Crossed red diagonal lines forming a barrier' },
          caption: { en: 'The impounded trailers are held at customs terminals near the border.' },
          credit: 'Weekly Monitor illustration',
          sourceUrl: 'https://example.org/eu/council-hybrid-listings-belarus',
        },
        text: {
          en: {
            title: 'EU adopts hybrid-threat listings and Minsk impounds Lithuanian trailers',
            lead: 'The EU listed 14 individuals and 6 entities over the balloon incursions into Lithuania. Minsk responded by impounding more than 1,000 Lithuanian trailers left behind after the border closure.',
            keyPoints: [
              'The listings target border and customs officials as well as companies linked to cigarette smuggling.',
              'Belarus impounded the trailers, citing “customs violations” and storage fees.',
              'The tit-for-tat ends the limited thaw that began with the reopening of Bobrowniki.',
            ],
            body: [
              {
                type: 'p',
                text: 'The [Council decision](https://example.org/eu/council-hybrid-listings-belarus) uses the EU’s framework for hybrid threats. It freezes assets and bans travel for officials deemed responsible for the balloon launches and for firms involved in smuggling operations.',
              },
              {
                type: 'p',
                text: 'Minsk’s response hit Lithuanian business directly. Trailers left in Belarus after the border closure, mostly detached from their tractors, were placed in customs storage, and their owners were told they would face fees and inspection.',
              },
              { type: 'h2', text: 'A thaw that stalled' },
              {
                type: 'p',
                text: 'Two months ago, prisoner releases, US **visa** services and the reopening of Bobrowniki suggested a cautious de-escalation. Since then, the balloon crisis has reversed much of that progress. The US track continues, but it cannot compensate for confrontation with neighbours, whose borders carry most of Belarus’s trade with the EU. We rate the week as **worsened**.',
              },
            ],
          },
        },
      },
      {
        slug: 'parliament-debates-mass-events-amendments',
        topic: 'domestic-politics',
        verdict: 'unchanged',
        authors: ['volha-sakalova'],
        image: {
          hue: 90,
          motif: 'waves',
          alt: { en: 'Grey-green waves in a steady rhythm' },
          caption: { en: 'The House of Representatives discussed the bill in first reading.' },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Parliament debates amendments to the law on mass events without a vote',
            lead: 'The House of Representatives discussed amendments to the law on mass events that would extend reporting duties to online gatherings. The vote was postponed to the next session.',
            keyPoints: [
              'The amendments would treat some organised online actions as “mass events” requiring permission.',
              'Several deputies asked for clearer definitions, a rare sign of debate.',
              'Detention figures stayed near the recent average.',
            ],
            body: [
              {
                type: 'p',
                text: 'The draft would require organisers of coordinated online actions – such as mass posting campaigns or virtual rallies – to seek permission in the same way as for street events. Violations would be punished under existing administrative articles.',
              },
              {
                type: 'p',
                text: 'Unusually, some deputies raised questions about vague definitions and the burden on ordinary users. The bill was sent back to committee, although few expect its substance to change. The episode nonetheless shows that even a tightly managed parliament occasionally debates the practical side of repressive legislation.',
              },
              {
                type: 'p',
                text: 'The week also saw the release of several people under September’s amnesty, while new detentions continued at about the recent pace. With the bill postponed and no major new measures, we assess the situation as **unchanged**.',
              },
            ],
          },
        },
      },
      {
        slug: 'ostrovets-nuclear-plant-full-capacity-tariffs-cut',
        topic: 'economy',
        verdict: 'improved',
        authors: ['pavel-lahvinets'],
        image: {
          hue: 170,
          motif: 'circles',
          alt: { en: 'Two large teal circles side by side, evoking reactor domes' },
          caption: { en: 'Both units of the plant are now operating at full capacity.' },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Ostrovets nuclear plant back at full capacity as industrial tariffs are cut',
            lead: 'Both units of the Ostrovets nuclear plant returned to full output after scheduled maintenance, and the government lowered electricity tariffs for industry. Inflation also eased for the first time since June.',
            keyPoints: [
              'The plant now covers about 40% of domestic electricity generation.',
              'Electricity tariffs for industrial users fall by about 6% from November.',
              'Annual inflation eased to 7.4% in September from 7.8% in August.',
            ],
            body: [
              {
                type: 'p',
                text: 'With both units running, the **Ostrovets nuclear plant** displaces gas-fired generation and reduces gas consumption. The savings allow the government to cut tariffs for industry, a long-standing demand of manufacturers struggling with slowing demand. A third unit, discussed by officials for several years, is still at the feasibility stage.',
              },
              {
                type: 'p',
                text: 'The tariff cut is modest, but it comes at a good moment. Combined with the frozen gas price for 2027, it improves the cost position of energy-intensive sectors such as fertiliser, cement and metallurgy.',
              },
              {
                type: 'p',
                text: 'Inflation also eased slightly in September, helped by the seasonal fall in vegetable prices and price controls. The underlying pressure from wages remains, so it is too early to speak of a turn.',
              },
              {
                type: 'p',
                text: 'Nevertheless, the combination of lower energy costs and slightly softer inflation justifies an **improved** verdict this week.',
              },
            ],
          },
        },
      },
      {
        slug: 'russian-electronic-warfare-unit-based-near-hrodna',
        topic: 'security',
        verdict: 'worsened',
        authors: ['maryna-sushko', 'yauhen-zhuk'],
        image: {
          hue: 280,
          motif: 'waves',
          alt: { en: 'Purple waves distorted by interference patterns' },
          caption: { en: 'Hrodna lies close to both the Polish and Lithuanian borders.' },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Russian electronic warfare unit to be based permanently near Hrodna',
            lead: 'The Belarusian and Russian defence ministries announced that a Russian electronic warfare unit will be based permanently near Hrodna. The decision contradicts assurances given in September that no new Russian units were planned.',
            keyPoints: [
              'The unit will be stationed near the Suwałki corridor, close to Poland and Lithuania.',
              'Officials describe the deployment as a response to “NATO drone activity”.',
              'Electronic warfare near the border raises risks for civil aviation and GPS signals in neighbouring countries.',
            ],
            body: [
              {
                type: 'p',
                text: 'Hrodna’s location near the Suwałki corridor makes it highly sensitive. A permanent electronic warfare presence there would allow jamming and surveillance deep into Polish and Lithuanian territory, including the corridor linking the Baltic states with the rest of NATO.',
              },
              {
                type: 'p',
                text: 'Only a month ago, Belarusian officials denied plans to host additional Russian units. The reversal undermines the credibility of such statements and of the confidence-building steps taken in late September.',
              },
              {
                type: 'p',
                text: 'Neighbours are likely to respond with more surveillance and air defence. Lithuania and Poland have already reported **GPS interference** affecting civil aviation, and a permanent unit could make such incidents routine.',
              },
              {
                type: 'p',
                text: 'This is a clear deterioration. We rate the week as **worsened**.',
              },
            ],
          },
        },
      },
    ],
  },
  // ───────────────────────────── Week 9 ─────────────────────────────
  {
    startDate: '2026-10-26',
    summary: {
      en: [
        'The period closes on a sobering note. Russia’s agricultural watchdog restricted imports from several Belarusian dairy and meat plants, a reminder that economic dependence cuts both ways. At home, a draft law on “foreign-funded activity” threatens to create a registry of foreign agents in all but name.',
        'Minsk extended its visa-free regime for EU citizens into 2027, a gesture that did little to change the frosty mood after the impounding of Lithuanian trailers. Nine-month economic data confirmed weak growth, and the security situation remained tense but stable. Two topics worsened, three were unchanged.',
      ],
    },
    articles: [
      {
        slug: 'rosselkhoznadzor-restricts-belarusian-dairy-and-meat',
        topic: 'belarus-russia',
        verdict: 'worsened',
        authors: [],
        image: {
          hue: 40,
          motif: 'grid',
          alt: { en: 'Beige grid with several crossed-out cells' },
          caption: { en: 'Russia is the main market for Belarusian dairy products.' },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Russian watchdog restricts imports from Belarusian dairy and meat plants',
            lead: 'Rosselkhoznadzor, Russia’s agricultural regulator, restricted imports from seven Belarusian dairy and meat plants, citing quality violations. Such measures have often served as tools of pressure in the relationship.',
            keyPoints: [
              'The restrictions cover seven plants accounting for a notable share of dairy exports to Russia.',
              'The regulator cited antibiotic residues and labelling violations.',
              'The timing, shortly after the gas deal, raises questions about its political purpose.',
            ],
            body: [
              {
                type: 'p',
                text: 'Russia buys most of Belarus’s dairy exports, making the sector extremely sensitive to regulatory decisions in Moscow. Past restrictions have coincided with disputes over oil, gas and political issues, and were lifted when those disputes were resolved. Dairy alone accounts for several per cent of Belarus’s total exports, so even a partial restriction is felt quickly.',
              },
              {
                type: 'p',
                text: 'This time the link is unclear. The gas deal was concluded only weeks ago, and there are no public disputes. One interpretation is that Russian producers, facing their own oversupply, are lobbying for protection. Another is that Moscow wants to remind Minsk of its leverage before the December Supreme State Council.',
              },
              {
                type: 'p',
                text: 'Belarusian officials called for “consultations at the expert level”. Whatever the motive, the measures will cost exporters revenue and add to pressure on the farm sector. We rate relations as **worsened**.',
              },
            ],
          },
        },
      },
      {
        slug: 'minsk-extends-visa-free-regime-for-eu-citizens',
        topic: 'belarus-west',
        verdict: 'unchanged',
        authors: ['andrei-barysevich', 'yauhen-zhuk'],
        image: {
          hue: 200,
          motif: 'diagonal',
          alt: { en: 'Light blue diagonal lines with an open space in the centre' },
          caption: { en: 'The visa-free regime applies at all border crossings and airports.' },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Minsk extends its visa-free regime for EU citizens as tensions linger',
            lead: 'Belarus extended its unilateral visa-free regime for citizens of EU countries until the end of 2027. The gesture is cheap for Minsk and has done little to ease tensions after last week’s tit-for-tat with Lithuania.',
            keyPoints: [
              'EU citizens can stay in Belarus for up to 30 days without a visa.',
              'The Lithuanian border remains closed except for limited truck traffic.',
              'The impounded Lithuanian trailers have not been released.',
            ],
            body: [
              {
                type: 'p',
                text: 'The **visa**-free regime was introduced in 2024 and has been used mainly by residents of border regions and visitors from Poland and the Baltic states. Its extension was expected and serves Minsk’s narrative of openness.',
              },
              {
                type: 'p',
                text: 'The contrast with the situation on the ground is striking. The Lithuanian border is still closed, the trailers remain impounded, and the EU listings adopted last week are in force. Neither side has proposed talks. Lithuanian carriers estimate their losses from the impounded trailers at tens of millions of euros.',
              },
              {
                type: 'p',
                text: 'Over the past nine weeks, the relationship has moved from cautious hope to renewed stalemate. The US track, which produced prisoner releases, has not resumed since September. We rate the week as **unchanged**, at the low level reached after the balloon crisis.',
              },
            ],
          },
        },
      },
      {
        slug: 'draft-law-foreign-funded-activity-registry',
        topic: 'domestic-politics',
        verdict: 'worsened',
        authors: ['volha-sakalova', 'alena-kryvitskaya'],
        image: {
          hue: 5,
          motif: 'grid',
          alt: { en: 'Red grid resembling a registry ledger' },
          caption: { en: 'The draft was published for a short public consultation.' },
          credit: 'Weekly Monitor illustration',
          sourceUrl: 'https://example.org/legal/draft-law-foreign-funded-activity',
        },
        text: {
          en: {
            title: 'Draft law on “foreign-funded activity” would create a foreign agents registry',
            lead: 'The government published a draft law requiring people and organisations that receive foreign funding for “public activity” to register and label their output. It would add a new legal tool to an already restrictive system.',
            keyPoints: [
              'The registry would cover individuals as well as organisations, including those abroad.',
              'Registered persons would face restrictions on public office, teaching and media work.',
              'Non-compliance would be punishable by fines and, on repetition, criminal liability.',
            ],
            body: [
              {
                type: 'p',
                text: 'The [draft](https://example.org/legal/draft-law-foreign-funded-activity) closely resembles Russia’s foreign agent legislation. It defines “public activity” broadly, including publications, research and educational work, and covers funding from any foreign source.',
              },
              {
                type: 'p',
                text: 'In practice, most independent civil society in Belarus has already been liquidated or forced abroad. The registry would therefore target mainly exiles and the few remaining researchers and cultural figures with foreign contacts. Its main effect would be to make any contact with foreign partners legally risky. Universities and theatres, which still maintain some international ties, are likely to cut them pre-emptively.',
              },
              {
                type: 'p',
                text: 'Combined with the earlier trials in absentia and raids on relatives, the draft shows that pardons and amnesty have not changed the overall direction of domestic policy. We rate the week as **worsened**.',
              },
            ],
          },
        },
      },
      {
        slug: 'nine-month-data-confirm-weak-growth',
        topic: 'economy',
        verdict: 'unchanged',
        authors: ['pavel-lahvinets'],
        image: {
          hue: 60,
          motif: 'bars',
          alt: { en: 'Yellow bars levelling off' },
          caption: { en: 'Nine-month data show growth stabilising at a low level.' },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Nine-month data confirm weak growth and a first reading for the budget',
            lead: 'GDP grew by 1.6% in January–September, slightly below the first half. Parliament approved the 2027 budget in the first reading without changes to its macroeconomic assumptions.',
            keyPoints: [
              'Industrial output fell slightly, while construction and retail trade continued to grow.',
              'The budget passed its first reading with the 2.5% growth assumption intact.',
              'The current account surplus narrowed because of the refinery cut.',
            ],
            body: [
              {
                type: 'p',
                text: 'The nine-month figures confirm that the economy has settled into a low-growth phase. Industrial output declined slightly, weighed down by the refinery cut and weaker demand for machinery in Russia. Consumer demand, supported by rising wages, remained the main driver. Exports to Russia grew in value but not in volume, reflecting higher prices rather than stronger demand.',
              },
              {
                type: 'p',
                text: 'Parliament approved the draft 2027 budget in the first reading. Deputies did not question the growth assumption of 2.5%, despite evidence that this year will end closer to 1.5%.',
              },
              {
                type: 'p',
                text: 'The positive effects of lower energy tariffs and the frozen gas price will be felt next year, while the negative effects of the Russian dairy restrictions are still to be quantified. On balance, the picture is **unchanged**: stable, but with little momentum.',
              },
            ],
          },
        },
      },
      {
        slug: 'nato-exercise-lithuania-measured-belarusian-response',
        topic: 'security',
        verdict: 'unchanged',
        authors: ['maryna-sushko'],
        image: {
          hue: 235,
          motif: 'diagonal',
          alt: { en: 'Navy diagonal lines facing each other across a gap' },
          caption: { en: 'The exercise took place in southern Lithuania.' },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'NATO exercise in Lithuania draws a measured Belarusian response',
            lead: 'A NATO brigade exercise in southern Lithuania drew statements but no military countermeasures from Minsk. Conscription continued on schedule, and no new incidents were reported on the border.',
            keyPoints: [
              'The exercise involved about 3,000 troops from several NATO countries.',
              'The Belarusian Ministry of Defence called it “provocative” but announced no response exercise.',
              'The border hotline with Poland continued to function.',
            ],
            body: [
              {
                type: 'p',
                text: 'The NATO exercise, planned well in advance, practised the defence of the Suwałki corridor. Coming soon after the announcement of a Russian electronic warfare unit near Hrodna, it was seen in Minsk as a direct response.',
              },
              {
                type: 'p',
                text: 'The official reaction was restrained. The Ministry of Defence issued a statement criticising the exercise but did not announce a snap readiness check or counter-exercise, in contrast to the pattern at the start of September. State television gave the exercise less coverage than expected, suggesting a deliberate effort to keep tensions contained.',
              },
              {
                type: 'p',
                text: 'The security situation therefore remains **unchanged**: more militarised than two months ago, but without new incidents. The key factor to watch is whether the planned electronic warfare deployment starts to affect civil aviation in the region.',
              },
            ],
          },
        },
      },
    ],
  },
]
