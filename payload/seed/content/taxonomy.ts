import type { SeedTopic, SeedAnalyst, SeedSite } from './types'

export const topics: SeedTopic[] = [
  {
    slug: 'belarus-russia',
    order: 1,
    name: {
      en: 'Belarus–Russia relations',
      be: 'Беларуска-расійскія адносіны',
      ru: 'Белорусско-российские отношения',
    },
    description: {
      en: 'Integration within the Union State, energy and economic dependence, and political coordination between Minsk and Moscow. We track both formal agreements and the informal levers behind them.',
      be: 'Інтэграцыя ў межах Саюзнай дзяржавы, энергетычная і эканамічная залежнасць, палітычная каардынацыя Мінска і Масквы. Мы сочым як за фармальнымі пагадненнямі, так і за нефармальнымі рычагамі, што за імі стаяць.',
      ru: 'Интеграция в рамках Союзного государства, энергетическая и экономическая зависимость, политическая координация Минска и Москвы. Мы следим как за формальными соглашениями, так и за неформальными рычагами, которые за ними стоят.',
    },
  },
  {
    slug: 'belarus-west',
    order: 2,
    name: {
      en: 'Belarus and the West',
      be: 'Беларусь і Захад',
      ru: 'Беларусь и Запад',
    },
    description: {
      en: 'Relations with the European Union, the United States and neighbouring states. We follow sanctions, the situation on the border and the few remaining diplomatic contacts.',
      be: 'Адносіны з Еўрапейскім саюзам, Злучанымі Штатамі і суседнімі краінамі. Мы сочым за санкцыямі, сітуацыяй на мяжы і тымі нешматлікімі дыпламатычнымі кантактамі, што яшчэ захаваліся.',
      ru: 'Отношения с Европейским союзом, Соединёнными Штатами и соседними странами. Мы следим за санкциями, ситуацией на границе и теми немногими дипломатическими контактами, которые ещё сохранились.',
    },
  },
  {
    slug: 'domestic-politics',
    order: 3,
    name: {
      en: 'Domestic politics',
      be: 'Унутраная палітыка',
      ru: 'Внутренняя политика',
    },
    description: {
      en: 'Repression and political prisoners, the institutions of power, elections and the state of civil society inside the country.',
      be: 'Рэпрэсіі і палітвязні, інстытуты ўлады, выбары і стан грамадзянскай супольнасці ўнутры краіны.',
      ru: 'Репрессии и политзаключённые, институты власти, выборы и состояние гражданского общества внутри страны.',
    },
  },
  {
    slug: 'economy',
    order: 4,
    name: {
      en: 'Economy',
      be: 'Эканоміка',
      ru: 'Экономика',
    },
    description: {
      en: 'Growth, inflation, trade and public finances. We pay particular attention to how sanctions and dependence on Russia shape the Belarusian economy.',
      be: 'Рост, інфляцыя, гандаль і дзяржаўныя фінансы. Асаблівую ўвагу мы звяртаем на тое, як санкцыі і залежнасць ад Расіі ўплываюць на беларускую эканоміку.',
      ru: 'Рост, инфляция, торговля и государственные финансы. Особое внимание мы уделяем тому, как санкции и зависимость от России влияют на белорусскую экономику.',
    },
  },
  {
    slug: 'security',
    order: 5,
    name: {
      en: 'Security',
      be: 'Бяспека',
      ru: 'Безопасность',
    },
    description: {
      en: 'Military cooperation with Russia, exercises and the armed forces, and the security situation on Belarus’s borders.',
      be: 'Ваеннае супрацоўніцтва з Расіяй, вучэнні і ўзброеныя сілы, а таксама сітуацыя з бяспекай на межах Беларусі.',
      ru: 'Военное сотрудничество с Россией, учения и вооружённые силы, а также ситуация с безопасностью на границах Беларуси.',
    },
  },
]

export const analysts: SeedAnalyst[] = [
  {
    slug: 'alena-kryvitskaya',
    name: {
      en: 'Alena Kryvitskaya',
      be: 'Алена Крывіцкая',
      ru: 'Елена Кривицкая',
    },
    role: {
      en: 'Political analyst',
      be: 'Палітычны аналітык',
      ru: 'Политический аналитик',
    },
    bio: {
      en: [
        'Alena Kryvitskaya is a political analyst who studies the Belarusian political regime, elite dynamics and the country’s relations with its neighbours. She has been writing about Belarusian politics for more than ten years.',
        'Before joining Weekly Monitor she worked as a researcher at an independent policy institute and taught comparative politics. She holds a PhD in political science.',
      ],
      be: [
        'Алена Крывіцкая – палітычны аналітык, якая даследуе беларускі палітычны рэжым, дынаміку эліт і адносіны краіны з суседзямі. Яна піша пра беларускую палітыку больш за дзесяць гадоў.',
        'Да працы ў «Штотыднёвым маніторы» была даследчыцай у незалежным аналітычным інстытуце і выкладала параўнальную палітыку. Мае ступень PhD у галіне паліталогіі.',
      ],
      ru: [
        'Елена Кривицкая – политический аналитик, исследующая белорусский политический режим, динамику элит и отношения страны с соседями. Она пишет о белорусской политике более десяти лет.',
        'До работы в «Еженедельном мониторе» была исследователем в независимом аналитическом институте и преподавала сравнительную политологию. Имеет степень PhD в области политических наук.',
      ],
    },
    links: [
      { label: 'Profile', url: 'https://example.org/analysts/alena-kryvitskaya' },
      { label: 'Publications', url: 'https://example.org/publications/alena-kryvitskaya' },
    ],
  },
  {
    slug: 'pavel-lahvinets',
    name: {
      en: 'Pavel Lahvinets',
      be: 'Павел Лагвінец',
      ru: 'Павел Логвинец',
    },
    role: {
      en: 'Economist',
      be: 'Эканаміст',
      ru: 'Экономист',
    },
    bio: {
      en: [
        'Pavel Lahvinets is an economist specialising in macroeconomic policy, public finances and Belarus’s trade with Russia and the Eurasian Economic Union. He follows monthly statistics and the decisions of the National Bank.',
        'He previously worked in the banking sector and as an analyst at an economic research centre. His commentary focuses on the gap between official indicators and the structural condition of the economy.',
      ],
      be: [
        'Павел Лагвінец – эканаміст, які спецыялізуецца на макраэканамічнай палітыцы, дзяржаўных фінансах і гандлі Беларусі з Расіяй і Еўразійскім эканамічным саюзам. Ён адсочвае штомесячную статыстыку і рашэнні Нацыянальнага банка.',
        'Раней працаваў у банкаўскім сектары і аналітыкам у цэнтры эканамічных даследаванняў. У сваіх каментарах звяртае ўвагу на разрыў паміж афіцыйнымі паказчыкамі і структурным станам эканомікі.',
      ],
      ru: [
        'Павел Логвинец – экономист, специализирующийся на макроэкономической политике, государственных финансах и торговле Беларуси с Россией и Евразийским экономическим союзом. Он отслеживает ежемесячную статистику и решения Национального банка.',
        'Ранее работал в банковском секторе и аналитиком в центре экономических исследований. В своих комментариях обращает внимание на разрыв между официальными показателями и структурным состоянием экономики.',
      ],
    },
    links: [{ label: 'Profile', url: 'https://example.org/analysts/pavel-lahvinets' }],
  },
  {
    slug: 'maryna-sushko',
    name: {
      en: 'Maryna Sushko',
      be: 'Марына Сушко',
      ru: 'Марина Сушко',
    },
    role: {
      en: 'Security researcher',
      be: 'Даследчыца ў галіне бяспекі',
      ru: 'Исследователь в области безопасности',
    },
    bio: {
      en: [
        'Maryna Sushko is a security researcher who studies Belarusian–Russian military cooperation, the armed forces of Belarus and the security of the region bordering NATO’s eastern flank.',
        'She previously worked on arms control and confidence-building measures in Europe and has contributed to several international research projects. At Weekly Monitor she covers exercises, deployments and border security.',
      ],
      be: [
        'Марына Сушко – даследчыца ў галіне бяспекі, якая вывучае беларуска-расійскае ваеннае супрацоўніцтва, узброеныя сілы Беларусі і бяспеку рэгіёна, што мяжуе з усходнім флангам НАТА.',
        'Раней займалася пытаннямі кантролю над узбраеннямі і мер даверу ў Еўропе, удзельнічала ў шэрагу міжнародных даследчых праектаў. У «Штотыднёвым маніторы» піша пра вучэнні, размяшчэнне войскаў і бяспеку мяжы.',
      ],
      ru: [
        'Марина Сушко – исследовательница в области безопасности, изучающая белорусско-российское военное сотрудничество, вооружённые силы Беларуси и безопасность региона, граничащего с восточным флангом НАТО.',
        'Ранее занималась вопросами контроля над вооружениями и мер доверия в Европе, участвовала в ряде международных исследовательских проектов. В «Еженедельном мониторе» пишет об учениях, размещении войск и безопасности границы.',
      ],
    },
    links: [
      { label: 'Profile', url: 'https://example.org/analysts/maryna-sushko' },
      { label: 'Research notes', url: 'https://example.org/research/maryna-sushko' },
    ],
  },
  {
    slug: 'andrei-barysevich',
    name: {
      en: 'Andrei Barysevich',
      be: 'Андрэй Барысевіч',
      ru: 'Андрей Борисевич',
    },
    role: {
      en: 'Foreign policy analyst',
      be: 'Аналітык знешняй палітыкі',
      ru: 'Аналитик по внешней политике',
    },
    bio: {
      en: [
        'Andrei Barysevich is a foreign policy analyst covering Belarus’s relations with Russia, the European Union and its neighbours. His work focuses on sanctions policy, diplomacy and regional integration projects.',
        'He studied international relations and previously worked as a journalist covering foreign affairs. He writes most of Weekly Monitor’s analysis of the Union State and of relations with the West.',
      ],
      be: [
        'Андрэй Барысевіч – аналітык знешняй палітыкі, які піша пра адносіны Беларусі з Расіяй, Еўрапейскім саюзам і суседзямі. У цэнтры яго ўвагі – санкцыйная палітыка, дыпламатыя і рэгіянальныя інтэграцыйныя праекты.',
        'Атрымаў адукацыю ў галіне міжнародных адносін, раней працаваў журналістам-міжнароднікам. Піша большую частку аналітыкі «Штотыднёвага манітора» пра Саюзную дзяржаву і адносіны з Захадам.',
      ],
      ru: [
        'Андрей Борисевич – аналитик по внешней политике, пишущий об отношениях Беларуси с Россией, Европейским союзом и соседями. В центре его внимания – санкционная политика, дипломатия и региональные интеграционные проекты.',
        'Получил образование в области международных отношений, ранее работал журналистом-международником. Пишет большую часть аналитики «Еженедельного монитора» о Союзном государстве и отношениях с Западом.',
      ],
    },
    links: [{ label: 'Profile', url: 'https://example.org/analysts/andrei-barysevich' }],
  },
  {
    slug: 'volha-sakalova',
    name: {
      en: 'Volha Sakalova',
      be: 'Вольга Сакалова',
      ru: 'Ольга Соколова',
    },
    role: {
      en: 'Sociologist',
      be: 'Сацыёлаг',
      ru: 'Социолог',
    },
    bio: {
      en: [
        'Volha Sakalova is a sociologist who studies public opinion, political attitudes and civil society in Belarus. She is particularly interested in how repression shapes everyday behaviour and trust in institutions.',
        'She has designed and analysed surveys of Belarusians inside the country and abroad, working within the methodological limits that authoritarian conditions impose on research. At Weekly Monitor she covers domestic politics.',
      ],
      be: [
        'Вольга Сакалова – сацыёлаг, якая даследуе грамадскую думку, палітычныя погляды і грамадзянскую супольнасць у Беларусі. Асабліва яе цікавіць, як рэпрэсіі ўплываюць на штодзённыя паводзіны і давер да інстытутаў.',
        'Яна распрацоўвала і аналізавала апытанні беларусаў у краіне і за мяжой, улічваючы метадалагічныя абмежаванні, якія аўтарытарныя ўмовы накладаюць на даследаванні. У «Штотыднёвым маніторы» піша пра ўнутраную палітыку.',
      ],
      ru: [
        'Ольга Соколова – социолог, изучающая общественное мнение, политические взгляды и гражданское общество в Беларуси. Особенно её интересует, как репрессии влияют на повседневное поведение и доверие к институтам.',
        'Она разрабатывала и анализировала опросы белорусов в стране и за рубежом, учитывая методологические ограничения, которые авторитарные условия накладывают на исследования. В «Еженедельном мониторе» пишет о внутренней политике.',
      ],
    },
    links: [
      { label: 'Profile', url: 'https://example.org/analysts/volha-sakalova' },
      { label: 'Survey archive', url: 'https://example.org/surveys/volha-sakalova' },
    ],
  },
  {
    slug: 'yauhen-zhuk',
    name: {
      en: 'Yauhen Zhuk',
      be: 'Яўген Жук',
      ru: 'Евгений Жук',
    },
    role: {
      en: 'Editor-in-chief',
      be: 'Галоўны рэдактар',
      ru: 'Главный редактор',
    },
    bio: {
      en: [
        'Yauhen Zhuk is the editor-in-chief of Weekly Monitor. He oversees the weekly review, coordinates the team of analysts and writes the editor’s overview for each issue.',
        'He has worked in Belarusian independent media for many years as a reporter and editor. His interests include media freedom, regional politics and the history of Belarusian statehood.',
      ],
      be: [
        'Яўген Жук – галоўны рэдактар «Штотыднёвага манітора». Ён адказвае за штотыднёвы агляд, каардынуе каманду аналітыкаў і піша ўступнае слова да кожнага выпуску.',
        'Шмат гадоў працаваў у беларускіх незалежных медыя рэпарцёрам і рэдактарам. Сярод яго зацікаўленняў – свабода медыя, рэгіянальная палітыка і гісторыя беларускай дзяржаўнасці.',
      ],
      ru: [
        'Евгений Жук – главный редактор «Еженедельного монитора». Он отвечает за еженедельный обзор, координирует команду аналитиков и пишет вступительное слово к каждому выпуску.',
        'Много лет работал в белорусских независимых медиа репортёром и редактором. Среди его интересов – свобода СМИ, региональная политика и история белорусской государственности.',
      ],
    },
    links: [{ label: 'Profile', url: 'https://example.org/analysts/yauhen-zhuk' }],
  },
]

export const site: SeedSite = {
  siteName: {
    en: 'Weekly Monitor',
    be: 'Штотыднёвы манітор',
    ru: 'Еженедельный монитор',
  },
  tagline: {
    en: 'Independent weekly analysis of the situation in Belarus',
    be: 'Незалежны штотыднёвы аналіз сітуацыі ў Беларусі',
    ru: 'Независимый еженедельный анализ ситуации в Беларуси',
  },
  newsletterBlurb: {
    en: 'Subscribe to receive our weekly digest of analysis on Belarus in your inbox every Monday.',
    be: 'Падпішыцеся, каб кожны панядзелак атрымліваць на электронную пошту наш штотыднёвы дайджэст аналітыкі пра Беларусь.',
    ru: 'Подпишитесь, чтобы каждый понедельник получать на электронную почту наш еженедельный дайджест аналитики о Беларуси.',
  },
  socialLinks: [
    { label: 'Telegram', url: 'https://example.org/social/telegram' },
    { label: 'X', url: 'https://example.org/social/x' },
    { label: 'Facebook', url: 'https://example.org/social/facebook' },
    { label: 'YouTube', url: 'https://example.org/social/youtube' },
  ],
}
