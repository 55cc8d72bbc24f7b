import type { SeedWeek } from './types'

export const weeks10: SeedWeek[] = [
  {
    startDate: '2026-11-02',
    summary: {
      en: [
        'The first week of November brought no change in the fundamentals of Belarus’s position, but it sharpened tensions along the western border. A snap readiness check of units in the Hrodna and Brest regions, together with new EU restrictions on road haulage and Minsk’s retaliatory measures against Lithuanian and Polish carriers, worsened our assessments of both security and relations with the West.',
        'Elsewhere the picture was mixed. Union State consultations in Moscow produced the usual package of technical agreements without settling the 2027 gas price, and a new round of pardons was offset by fresh politically motivated detentions. The economy was the week’s only bright spot: October data pointed to slowing inflation and a modest recovery in exports to Russia, although these gains rest on the same narrow foundations as before.',
      ],
      be: [
        'Першы тыдзень лістапада не змяніў асноўных параметраў становішча Беларусі, але абвастрыў напружанасць на заходняй мяжы. Раптоўная праверка баявой гатоўнасці часцей у Гродзенскай і Брэсцкай абласцях, а таксама новыя абмежаванні ЕС для аўтаперавозчыкаў і адказныя захады Мінска супраць літоўскіх і польскіх перавозчыкаў пагоршылі нашы ацэнкі і ў сферы бяспекі, і ў адносінах з Захадам.',
        'У астатніх сферах карціна была неадназначнай. Кансультацыі ў Маскве ў межах Саюзнай дзяржавы прынеслі звычайны пакет тэхнічных пагадненняў, але не вырашылі пытанне цаны на газ на 2027 год, а чарговае памілаванне было ўраўнаважана новымі палітычна матываванымі затрыманнямі. Адзіным пазітыўным момантам тыдня стала эканоміка: кастрычніцкія даныя паказалі запаволенне інфляцыі і сціплае аднаўленне экспарту ў Расію, хоць гэтыя здабыткі абапіраюцца на тую ж вузкую аснову, што і раней.',
      ],
      ru: [
        'Первая неделя ноября не изменила основных параметров положения Беларуси, но обострила напряжённость на западной границе. Внезапная проверка боевой готовности частей в Гродненской и Брестской областях, а также новые ограничения ЕС для автоперевозчиков и ответные меры Минска против литовских и польских перевозчиков ухудшили наши оценки и в сфере безопасности, и в отношениях с Западом.',
        'В остальных сферах картина была неоднозначной. Консультации в Москве в рамках Союзного государства принесли привычный пакет технических соглашений, но не решили вопрос цены на газ на 2027 год, а очередное помилование было уравновешено новыми политически мотивированными задержаниями. Единственным позитивным моментом недели стала экономика: октябрьские данные показали замедление инфляции и скромное восстановление экспорта в Россию, хотя эти успехи опираются на ту же узкую основу, что и прежде.',
      ],
    },
    articles: [
      // ─── Belarus–Russia ──────────────────────────────────────────────
      {
        slug: 'union-state-consultations-no-gas-price-decision',
        topic: 'belarus-russia',
        verdict: 'unchanged',
        authors: [],
        image: {
          hue: 215,
          motif: 'circles',
          alt: {
            en: 'Abstract illustration of overlapping blue circles',
            be: 'Абстрактная ілюстрацыя з сінімі кругамі, што перакрываюць адзін аднаго',
            ru: 'Абстрактная иллюстрация с пересекающимися синими кругами',
          },
          caption: {
            en: 'Union State consultations in Moscow ended with technical agreements only.',
            be: 'Кансультацыі ў Маскве ў межах Саюзнай дзяржавы завяршыліся толькі тэхнічнымі пагадненнямі.',
            ru: 'Консультации в Москве в рамках Союзного государства завершились лишь техническими соглашениями.',
          },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title:
              'Union State consultations bring technical deals but no decision on the gas price',
            lead: 'Government delegations met in Moscow to review Union State programmes and signed several technical agreements. The key question for Minsk – the price of Russian gas for 2027 – was again left open.',
            keyPoints: [
              'The sides approved updated plans to harmonise customs administration and the mutual recognition of electronic documents.',
              'No decision was announced on the gas price for 2027, although Minsk wants to keep it at the current level.',
              'The outcome confirms the established pattern of gradual, bureaucratic integration without headline concessions from either side.',
            ],
            body: [
              {
                type: 'p',
                text: 'The consultations between the two governments, held in Moscow on 5 November, were the last scheduled before the year-end session of the Union State Council of Ministers. According to official statements, the sides reviewed the implementation of the sectoral programmes and signed agreements on customs data exchange, electronic consignment notes and the joint accreditation of testing laboratories.',
              },
              {
                type: 'p',
                text: 'These documents matter mainly to the agencies that will have to implement them. They extend existing practice rather than create new supranational bodies, and they fit the cautious approach Minsk has followed since the 2021 integration package: accepting technical convergence while resisting steps that would limit its control over taxes, the currency and the security services.',
              },
              {
                type: 'p',
                text: 'The absence of a decision on the gas price is more telling. Belarus has paid a preferential price for years, and the state budget for 2027 assumes that it will not change. Moscow’s silence does not necessarily signal a price rise; more likely, it keeps a familiar lever in reserve ahead of the December talks.',
              },
              {
                type: 'p',
                text: 'Overall, the week confirmed the status quo. Dependence on Russian energy, markets and credit remains the defining feature of the relationship, and neither side has an interest in openly disturbing it. We therefore assess the situation as unchanged, while noting that the gas question is likely to dominate the agenda in December.',
              },
            ],
          },
          be: {
            title: 'Саюзныя кансультацыі: тэхнічныя пагадненні, але без рашэння па цане газу',
            lead: 'Урадавыя дэлегацыі сустрэліся ў Маскве, каб разгледзець выкананне праграм Саюзнай дзяржавы, і падпісалі шэраг тэхнічных пагадненняў. Ключавое для Мінска пытанне – цана расійскага газу на 2027 год – зноў засталося адкрытым.',
            keyPoints: [
              'Бакі ўхвалілі абноўленыя планы гарманізацыі мытнага адміністравання і ўзаемнага прызнання электронных дакументаў.',
              'Рашэнне аб цане газу на 2027 год не было абвешчана, хоць Мінск імкнецца захаваць цяперашні ўзровень.',
              'Вынік пацвярджае ўсталяваную мадэль: паступовая бюракратычная інтэграцыя без гучных саступак з абодвух бакоў.',
            ],
            body: [
              {
                type: 'p',
                text: 'Кансультацыі двух урадаў, якія прайшлі ў Маскве 5 лістапада, сталі апошнімі запланаванымі перад канцагадовым пасяджэннем Савета міністраў Саюзнай дзяржавы. Паводле афіцыйных паведамленняў, бакі разгледзелі выкананне галіновых праграм і падпісалі пагадненні аб абмене мытнымі данымі, электронных таварна-транспартных накладных і сумеснай акрэдытацыі выпрабавальных лабараторый.',
              },
              {
                type: 'p',
                text: 'Гэтыя дакументы важныя перадусім для ведамстваў, якім давядзецца іх выконваць. Яны пашыраюць ужо існую практыку, а не ствараюць новыя наднацыянальныя органы, і адпавядаюць асцярожнаму падыходу, якога Мінск трымаецца з часу інтэграцыйнага пакета 2021 года: згода на тэхнічнае збліжэнне пры супраціве крокам, якія абмежавалі б яго кантроль над падаткамі, валютай і спецслужбамі.',
              },
              {
                type: 'p',
                text: 'Больш паказальная адсутнасць рашэння па цане газу. Беларусь шмат гадоў плаціць ільготную цану, і дзяржаўны бюджэт на 2027 год зыходзіць з таго, што яна не зменіцца. Маўчанне Масквы не абавязкова азначае павышэнне цаны; хутчэй за ўсё, гэта спосаб трымаць у рэзерве знаёмы рычаг перад снежаньскімі перамовамі.',
              },
              {
                type: 'p',
                text: 'У цэлым тыдзень пацвердзіў статус-кво. Залежнасць ад расійскіх энергарэсурсаў, рынкаў і крэдытаў застаецца вызначальнай рысай адносін, і ні адзін з бакоў не зацікаўлены ў тым, каб адкрыта яе парушаць. Таму мы ацэньваем сітуацыю як нязменную, але адзначаем, што ў снежні пытанне газу, верагодна, стане галоўным у парадку дня.',
              },
            ],
          },
          ru: {
            title: 'Союзные консультации: технические соглашения, но без решения по цене газа',
            lead: 'Правительственные делегации встретились в Москве, чтобы рассмотреть выполнение программ Союзного государства, и подписали ряд технических соглашений. Ключевой для Минска вопрос – цена российского газа на 2027 год – вновь остался открытым.',
            keyPoints: [
              'Стороны одобрили обновлённые планы гармонизации таможенного администрирования и взаимного признания электронных документов.',
              'Решение о цене газа на 2027 год не было объявлено, хотя Минск стремится сохранить нынешний уровень.',
              'Итог подтверждает сложившуюся модель: постепенная бюрократическая интеграция без громких уступок с обеих сторон.',
            ],
            body: [
              {
                type: 'p',
                text: 'Консультации двух правительств, прошедшие в Москве 5 ноября, стали последними запланированными перед заседанием Совета министров Союзного государства в конце года. Согласно официальным сообщениям, стороны рассмотрели выполнение отраслевых программ и подписали соглашения об обмене таможенными данными, электронных товарно-транспортных накладных и совместной аккредитации испытательных лабораторий.',
              },
              {
                type: 'p',
                text: 'Эти документы важны прежде всего для ведомств, которым предстоит их исполнять. Они расширяют уже существующую практику, а не создают новые наднациональные органы, и вписываются в осторожный подход, которого Минск придерживается со времени интеграционного пакета 2021 года: согласие на техническое сближение при сопротивлении шагам, которые ограничили бы его контроль над налогами, валютой и спецслужбами.',
              },
              {
                type: 'p',
                text: 'Более показательно отсутствие решения по цене газа. Беларусь много лет платит льготную цену, и государственный бюджет на 2027 год исходит из того, что она не изменится. Молчание Москвы не обязательно означает повышение цены; скорее всего, это способ держать в резерве привычный рычаг перед декабрьскими переговорами.',
              },
              {
                type: 'p',
                text: 'В целом неделя подтвердила статус-кво. Зависимость от российских энергоресурсов, рынков и кредитов остаётся определяющей чертой отношений, и ни одна из сторон не заинтересована в том, чтобы открыто её нарушать. Поэтому мы оцениваем ситуацию как неизменную, но отмечаем, что в декабре вопрос газа, вероятно, станет главным в повестке дня.',
              },
            ],
          },
        },
      },

      // ─── Belarus and the West ────────────────────────────────────────
      {
        slug: 'eu-haulage-restrictions-minsk-retaliation',
        topic: 'belarus-west',
        verdict: 'worsened',
        authors: ['andrei-barysevich'],
        image: {
          hue: 28,
          motif: 'diagonal',
          alt: {
            en: 'Abstract illustration with orange diagonal stripes',
            be: 'Абстрактная ілюстрацыя з аранжавымі дыяганальнымі палосамі',
            ru: 'Абстрактная иллюстрация с оранжевыми диагональными полосами',
          },
          caption: {
            en: 'Freight traffic has become a new arena of confrontation on the EU border.',
            be: 'Грузаперавозкі сталі новай арэнай супрацьстаяння на мяжы ЕС.',
            ru: 'Грузоперевозки стали новой ареной противостояния на границе ЕС.',
          },
          credit: 'Weekly Monitor illustration',
          sourceUrl: 'https://example.org/sources/eu-haulage-restrictions-2026',
        },
        text: {
          en: {
            title: 'Haulage restrictions and Minsk’s response deepen the standoff on the EU border',
            lead: 'New EU restrictions on Belarusian road carriers came into force, and within days Minsk responded with measures against Lithuanian and Polish trucks. The exchange narrows the few practical channels that remained between Belarus and its western neighbours.',
            keyPoints: [
              'The EU restrictions, agreed in October, took effect on 3 November and narrow the scope for Belarusian carriers to operate in the Union.',
              'Minsk introduced additional inspections and temporary parking restrictions for Lithuanian and Polish trucks, leaving hundreds of vehicles stuck in queues.',
              'Both sides present their steps as security measures, which makes a quick de-escalation unlikely.',
            ],
            body: [
              {
                type: 'p',
                text: 'The restrictions adopted by the EU in October took effect on 3 November. They tighten the rules for Belarusian transport companies operating in the Union and extend controls on goods that could be used to circumvent existing sanctions. Brussels presented the measures as a response to continued hybrid pressure on the borders of Lithuania, Latvia and Poland.',
              },
              {
                type: 'p',
                text: 'Minsk’s reaction was swift. The State Customs Committee announced additional checks on trucks registered in Lithuania and Poland, and the authorities restricted where such vehicles may wait for clearance. By the end of the week, carriers’ associations in both countries reported queues of several hundred vehicles and called on their governments to intervene.',
              },
              {
                type: 'p',
                text: 'The dispute shows how little room is left for pragmatic contact. Transit and freight were among the last areas where both sides had an interest in predictable rules, as we noted in [our October review of border trade](https://example.org/analysis/border-trade-october-2026). With Vilnius, Warsaw and Minsk all presenting their steps as matters of national security, none of them can easily back down without appearing weak.',
              },
              {
                type: 'p',
                text: 'The immediate economic cost is modest, but the political signal is clear: relations are once again caught in a spiral of measures and countermeasures. We assess the situation as worsened and expect further restrictions if incidents on the border continue.',
              },
            ],
          },
          be: {
            title:
              'Абмежаванні для перавозчыкаў і адказ Мінска паглыбляюць канфрантацыю на мяжы ЕС',
            lead: 'У сілу ўступілі новыя абмежаванні ЕС для беларускіх аўтаперавозчыкаў, і ўжо праз некалькі дзён Мінск адказаў захадамі супраць літоўскіх і польскіх грузавікоў. Гэты абмен ударамі звужае тыя нешматлікія практычныя каналы, што яшчэ заставаліся паміж Беларуссю і яе заходнімі суседзямі.',
            keyPoints: [
              'Абмежаванні ЕС, узгодненыя ў кастрычніку, уступілі ў сілу 3 лістапада і звужаюць магчымасці беларускіх перавозчыкаў працаваць у Саюзе.',
              'Мінск увёў дадатковыя праверкі і часовыя абмежаванні на стаянку для літоўскіх і польскіх грузавікоў, праз што сотні машын затрымаліся ў чэргах.',
              'Абодва бакі падаюць свае крокі як захады бяспекі, таму хуткая дээскалацыя малаверагодная.',
            ],
            body: [
              {
                type: 'p',
                text: 'Абмежаванні, ухваленыя ЕС у кастрычніку, уступілі ў сілу 3 лістапада. Яны робяць больш жорсткімі правілы для беларускіх транспартных кампаній, якія працуюць у Саюзе, і пашыраюць кантроль над таварамі, што могуць выкарыстоўвацца для абыходу дзейных санкцый. Брусэль падаў гэтыя меры як адказ на працяглы гібрыдны ціск на межы Літвы, Латвіі і Польшчы.',
              },
              {
                type: 'p',
                text: 'Рэакцыя Мінска была хуткай. Дзяржаўны мытны камітэт абвясціў пра дадатковыя праверкі грузавікоў з літоўскай і польскай рэгістрацыяй, а ўлады абмежавалі месцы, дзе такія машыны могуць чакаць афармлення. Да канца тыдня асацыяцыі перавозчыкаў абедзвюх краін паведамілі пра чэргі з некалькіх соцень машын і заклікалі свае ўрады ўмяшацца.',
              },
              {
                type: 'p',
                text: 'Канфлікт паказвае, як мала засталося прасторы для прагматычных кантактаў. Транзіт і грузаперавозкі былі адной з апошніх сфер, дзе абодва бакі былі зацікаўленыя ў прадказальных правілах, пра што мы пісалі ў [кастрычніцкім аглядзе памежнага гандлю](https://example.org/analysis/border-trade-october-2026). Калі і Вільня, і Варшава, і Мінск падаюць свае крокі як пытанне нацыянальнай бяспекі, нікому з іх няпроста адступіць і пры гэтым не выглядаць слабым.',
              },
              {
                type: 'p',
                text: 'Непасрэдныя эканамічныя страты сціплыя, але палітычны сігнал відавочны: адносіны зноў трапілі ў спіраль мер і контрмер. Мы ацэньваем, што сітуацыя пагоршылася, і чакаем новых абмежаванняў, калі інцыдэнты на мяжы працягнуцца.',
              },
            ],
          },
          ru: {
            title:
              'Ограничения для перевозчиков и ответ Минска углубляют противостояние на границе ЕС',
            lead: 'В силу вступили новые ограничения ЕС для белорусских автоперевозчиков, и уже через несколько дней Минск ответил мерами против литовских и польских грузовиков. Этот обмен ударами сужает те немногие практические каналы, которые ещё оставались между Беларусью и её западными соседями.',
            keyPoints: [
              'Ограничения ЕС, согласованные в октябре, вступили в силу 3 ноября и сужают возможности белорусских перевозчиков работать в Союзе.',
              'Минск ввёл дополнительные проверки и временные ограничения на стоянку для литовских и польских грузовиков, из-за чего сотни машин застряли в очередях.',
              'Обе стороны подают свои шаги как меры безопасности, поэтому быстрая деэскалация маловероятна.',
            ],
            body: [
              {
                type: 'p',
                text: 'Ограничения, принятые ЕС в октябре, вступили в силу 3 ноября. Они ужесточают правила для белорусских транспортных компаний, работающих в Союзе, и расширяют контроль над товарами, которые могут использоваться для обхода действующих санкций. Брюссель представил эти меры как ответ на продолжающееся гибридное давление на границы Литвы, Латвии и Польши.',
              },
              {
                type: 'p',
                text: 'Реакция Минска была быстрой. Государственный таможенный комитет объявил о дополнительных проверках грузовиков с литовской и польской регистрацией, а власти ограничили места, где такие машины могут ожидать оформления. К концу недели ассоциации перевозчиков обеих стран сообщили об очередях из нескольких сотен машин и призвали свои правительства вмешаться.',
              },
              {
                type: 'p',
                text: 'Конфликт показывает, как мало осталось пространства для прагматичных контактов. Транзит и грузоперевозки были одной из последних сфер, где обе стороны были заинтересованы в предсказуемых правилах, о чём мы писали в [октябрьском обзоре приграничной торговли](https://example.org/analysis/border-trade-october-2026). Когда и Вильнюс, и Варшава, и Минск представляют свои шаги как вопрос национальной безопасности, никому из них непросто отступить, не показавшись слабым.',
              },
              {
                type: 'p',
                text: 'Непосредственный экономический ущерб невелик, но политический сигнал очевиден: отношения снова попали в спираль мер и контрмер. Мы оцениваем ситуацию как ухудшившуюся и ожидаем новых ограничений, если инциденты на границе продолжатся.',
              },
            ],
          },
        },
      },

      // ─── Domestic politics ───────────────────────────────────────────
      {
        slug: 'pardons-offset-by-new-political-detentions',
        topic: 'domestic-politics',
        verdict: 'unchanged',
        authors: ['volha-sakalova', 'alena-kryvitskaya'],
        image: {
          hue: 265,
          motif: 'grid',
          alt: {
            en: 'Abstract illustration of a violet grid',
            be: 'Абстрактная ілюстрацыя з фіялетавай сеткай',
            ru: 'Абстрактная иллюстрация с фиолетовой сеткой',
          },
          caption: {
            en: 'Pardons and new detentions balanced each other out during the week.',
            be: 'Памілаванні і новыя затрыманні на працягу тыдня ўраўнаважылі адно аднаго.',
            ru: 'Помилования и новые задержания в течение недели уравновесили друг друга.',
          },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'New pardons are offset by fresh detentions, leaving repression unchanged',
            lead: 'The authorities announced the pardon of a group of people convicted in politically motivated cases, while human rights defenders recorded a comparable number of new detentions. The overall level of repression remained stable.',
            keyPoints: [
              'The presidential press service reported that 18 convicted persons had been pardoned after submitting petitions.',
              'Human rights defenders recorded at least 20 new politically motivated detentions during the week, mostly over online activity and donations.',
              'The pardons appear designed to send signals to external partners rather than to change domestic policy.',
            ],
            body: [
              {
                type: 'p',
                text: 'On 4 November the presidential press service announced the pardon of 18 people convicted under articles commonly used in political cases. As in previous rounds, all of them had reportedly submitted petitions admitting guilt, and their names were not officially published. Most of those released had already served a substantial part of their sentences.',
              },
              {
                type: 'p',
                text: 'At the same time, detentions continued at their usual pace. According to human rights defenders, the week’s new cases followed familiar patterns:',
              },
              {
                type: 'ul',
                items: [
                  'detentions over social media comments and reactions dating back to 2020–2022;',
                  'criminal cases for donations to initiatives designated as “extremist”;',
                  'administrative arrests for subscribing to banned media;',
                  'searches at the homes of relatives of people who have left the country.',
                ],
              },
              {
                type: 'p',
                text: 'The combination of pardons and new arrests has become a stable mechanism rather than a sign of liberalisation. Releases create openings for contact with Western interlocutors, while continuing detentions ensure that the overall number of political prisoners does not fall significantly. Sociological indicators point to a society that has adapted to these risks: self-censorship remains high, and open expression of political views is rare.',
              },
              {
                type: 'p',
                text: 'We therefore assess the domestic political situation as unchanged. A genuine shift would require an end to new politically motivated prosecutions, not merely individual releases.',
              },
            ],
          },
          be: {
            title:
              'Новыя памілаванні ўраўнаважваюцца свежымі затрыманнямі – узровень рэпрэсій не змяніўся',
            lead: 'Улады абвясцілі пра памілаванне групы асуджаных па палітычна матываваных справах, а праваабаронцы тым часам зафіксавалі параўнальную колькасць новых затрыманняў. Агульны ўзровень рэпрэсій застаўся стабільным.',
            keyPoints: [
              'Прэс-служба прэзідэнта паведаміла пра памілаванне 18 асуджаных, якія падалі прашэнні.',
              'Праваабаронцы зафіксавалі за тыдзень не менш за 20 новых палітычна матываваных затрыманняў, пераважна за актыўнасць у інтэрнэце і ахвяраванні.',
              'Памілаванні, відаць, разлічаныя хутчэй на сігналы вонкавым партнёрам, чым на змену ўнутранай палітыкі.',
            ],
            body: [
              {
                type: 'p',
                text: '4 лістапада прэс-служба прэзідэнта абвясціла пра памілаванне 18 чалавек, асуджаных паводле артыкулаў, якія звычайна прымяняюцца ў палітычных справах. Як і ў папярэдніх выпадках, усе яны, паводле наяўных звестак, напісалі прашэнні з прызнаннем віны, а іх імёны афіцыйна не называліся. Большасць вызваленых ужо адбылі значную частку тэрміну.',
              },
              {
                type: 'p',
                text: 'Адначасова затрыманні працягваліся ў звычайным тэмпе. Паводле звестак праваабаронцаў, новыя справы тыдня адпавядалі знаёмым схемам:',
              },
              {
                type: 'ul',
                items: [
                  'затрыманні за каментары і рэакцыі ў сацыяльных сетках 2020–2022 гадоў;',
                  'крымінальныя справы за ахвяраванні ініцыятывам, прызнаным «экстрэмісцкімі»;',
                  'адміністрацыйныя арышты за падпіску на забароненыя медыя;',
                  'ператрусы ў сваякоў людзей, якія выехалі з краіны.',
                ],
              },
              {
                type: 'p',
                text: 'Спалучэнне памілаванняў і новых арыштаў стала ўстойлівым механізмам, а не прыкметай лібералізацыі. Вызваленні ствараюць магчымасці для кантактаў з заходнімі суразмоўцамі, а працяг затрыманняў гарантуе, што агульная колькасць палітвязняў істотна не скарачаецца. Сацыялагічныя індыкатары сведчаць пра грамадства, якое прыстасавалася да гэтых рызык: узровень самацэнзуры застаецца высокім, а адкрытае выказванне палітычных поглядаў – рэдкасцю.',
              },
              {
                type: 'p',
                text: 'Таму мы ацэньваем унутрыпалітычную сітуацыю як нязменную. Сапраўдны зрух патрабаваў бы спынення новых палітычна матываваных пераследаў, а не толькі асобных вызваленняў.',
              },
            ],
          },
          ru: {
            title:
              'Новые помилования уравновешены свежими задержаниями – уровень репрессий не изменился',
            lead: 'Власти объявили о помиловании группы осуждённых по политически мотивированным делам, а правозащитники тем временем зафиксировали сопоставимое число новых задержаний. Общий уровень репрессий остался стабильным.',
            keyPoints: [
              'Пресс-служба президента сообщила о помиловании 18 осуждённых, подавших прошения.',
              'Правозащитники зафиксировали за неделю не менее 20 новых политически мотивированных задержаний, преимущественно за активность в интернете и пожертвования.',
              'Помилования, по-видимому, рассчитаны скорее на сигналы внешним партнёрам, чем на изменение внутренней политики.',
            ],
            body: [
              {
                type: 'p',
                text: '4 ноября пресс-служба президента объявила о помиловании 18 человек, осуждённых по статьям, которые обычно применяются в политических делах. Как и в предыдущих случаях, все они, по имеющимся сведениям, написали прошения с признанием вины, а их имена официально не назывались. Большинство освобождённых уже отбыли значительную часть срока.',
              },
              {
                type: 'p',
                text: 'Одновременно задержания продолжались в обычном темпе. По данным правозащитников, новые дела недели следовали знакомым схемам:',
              },
              {
                type: 'ul',
                items: [
                  'задержания за комментарии и реакции в социальных сетях 2020–2022 годов;',
                  'уголовные дела за пожертвования инициативам, признанным «экстремистскими»;',
                  'административные аресты за подписку на запрещённые медиа;',
                  'обыски у родственников людей, уехавших из страны.',
                ],
              },
              {
                type: 'p',
                text: 'Сочетание помилований и новых арестов стало устойчивым механизмом, а не признаком либерализации. Освобождения создают возможности для контактов с западными собеседниками, а продолжающиеся задержания гарантируют, что общее число политзаключённых существенно не сокращается. Социологические индикаторы указывают на общество, адаптировавшееся к этим рискам: уровень самоцензуры остаётся высоким, а открытое выражение политических взглядов – редкостью.',
              },
              {
                type: 'p',
                text: 'Поэтому мы оцениваем внутриполитическую ситуацию как неизменную. Реальный сдвиг потребовал бы прекращения новых политически мотивированных преследований, а не только отдельных освобождений.',
              },
            ],
          },
        },
      },

      // ─── Economy ─────────────────────────────────────────────────────
      {
        slug: 'october-inflation-slows-exports-to-russia-recover',
        topic: 'economy',
        verdict: 'improved',
        authors: ['pavel-lahvinets'],
        image: {
          hue: 145,
          motif: 'bars',
          alt: {
            en: 'Abstract illustration of green bars of varying height',
            be: 'Абстрактная ілюстрацыя з зялёнымі слупкамі рознай вышыні',
            ru: 'Абстрактная иллюстрация с зелёными столбиками разной высоты',
          },
          caption: {
            en: 'October data pointed to slowing inflation and recovering exports.',
            be: 'Кастрычніцкія даныя паказалі запаволенне інфляцыі і аднаўленне экспарту.',
            ru: 'Октябрьские данные указали на замедление инфляции и восстановление экспорта.',
          },
          credit: 'Weekly Monitor illustration',
          sourceUrl: 'https://example.org/sources/october-2026-statistics',
        },
        text: {
          en: {
            title:
              'Slower inflation and stronger exports to Russia give the economy a short-term lift',
            lead: 'October data showed consumer price growth easing and exports to Russia recovering after a weak summer. The improvement is real, but it rests on the same narrow base of demand from a single market.',
            keyPoints: [
              'Annual inflation slowed to 5.9% in October from 6.6% in September, according to official statistics.',
              'Exports of goods to Russia grew for the second month in a row, led by food, agricultural machinery and wood products.',
              'The National Bank kept its refinancing rate unchanged and signalled no further tightening before the end of the year.',
            ],
            body: [
              { type: 'h2', text: 'Prices and monetary policy' },
              {
                type: 'p',
                text: 'Official statistics published on 6 November show that annual consumer price growth slowed to **5.9%** in October, the lowest reading since the start of the year. The slowdown reflects a good harvest, administrative controls on the prices of a broad range of goods and a more stable exchange rate of the Belarusian rouble against the Russian rouble.',
              },
              {
                type: 'p',
                text: 'The National Bank left its refinancing rate unchanged at its meeting on 4 November. Its statement pointed to easing inflation expectations and indicated that no further tightening is planned this year, which should support lending to households and companies.',
              },
              {
                type: 'p',
                text: 'Preliminary trade data suggest that exports of goods to Russia rose for the second consecutive month, driven by food, agricultural machinery and wood products. Demand from Russian regional buyers and public procurement contracts helped to offset weaker sales in other markets.',
              },
              {
                type: 'p',
                text: 'The short-term picture has therefore improved, but the structural constraints have not gone away. Price controls store up imbalances, and growth depends on a single market whose own economy is slowing. We assess the situation as improved, while cautioning that the gains may prove temporary.',
              },
            ],
          },
          be: {
            title:
              'Запаволенне інфляцыі і рост экспарту ў Расію даюць эканоміцы кароткачасовы імпульс',
            lead: 'Кастрычніцкія даныя паказалі запаволенне росту спажывецкіх цэн і аднаўленне экспарту ў Расію пасля слабага лета. Паляпшэнне рэальнае, але яно абапіраецца на тую ж вузкую аснову – попыт аднаго рынку.',
            keyPoints: [
              'Паводле афіцыйнай статыстыкі, гадавая інфляцыя ў кастрычніку запаволілася да 5,9% з 6,6% у верасні.',
              'Экспарт тавараў у Расію рос другі месяц запар – перадусім за кошт харчовай прадукцыі, сельскагаспадарчай тэхнікі і вырабаў з дрэва.',
              'Нацыянальны банк захаваў стаўку рэфінансавання і даў зразумець, што да канца года не плануе рабіць палітыку больш жорсткай.',
            ],
            body: [
              { type: 'h2', text: 'Цэны і манетарная палітыка' },
              {
                type: 'p',
                text: 'Афіцыйная статыстыка, апублікаваная 6 лістапада, паказвае, што ў кастрычніку гадавы рост спажывецкіх цэн запаволіўся да **5,9%** – гэта самы нізкі паказчык з пачатку года. Запаволенне тлумачыцца добрым ураджаем, адміністрацыйным рэгуляваннем цэн на шырокі спектр тавараў і больш стабільным курсам беларускага рубля да расійскага.',
              },
              {
                type: 'p',
                text: 'Нацыянальны банк на пасяджэнні 4 лістапада пакінуў стаўку рэфінансавання без змен. У яго заяве адзначаецца зніжэнне інфляцыйных чаканняў і даецца зразумець, што да канца года больш жорсткай палітыкі не плануецца; гэта павінна падтрымаць крэдытаванне насельніцтва і прадпрыемстваў.',
              },
              {
                type: 'p',
                text: 'Папярэднія даныя аб гандлі сведчаць, што экспарт тавараў у Расію вырас другі месяц запар – дзякуючы харчовай прадукцыі, сельскагаспадарчай тэхніцы і вырабам з дрэва. Попыт расійскіх рэгіянальных пакупнікоў і кантракты па дзяржаўных закупках дапамаглі кампенсаваць слабейшыя продажы на іншых рынках.',
              },
              {
                type: 'p',
                text: 'Такім чынам, кароткачасовая карціна палепшылася, але структурныя абмежаванні нікуды не зніклі. Кантроль над цэнамі назапашвае дысбалансы, а рост залежыць ад аднаго рынку, эканоміка якога сама запавольваецца. Мы ацэньваем, што сітуацыя палепшылася, але папярэджваем, што гэтыя здабыткі могуць аказацца часовымі.',
              },
            ],
          },
          ru: {
            title:
              'Замедление инфляции и рост экспорта в Россию дают экономике краткосрочный импульс',
            lead: 'Октябрьские данные показали замедление роста потребительских цен и восстановление экспорта в Россию после слабого лета. Улучшение реально, но оно опирается на ту же узкую основу – спрос одного рынка.',
            keyPoints: [
              'По данным официальной статистики, годовая инфляция в октябре замедлилась до 5,9% с 6,6% в сентябре.',
              'Экспорт товаров в Россию рос второй месяц подряд – прежде всего за счёт продовольствия, сельскохозяйственной техники и продукции деревообработки.',
              'Национальный банк сохранил ставку рефинансирования и дал понять, что до конца года дальнейшего ужесточения политики не будет.',
            ],
            body: [
              { type: 'h2', text: 'Цены и денежно-кредитная политика' },
              {
                type: 'p',
                text: 'Официальная статистика, опубликованная 6 ноября, показывает, что в октябре годовой рост потребительских цен замедлился до **5,9%** – это самый низкий показатель с начала года. Замедление объясняется хорошим урожаем, административным регулированием цен на широкий круг товаров и более стабильным курсом белорусского рубля к российскому.',
              },
              {
                type: 'p',
                text: 'Национальный банк на заседании 4 ноября оставил ставку рефинансирования без изменений. В его заявлении отмечается снижение инфляционных ожиданий и даётся понять, что дальнейшего ужесточения политики до конца года не планируется; это должно поддержать кредитование населения и предприятий.',
              },
              {
                type: 'p',
                text: 'Предварительные данные о торговле свидетельствуют, что экспорт товаров в Россию вырос второй месяц подряд – благодаря продовольствию, сельскохозяйственной технике и продукции деревообработки. Спрос российских региональных покупателей и контракты по госзакупкам помогли компенсировать более слабые продажи на других рынках.',
              },
              {
                type: 'p',
                text: 'Таким образом, краткосрочная картина улучшилась, но структурные ограничения никуда не исчезли. Контроль над ценами накапливает дисбалансы, а рост зависит от одного рынка, экономика которого сама замедляется. Мы оцениваем ситуацию как улучшившуюся, но предупреждаем, что эти достижения могут оказаться временными.',
              },
            ],
          },
        },
      },

      // ─── Security ────────────────────────────────────────────────────
      {
        slug: 'snap-readiness-checks-western-border',
        topic: 'security',
        verdict: 'worsened',
        authors: ['maryna-sushko'],
        image: {
          hue: 355,
          motif: 'waves',
          alt: {
            en: 'Abstract illustration of dark red waves',
            be: 'Абстрактная ілюстрацыя з цёмна-чырвонымі хвалямі',
            ru: 'Абстрактная иллюстрация с тёмно-красными волнами',
          },
          caption: {
            en: 'Snap readiness checks raised tension along the western border.',
            be: 'Раптоўныя праверкі гатоўнасці павысілі напружанасць уздоўж заходняй мяжы.',
            ru: 'Внезапные проверки готовности повысили напряжённость вдоль западной границы.',
          },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Snap readiness checks near the western border heighten military tension',
            lead: 'The Ministry of Defence launched an unannounced combat readiness check involving units in the Hrodna and Brest regions, while joint air defence drills with Russia ran in parallel. Neighbouring states responded by raising the alert level of their border forces.',
            keyPoints: [
              'The check involved mechanised and air defence units and included redeployment to training grounds close to the borders with Poland and Lithuania.',
              'Joint air defence drills within the Regional Grouping of Forces took place at the same time, with Russian aircraft taking part.',
              'Lithuania and Poland reinforced border patrols, while direct contacts between the militaries remain minimal.',
            ],
            body: [
              {
                type: 'p',
                text: 'On 3 November the Ministry of Defence announced a snap combat readiness check of units of the Western Operational Command. Over the following days, mechanised and air defence units were moved to training grounds in the Hrodna and Brest regions, some of them within a few dozen kilometres of the state border.',
              },
              {
                type: 'p',
                text: 'The check coincided with joint air defence drills within the Regional Grouping of Forces of Belarus and Russia, in which Russian aircraft took part. Official statements described both activities as defensive and in line with annual training plans, and no signs of an unusual build-up of Russian ground forces have emerged.',
              },
              {
                type: 'quote',
                text: 'The risk lies less in the exercises themselves than in the lack of channels through which either side could explain them.',
              },
              {
                type: 'p',
                text: 'The reaction of neighbouring states shows how quickly such activity now acquires a political dimension. Lithuania and Poland reinforced border patrols and raised the readiness of their air defence units, while Minsk accused them of provocative behaviour. Military-to-military contacts that once allowed notifications of exercises and inspections have all but ceased.',
              },
              {
                type: 'p',
                text: 'Taken together with the dispute over freight traffic, the week added to tension along the western border. We assess the security situation as worsened and will watch whether the units return to their permanent bases once the check is completed.',
              },
            ],
          },
          be: {
            title:
              'Раптоўныя праверкі гатоўнасці каля заходняй мяжы ўзмацняюць ваенную напружанасць',
            lead: 'Міністэрства абароны распачало раптоўную праверку баявой гатоўнасці з удзелам часцей у Гродзенскай і Брэсцкай абласцях, а паралельна праходзілі сумесныя з Расіяй вучэнні супрацьпаветранай абароны. Суседнія краіны адказалі павышэннем гатоўнасці сваіх памежных сіл.',
            keyPoints: [
              'Праверка ахапіла механізаваныя часці і часці супрацьпаветранай абароны і прадугледжвала перадыслакацыю на палігоны паблізу межаў з Польшчай і Літвой.',
              'Адначасова праходзілі сумесныя вучэнні супрацьпаветранай абароны ў межах Рэгіянальнай групоўкі войскаў з удзелам расійскай авіяцыі.',
              'Літва і Польшча ўзмацнілі патрулі на мяжы, а прамыя кантакты паміж вайскоўцамі застаюцца мінімальнымі.',
            ],
            body: [
              {
                type: 'p',
                text: '3 лістапада Міністэрства абароны абвясціла раптоўную праверку баявой гатоўнасці часцей Заходняга аператыўнага камандавання. У наступныя дні механізаваныя часці і часці супрацьпаветранай абароны былі перакінутыя на палігоны ў Гродзенскай і Брэсцкай абласцях, некаторыя з іх – за некалькі дзясяткаў кіламетраў ад дзяржаўнай мяжы.',
              },
              {
                type: 'p',
                text: 'Праверка супала з сумеснымі вучэннямі супрацьпаветранай абароны ў межах Рэгіянальнай групоўкі войскаў Беларусі і Расіі, у якіх удзельнічала расійская авіяцыя. Афіцыйныя заявы называлі абодва мерапрыемствы абарончымі і такімі, што адпавядаюць гадавым планам падрыхтоўкі, а прыкмет незвычайнага нарошчвання расійскіх сухапутных сіл не выяўлена.',
              },
              {
                type: 'quote',
                text: 'Рызыка заключаецца не столькі ў саміх вучэннях, колькі ў адсутнасці каналаў, праз якія любы з бакоў мог бы іх растлумачыць.',
              },
              {
                type: 'p',
                text: 'Рэакцыя суседніх краін паказвае, як хутка такая актыўнасць сёння набывае палітычнае вымярэнне. Літва і Польшча ўзмацнілі патруляванне мяжы і павысілі гатоўнасць сваіх падраздзяленняў супрацьпаветранай абароны, а Мінск абвінаваціў іх у правакацыйных паводзінах. Кантакты паміж вайскоўцамі, якія некалі дазвалялі апавяшчаць пра вучэнні і праводзіць інспекцыі, практычна спыніліся.',
              },
              {
                type: 'p',
                text: 'Разам са спрэчкай вакол грузаперавозак тыдзень дадаў напружанасці на заходняй мяжы. Мы ацэньваем, што сітуацыя ў сферы бяспекі пагоршылася, і будзем сачыць, ці вернуцца часці ў пункты пастаяннай дыслакацыі пасля завяршэння праверкі.',
              },
            ],
          },
          ru: {
            title:
              'Внезапные проверки готовности у западной границы усиливают военную напряжённость',
            lead: 'Министерство обороны начало внезапную проверку боевой готовности с участием частей в Гродненской и Брестской областях, а параллельно проходили совместные с Россией учения противовоздушной обороны. Соседние страны ответили повышением готовности своих пограничных сил.',
            keyPoints: [
              'Проверка охватила механизированные подразделения и части ПВО и предусматривала передислокацию на полигоны вблизи границ с Польшей и Литвой.',
              'Одновременно проходили совместные учения ПВО в рамках Региональной группировки войск с участием российской авиации.',
              'Литва и Польша усилили патрули на границе, а прямые контакты между военными остаются минимальными.',
            ],
            body: [
              {
                type: 'p',
                text: '3 ноября Министерство обороны объявило внезапную проверку боевой готовности частей Западного оперативного командования. В последующие дни механизированные подразделения и части противовоздушной обороны были переброшены на полигоны в Гродненской и Брестской областях, некоторые из них – в нескольких десятках километров от государственной границы.',
              },
              {
                type: 'p',
                text: 'Проверка совпала с совместными учениями противовоздушной обороны в рамках Региональной группировки войск Беларуси и России, в которых участвовала российская авиация. Официальные заявления называли оба мероприятия оборонительными и соответствующими годовым планам подготовки, а признаков необычного наращивания российских сухопутных сил не выявлено.',
              },
              {
                type: 'quote',
                text: 'Риск заключается не столько в самих учениях, сколько в отсутствии каналов, через которые любая из сторон могла бы их объяснить.',
              },
              {
                type: 'p',
                text: 'Реакция соседних стран показывает, как быстро подобная активность сегодня приобретает политическое измерение. Литва и Польша усилили патрулирование границы и повысили готовность своих подразделений противовоздушной обороны, а Минск обвинил их в провокационном поведении. Контакты между военными, которые когда-то позволяли уведомлять об учениях и проводить инспекции, практически прекратились.',
              },
              {
                type: 'p',
                text: 'Вместе со спором вокруг грузоперевозок неделя добавила напряжённости на западной границе. Мы оцениваем ситуацию в сфере безопасности как ухудшившуюся и будем следить, вернутся ли части в пункты постоянной дислокации после завершения проверки.',
              },
            ],
          },
        },
      },
    ],
  },
]
