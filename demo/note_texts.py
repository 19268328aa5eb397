"""Invented sentences for the demo practice's session notes, addenda and reflections.

Every sentence is made up for the demo. They are grouped by what a note says (what the client
brought, what was seen, what was done, how the client took it, the therapist's understanding,
what comes next, and for a session that did not happen, what happened instead); `demo.notes`
picks among them for each heading of a note's format. `{topic}` and `{topic2}` are filled from
the topics. The Russian is written in the present tense or without a subject, so it never has
to guess the client's or the therapist's gender.
"""

from __future__ import annotations

TOPICS = {
    "en": ("sleep", "pressure at work", "a difficult conversation with a parent",
           "loneliness since the move", "the relationship with their partner",
           "grief after a bereavement", "panic on public transport", "money worries",
           "self-criticism", "the end of a long friendship", "going back to work after leave",
           "drinking more than they would like", "a conflict with a manager",
           "caring for an ageing parent", "feeling stuck", "anger that comes out at home",
           "the children's troubles at school", "an upcoming medical appointment",
           "boundaries with family", "procrastination and shame"),
    "ru": ("сон", "напряжение на работе", "трудный разговор с родителями",
           "одиночество после переезда", "отношения с партнёром", "горе после утраты",
           "паника в метро", "денежные тревоги", "самокритика", "конец давней дружбы",
           "возвращение на работу после декрета", "алкоголь", "конфликт с руководителем",
           "забота о пожилом родителе", "ощущение тупика", "раздражение, которое выплёскивается "
           "дома", "трудности детей в школе", "предстоящее обследование", "границы с семьёй",
           "прокрастинация и стыд"),
}

SENTENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "subjective": (
            "The client arrived saying the week had been heavier than expected, mostly "
            "because of {topic}.",
            "They described waking at four most mornings and lying awake going over {topic}.",
            "Reports that the breathing exercise helped twice this week, once on the train and "
            "once before a meeting.",
            "Talked at length about {topic}, and said it was the first time they had put it "
            "into words.",
            "Said they had been more irritable at home and felt guilty about snapping at the "
            "children.",
            "Brought a dream about being late for an exam and wanted to understand why it "
            "keeps returning.",
            "Described a good weekend away and noticed how quickly the worry came back on "
            "Sunday evening.",
            "Mentioned, almost in passing, that {topic2} has been on their mind since the last "
            "session.",
            "Reports that the anxiety peaks in the mornings and eases by lunchtime on most days.",
            "Said the homework felt awkward at first but they kept the thought record on four "
            "days.",
            "Spoke about feeling invisible in meetings and replaying conversations long "
            "afterwards.",
            "Reported drinking less this week and being proud of it, though the evenings felt "
            "long.",
            "Described an argument with a sibling about who should visit their father, and "
            "felt unheard.",
            "Said they nearly cancelled today because there seemed to be nothing to talk about, "
            "then talked freely for the whole hour.",
            "Reports sleeping six hours most nights, up from four a month ago.",
            "Told me about a panic attack in the supermarket queue and how they managed to stay "
            "until it passed.",
            "Wondered aloud whether they are making progress, and what progress would look "
            "like.",
            "Spoke about the anniversary of their grandmother's death coming up next month.",
        ),
        "observation": (
            "Presented as tired but engaged, making good eye contact for most of the session.",
            "Affect was flat at the start and brightened noticeably when talking about "
            "{topic2}.",
            "Speech was rapid when describing the panic, slowing once we grounded with the "
            "breathing.",
            "Tearful when speaking about {topic}; able to stay with the feeling and then "
            "reflect on it.",
            "Appeared calmer than last week, sitting back in the chair rather than on its edge.",
            "Arrived a few minutes early and settled quickly.",
            "Laughed several times, sometimes to move away from something painful, which we "
            "noticed together.",
            "Fidgeted with a sleeve throughout; said this is what happens when the anxiety "
            "rises.",
            "Thought was organised and coherent; no signs of psychosis.",
            "Mood appeared low, with slowed speech and long pauses before answering.",
            "Engaged well with the exercise and asked thoughtful questions about it.",
            "Online session by video; the connection dropped once for a minute and we carried "
            "on.",
            "PHQ-9 score of 11 today, down from 15 at the start of the work.",
            "GAD-7 score of 9, similar to last month.",
        ),
        "intervention": (
            "We explored the links between {topic} and the self-critical voice, using a recent "
            "example.",
            "Practised slow breathing together for five minutes and rehearsed using it on the "
            "way to work.",
            "Used a thought record to look at the belief that everything has to be done "
            "perfectly.",
            "I offered a reflection that the anger might be protecting something more "
            "vulnerable.",
            "We mapped the cycle of avoidance: worry, putting things off, relief, then more "
            "worry.",
            "Introduced the idea of a worry time, twenty minutes each evening, with the rest of "
            "the day left free.",
            "Worked with the image from the dream, staying with what the client felt rather "
            "than interpreting it.",
            "Reviewed the sleep diary and agreed a fixed time to get up, whatever the night had "
            "been like.",
            "Explored what the client needs from their partner and how they might ask for it.",
            "Used grounding through the senses when the panic rose in the session.",
            "We looked at the pattern of saying yes to everyone, and what saying no might cost "
            "and give.",
            "Named the progress made since the spring, in the client's own words from the "
            "early sessions.",
            "Gently explored the grief, inviting the client to speak about the person rather "
            "than only the loss.",
            "We role-played the conversation with the manager, trying two different openings.",
            "Revisited the safety plan together and checked the numbers are still in the "
            "client's phone.",
        ),
        "response": (
            "The client said it was a relief to hear the pattern named.",
            "Responded well to the breathing and said they felt lighter at the end.",
            "Was doubtful about a worry time at first but agreed to try it for a week.",
            "Found the role-play hard and funny at once, and felt more ready for the real "
            "conversation.",
            "Became quiet after the reflection about anger, then said it rang true.",
            "Could see the avoidance cycle clearly on paper and wanted to take a photo of it.",
            "Said the session felt slower today and that this was welcome.",
            "Was moved when reading back their own words from the first session.",
            "Engaged with the exercise but doubted it would work outside the room; we left "
            "that question open.",
            "Reported the anxiety dropping from seven to four out of ten by the end of the "
            "session.",
            "Left saying they had felt heard, which does not happen often.",
        ),
        "assessment": (
            "Anxiety remains the main difficulty, though it is now more contained and less "
            "frequent.",
            "Mood is gradually improving; no current risk reported, and the safety plan "
            "remains in place.",
            "The self-critical pattern is becoming more visible to the client, which is a step "
            "forward.",
            "Progress is steady rather than fast; the therapeutic relationship feels secure.",
            "Grief appears to be taking its ordinary course, with the anniversary bringing it "
            "closer.",
            "The sleep difficulties are kept going by worry and an irregular routine; both are "
            "being addressed.",
            "No concerns about safety today; the client denied thoughts of self-harm when "
            "asked directly.",
            "The work on boundaries is at an early stage: the pattern can be named but not yet "
            "changed.",
            "Some avoidance of the harder material today, which seems linked to tiredness "
            "rather than resistance.",
            "Drinking has reduced and the client is motivated to keep it so; no signs of "
            "dependence.",
            "The relationship difficulties seem to echo early experiences with a critical "
            "parent.",
            "Overall the client is using the sessions well and bringing material between them.",
        ),
        "plan": (
            "Continue weekly sessions; next time, return to {topic}.",
            "Client to keep the thought record on at least three days before the next session.",
            "Practise the breathing daily, and once in a situation that usually brings panic.",
            "Review the sleep diary next week and decide whether to change the time to get up.",
            "Bring the conversation with the manager back next session and review how it went.",
            "Begin to plan for the ending in about six sessions, as agreed at the review.",
            "If mood worsens, the client knows to contact the GP or the crisis line; we will "
            "review the safety plan.",
            "The client will try one small no this week and notice what happens.",
            "Consider a referral to the GP about the sleep if there is no change in a month.",
            "Next session by video, as the client will be travelling.",
            "Review progress against the goals set at the start, with the outcome measures, in "
            "two weeks.",
            "Keep the worry time for another week and notice whether the evenings feel "
            "different.",
        ),
        "missed": (
            "The session did not take place.",
            "I waited fifteen minutes, then called the client's mobile and left a brief "
            "message within what they agreed to.",
            "The client texted later to apologise: the days had been mixed up.",
            "This is the second missed session in two months, which is unusual for this "
            "client.",
            "The cancellation came with little notice; the late-cancellation fee applies under "
            "the agreement, and I will raise it gently.",
            "I wonder whether the absence is linked to what we touched on last time around "
            "{topic}.",
            "The client cancelled in good time because of illness and asked to keep the usual "
            "time next week.",
            "I cancelled today's session because I was unwell; the client was offered another "
            "time this week.",
            "I missed this session through my own error in the diary; I rang to apologise, "
            "took responsibility and waived the fee.",
            "No contact since the missed session; I will try once more before the next booked "
            "time.",
            "The client replied warmly and said they would like to continue.",
            "It may help to talk about attendance together when we next meet, without blame.",
            "The pattern of missing sessions after difficult ones is worth naming with care.",
            "I noted my own disappointment and will take it to supervision rather than into "
            "the room.",
        ),
        "missed_plan": (
            "Keep the time open for next week and confirm by text the day before, as agreed.",
            "Next session: check in about the absence and what made it hard to come.",
            "If there is no reply by Friday, send a short check-in letter.",
            "Offer to meet by phone or video if travelling is the difficulty.",
            "Go over the attendance agreement with the client at the next session.",
            "Continue as usual; no fee, as the cancellation was within the policy.",
        ),
    },
    "ru": {
        "subjective": (
            "Говорит, что неделя была тяжелее, чем ожидалось, в основном из-за темы: {topic}.",
            "Рассказывает, что почти каждое утро просыпается в четыре и прокручивает одно и то "
            "же: {topic}.",
            "Сообщает, что дыхательное упражнение помогло дважды за неделю: в метро и перед "
            "совещанием.",
            "Долго говорит о том, что связано с темой «{topic}», и замечает, что впервые "
            "произносит это вслух.",
            "Признаётся, что дома стало больше раздражения и за это стыдно перед детьми.",
            "Приносит сон про опоздание на экзамен и хочет понять, почему он повторяется.",
            "Рассказывает о хороших выходных за городом и о том, как быстро тревога вернулась в "
            "воскресенье вечером.",
            "Мимоходом упоминает, что после прошлой сессии часто возвращается мыслями к теме: "
            "{topic2}.",
            "Тревога сильнее всего по утрам и к обеду обычно отпускает.",
            "Домашнее задание поначалу казалось неловким, но дневник мыслей удалось вести "
            "четыре дня.",
            "Говорит, что на совещаниях чувствует себя невидимкой и потом долго прокручивает "
            "разговоры.",
            "Сообщает, что на этой неделе пьёт меньше и гордится этим, хотя вечера тянутся "
            "долго.",
            "Рассказывает о споре с родственниками о том, кто будет навещать отца, и о "
            "чувстве, что никто не слышит.",
            "Говорит, что сегодня хотелось отменить встречу, казалось, не о чем говорить, а "
            "потом весь час говорит свободно.",
            "Сон стал длиннее: около шести часов, а месяц назад было четыре.",
            "Рассказывает о панической атаке в очереди в магазине и о том, как удалось "
            "дождаться, пока она пройдёт.",
            "Вслух задаётся вопросом, есть ли продвижение и как оно могло бы выглядеть.",
            "В следующем месяце годовщина смерти бабушки; тревогу и грусть чувствует заранее.",
        ),
        "observation": (
            "Заметна усталость, но контакт хороший, большую часть сессии держит взгляд.",
            "В начале аффект уплощённый, заметно оживляется, когда речь заходит о теме: "
            "{topic2}.",
            "Речь ускоряется, когда описывает панику, и замедляется после заземления и "
            "дыхания.",
            "Слёзы, когда говорит о теме «{topic}»; удаётся оставаться с чувством, а затем "
            "осмыслить его.",
            "Спокойнее, чем на прошлой неделе: сидит, откинувшись на спинку кресла, а не на "
            "краешке.",
            "Приходит на несколько минут раньше и быстро устраивается.",
            "Несколько раз смеётся, иногда чтобы уйти от болезненного; замечаем это вместе.",
            "Всю сессию теребит рукав; говорит, что так бывает, когда растёт тревожность.",
            "Мышление последовательное, связное; признаков психотических нарушений нет.",
            "Настроение сниженное, речь замедленная, длинные паузы перед ответами.",
            "Хорошо включается в упражнение и задаёт вдумчивые вопросы.",
            "Сессия по видеосвязи; связь один раз прерывается на минуту, продолжаем.",
            "PHQ-9 сегодня 11 баллов, в начале работы было 15.",
            "GAD-7 — 9 баллов, как и месяц назад.",
        ),
        "intervention": (
            "Исследуем связь между темой «{topic}» и внутренним критиком на недавнем примере.",
            "Пять минут вместе практикуем медленное дыхание и репетируем, как пользоваться им "
            "по дороге на работу.",
            "С помощью дневника мыслей разбираем убеждение «всё должно быть идеально».",
            "Предлагаю отражение: возможно, злость защищает что-то более уязвимое.",
            "Рисуем круг избегания: тревога, откладывание, облегчение, снова тревога.",
            "Знакомлю с идеей «времени для тревоги»: двадцать минут вечером, остальной день "
            "свободен.",
            "Работаем с образом из сна, оставаясь с чувствами, а не с толкованием.",
            "Смотрим дневник сна и договариваемся о постоянном времени подъёма, какой бы ни "
            "была ночь.",
            "Исследуем, чего хочется от партнёра и как можно об этом попросить.",
            "Когда на сессии поднимается паника, используем заземление через органы чувств.",
            "Смотрим на привычку всем говорить «да»: чего может стоить «нет» и что оно может "
            "дать.",
            "Называю продвижение с весны словами самого клиента из первых сессий.",
            "Бережно касаемся горя, приглашая говорить о человеке, а не только об утрате.",
            "Проигрываем разговор с руководителем, пробуем два разных начала.",
            "Вместе возвращаемся к плану безопасности и проверяем, что телефоны по-прежнему в "
            "контактах.",
        ),
        "response": (
            "Говорит, что назвать этот узор вслух — облегчение.",
            "Хорошо откликается на дыхание; к концу сессии становится легче.",
            "Сначала сомневается в идее «времени для тревоги», но соглашается попробовать "
            "неделю.",
            "Ролевая игра даётся трудно и смешно одновременно; после неё больше готовности к "
            "настоящему разговору.",
            "После отражения про злость замолкает, а потом говорит, что это правда.",
            "Круг избегания на бумаге виден ясно; хочется сфотографировать схему.",
            "Говорит, что сегодня сессия медленнее, и это приятно.",
            "Трогают собственные слова из первой сессии, прочитанные вслух.",
            "Включается в упражнение, но сомневается, что оно сработает вне кабинета; "
            "оставляем вопрос открытым.",
            "Тревога к концу сессии снижается с семи до четырёх из десяти.",
            "Уходя, говорит, что сегодня было чувство, что слышат, а это бывает нечасто.",
        ),
        "assessment": (
            "Основная трудность по-прежнему тревога, хотя она стала реже и лучше переносится.",
            "Настроение постепенно улучшается; текущего риска не выявлено, план безопасности в "
            "силе.",
            "Самокритичный паттерн становится заметнее для клиента, и это шаг вперёд.",
            "Продвижение ровное, без скачков; терапевтический альянс устойчивый.",
            "Горе проживается естественным образом; приближение годовщины его обостряет.",
            "Нарушения сна поддерживаются тревожными мыслями и неровным режимом; работаем с "
            "обоими.",
            "Сегодня поводов для беспокойства о безопасности нет; мысли о самоповреждении на "
            "прямой вопрос не подтверждает.",
            "Работа с границами в начале: паттерн назван, но пока не меняется.",
            "Сегодня есть избегание трудного материала, скорее от усталости, чем от "
            "сопротивления.",
            "Употребление алкоголя снизилось, мотивация удерживать это есть; признаков "
            "зависимости нет.",
            "Трудности в отношениях, похоже, перекликаются с ранним опытом рядом с "
            "критикующим родителем.",
            "В целом сессии используются хорошо, материал приносится и между встречами.",
        ),
        "plan": (
            "Продолжаем еженедельно; в следующий раз вернуться к теме: {topic}.",
            "Вести дневник мыслей хотя бы три дня до следующей сессии.",
            "Ежедневно практиковать дыхание и один раз в ситуации, где обычно начинается "
            "паника.",
            "На следующей неделе посмотреть дневник сна и решить, менять ли время подъёма.",
            "На следующей сессии вернуться к разговору с руководителем и обсудить, как он "
            "прошёл.",
            "Начать готовиться к завершению примерно через шесть сессий, как договорились при "
            "пересмотре целей.",
            "При ухудшении настроения обратиться к врачу или на линию помощи; пересмотрим план "
            "безопасности.",
            "На этой неделе попробовать одно маленькое «нет» и заметить, что произойдёт.",
            "Если за месяц со сном ничего не изменится, обсудить обращение к врачу.",
            "Следующая сессия по видеосвязи: клиент будет в отъезде.",
            "Через две недели сверить продвижение с целями начала работы, с опросниками.",
            "Сохранить «время для тревоги» ещё на неделю и заметить, меняются ли вечера.",
        ),
        "missed": (
            "Сессия не состоялась.",
            "Жду пятнадцать минут, затем звоню на мобильный и оставляю короткое сообщение в "
            "пределах согласованного.",
            "Позже приходит сообщение с извинениями: перепутаны дни.",
            "Это второй пропуск за два месяца, для этого клиента необычно.",
            "Отмена пришла поздно; по договорённости действует плата за позднюю отмену, "
            "обсудим это бережно.",
            "Возможно, отсутствие связано с тем, чего мы коснулись в прошлый раз: {topic}.",
            "Отмена заранее из-за болезни; просьба сохранить обычное время на следующей неделе.",
            "Сессия отменена из-за моей болезни; клиенту предложено другое время на этой "
            "неделе.",
            "Сессия пропущена по моей ошибке в ежедневнике; звоню, извиняюсь, беру "
            "ответственность на себя, плата не взимается.",
            "После пропуска связи нет; попробую ещё раз до следующей назначенной встречи.",
            "Ответ тёплый: есть желание продолжать.",
            "При встрече стоит поговорить о посещаемости вместе, без обвинений.",
            "Пропуски после трудных сессий — паттерн, который стоит бережно назвать.",
            "Замечаю своё разочарование; отнесу его на супервизию, а не в кабинет.",
        ),
        "missed_plan": (
            "Сохранить время на следующей неделе и, как договорились, напомнить сообщением "
            "накануне.",
            "На следующей сессии спросить про пропуск и про то, что помешало прийти.",
            "Если до пятницы ответа не будет, отправить короткое письмо.",
            "Предложить встречу по телефону или видеосвязи, если трудность в дороге.",
            "На следующей сессии вернуться к договорённости о посещении.",
            "Продолжаем как обычно; плата не взимается, отмена в пределах правил.",
        ),
    },
}

ADDENDA = {
    "en": (
        "Correction: the client's appointment with the GP is next Tuesday, not Thursday.",
        "The client emailed after the session to say the breathing helped on the way home.",
        "Added after supervision: consider whether the avoidance is linked to the earlier "
        "bereavement.",
        "Letter from the GP received today confirming the referral to the sleep clinic.",
        "The client called to say the conversation with their manager went better than "
        "expected.",
        "Clarification: the PHQ-9 score recorded above was taken at the start of the session.",
        "The client asked for a copy of the worksheet we used; sent by post today.",
        "Update: the client has started the new job and asked to move to evening sessions.",
    ),
    "ru": (
        "Исправление: приём у врача в следующий вторник, а не в четверг.",
        "После сессии пришло письмо: дыхание помогло по дороге домой.",
        "Дополнено после супервизии: возможна связь избегания с давней утратой.",
        "Сегодня получено письмо от врача с подтверждением направления к сомнологу.",
        "Звонок от клиента: разговор с руководителем прошёл лучше, чем ожидалось.",
        "Уточнение: указанный выше балл PHQ-9 получен в начале сессии.",
        "Просьба прислать копию бланка, с которым работали; отправлен почтой.",
        "Новость: начало работы на новом месте, просьба перейти на вечерние сессии.",
    ),
}

REFLECTIONS = {
    "en": (
        "I noticed I felt protective of the client today and a little angry on their behalf. "
        "Worth watching.",
        "I was tired and less present in the second half. I want to protect the hour before "
        "this session.",
        "The missed session left me wondering whether I pushed too hard last week.",
        "Something about the client's laughter makes me want to join in rather than stay with "
        "the pain. Take to supervision.",
        "I felt the familiar pull to reassure rather than explore; I resisted it, mostly.",
        "Their grief touched my own this week. I was moved and I think it showed; that may "
        "have been all right.",
        "I found myself bored and drifting, which usually means something is being kept out "
        "of the room.",
        "Pleased with the session, and aware of wanting the client to get better for my sake "
        "as well as theirs.",
        "I felt irritated when they were late again. It says something about my own need to "
        "be taken seriously.",
        "Not sure the role-play was for them or for me. Ask next time how it felt.",
    ),
    "ru": (
        "Замечаю в себе желание защитить клиента и немного злости за него. Стоит понаблюдать.",
        "Во второй половине сессии усталость, меньше присутствия. Хочу беречь час перед этой "
        "встречей.",
        "После пропуска думаю: не было ли на прошлой неделе слишком много напора с моей "
        "стороны.",
        "Что-то в смехе клиента тянет присоединиться, а не оставаться с болью. Отнести на "
        "супервизию.",
        "Знакомое желание успокаивать вместо того, чтобы исследовать; почти получилось "
        "удержаться.",
        "Горе клиента задело моё собственное. Это было видно, и, возможно, это было нормально.",
        "Ловлю себя на скуке и рассеянности: обычно это значит, что что-то не допускается в "
        "комнату.",
        "Радость от сессии и понимание, что хочется улучшения клиента и ради себя тоже.",
        "Раздражение, когда клиент снова опоздал. Это говорит и о моей потребности, чтобы меня "
        "принимали всерьёз.",
        "Непонятно, для кого была ролевая игра: для клиента или для меня. Спросить в "
        "следующий раз.",
    ),
}
