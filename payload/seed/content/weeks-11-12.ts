import type { SeedWeek } from './types'

/**
 * Demo content: weeks starting 2026-11-09 and 2026-11-16.
 * All texts are original and fictional in their specific developments.
 */
export const weeks11to12: SeedWeek[] = [
  {
    startDate: '2026-11-09',
    summary: {
      en: [
        'The week brought a noticeable chill in relations with Moscow. In talks on the 2027 energy balance, the Russian side linked keeping the gas price unchanged to faster progress on tax and customs harmonisation within the Union State – a condition Minsk has resisted for years. At home, parliament approved amendments that make even the smallest donations to “extremist formations” a criminal offence, while the number of recognised political prisoners rose again.',
        'Other areas were broadly stable. The National Bank held its refinancing rate as inflation remained above target, and potash exports continued to flow through Russian ports at a high logistics cost. Relations with the West showed no movement: Lithuania extended its border restrictions, and staff drills of the regional group of forces ended without unusual activity near NATO borders.',
      ],
      be: [
        'Тыдзень прынёс адчувальнае пахаладанне ў адносінах з Масквой. На перамовах пра паліўна-энергетычны баланс на 2027 год расійскі бок увязаў захаванне цаны на газ з хутчэйшым прасоўваннем гарманізацыі падаткаў і мытнага рэгулявання ў межах Саюзнай дзяржавы – умовай, якой Мінск супраціўляецца ўжо некалькі гадоў. Унутры краіны парламент ухваліў папраўкі, паводле якіх нават найменшае ахвяраванне «экстрэмісцкім фармаванням» становіцца крымінальным злачынствам, а колькасць прызнаных палітвязняў зноў вырасла.',
        'Іншыя сферы заставаліся ў цэлым стабільнымі. Нацыянальны банк захаваў стаўку рэфінансавання, бо інфляцыя застаецца вышэй за мэтавы арыенцір, а экспарт калію працягвае ісці праз расійскія парты з высокімі лагістычнымі выдаткамі. У адносінах з Захадам руху не было: Літва падоўжыла абмежаванні на мяжы, а штабныя вучэнні рэгіянальнай групоўкі войскаў скончыліся без незвычайнай актыўнасці каля межаў НАТА.',
      ],
      ru: [
        'Неделя принесла ощутимое похолодание в отношениях с Москвой. На переговорах о топливно-энергетическом балансе на 2027 год российская сторона увязала сохранение цены на газ с ускорением гармонизации налогового и таможенного регулирования в рамках Союзного государства – условием, которому Минск сопротивляется уже несколько лет. Внутри страны парламент одобрил поправки, согласно которым даже самое небольшое пожертвование «экстремистским формированиям» становится уголовным преступлением, а число признанных политзаключённых снова выросло.',
        'Остальные сферы в целом оставались стабильными. Национальный банк сохранил ставку рефинансирования, поскольку инфляция остаётся выше целевого ориентира, а экспорт калия продолжает идти через российские порты с высокими логистическими издержками. В отношениях с Западом движения не было: Литва продлила ограничения на границе, а штабные учения региональной группировки войск завершились без необычной активности у границ НАТО.',
      ],
    },
    articles: [
      {
        slug: 'moscow-links-2027-gas-price-to-union-state-tax-harmonisation',
        topic: 'belarus-russia',
        verdict: 'worsened',
        authors: ['andrei-barysevich', 'pavel-lahvinets'],
        image: {
          hue: 355,
          motif: 'diagonal',
          alt: {
            en: 'Abstract red diagonal lines on a dark background',
            be: 'Абстрактныя чырвоныя дыяганальныя лініі на цёмным фоне',
            ru: 'Абстрактные красные диагональные линии на тёмном фоне',
          },
          caption: {
            en: 'Gas talks have again become a lever of Union State integration.',
            be: 'Газавыя перамовы зноў сталі рычагом інтэграцыі ў Саюзнай дзяржаве.',
            ru: 'Газовые переговоры вновь стали рычагом интеграции в Союзном государстве.',
          },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Moscow links the 2027 gas price to Union State tax harmonisation',
            lead: 'Russia has signalled that it will keep the preferential gas price for Belarus in 2027 only if Minsk speeds up the harmonisation of indirect taxes within the Union State. The move turns a routine annual negotiation into a lever for deeper integration.',
            keyPoints: [
              'The intergovernmental working group on the 2027 energy balance ended its session without a signed protocol.',
              'Russian negotiators made the preferential gas price conditional on a common framework for VAT and excise duties.',
              'Minsk faces a choice between higher energy costs and a further loss of fiscal sovereignty – or both at once.',
            ],
            body: [
              {
                type: 'p',
                text: 'Annual talks on gas supplies have long served as a barometer of Belarus–Russia relations. This year, according to statements released by both governments after the working group met in Moscow, the sides failed to agree on a protocol for 2027. The Russian delegation made continued preferential pricing conditional on a **binding timetable for harmonising VAT and excise duties** under the Union State integration programmes.',
              },
              {
                type: 'p',
                text: 'For Minsk, tax policy is one of the few remaining instruments of economic autonomy. A common framework for indirect taxes would narrow the government’s room to support state-owned enterprises and shift part of fiscal decision-making to supranational bodies in which Moscow dominates. Official Belarusian commentators played down the disagreement as “a working moment”, but the absence of a signed document in mid-November is unusual.',
              },
              { type: 'h2', text: 'Why this matters' },
              {
                type: 'p',
                text: 'Cheap Russian gas underpins the profitability of Belarusian fertiliser production, oil refining and district heating. Even a moderate price increase would strain the budget, which already relies on [Russian state loans](https://example.org/analysis/belarus-russia-state-loans) to refinance its debt. We expect Minsk to offer partial concessions – most likely on excise duties – while trying to postpone VAT harmonisation beyond 2028.',
              },
            ],
          },
          be: {
            title:
              'Масква ўвязвае цану на газ на 2027 год з падатковай гарманізацыяй у Саюзнай дзяржаве',
            lead: 'Расія дала зразумець, што захавае ільготную цану на газ для Беларусі ў 2027 годзе, толькі калі Мінск паскорыць гарманізацыю ўскосных падаткаў у межах Саюзнай дзяржавы. Гэта ператварае звычайныя штогадовыя перамовы ў рычаг для паглыблення інтэграцыі.',
            keyPoints: [
              'Міжурадавая рабочая група па паліўна-энергетычным балансе на 2027 год завяршыла сесію без падпісанага пратакола.',
              'Расійскія перамоўшчыкі паставілі ільготную цану на газ у залежнасць ад агульных правілаў па ПДВ і акцызах.',
              'Мінск стаіць перад выбарам паміж даражэйшай энергіяй і далейшай стратай фіскальнага суверэнітэту – або тым і другім адначасова.',
            ],
            body: [
              {
                type: 'p',
                text: 'Штогадовыя перамовы пра пастаўкі газу даўно служаць барометрам беларуска-расійскіх адносін. Сёлета, паводле заяў абодвух урадаў пасля пасяджэння рабочай групы ў Маскве, бакі не змаглі ўзгадніць пратакол на 2027 год. Расійская дэлегацыя паставіла захаванне ільготнай цаны ў залежнасць ад **абавязковага графіка гарманізацыі ПДВ і акцызаў** у межах інтэграцыйных праграм Саюзнай дзяржавы.',
              },
              {
                type: 'p',
                text: 'Для Мінска падатковая палітыка – адзін з нямногіх інструментаў эканамічнай аўтаноміі, якія яшчэ засталіся. Агульныя правілы ўскоснага падаткаабкладання звузілі б магчымасці ўрада падтрымліваць дзяржаўныя прадпрыемствы і перанеслі б частку фіскальных рашэнняў на наднацыянальныя органы, дзе дамінуе Масква. Афіцыйныя беларускія каментатары назвалі рознагалоссі «працоўным момантам», але адсутнасць падпісанага дакумента ў сярэдзіне лістапада – з’ява незвычайная.',
              },
              { type: 'h2', text: 'Чаму гэта важна' },
              {
                type: 'p',
                text: 'Танны расійскі газ забяспечвае рэнтабельнасць беларускай вытворчасці ўгнаенняў, нафтаперапрацоўкі і цэнтралізаванага цеплазабеспячэння. Нават умеранае павышэнне цаны стане нагрузкай на бюджэт, які і так залежыць ад [расійскіх дзяржаўных крэдытаў](https://example.org/analysis/belarus-russia-state-loans) для рэфінансавання доўгу. Мы чакаем, што Мінск пойдзе на частковыя саступкі – хутчэй за ўсё па акцызах, – адначасова спрабуючы адкласці гарманізацыю ПДВ на перыяд пасля 2028 года.',
              },
            ],
          },
          ru: {
            title:
              'Москва увязала цену газа на 2027 год с налоговой гармонизацией в Союзном государстве',
            lead: 'Россия дала понять, что сохранит льготную цену на газ для Беларуси в 2027 году, только если Минск ускорит гармонизацию косвенных налогов в рамках Союзного государства. Это превращает обычные ежегодные переговоры в рычаг для углубления интеграции.',
            keyPoints: [
              'Межправительственная рабочая группа по топливно-энергетическому балансу на 2027 год завершила заседание без подписанного протокола.',
              'Российские переговорщики поставили льготную цену на газ в зависимость от общих правил по НДС и акцизам.',
              'Минск стоит перед выбором между более дорогой энергией и дальнейшей потерей фискального суверенитета – или и тем и другим сразу.',
            ],
            body: [
              {
                type: 'p',
                text: 'Ежегодные переговоры о поставках газа давно служат барометром белорусско-российских отношений. В этом году, согласно заявлениям обоих правительств после заседания рабочей группы в Москве, стороны не смогли согласовать протокол на 2027 год. Российская делегация поставила сохранение льготной цены в зависимость от **обязательного графика гармонизации НДС и акцизов** в рамках интеграционных программ Союзного государства.',
              },
              {
                type: 'p',
                text: 'Для Минска налоговая политика – один из немногих оставшихся инструментов экономической автономии. Общие правила косвенного налогообложения сузили бы возможности правительства поддерживать государственные предприятия и перенесли бы часть фискальных решений на наднациональные органы, где доминирует Москва. Официальные белорусские комментаторы назвали разногласия «рабочим моментом», однако отсутствие подписанного документа в середине ноября – явление необычное.',
              },
              { type: 'h2', text: 'Почему это важно' },
              {
                type: 'p',
                text: 'Дешёвый российский газ обеспечивает рентабельность белорусского производства удобрений, нефтепереработки и централизованного теплоснабжения. Даже умеренное повышение цены ляжет нагрузкой на бюджет, который и так зависит от [российских государственных кредитов](https://example.org/analysis/belarus-russia-state-loans) для рефинансирования долга. Мы ожидаем, что Минск пойдёт на частичные уступки – скорее всего по акцизам, – одновременно пытаясь отложить гармонизацию НДС на период после 2028 года.',
              },
            ],
          },
        },
      },
      {
        slug: 'lithuania-extends-border-restrictions-as-visa-contacts-stall',
        topic: 'belarus-west',
        verdict: 'unchanged',
        authors: ['andrei-barysevich'],
        image: {
          hue: 210,
          motif: 'grid',
          alt: {
            en: 'Abstract blue grid pattern',
            be: 'Абстрактны сіні ўзор у выглядзе сеткі',
            ru: 'Абстрактный синий узор в виде сетки',
          },
          caption: {
            en: 'The Lithuanian–Belarusian border regime has been extended until February.',
            be: 'Рэжым на літоўска-беларускай мяжы падоўжаны да лютага.',
            ru: 'Режим на литовско-белорусской границе продлён до февраля.',
          },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Lithuania extends border restrictions as visa contacts stall',
            lead: 'Vilnius extended the restricted regime on its border with Belarus for another three months, while informal contacts on consular and visa issues produced no results. Relations with the West remain frozen at a low level.',
            keyPoints: [
              'Only two checkpoints on the Lithuanian–Belarusian border remain open for regular passenger traffic.',
              'Vilnius cited smuggling balloons and irregular migration as the main reasons for the extension.',
              'EU consulates keep issuing visas to Belarusian citizens, but with longer waiting times and stricter checks.',
            ],
            body: [
              {
                type: 'p',
                text: 'The Lithuanian government decided this week to keep the current border regime in place until February. The decision was expected: Vilnius links any easing to a sustained halt in **smuggling balloons** and attempts at irregular crossings, and the number of such incidents, while lower than in early autumn, has not fallen to zero.',
              },
              {
                type: 'p',
                text: 'Belarusian officials responded with familiar criticism, calling the measures “economic warfare against ordinary people”. At the same time, Minsk refrained from retaliating against Lithuanian freight carriers, whose lorries had been held in Belarus during earlier episodes. This restraint suggests that the authorities want to keep room for future bargaining.',
              },
              {
                type: 'quote',
                text: 'Neither side sees a reason to move first: Vilnius fears that concessions would reward pressure, and Minsk does not want steps that would look like an admission of responsibility for the incidents.',
              },
              {
                type: 'p',
                text: 'Visa practice is another indicator. Consulates of neighbouring EU states continue to issue Schengen visas to Belarusians, but processing times have grown and the share of multiple-entry visas has fallen. Overall, the relationship did not change this week: the restrictions were extended, not tightened.',
              },
            ],
          },
          be: {
            title: 'Літва падаўжае абмежаванні на мяжы, кантакты па візах забуксавалі',
            lead: 'Вільня падоўжыла абмежавальны рэжым на мяжы з Беларуссю яшчэ на тры месяцы, а неафіцыйныя кантакты па консульскіх і візавых пытаннях не далі вынікаў. Адносіны з Захадам застаюцца замарожанымі на нізкім узроўні.',
            keyPoints: [
              'На літоўска-беларускай мяжы для звычайнага пасажырскага руху застаюцца адкрытымі толькі два пункты пропуску.',
              'Вільня назвала галоўнымі прычынамі падаўжэння кантрабандныя паветраныя шары і нелегальную міграцыю.',
              'Консульствы краін ЕС працягваюць выдаваць візы грамадзянам Беларусі, але з даўжэйшым чаканнем і больш строгімі праверкамі.',
            ],
            body: [
              {
                type: 'p',
                text: 'Урад Літвы на гэтым тыдні вырашыў захаваць цяперашні рэжым на мяжы да лютага. Рашэнне было чаканым: Вільня звязвае любое змякчэнне з устойлівым спыненнем запускаў **кантрабандных паветраных шароў** і спробаў нелегальнага перасячэння мяжы, а колькасць такіх інцыдэнтаў хоць і меншая, чым на пачатку восені, да нуля не знізілася.',
              },
              {
                type: 'p',
                text: 'Беларускія афіцыйныя асобы адрэагавалі звыклай крытыкай, назваўшы меры «эканамічнай вайной супраць простых людзей». Адначасова Мінск устрымаўся ад адказных захадаў супраць літоўскіх перавозчыкаў, чые грузавікі падчас ранейшых эпізодаў затрымліваліся ў Беларусі. Такая стрыманасць сведчыць, што ўлады хочуць захаваць прастору для будучага торгу.',
              },
              {
                type: 'quote',
                text: 'Ніводзін з бакоў не бачыць прычын рабіць першы крок: Вільня баіцца, што саступкі стануць узнагародай за ціск, а Мінск не хоча крокаў, якія выглядалі б як прызнанне адказнасці за інцыдэнты.',
              },
              {
                type: 'p',
                text: 'Яшчэ адзін індыкатар – візавая практыка. Консульствы суседніх краін ЕС працягваюць выдаваць беларусам шэнгенскія візы, але тэрміны разгляду выраслі, а доля шматразовых віз зменшылася. У цэлым адносіны на гэтым тыдні не змяніліся: абмежаванні былі падоўжаныя, а не ўзмоцненыя.',
              },
            ],
          },
          ru: {
            title: 'Литва продлевает ограничения на границе, контакты по визам буксуют',
            lead: 'Вильнюс продлил ограничительный режим на границе с Беларусью ещё на три месяца, а неформальные контакты по консульским и визовым вопросам не дали результатов. Отношения с Западом остаются замороженными на низком уровне.',
            keyPoints: [
              'На литовско-белорусской границе для обычного пассажирского движения остаются открытыми лишь два пункта пропуска.',
              'Вильнюс назвал главными причинами продления контрабандные воздушные шары и нелегальную миграцию.',
              'Консульства стран ЕС продолжают выдавать визы гражданам Беларуси, но с более долгим ожиданием и более строгими проверками.',
            ],
            body: [
              {
                type: 'p',
                text: 'Правительство Литвы на этой неделе решило сохранить нынешний режим на границе до февраля. Решение было ожидаемым: Вильнюс связывает любое смягчение с устойчивым прекращением запусков **контрабандных воздушных шаров** и попыток нелегального пересечения границы, а число таких инцидентов хотя и ниже, чем в начале осени, до нуля не снизилось.',
              },
              {
                type: 'p',
                text: 'Белорусские официальные лица отреагировали привычной критикой, назвав меры «экономической войной против простых людей». При этом Минск воздержался от ответных мер против литовских перевозчиков, чьи грузовики во время прежних эпизодов задерживались в Беларуси. Такая сдержанность говорит о том, что власти хотят сохранить пространство для будущего торга.',
              },
              {
                type: 'quote',
                text: 'Ни одна из сторон не видит причин делать первый шаг: Вильнюс опасается, что уступки станут наградой за давление, а Минск не хочет шагов, которые выглядели бы как признание ответственности за инциденты.',
              },
              {
                type: 'p',
                text: 'Ещё один индикатор – визовая практика. Консульства соседних стран ЕС продолжают выдавать белорусам шенгенские визы, но сроки рассмотрения выросли, а доля многократных виз сократилась. В целом отношения на этой неделе не изменились: ограничения были продлены, а не ужесточены.',
              },
            ],
          },
        },
      },
      {
        slug: 'parliament-criminalises-small-donations-to-extremist-formations',
        topic: 'domestic-politics',
        verdict: 'worsened',
        authors: ['volha-sakalova', 'alena-kryvitskaya'],
        image: {
          hue: 20,
          motif: 'bars',
          alt: {
            en: 'Abstract orange vertical bars',
            be: 'Абстрактныя аранжавыя вертыкальныя палосы',
            ru: 'Абстрактные оранжевые вертикальные полосы',
          },
          caption: {
            en: 'The amendments were approved in the second reading without debate.',
            be: 'Папраўкі ўхвалены ў другім чытанні без абмеркавання.',
            ru: 'Поправки приняты во втором чтении без обсуждения.',
          },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Parliament criminalises even small donations to “extremist formations”',
            lead: 'The House of Representatives passed amendments to the Criminal Code that remove the minimum threshold for prosecuting financial support of organisations labelled extremist. Thousands of people who have made small online donations since 2020 are now potentially exposed.',
            keyPoints: [
              'Any payment to an organisation on the “extremist formations” list can now lead to prosecution regardless of the amount.',
              'The number of recognised political prisoners rose for the second month in a row.',
              'The amendments contradict the official rhetoric of “humane” pardons and invitations to emigrants to return.',
            ],
            body: [
              {
                type: 'p',
                text: 'Until now, courts generally reserved criminal liability for donations above a certain value, while smaller payments were punished with administrative fines. The new wording, approved in the second reading without debate, abolishes this distinction. In practice, a transfer of a few euros to an independent media outlet or a solidarity fund declared “extremist” is enough to open a criminal case.',
              },
              {
                type: 'p',
                text: 'The change formalises a practice that was already spreading. In recent months, the security services have used data from payment platforms and leaked donor databases to summon people for “prophylactic conversations”, which often ended with fines or **confiscation of property**. The amendments give investigators a stronger tool and widen the circle of people under pressure.',
              },
              {
                type: 'ul',
                items: [
                  'Liability: criminal, from the first payment, regardless of the amount.',
                  'Release from liability: possible for those who voluntarily report their donations to the authorities.',
                  'Entry into force: ten days after official publication.',
                ],
              },
              {
                type: 'p',
                text: 'The timing matters. The authorities continue to pardon small groups of prisoners and to invite emigrants to return through the commission on returns. Yet the new rules raise the risk for exactly those who might consider coming back. We assess the development as a deterioration: repression is being codified rather than eased.',
              },
            ],
          },
          be: {
            title: 'Парламент крыміналізаваў нават дробныя ахвяраванні «экстрэмісцкім фармаванням»',
            lead: 'Палата прадстаўнікоў ухваліла папраўкі ў Крымінальны кодэкс, якія скасоўваюць мінімальны парог для пераследу за фінансавую падтрымку арганізацый, прызнаных экстрэмісцкімі. Пад патэнцыйнай пагрозай цяпер апынуліся тысячы людзей, якія пасля 2020 года рабілі невялікія ахвяраванні ў інтэрнэце.',
            keyPoints: [
              'Любы плацёж арганізацыі з пераліку «экстрэмісцкіх фармаванняў» цяпер можа стаць падставай для пераследу незалежна ад сумы.',
              'Колькасць прызнаных палітвязняў павялічылася другі месяц запар.',
              'Папраўкі супярэчаць афіцыйнай рыторыцы пра «гуманныя» памілаванні і запрашэнні эмігрантам вяртацца.',
            ],
            body: [
              {
                type: 'p',
                text: 'Дагэтуль суды звычайна прымянялі крымінальную адказнасць да ахвяраванняў звыш пэўнай сумы, а за меншыя плацяжы прызначалі адміністрацыйныя штрафы. Новая рэдакцыя, ухваленая ў другім чытанні без абмеркавання, гэтае адрозненне скасоўвае. На практыцы пераводу некалькіх еўра незалежнаму выданню або фонду салідарнасці, абвешчанаму «экстрэмісцкім», дастаткова для ўзбуджэння крымінальнай справы.',
              },
              {
                type: 'p',
                text: 'Змена замацоўвае практыку, якая і так пашыралася. У апошнія месяцы сілавыя структуры выкарыстоўвалі звесткі плацежных платформ і ўцечкі баз даных ахвярадаўцаў, каб выклікаць людзей на «прафілактычныя размовы», якія часта заканчваліся штрафамі або **канфіскацыяй маёмасці**. Папраўкі даюць следчым мацнейшы інструмент і пашыраюць кола людзей пад ціскам.',
              },
              {
                type: 'ul',
                items: [
                  'Адказнасць: крымінальная, з першага плацяжу, незалежна ад сумы.',
                  'Вызваленне ад адказнасці: магчымае для тых, хто добраахвотна паведаміць уладам пра свае ахвяраванні.',
                  'Уступленне ў сілу: праз дзесяць дзён пасля афіцыйнага апублікавання.',
                ],
              },
              {
                type: 'p',
                text: 'Важны і момант ухвалення. Улады працягваюць мілаваць невялікія групы вязняў і запрашаць эмігрантаў вяртацца праз камісію па вяртанні. Аднак новыя правілы павышаюць рызыку менавіта для тых, хто мог бы задумацца пра вяртанне. Мы ацэньваем гэта як пагаршэнне: рэпрэсіі не змякчаюцца, а замацоўваюцца ў законе.',
              },
            ],
          },
          ru: {
            title:
              'Парламент криминализировал даже мелкие пожертвования «экстремистским формированиям»',
            lead: 'Палата представителей приняла поправки в Уголовный кодекс, отменяющие минимальный порог для преследования за финансовую поддержку организаций, признанных экстремистскими. Под потенциальной угрозой теперь оказались тысячи людей, которые после 2020 года делали небольшие пожертвования в интернете.',
            keyPoints: [
              'Любой платёж организации из перечня «экстремистских формирований» теперь может стать основанием для преследования независимо от суммы.',
              'Число признанных политзаключённых выросло второй месяц подряд.',
              'Поправки противоречат официальной риторике о «гуманных» помилованиях и приглашениях эмигрантам вернуться.',
            ],
            body: [
              {
                type: 'p',
                text: 'До сих пор суды, как правило, применяли уголовную ответственность к пожертвованиям свыше определённой суммы, а за меньшие платежи назначали административные штрафы. Новая редакция, принятая во втором чтении без обсуждения, это различие отменяет. На практике перевода нескольких евро независимому изданию или фонду солидарности, объявленному «экстремистским», достаточно для возбуждения уголовного дела.',
              },
              {
                type: 'p',
                text: 'Изменение закрепляет практику, которая и так распространялась. В последние месяцы силовые структуры использовали данные платёжных платформ и утечки баз данных жертвователей, чтобы вызывать людей на «профилактические беседы», которые часто заканчивались штрафами или **конфискацией имущества**. Поправки дают следователям более сильный инструмент и расширяют круг людей под давлением.',
              },
              {
                type: 'ul',
                items: [
                  'Ответственность: уголовная, с первого платежа, независимо от суммы.',
                  'Освобождение от ответственности: возможно для тех, кто добровольно сообщит властям о своих пожертвованиях.',
                  'Вступление в силу: через десять дней после официального опубликования.',
                ],
              },
              {
                type: 'p',
                text: 'Важен и момент принятия. Власти продолжают миловать небольшие группы заключённых и приглашать эмигрантов вернуться через комиссию по возвращению. Однако новые правила повышают риск именно для тех, кто мог бы задуматься о возвращении. Мы оцениваем это как ухудшение: репрессии не смягчаются, а закрепляются в законе.',
              },
            ],
          },
        },
      },
      {
        slug: 'national-bank-holds-rate-as-potash-flows-via-russian-ports',
        topic: 'economy',
        verdict: 'unchanged',
        authors: [],
        image: {
          hue: 140,
          motif: 'waves',
          alt: {
            en: 'Abstract green waves',
            be: 'Абстрактныя зялёныя хвалі',
            ru: 'Абстрактные зелёные волны',
          },
          caption: {
            en: 'Potash exports hold up in volume but not in revenue.',
            be: 'Экспарт калію трымаецца ў аб’ёмах, але не ў выручцы.',
            ru: 'Экспорт калия держится в объёмах, но не в выручке.',
          },
          credit: 'Weekly Monitor illustration',
          sourceUrl: 'https://example.org/weekly-monitor/illustrations',
        },
        text: {
          en: {
            title: 'National Bank holds its rate as potash keeps flowing via Russian ports',
            lead: 'The National Bank left its refinancing rate unchanged, citing inflation that remains above target. Potash exports stayed stable in volume, but the cost of shipping through Russian ports continues to eat into revenue.',
            keyPoints: [
              'The refinancing rate remains at 9.5%.',
              'Annual consumer price inflation was about 6.5% in October, above the 5% target.',
              'Most potash is shipped via the Russian port of Ust-Luga at a sizeable logistics premium over the former Klaipėda route.',
            ],
            body: [
              {
                type: 'p',
                text: 'The National Bank’s board kept the refinancing rate at 9.5% at this week’s meeting. In its statement, the regulator noted that administrative price controls are holding back inflation but warned that wage growth, driven by labour shortages, continues to outpace productivity. The decision was widely expected and does not change the policy stance.',
              },
              {
                type: 'p',
                text: 'In the external sector, **potash** remains the main barometer. Export volumes are close to last year’s level, as Belarusian fertilisers are shipped through Russian Baltic ports and by rail to China. But freight and transshipment costs are considerably higher than on the route through Lithuania, which closed in 2022, so export revenue lags behind volumes.',
              },
              {
                type: 'p',
                text: 'Other indicators showed no significant change. The Belarusian rouble was stable against the Russian rouble, and retail lending continued to grow, partly thanks to state-subsidised programmes. Taken together, the week confirms a picture of slow growth supported by administrative measures rather than structural improvement.',
              },
              {
                type: 'p',
                text: 'The main risk for the coming months is external. A higher gas price – the subject of difficult talks with Moscow this week – or weaker demand in Russia would quickly show up in the trade balance and in the budget.',
              },
            ],
          },
          be: {
            title: 'Нацбанк захаваў стаўку, калій і далей ідзе праз расійскія парты',
            lead: 'Нацыянальны банк пакінуў стаўку рэфінансавання без змен, спаслаўшыся на інфляцыю, якая застаецца вышэй за мэтавы арыенцір. Экспарт калію застаўся стабільным у фізічных аб’ёмах, але выдаткі на транспарціроўку праз расійскія парты па-ранейшаму з’ядаюць выручку.',
            keyPoints: [
              'Стаўка рэфінансавання застаецца на ўзроўні 9,5%.',
              'Гадавая інфляцыя спажывецкіх цэн у кастрычніку склала каля 6,5% – вышэй за мэтавыя 5%.',
              'Большая частка калію адгружаецца праз расійскі порт Усць-Луга з істотнай лагістычнай надбаўкай у параўнанні з ранейшым маршрутам праз Клайпеду.',
            ],
            body: [
              {
                type: 'p',
                text: 'Праўленне Нацыянальнага банка на пасяджэнні гэтага тыдня захавала стаўку рэфінансавання на ўзроўні 9,5%. У сваёй заяве рэгулятар адзначыў, што адміністрацыйнае рэгуляванне цэн стрымлівае інфляцыю, але папярэдзіў, што рост заробкаў, выкліканы дэфіцытам працоўнай сілы, па-ранейшаму апярэджвае рост прадукцыйнасці. Рашэнне было цалкам чаканым і не змяняе курсу грашова-крэдытнай палітыкі.',
              },
              {
                type: 'p',
                text: 'У знешнім сектары галоўным барометрам застаецца **калій**. Аб’ёмы экспарту блізкія да леташняга ўзроўню: беларускія ўгнаенні адгружаюцца праз расійскія балтыйскія парты і чыгункай у Кітай. Аднак выдаткі на фрахт і перавалку значна вышэйшыя, чым на маршруце праз Літву, закрытым у 2022 годзе, таму экспартная выручка адстае ад аб’ёмаў.',
              },
              {
                type: 'p',
                text: 'Іншыя паказчыкі істотна не змяніліся. Беларускі рубель заставаўся стабільным у адносінах да расійскага, а рознічнае крэдытаванне працягвала расці, часткова дзякуючы дзяржаўным праграмам з субсідыяванай стаўкай. У цэлым тыдзень пацвярджае карціну павольнага росту, які падтрымліваецца адміністрацыйнымі мерамі, а не структурнымі зменамі.',
              },
              {
                type: 'p',
                text: 'Галоўная рызыка на бліжэйшыя месяцы – знешняя. Павышэнне цаны на газ, пра якое на гэтым тыдні ішлі складаныя перамовы з Масквой, або слабейшы попыт у Расіі хутка адаб’юцца на гандлёвым балансе і бюджэце.',
              },
            ],
          },
          ru: {
            title: 'Нацбанк сохранил ставку, калий по-прежнему идёт через российские порты',
            lead: 'Национальный банк оставил ставку рефинансирования без изменений, сославшись на инфляцию, которая остаётся выше целевого ориентира. Экспорт калия остался стабильным в физических объёмах, но расходы на транспортировку через российские порты по-прежнему съедают выручку.',
            keyPoints: [
              'Ставка рефинансирования остаётся на уровне 9,5%.',
              'Годовая потребительская инфляция в октябре составила около 6,5% – выше целевых 5%.',
              'Большая часть калия отгружается через российский порт Усть-Луга со значительной логистической надбавкой по сравнению с прежним маршрутом через Клайпеду.',
            ],
            body: [
              {
                type: 'p',
                text: 'Правление Национального банка на заседании этой недели сохранило ставку рефинансирования на уровне 9,5%. В своём заявлении регулятор отметил, что административное регулирование цен сдерживает инфляцию, но предупредил, что рост зарплат, вызванный дефицитом рабочей силы, по-прежнему опережает рост производительности. Решение было вполне ожидаемым и не меняет курса денежно-кредитной политики.',
              },
              {
                type: 'p',
                text: 'Во внешнем секторе главным барометром остаётся **калий**. Объёмы экспорта близки к прошлогоднему уровню: белорусские удобрения отгружаются через российские балтийские порты и по железной дороге в Китай. Однако расходы на фрахт и перевалку значительно выше, чем на маршруте через Литву, закрытом в 2022 году, поэтому экспортная выручка отстаёт от объёмов.',
              },
              {
                type: 'p',
                text: 'Остальные показатели существенно не изменились. Белорусский рубль оставался стабильным по отношению к российскому, а розничное кредитование продолжало расти, отчасти благодаря государственным программам с субсидированной ставкой. В целом неделя подтверждает картину медленного роста, который поддерживается административными мерами, а не структурными изменениями.',
              },
              {
                type: 'p',
                text: 'Главный риск на ближайшие месяцы – внешний. Повышение цены на газ, о котором на этой неделе шли трудные переговоры с Москвой, или более слабый спрос в России быстро скажутся на торговом балансе и бюджете.',
              },
            ],
          },
        },
      },
      {
        slug: 'regional-group-of-forces-staff-drills-end-without-escalation',
        topic: 'security',
        verdict: 'unchanged',
        authors: ['maryna-sushko'],
        image: {
          hue: 45,
          motif: 'circles',
          alt: {
            en: 'Abstract ochre concentric circles',
            be: 'Абстрактныя вохрыстыя канцэнтрычныя кругі',
            ru: 'Абстрактные охристые концентрические круги',
          },
          caption: {
            en: 'The command-post exercise took place mostly at headquarters level.',
            be: 'Камандна-штабныя вучэнні праходзілі пераважна на ўзроўні штабоў.',
            ru: 'Командно-штабные учения проходили преимущественно на уровне штабов.',
          },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Staff drills of the regional group of forces end without escalation',
            lead: 'A week-long command-post exercise of the joint Belarusian–Russian regional group of forces ended without large troop movements near NATO borders. The drills fit the routine annual training cycle.',
            keyPoints: [
              'The exercise involved headquarters and signal units rather than large combat formations.',
              'No additional Russian troops or heavy equipment were reported entering Belarus.',
              'Poland and Lithuania kept their border security posture unchanged.',
            ],
            body: [
              {
                type: 'p',
                text: 'The Ministry of Defence reported that the exercise practised the “planning of a defensive operation” and coordination between Belarusian and Russian headquarters. Unlike the large-scale manoeuvres of previous years, activity took place mostly at command level, with limited involvement of field units.',
              },
              {
                type: 'p',
                text: 'Independent monitoring groups that track rail traffic did not register significant arrivals of Russian military equipment. Statements from Warsaw and Vilnius were restrained, and neither country raised its alert level. Belarusian officials again referred to the Russian **non-strategic nuclear weapons** deployed in the country as a deterrent, but offered no new details.',
              },
              {
                type: 'quote',
                text: 'Routine is the key word: the drills tested communication between headquarters, not readiness for offensive action.',
              },
              {
                type: 'p',
                text: 'We therefore assess the security situation as unchanged. The structural risks – the integration of Belarusian forces into Russian military planning and the presence of Russian nuclear weapons – remain in place, but this week brought no new escalation.',
              },
            ],
          },
          be: {
            title: 'Штабныя вучэнні рэгіянальнай групоўкі войскаў скончыліся без эскалацыі',
            lead: 'Тыднёвыя камандна-штабныя вучэнні аб’яднанай беларуска-расійскай рэгіянальнай групоўкі войскаў скончыліся без буйных перамяшчэнняў войскаў каля межаў НАТА. Вучэнні ўпісваюцца ў звычайны штогадовы цыкл падрыхтоўкі.',
            keyPoints: [
              'Да вучэнняў былі прыцягнутыя штабы і падраздзяленні сувязі, а не буйныя баявыя злучэнні.',
              'Паведамленняў пра ўвод у Беларусь дадатковых расійскіх войскаў або цяжкай тэхнікі не было.',
              'Польшча і Літва не змянялі свайго рэжыму аховы мяжы.',
            ],
            body: [
              {
                type: 'p',
                text: 'Міністэрства абароны паведаміла, што падчас вучэнняў адпрацоўваліся «планаванне абарончай аперацыі» і ўзаемадзеянне беларускіх і расійскіх штабоў. У адрозненне ад маштабных манеўраў мінулых гадоў, актыўнасць ішла пераважна на камандным узроўні, з абмежаваным удзелам палявых падраздзяленняў.',
              },
              {
                type: 'p',
                text: 'Незалежныя маніторынгавыя групы, якія адсочваюць чыгуначныя перавозкі, не зафіксавалі істотнага прыбыцця расійскай вайсковай тэхнікі. Заявы Варшавы і Вільні былі стрыманымі, і ніводная з краін не павысіла ўзроўню гатоўнасці. Беларускія афіцыйныя асобы зноў згадалі размешчаную ў краіне расійскую **нястратэгічную ядзерную зброю** як фактар стрымлівання, але новых падрабязнасцяў не паведамілі.',
              },
              {
                type: 'quote',
                text: 'Ключавое слова тут – руціна: вучэнні правяралі сувязь паміж штабамі, а не гатоўнасць да наступальных дзеянняў.',
              },
              {
                type: 'p',
                text: 'Таму мы ацэньваем сітуацыю ў сферы бяспекі як нязменную. Структурныя рызыкі – інтэграцыя беларускіх войскаў у расійскае ваеннае планаванне і прысутнасць расійскай ядзернай зброі – нікуды не зніклі, але на гэтым тыдні новай эскалацыі не было.',
              },
            ],
          },
          ru: {
            title: 'Штабные учения региональной группировки войск завершились без эскалации',
            lead: 'Недельные командно-штабные учения объединённой белорусско-российской региональной группировки войск завершились без крупных перемещений войск у границ НАТО. Учения вписываются в обычный ежегодный цикл подготовки.',
            keyPoints: [
              'К учениям были привлечены штабы и подразделения связи, а не крупные боевые соединения.',
              'Сообщений о вводе в Беларусь дополнительных российских войск или тяжёлой техники не поступало.',
              'Польша и Литва не меняли режим охраны границы.',
            ],
            body: [
              {
                type: 'p',
                text: 'Министерство обороны сообщило, что в ходе учений отрабатывались «планирование оборонительной операции» и взаимодействие белорусских и российских штабов. В отличие от масштабных манёвров прошлых лет, активность шла преимущественно на командном уровне, при ограниченном участии полевых подразделений.',
              },
              {
                type: 'p',
                text: 'Независимые мониторинговые группы, отслеживающие железнодорожные перевозки, не зафиксировали значительного прибытия российской военной техники. Заявления Варшавы и Вильнюса были сдержанными, и ни одна из стран не повысила уровень готовности. Белорусские официальные лица вновь упомянули размещённое в стране российское **нестратегическое ядерное оружие** как фактор сдерживания, но новых подробностей не сообщили.',
              },
              {
                type: 'quote',
                text: 'Ключевое слово здесь – рутина: учения проверяли связь между штабами, а не готовность к наступательным действиям.',
              },
              {
                type: 'p',
                text: 'Поэтому мы оцениваем ситуацию в сфере безопасности как неизменную. Структурные риски – интеграция белорусских войск в российское военное планирование и присутствие российского ядерного оружия – никуда не делись, но на этой неделе новой эскалации не было.',
              },
            ],
          },
        },
      },
    ],
  },
  {
    startDate: '2026-11-16',
    summary: {
      en: [
        'The most significant development of the week came in relations with the West. After another round of contacts with a US delegation, the authorities pardoned a group of 24 political prisoners, most of whom were taken straight to Lithuania. Washington responded by easing restrictions on spare parts for civilian aircraft, and the European Union agreed to technical talks on border crossings and visas. In the security sphere, Belarus and Poland restored a direct communication channel between their border services.',
        'Other trends pointed the other way. Statistics for January–October showed a decline in industrial output and a marked slowdown in GDP growth, with potash and machine-building weighing most on the results. At home, releases were offset by new arrests, so the overall number of political prisoners stayed roughly the same. Relations with Russia were unchanged: the postponement of the Supreme State Council session and talks on the Ostrovets nuclear plant loan did not alter the balance.',
      ],
      be: [
        'Найважнейшая падзея тыдня адбылася ў адносінах з Захадам. Пасля чарговага раунду кантактаў з амерыканскай дэлегацыяй улады памілавалі групу з 24 палітвязняў, большасць з якіх адразу вывезлі ў Літву. Вашынгтон адказаў змякчэннем абмежаванняў на пастаўкі запчастак для грамадзянскіх самалётаў, а Еўрапейскі саюз пагадзіўся на тэхнічныя перамовы па пунктах пропуску і візах. У сферы бяспекі Беларусь і Польшча аднавілі канал прамой сувязі паміж памежнымі службамі.',
        'Іншыя тэндэнцыі былі накіраваныя ў адваротны бок. Статыстыка за студзень–кастрычнік паказала падзенне прамысловай вытворчасці і прыкметнае запаволенне росту ВУП; найбольш на вынікі ціснулі калійная галіна і машынабудаванне. Унутры краіны вызваленні кампенсаваліся новымі арыштамі, таму агульная колькасць палітвязняў засталася прыблізна ранейшай. Адносіны з Расіяй не змяніліся: перанос пасяджэння Вышэйшага дзяржаўнага савета і перамовы па крэдыце на Астравецкую АЭС не парушылі балансу.',
      ],
      ru: [
        'Самое значимое событие недели произошло в отношениях с Западом. После очередного раунда контактов с американской делегацией власти помиловали группу из 24 политзаключённых, большинство из которых сразу вывезли в Литву. Вашингтон ответил смягчением ограничений на поставки запчастей для гражданских самолётов, а Европейский союз согласился на технические переговоры по пунктам пропуска и визам. В сфере безопасности Беларусь и Польша восстановили канал прямой связи между пограничными службами.',
        'Другие тенденции были направлены в обратную сторону. Статистика за январь–октябрь показала спад промышленного производства и заметное замедление роста ВВП; сильнее всего на результаты давили калийная отрасль и машиностроение. Внутри страны освобождения компенсировались новыми арестами, поэтому общее число политзаключённых осталось примерно прежним. Отношения с Россией не изменились: перенос заседания Высшего государственного совета и переговоры по кредиту на Островецкую АЭС не нарушили баланса.',
      ],
    },
    articles: [
      {
        slug: 'supreme-state-council-postponed-as-ostrovets-loan-talks-continue',
        topic: 'belarus-russia',
        verdict: 'unchanged',
        authors: [],
        image: {
          hue: 330,
          motif: 'circles',
          alt: {
            en: 'Abstract crimson circles',
            be: 'Абстрактныя малінавыя кругі',
            ru: 'Абстрактные малиновые круги',
          },
          caption: {
            en: 'The Supreme State Council session has been moved to December.',
            be: 'Пасяджэнне Вышэйшага дзяржаўнага савета перанесена на снежань.',
            ru: 'Заседание Высшего государственного совета перенесено на декабрь.',
          },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Union State summit postponed as Ostrovets loan talks continue',
            lead: 'The session of the Supreme State Council of the Union State, expected in late November, was moved to December without explanation. Meanwhile, technical talks on repaying the Russian loan for the Ostrovets nuclear plant continued without visible progress.',
            keyPoints: [
              'The summit’s postponement follows last week’s disagreement over gas prices and tax harmonisation.',
              'Minsk is seeking a longer grace period on the loan for the Ostrovets nuclear plant.',
              'Neither side escalated in public, which suggests that bargaining continues behind closed doors.',
            ],
            body: [
              {
                type: 'p',
                text: 'The Supreme State Council usually meets towards the end of the year to approve the Union State budget and review integration programmes. This year the session has been moved to December, and officials in both capitals described the change as a matter of scheduling. Given the unresolved questions about the 2027 energy balance, the delay more likely reflects the need for more time to prepare a package of compromises.',
              },
              {
                type: 'p',
                text: 'A second line of negotiation concerns the **Ostrovets nuclear plant**. Belarus is repaying the Russian state loan of up to ten billion US dollars that financed its construction and has already obtained softer terms once. According to the Ministry of Finance, the current talks focus on extending the repayment period. One of the plant’s two units was shut down this week for scheduled maintenance, which temporarily increased gas consumption for power generation.',
              },
              {
                type: 'p',
                text: 'Official rhetoric stayed warm. The Belarusian side again stressed the “strategic” nature of the alliance, and Russian officials praised industrial cooperation in machine-building and microelectronics. Such statements, however, also accompanied earlier periods of tension and are not a reliable indicator.',
              },
              {
                type: 'p',
                text: 'We see no qualitative change this week. The relationship remains asymmetric and transactional: Moscow uses financial and energy levers to push integration, while Minsk trades political loyalty for economic relief. The December summit will show whether last week’s deterioration becomes a lasting trend.',
              },
            ],
          },
          be: {
            title:
              'Саміт Саюзнай дзяржавы адкладзены, перамовы па астравецкім крэдыце працягваюцца',
            lead: 'Пасяджэнне Вышэйшага дзяржаўнага савета Саюзнай дзяржавы, якое чакалася ў канцы лістапада, без тлумачэнняў перанесена на снежань. Тым часам тэхнічныя перамовы пра пагашэнне расійскага крэдыту на будаўніцтва Астравецкай АЭС працягваліся без бачнага прагрэсу.',
            keyPoints: [
              'Перанос саміту адбыўся пасля мінулатыднёвых рознагалоссяў наконт цаны на газ і падатковай гарманізацыі.',
              'Мінск імкнецца падоўжыць ільготны перыяд па крэдыце на Астравецкую АЭС.',
              'Ніводны з бакоў публічна не абвастраў сітуацыю, што сведчыць пра працяг торгу за зачыненымі дзвярыма.',
            ],
            body: [
              {
                type: 'p',
                text: 'Вышэйшы дзяржаўны савет звычайна збіраецца напрыканцы года, каб зацвердзіць бюджэт Саюзнай дзяржавы і разгледзець інтэграцыйныя праграмы. Сёлета пасяджэнне перанесена на снежань, а чыноўнікі ў абедзвюх сталіцах назвалі гэта пытаннем графіка. Улічваючы нявырашаныя пытанні паліўна-энергетычнага балансу на 2027 год, затрымка хутчэй сведчыць пра патрэбу ў дадатковым часе, каб падрыхтаваць пакет кампрамісаў.',
              },
              {
                type: 'p',
                text: 'Другая лінія перамоў тычыцца **Астравецкай АЭС**. Беларусь пагашае расійскі дзяржаўны крэдыт памерам да дзесяці мільярдаў долараў ЗША, за кошт якога была пабудаваная станцыя, і ўжо аднойчы дамаглася больш мяккіх умоў. Паводле Міністэрства фінансаў, цяперашнія перамовы датычаць падаўжэння тэрміну пагашэння. На гэтым тыдні адзін з двух энергаблокаў станцыі спынілі на планавы рамонт, што часова павялічыла спажыванне газу для выпрацоўкі электраэнергіі.',
              },
              {
                type: 'p',
                text: 'Афіцыйная рыторыка заставалася цёплай. Беларускі бок зноў падкрэсліў «стратэгічны» характар саюзніцкіх адносін, а расійскія чыноўнікі пахвалілі прамысловую кааперацыю ў машынабудаванні і мікраэлектроніцы. Аднак такія заявы гучалі і ў ранейшыя перыяды напружанасці, таму надзейным індыкатарам не з’яўляюцца.',
              },
              {
                type: 'p',
                text: 'Якаснай змены на гэтым тыдні мы не бачым. Адносіны застаюцца асіметрычнымі і транзакцыйнымі: Масква выкарыстоўвае фінансавыя і энергетычныя рычагі, каб прасоўваць інтэграцыю, а Мінск абменьвае палітычную лаяльнасць на эканамічныя палёгкі. Снежаньскі саміт пакажа, ці стане пагаршэнне мінулага тыдня ўстойлівай тэндэнцыяй.',
              },
            ],
          },
          ru: {
            title:
              'Саммит Союзного государства отложен, переговоры по островецкому кредиту продолжаются',
            lead: 'Заседание Высшего государственного совета Союзного государства, ожидавшееся в конце ноября, без объяснений перенесено на декабрь. Тем временем технические переговоры о погашении российского кредита на строительство Островецкой АЭС продолжались без видимого прогресса.',
            keyPoints: [
              'Перенос саммита последовал за разногласиями прошлой недели по цене на газ и налоговой гармонизации.',
              'Минск добивается продления льготного периода по кредиту на Островецкую АЭС.',
              'Ни одна из сторон публично не обостряла ситуацию, что говорит о продолжении торга за закрытыми дверями.',
            ],
            body: [
              {
                type: 'p',
                text: 'Высший государственный совет обычно собирается в конце года, чтобы утвердить бюджет Союзного государства и рассмотреть интеграционные программы. В этом году заседание перенесено на декабрь, а чиновники в обеих столицах назвали это вопросом графика. Учитывая нерешённые вопросы топливно-энергетического баланса на 2027 год, задержка скорее говорит о потребности в дополнительном времени для подготовки пакета компромиссов.',
              },
              {
                type: 'p',
                text: 'Вторая линия переговоров касается **Островецкой АЭС**. Беларусь погашает российский государственный кредит размером до десяти миллиардов долларов США, за счёт которого была построена станция, и уже однажды добилась более мягких условий. По данным Министерства финансов, нынешние переговоры касаются продления срока погашения. На этой неделе один из двух энергоблоков станции остановили на плановый ремонт, что временно увеличило потребление газа для выработки электроэнергии.',
              },
              {
                type: 'p',
                text: 'Официальная риторика оставалась тёплой. Белорусская сторона вновь подчеркнула «стратегический» характер союзнических отношений, а российские чиновники похвалили промышленную кооперацию в машиностроении и микроэлектронике. Однако такие заявления звучали и в прежние периоды напряжённости, поэтому надёжным индикатором не являются.',
              },
              {
                type: 'p',
                text: 'Качественных изменений на этой неделе мы не видим. Отношения остаются асимметричными и транзакционными: Москва использует финансовые и энергетические рычаги, чтобы продвигать интеграцию, а Минск обменивает политическую лояльность на экономические послабления. Декабрьский саммит покажет, станет ли ухудшение прошлой недели устойчивой тенденцией.',
              },
            ],
          },
        },
      },
      {
        slug: 'pardon-of-24-political-prisoners-opens-window-with-washington',
        topic: 'belarus-west',
        verdict: 'improved',
        authors: ['andrei-barysevich'],
        image: {
          hue: 190,
          motif: 'waves',
          alt: {
            en: 'Abstract teal waves',
            be: 'Абстрактныя бірузовыя хвалі',
            ru: 'Абстрактные бирюзовые волны',
          },
          caption: {
            en: 'Most of the released prisoners were taken straight to Lithuania.',
            be: 'Большасць вызваленых вязняў адразу вывезлі ў Літву.',
            ru: 'Большинство освобождённых заключённых сразу вывезли в Литву.',
          },
          credit: 'Weekly Monitor illustration',
          sourceUrl: 'https://example.org/weekly-monitor/illustrations',
        },
        text: {
          en: {
            title: 'Pardon of 24 political prisoners opens a narrow window with Washington',
            lead: 'After another visit by a US delegation to Minsk, 24 political prisoners were pardoned, and most of them were taken to Lithuania. Washington reciprocated with a limited easing of sanctions, while Brussels kept its line but agreed to technical talks on the border.',
            keyPoints: [
              'It is the largest group of political prisoners released at once since the summer.',
              'The United States eased export restrictions on spare parts for civilian aircraft.',
              'The EU kept its sanctions unchanged but agreed to a technical meeting on border crossings and visa processing.',
            ],
            body: [
              {
                type: 'p',
                text: 'The pardon followed a pattern set in earlier rounds: a US delegation visits Minsk, a group of prisoners is released, and most of them are immediately driven across the border to Lithuania. Those freed this week included journalists, trade unionists and several people convicted for donations or online comments. Some of them had spent more than four years behind bars.',
              },
              { type: 'h2', text: 'What Washington offered in return' },
              {
                type: 'p',
                text: 'The US administration issued a licence allowing the supply of spare parts and maintenance services for civilian aircraft operated by Belarusian carriers. The step is modest in economic terms, but it matters to Minsk as confirmation that releases can be exchanged for **sanctions relief**. The text of the licence has been published on the [US Treasury website](https://example.org/us-treasury/belarus-general-license).',
              },
              {
                type: 'quote',
                text: 'The process is transactional and fragile: each release is negotiated separately, and nothing prevents new arrests from refilling the prisons.',
              },
              {
                type: 'p',
                text: 'The European response was more cautious. Brussels welcomed the releases but tied any review of sanctions to an end to political repression. At the same time, the EU agreed to a technical meeting with Belarusian border officials on crossing points and visa processing. We assess the week as an improvement, although the window remains narrow and could easily close again.',
              },
            ],
          },
          be: {
            title: 'Памілаванне 24 палітвязняў адчыняе вузкае акно ў адносінах з Вашынгтонам',
            lead: 'Пасля чарговага візіту амерыканскай дэлегацыі ў Мінск былі памілаваныя 24 палітвязні, большасць з іх вывезлі ў Літву. Вашынгтон адказаў абмежаваным змякчэннем санкцый, а Брусель захаваў свой курс, але пагадзіўся на тэхнічныя перамовы па мяжы.',
            keyPoints: [
              'Гэта найбуйнейшая група палітвязняў, вызваленая адначасова з лета.',
              'ЗША змякчылі экспартныя абмежаванні на запчасткі для грамадзянскіх самалётаў.',
              'ЕС пакінуў санкцыі без змен, але пагадзіўся на тэхнічную сустрэчу па пунктах пропуску і афармленні віз.',
            ],
            body: [
              {
                type: 'p',
                text: 'Памілаванне адбылося па схеме, што склалася ў папярэдніх раундах: амерыканская дэлегацыя прыязджае ў Мінск, група вязняў выходзіць на волю, і большасць з іх адразу вывозяць праз мяжу ў Літву. Сярод вызваленых на гэтым тыдні – журналісты, прафсаюзныя актывісты і некалькі чалавек, асуджаных за ахвяраванні або каментары ў інтэрнэце. Некаторыя з іх правялі за кратамі больш за чатыры гады.',
              },
              { type: 'h2', text: 'Што Вашынгтон прапанаваў наўзамен' },
              {
                type: 'p',
                text: 'Амерыканская адміністрацыя выдала ліцэнзію, якая дазваляе пастаўкі запчастак і тэхнічнае абслугоўванне грамадзянскіх самалётаў беларускіх авіякампаній. У эканамічным сэнсе гэта сціплы крок, але для Мінска ён важны як пацвярджэнне таго, што вызваленні можна абменьваць на **змякчэнне санкцый**. Тэкст ліцэнзіі апублікаваны на [сайце Міністэрства фінансаў ЗША](https://example.org/us-treasury/belarus-general-license).',
              },
              {
                type: 'quote',
                text: 'Гэты працэс транзакцыйны і крохкі: кожнае вызваленне абмяркоўваецца асобна, і нішто не перашкаджае новым арыштам зноў запаўняць турмы.',
              },
              {
                type: 'p',
                text: 'Еўрапейская рэакцыя была больш асцярожнай. Брусель прывітаў вызваленні, але звязаў любы перагляд санкцый са спыненнем палітычных рэпрэсій. Адначасова ЕС пагадзіўся на тэхнічную сустрэчу з беларускімі памежнікамі па пунктах пропуску і афармленні віз. Мы ацэньваем тыдзень як паляпшэнне, хоць акно застаецца вузкім і лёгка можа зачыніцца.',
              },
            ],
          },
          ru: {
            title:
              'Помилование 24 политзаключённых открывает узкое окно в отношениях с Вашингтоном',
            lead: 'После очередного визита американской делегации в Минск были помилованы 24 политзаключённых, большинство из них вывезли в Литву. Вашингтон ответил ограниченным смягчением санкций, а Брюссель сохранил свою линию, но согласился на технические переговоры по границе.',
            keyPoints: [
              'Это самая крупная группа политзаключённых, освобождённая единовременно с лета.',
              'США смягчили экспортные ограничения на запчасти для гражданских самолётов.',
              'ЕС оставил санкции без изменений, но согласился на техническую встречу по пунктам пропуска и оформлению виз.',
            ],
            body: [
              {
                type: 'p',
                text: 'Помилование прошло по схеме, сложившейся в предыдущих раундах: американская делегация приезжает в Минск, группа заключённых выходит на свободу, и большинство из них сразу вывозят через границу в Литву. Среди освобождённых на этой неделе – журналисты, профсоюзные активисты и несколько человек, осуждённых за пожертвования или комментарии в интернете. Некоторые из них провели за решёткой более четырёх лет.',
              },
              { type: 'h2', text: 'Что Вашингтон предложил взамен' },
              {
                type: 'p',
                text: 'Американская администрация выдала лицензию, разрешающую поставки запчастей и техническое обслуживание гражданских самолётов белорусских авиакомпаний. В экономическом смысле это скромный шаг, но для Минска он важен как подтверждение того, что освобождения можно обменивать на **смягчение санкций**. Текст лицензии опубликован на [сайте Министерства финансов США](https://example.org/us-treasury/belarus-general-license).',
              },
              {
                type: 'quote',
                text: 'Этот процесс транзакционный и хрупкий: каждое освобождение обсуждается отдельно, и ничто не мешает новым арестам снова заполнять тюрьмы.',
              },
              {
                type: 'p',
                text: 'Европейская реакция была более осторожной. Брюссель приветствовал освобождения, но увязал любой пересмотр санкций с прекращением политических репрессий. Одновременно ЕС согласился на техническую встречу с белорусскими пограничниками по пунктам пропуска и оформлению виз. Мы оцениваем неделю как улучшение, хотя окно остаётся узким и легко может закрыться.',
              },
            ],
          },
        },
      },
      {
        slug: 'releases-offset-by-new-arrests-as-amnesty-bypasses-political-cases',
        topic: 'domestic-politics',
        verdict: 'unchanged',
        authors: ['volha-sakalova'],
        image: {
          hue: 270,
          motif: 'grid',
          alt: {
            en: 'Abstract violet grid',
            be: 'Абстрактная фіялетавая сетка',
            ru: 'Абстрактная фиолетовая сетка',
          },
          caption: {
            en: 'The amnesty excludes most of the articles used in political cases.',
            be: 'Амністыя не распаўсюджваецца на большасць «палітычных» артыкулаў.',
            ru: 'Амнистия не распространяется на большинство «политических» статей.',
          },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Releases offset by new arrests as the amnesty bypasses political cases',
            lead: 'While two dozen political prisoners were pardoned, human rights groups documented a comparable number of new politically motivated detentions. The amnesty adopted earlier this autumn continues to exclude most of the articles used in political cases.',
            keyPoints: [
              'The number of recognised political prisoners stayed roughly at last week’s level.',
              'The amnesty law mainly covers less serious crimes and excludes those convicted of “extremism”.',
              'Courts continued to sentence emigrants in absentia, including for comments on social media.',
            ],
            body: [
              {
                type: 'p',
                text: 'The domestic picture this week illustrates the “revolving door” of Belarusian repression. The pardons, however welcome for the people concerned, did not change the overall scale of persecution: human rights defenders recorded new detentions in Minsk, Hrodna and Homel, most of them related to old protest photos or online comments.',
              },
              {
                type: 'p',
                text: 'The **amnesty** law adopted in the autumn is now being implemented by the penitentiary system. According to the Ministry of Internal Affairs, several thousand people will have their sentences reduced or will be released. However, the law excludes convictions under most of the articles used against political opponents, so its effect on political prisoners is marginal.',
              },
              {
                type: 'ul',
                items: [
                  'At least 30 new politically motivated detentions across the country, mostly for online activity.',
                  'Trials in absentia (“special proceedings”) against emigrants continued in at least four regions.',
                  'Two more independent media outlets were added to the national list of “extremist materials”.',
                ],
              },
              {
                type: 'p',
                text: 'Independent online surveys suggest that society has adapted to this alternation of releases and arrests: most respondents inside the country avoid political topics altogether, and declared readiness for any form of protest is minimal. The situation is therefore unchanged – neither the releases nor the new arrests shift the basic logic of a system that relies on preventive fear.',
              },
            ],
          },
          be: {
            title: 'Вызваленні кампенсуюцца новымі арыштамі, амністыя абыходзіць палітычныя справы',
            lead: 'У той час як два дзясяткі палітвязняў атрымалі памілаванне, праваабаронцы зафіксавалі параўнальную колькасць новых палітычна матываваных затрыманняў. Амністыя, прынятая гэтай восенню, па-ранейшаму не распаўсюджваецца на большасць артыкулаў, па якіх судзяць у палітычных справах.',
            keyPoints: [
              'Колькасць прызнаных палітвязняў засталася прыкладна на ўзроўні мінулага тыдня.',
              'Закон аб амністыі пераважна датычыць нецяжкіх злачынстваў і не распаўсюджваецца на асуджаных за «экстрэмізм».',
              'Суды працягвалі завочна асуджаць эмігрантаў, у тым ліку за каментары ў сацыяльных сетках.',
            ],
            body: [
              {
                type: 'p',
                text: 'Унутраная карціна гэтага тыдня добра ілюструе «карусель» беларускіх рэпрэсій. Памілаванні, якімі б важнымі яны ні былі для саміх вызваленых, не змянілі агульнага маштабу пераследу: праваабаронцы зафіксавалі новыя затрыманні ў Мінску, Гродне і Гомелі, большасць з іх – за старыя пратэстныя фота або каментары ў інтэрнэце.',
              },
              {
                type: 'p',
                text: 'Закон аб **амністыі**, прыняты восенню, цяпер выконваецца пенітэнцыярнай сістэмай. Паводле МУС, некалькі тысяч чалавек атрымаюць скарачэнне тэрміну або выйдуць на волю. Аднак закон не распаўсюджваецца на асуджаных па большасці артыкулаў, якія выкарыстоўваюцца супраць палітычных апанентаў, таму на становішча палітвязняў ён амаль не ўплывае.',
              },
              {
                type: 'ul',
                items: [
                  'Не менш за 30 новых палітычна матываваных затрыманняў па ўсёй краіне, пераважна за актыўнасць у інтэрнэце.',
                  'Завочныя суды («спецвытворчасць») над эмігрантамі працягваліся як мінімум у чатырох рэгіёнах.',
                  'Яшчэ два незалежныя выданні ўнесены ў рэспубліканскі спіс «экстрэмісцкіх матэрыялаў».',
                ],
              },
              {
                type: 'p',
                text: 'Незалежныя інтэрнэт-апытанні сведчаць, што грамадства прыстасавалася да такога чаргавання вызваленняў і арыштаў: большасць рэспандэнтаў унутры краіны ўвогуле пазбягае палітычных тэм, а заяўленая гатоўнасць да любых формаў пратэсту мінімальная. Таму сітуацыя застаецца без змен – ні вызваленні, ні новыя арышты не змяняюць базавай логікі сістэмы, якая абапіраецца на прэвентыўны страх.',
              },
            ],
          },
          ru: {
            title:
              'Освобождения компенсируются новыми арестами, амнистия обходит политические дела',
            lead: 'В то время как два десятка политзаключённых получили помилование, правозащитники зафиксировали сопоставимое число новых политически мотивированных задержаний. Амнистия, принятая этой осенью, по-прежнему не распространяется на большинство статей, по которым судят по политическим делам.',
            keyPoints: [
              'Число признанных политзаключённых осталось примерно на уровне прошлой недели.',
              'Закон об амнистии в основном касается нетяжких преступлений и не распространяется на осуждённых за «экстремизм».',
              'Суды продолжали заочно осуждать эмигрантов, в том числе за комментарии в социальных сетях.',
            ],
            body: [
              {
                type: 'p',
                text: 'Внутренняя картина этой недели хорошо иллюстрирует «карусель» белорусских репрессий. Помилования, сколь бы важными они ни были для самих освобождённых, не изменили общего масштаба преследований: правозащитники зафиксировали новые задержания в Минске, Гродно и Гомеле, большинство из них – за старые протестные фото или комментарии в интернете.',
              },
              {
                type: 'p',
                text: 'Закон об **амнистии**, принятый осенью, сейчас исполняется пенитенциарной системой. По данным МВД, несколько тысяч человек получат сокращение срока или выйдут на свободу. Однако закон не распространяется на осуждённых по большинству статей, которые применяются против политических оппонентов, поэтому на положение политзаключённых он почти не влияет.',
              },
              {
                type: 'ul',
                items: [
                  'Не менее 30 новых политически мотивированных задержаний по всей стране, в основном за активность в интернете.',
                  'Заочные суды («спецпроизводство») над эмигрантами продолжались как минимум в четырёх регионах.',
                  'Ещё два независимых издания внесены в республиканский список «экстремистских материалов».',
                ],
              },
              {
                type: 'p',
                text: 'Независимые интернет-опросы показывают, что общество приспособилось к такому чередованию освобождений и арестов: большинство респондентов внутри страны вообще избегают политических тем, а заявленная готовность к любым формам протеста минимальна. Поэтому ситуация остаётся без изменений – ни освобождения, ни новые аресты не меняют базовой логики системы, которая опирается на превентивный страх.',
              },
            ],
          },
        },
      },
      {
        slug: 'industrial-output-falls-as-potash-and-machine-building-slow',
        topic: 'economy',
        verdict: 'worsened',
        authors: ['pavel-lahvinets'],
        image: {
          hue: 60,
          motif: 'bars',
          alt: {
            en: 'Abstract yellow bars of different heights',
            be: 'Абстрактныя жоўтыя слупкі рознай вышыні',
            ru: 'Абстрактные жёлтые столбики разной высоты',
          },
          caption: {
            en: 'Machine-building and potash weighed most on industrial output.',
            be: 'Найбольш на прамысловую вытворчасць ціснулі машынабудаванне і калійная галіна.',
            ru: 'Сильнее всего на промышленное производство давили машиностроение и калийная отрасль.',
          },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Industrial output falls as potash and machine-building lose momentum',
            lead: 'Official statistics for January–October showed a year-on-year decline in industrial production and a marked slowdown in GDP growth. Weak Russian demand and high logistics costs are hitting the export-oriented sectors hardest.',
            keyPoints: [
              'GDP growth slowed to about 1% year on year, compared with around 2% in the first half.',
              'Industrial output fell by 1.8%, with machine-building and potash the main drags.',
              'The government responded with new price controls and subsidised loans rather than structural measures.',
            ],
            body: [
              {
                type: 'p',
                text: 'According to Belstat, the national statistics committee, industrial output in January–October was 1.8% lower than a year earlier. Machine-building was hit hardest: lorry and tractor makers are receiving fewer orders from Russia, where high interest rates have cooled investment demand. Stocks of unsold finished goods rose again and are now close to two months of average output.',
              },
              {
                type: 'p',
                text: '**Potash** production also declined, as higher transport costs and tougher competition on the Chinese market made some sales unprofitable. Oil refining held up better thanks to stable supplies of Russian crude, but its margins depend on tax arrangements that Moscow is now using as a bargaining chip in the Union State talks.',
              },
              {
                type: 'quote',
                text: 'Belarus has reached the limits of a growth model built on a Russian market that is itself slowing down.',
              },
              {
                type: 'p',
                text: 'The government’s response follows a familiar pattern: more preferential loans to state enterprises and stricter price controls on food and consumer goods. These measures may delay layoffs, but they add to the hidden debt burden of the state sector. Given the simultaneous pressure on energy prices from Moscow, we assess the economic situation as having worsened.',
              },
            ],
          },
          be: {
            title: 'Прамысловая вытворчасць падае: калійная галіна і машынабудаванне губляюць тэмп',
            lead: 'Афіцыйная статыстыка за студзень–кастрычнік паказала падзенне прамысловай вытворчасці ў гадавым вылічэнні і прыкметнае запаволенне росту ВУП. Найбольш ад слабога попыту ў Расіі і высокіх лагістычных выдаткаў пакутуюць экспартна арыентаваныя галіны.',
            keyPoints: [
              'Рост ВУП запаволіўся прыкладна да 1% у гадавым вылічэнні, тады як у першым паўгоддзі ён складаў каля 2%.',
              'Прамысловая вытворчасць скарацілася на 1,8%, найбольш – у машынабудаванні і калійнай галіне.',
              'Урад адрэагаваў новым рэгуляваннем цэн і ільготнымі крэдытамі, а не структурнымі мерамі.',
            ],
            body: [
              {
                type: 'p',
                text: 'Паводле звестак Белстата, нацыянальнага статыстычнага камітэта, прамысловая вытворчасць у студзені–кастрычніку была на 1,8% ніжэйшая, чым год таму. Найбольш пацярпела машынабудаванне: вытворцы грузавікоў і трактароў атрымліваюць менш заказаў з Расіі, дзе высокія працэнтныя стаўкі астудзілі інвестыцыйны попыт. Запасы нерэалізаванай гатовай прадукцыі зноў выраслі і цяпер набліжаюцца да двухмесячнага аб’ёму вытворчасці.',
              },
              {
                type: 'p',
                text: 'Скарацілася і вытворчасць **калію**: павелічэнне транспартных выдаткаў і жорсткая канкурэнцыя на кітайскім рынку зрабілі частку продажаў нявыгаднай. Нафтаперапрацоўка трымалася лепш дзякуючы стабільным пастаўкам расійскай нафты, але яе маржа залежыць ад падатковых умоў, якія Масква цяпер выкарыстоўвае як разменную манету ў перамовах у межах Саюзнай дзяржавы.',
              },
              {
                type: 'quote',
                text: 'Беларусь дасягнула мяжы мадэлі росту, пабудаванай на расійскім рынку, які і сам запавольваецца.',
              },
              {
                type: 'p',
                text: 'Рэакцыя ўрада ідзе па знаёмай схеме: больш ільготных крэдытаў для дзяржпрадпрыемстваў і больш жорсткае рэгуляванне цэн на прадукты харчавання і спажывецкія тавары. Такія меры могуць адкласці звальненні, але павялічваюць схаваную даўгавую нагрузку дзяржсектара. Улічваючы адначасовы ціск Масквы на цэны на энергарэсурсы, мы ацэньваем эканамічную сітуацыю як пагаршэнне.',
              },
            ],
          },
          ru: {
            title:
              'Промышленное производство падает: калийная отрасль и машиностроение теряют темп',
            lead: 'Официальная статистика за январь–октябрь показала спад промышленного производства в годовом выражении и заметное замедление роста ВВП. Сильнее всего от слабого спроса в России и высоких логистических издержек страдают экспортно ориентированные отрасли.',
            keyPoints: [
              'Рост ВВП замедлился примерно до 1% в годовом выражении, тогда как в первом полугодии он составлял около 2%.',
              'Промышленное производство сократилось на 1,8%, сильнее всего – в машиностроении и калийной отрасли.',
              'Правительство ответило новым ценовым регулированием и льготными кредитами, а не структурными мерами.',
            ],
            body: [
              {
                type: 'p',
                text: 'По данным Белстата, национального статистического комитета, промышленное производство в январе–октябре было на 1,8% ниже, чем годом ранее. Сильнее всего пострадало машиностроение: производители грузовиков и тракторов получают меньше заказов из России, где высокие процентные ставки охладили инвестиционный спрос. Запасы нереализованной готовой продукции снова выросли и сейчас приближаются к двухмесячному объёму производства.',
              },
              {
                type: 'p',
                text: 'Сократилось и производство **калия**: рост транспортных расходов и жёсткая конкуренция на китайском рынке сделали часть продаж невыгодной. Нефтепереработка держалась лучше благодаря стабильным поставкам российской нефти, но её маржа зависит от налоговых условий, которые Москва теперь использует как разменную монету в переговорах в рамках Союзного государства.',
              },
              {
                type: 'quote',
                text: 'Беларусь достигла пределов модели роста, построенной на российском рынке, который и сам замедляется.',
              },
              {
                type: 'p',
                text: 'Реакция правительства идёт по знакомой схеме: больше льготных кредитов для госпредприятий и более жёсткое регулирование цен на продукты питания и потребительские товары. Такие меры могут отсрочить увольнения, но увеличивают скрытую долговую нагрузку госсектора. Учитывая одновременное давление Москвы на цены на энергоресурсы, мы оцениваем экономическую ситуацию как ухудшение.',
              },
            ],
          },
        },
      },
      {
        slug: 'belarus-and-poland-restore-border-service-hotline',
        topic: 'security',
        verdict: 'improved',
        authors: ['maryna-sushko', 'andrei-barysevich'],
        image: {
          hue: 100,
          motif: 'diagonal',
          alt: {
            en: 'Abstract light-green diagonal lines',
            be: 'Абстрактныя светла-зялёныя дыяганальныя лініі',
            ru: 'Абстрактные светло-зелёные диагональные линии',
          },
          caption: {
            en: 'Border officials met at the Brest–Terespol crossing.',
            be: 'Сустрэча памежнікаў адбылася на пункце пропуску Брэст – Тэрэспаль.',
            ru: 'Встреча пограничников прошла на пункте пропуска Брест – Тересполь.',
          },
          credit: 'Weekly Monitor illustration',
        },
        text: {
          en: {
            title: 'Belarus and Poland restore a direct line between their border services',
            lead: 'The border services of Belarus and Poland resumed regular contacts through a dedicated communication channel that had been dormant for more than two years. The step reduces the risk that incidents involving drones or migrants escalate through misunderstanding.',
            keyPoints: [
              'The hotline between regional border commands will be used to report incidents in real time.',
              'Belarus notified its neighbours in advance of a small exercise near Brest, beyond its formal obligations.',
              'Airspace incidents along the Polish border declined for the third week in a row.',
            ],
            body: [
              {
                type: 'p',
                text: 'The arrangement was agreed at a meeting of border officials at the Brest–Terespol crossing. Both sides stressed its technical nature, but in the current climate even technical contacts carry weight. Over the past year, drones and balloons crossing into Polish airspace had repeatedly raised fears of unintended escalation, and the two services had no reliable way to establish quickly what had happened.',
              },
              {
                type: 'p',
                text: 'In a second positive signal, the Belarusian Ministry of Defence informed neighbouring states in advance about a battalion-level exercise near Brest and invited foreign military attachés to observe part of it. Such voluntary **confidence-building measures** were common before 2020 but have almost disappeared since.',
              },
              { type: 'h2', text: 'The limits of de-escalation' },
              {
                type: 'p',
                text: 'The improvement should not be overstated. Russian nuclear weapons remain deployed in Belarus, the Union State security guarantees treaty is in force, and Poland continues to build fortifications along the border under its [East Shield programme](https://example.org/security/east-shield-programme). Still, restored channels of communication reduce the risk of accidents, and for this reason we assess the week as an improvement.',
              },
            ],
          },
          be: {
            title: 'Беларусь і Польшча аднавілі прамую лінію сувязі паміж памежнымі службамі',
            lead: 'Памежныя службы Беларусі і Польшчы аднавілі рэгулярныя кантакты праз спецыяльны канал сувязі, які больш за два гады не працаваў. Гэты крок зніжае рызыку таго, што інцыдэнты з беспілотнікамі або мігрантамі перарастуць у эскалацыю праз непаразуменне.',
            keyPoints: [
              'Лінія сувязі паміж рэгіянальнымі памежнымі камандаваннямі будзе выкарыстоўвацца для паведамлення пра інцыдэнты ў рэальным часе.',
              'Беларусь загадзя паведаміла суседзям пра невялікія вучэнні каля Брэста, хоць фармальна не была абавязаная гэта рабіць.',
              'Колькасць інцыдэнтаў у паветранай прасторы ўздоўж польскай мяжы змяншаецца трэці тыдзень запар.',
            ],
            body: [
              {
                type: 'p',
                text: 'Пра гэта дамовіліся на сустрэчы прадстаўнікоў памежных службаў на пункце пропуску Брэст – Тэрэспаль. Абодва бакі падкрэслілі тэхнічны характар дамоўленасці, але ў цяперашніх умовах нават тэхнічныя кантакты маюць вагу. За мінулы год беспілотнікі і паветраныя шары, што залятаюць у польскую паветраную прастору, неаднойчы выклікалі асцярогі ненаўмыснай эскалацыі, а ў службаў не было надзейнага спосабу хутка высветліць, што адбылося.',
              },
              {
                type: 'p',
                text: 'Яшчэ адным пазітыўным сігналам стала тое, што Міністэрства абароны Беларусі загадзя праінфармавала суседнія краіны пра вучэнні батальённага ўзроўню каля Брэста і запрасіла замежных ваенных аташэ назіраць за часткай з іх. Такія добраахвотныя **меры ўмацавання даверу** былі звычайнай практыкай да 2020 года, але з таго часу амаль зніклі.',
              },
              { type: 'h2', text: 'Межы дээскалацыі' },
              {
                type: 'p',
                text: 'Не варта пераацэньваць гэтае паляпшэнне. Расійская ядзерная зброя па-ранейшаму размешчаная ў Беларусі, дзейнічае дагавор аб гарантыях бяспекі ў межах Саюзнай дзяржавы, а Польшча працягвае будаваць умацаванні ўздоўж мяжы ў рамках [праграмы «Усходні шчыт»](https://example.org/security/east-shield-programme). І ўсё ж адноўленыя каналы сувязі зніжаюць рызыку выпадковых інцыдэнтаў, і таму мы ацэньваем тыдзень як паляпшэнне.',
              },
            ],
          },
          ru: {
            title: 'Беларусь и Польша восстановили прямую линию связи между пограничными службами',
            lead: 'Пограничные службы Беларуси и Польши возобновили регулярные контакты через специальный канал связи, который более двух лет не работал. Этот шаг снижает риск того, что инциденты с беспилотниками или мигрантами перерастут в эскалацию из-за недоразумения.',
            keyPoints: [
              'Линия связи между региональными пограничными командованиями будет использоваться для сообщений об инцидентах в реальном времени.',
              'Беларусь заблаговременно уведомила соседей о небольших учениях под Брестом, хотя формально не была обязана это делать.',
              'Число инцидентов в воздушном пространстве вдоль польской границы снижается третью неделю подряд.',
            ],
            body: [
              {
                type: 'p',
                text: 'Об этом договорились на встрече представителей пограничных служб на пункте пропуска Брест – Тересполь. Обе стороны подчеркнули технический характер договорённости, но в нынешних условиях даже технические контакты имеют вес. За прошедший год беспилотники и воздушные шары, залетающие в польское воздушное пространство, не раз вызывали опасения непреднамеренной эскалации, а у служб не было надёжного способа быстро выяснить, что произошло.',
              },
              {
                type: 'p',
                text: 'Ещё одним позитивным сигналом стало то, что Министерство обороны Беларуси заблаговременно проинформировало соседние страны об учениях батальонного уровня под Брестом и пригласило иностранных военных атташе наблюдать за их частью. Такие добровольные **меры укрепления доверия** были обычной практикой до 2020 года, но с тех пор почти исчезли.',
              },
              { type: 'h2', text: 'Пределы деэскалации' },
              {
                type: 'p',
                text: 'Не стоит переоценивать это улучшение. Российское ядерное оружие по-прежнему размещено в Беларуси, действует договор о гарантиях безопасности в рамках Союзного государства, а Польша продолжает строить укрепления вдоль границы в рамках [программы «Восточный щит»](https://example.org/security/east-shield-programme). И всё же восстановленные каналы связи снижают риск случайных инцидентов, поэтому мы оцениваем неделю как улучшение.',
              },
            ],
          },
        },
      },
    ],
  },
]
