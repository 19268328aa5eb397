<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccountPapers</name>
    <message>
        <source>Receipt…</source>
        <translation>Квитанция…</translation>
    </message>
    <message>
        <source>Receipt for the payment chosen</source>
        <translation>Квитанция за выбранную оплату</translation>
    </message>
    <message>
        <source>Statement…</source>
        <translation>Выписка по счёту…</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Выписка по счёту</translation>
    </message>
    <message>
        <source>Choose a payment or a refund in the account to make its receipt.</source>
        <translation>Выберите оплату или возврат в счёте, чтобы сделать квитанцию.</translation>
    </message>
</context>
<context>
    <name>AddendaView</name>
    <message>
        <source>Addenda</source>
        <translation>Дополнения</translation>
    </message>
    <message>
        <source>Add addendum…</source>
        <translation>Добавить дополнение…</translation>
    </message>
    <message>
        <source>New addendum</source>
        <translation>Новое дополнение</translation>
    </message>
    <message>
        <source>What you add to the note, dated today. The note above stays as it was signed.</source>
        <translation>То, что вы добавляете к записи, с сегодняшней датой. Сама запись остаётся такой, какой была подписана.</translation>
    </message>
    <message>
        <source>Save addendum</source>
        <translation>Сохранить дополнение</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Addendum, {when}</source>
        <translation>Дополнение, {when}</translation>
    </message>
</context>
<context>
    <name>AddressRow</name>
    <message>
        <source>No postal address: this letter is for email, without an address block.</source>
        <translation>Почтового адреса нет: письмо для отправки по электронной почте, без блока адреса.</translation>
    </message>
    <message>
        <source>Add a postal address…</source>
        <translation>Добавить почтовый адрес…</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <source>The address, one line per line of the envelope</source>
        <translation>Адрес — по строке на каждую строку конверта</translation>
    </message>
    <message>
        <source>Save the address</source>
        <translation>Сохранить адрес</translation>
    </message>
    <message>
        <source>Please type the address, or close this and send the letter by email.</source>
        <translation>Пожалуйста, введите адрес — или закройте это поле и отправьте письмо по электронной почте.</translation>
    </message>
</context>
<context>
    <name>AgendaWindow</name>
    <message>
        <source>Stillroom — The day&apos;s agenda</source>
        <translation>Stillroom — План дня</translation>
    </message>
    <message>
        <source>Print or save as PDF…</source>
        <translation>Напечатать или сохранить в PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The day&apos;s agenda</source>
        <translation>План дня</translation>
    </message>
</context>
<context>
    <name>Balance</name>
    <message>
        <source>owes {amount}</source>
        <translation>долг {amount}</translation>
    </message>
    <message>
        <source>in credit {amount}</source>
        <translation>предоплата {amount}</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>долга нет</translation>
    </message>
</context>
<context>
    <name>BillingPart</name>
    <message>
        <source>Billing details</source>
        <translation>Данные для счетов</translation>
    </message>
    <message>
        <source>For invoices and superbills; nothing else shows them.</source>
        <translation>Для счетов и документов для страховой; больше нигде не показываются.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Указать</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Diagnosis codes</source>
        <translation>Коды диагнозов</translation>
    </message>
    <message>
        <source>ICD-10, such as F41.1, F32.0</source>
        <translation>МКБ-10, например F41.1, F32.0</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Плательщик</translation>
    </message>
    <message>
        <source>Someone else who pays, such as a parent</source>
        <translation>Кто платит вместо клиента, например родитель</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Адрес для счетов</translation>
    </message>
    <message>
        <source>Where invoices go, when not to the postal address</source>
        <translation>Куда отправлять счета, если не на почтовый адрес</translation>
    </message>
</context>
<context>
    <name>BlockActions</name>
    <message>
        <source>Stillroom</source>
        <translation>Stillroom</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <source>Change blocked time</source>
        <translation>Изменить занятое время</translation>
    </message>
    <message>
        <source>Block time</source>
        <translation>Занять время</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Block it</source>
        <translation>Занять</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Для чего это время</translation>
    </message>
    <message>
        <source>A few words for yourself (optional)</source>
        <translation>Пара слов для себя (необязательно)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Whole days (a holiday, a day of training)</source>
        <translation>Целые дни (отпуск, день обучения)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Один раз</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>Stops after</source>
        <translation>Последний раз</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Для чего</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
</context>
<context>
    <name>BookFromListDialog</name>
    <message>
        <source>Book from the waiting list</source>
        <translation>Запись из листа ожидания</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Free times that suit them</source>
        <translation>Свободное время, которое подходит</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Сколько</translation>
    </message>
    <message>
        <source>Offered: waiting for their answer</source>
        <translation>Время предложено, ждём ответа</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Times that suit</source>
        <translation>Удобное время</translation>
    </message>
    <message>
        <source>Free times</source>
        <translation>Свободное время</translation>
    </message>
    <message>
        <source>No free time suits them in the next four weeks.</source>
        <translation>В ближайшие четыре недели нет свободного времени, которое бы подошло.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>{day}, {start}–{end}</source>
        <translation>{day}, {start}–{end}</translation>
    </message>
    <message>
        <source>{modality} · {status}</source>
        <translation>{modality} · {status}</translation>
    </message>
</context>
<context>
    <name>CalendarChoices</name>
    <message>
        <source>Everything in the file</source>
        <translation>Всё, что есть в файле</translation>
    </message>
    <message>
        <source>Only from</source>
        <translation>Только с</translation>
    </message>
    <message>
        <source>The first day to bring in</source>
        <translation>Первый день, который нужно перенести</translation>
    </message>
    <message>
        <source>The last day to bring in</source>
        <translation>Последний день, который нужно перенести</translation>
    </message>
    <message>
        <source>Mark them as attended</source>
        <translation>Отметить как состоявшиеся</translation>
    </message>
    <message>
        <source>Leave them for me to close</source>
        <translation>Оставить, отмечу их позже</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Даты:</translation>
    </message>
    <message>
        <source>Sessions already past:</source>
        <translation>Прошедшие сессии:</translation>
    </message>
</context>
<context>
    <name>CalendarReviewPage</name>
    <message>
        <source>Check the calendar before importing</source>
        <translation>Проверка календаря перед импортом</translation>
    </message>
    <message>
        <source>Each title of the calendar is matched to a client where its name says who. Change any row that is wrong; nothing is added until you press Finish.</source>
        <translation>Каждое название из календаря сопоставлено с клиентом, если по нему понятно, кто это. Исправьте строки, где что-то не так; ничего не добавится, пока вы не нажмёте «Завершить».</translation>
    </message>
    <message>
        <source>Book them anyway, beside the sessions already there</source>
        <translation>Всё равно записать, рядом с уже назначенными сессиями</translation>
    </message>
    <message>
        <source>Show only the rows to check</source>
        <translation>Показать только строки для проверки</translation>
    </message>
    <message>
        <source>Changed in the calendar since it was imported. Tick each change to make it in Stillroom too:</source>
        <translation>Что изменилось в календаре после прошлого импорта. Отметьте изменения, которые нужно внести и в Stillroom:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Matching the titles to your clients…</source>
        <translation>Сопоставляем названия с клиентами…</translation>
    </message>
    <message numerus="yes">
        <source>Show only the rows to check (%n)</source>
        <translation>
            <numerusform>Показать только строки для проверки (%n)</numerusform>
            <numerusform>Показать только строки для проверки (%n)</numerusform>
            <numerusform>Показать только строки для проверки (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This calendar was imported before: %n of its events are in Stillroom already and stay as they are. Only what is new is added.</source>
        <translation>
            <numerusform>Этот календарь уже импортировался: %n событие из него уже есть в Stillroom и останется как есть. Добавится только новое.</numerusform>
            <numerusform>Этот календарь уже импортировался: %n события из него уже есть в Stillroom и останутся как есть. Добавится только новое.</numerusform>
            <numerusform>Этот календарь уже импортировался: %n событий из него уже есть в Stillroom и останутся как есть. Добавится только новое.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Перенесено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Переименовано</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>{title}, {when}: {name}&apos;s session is booked then</source>
        <translation>{title}, {when}: в это время уже есть сессия ({name})</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session</source>
        <translation>
            <numerusform>%n сессия</numerusform>
            <numerusform>%n сессии</numerusform>
            <numerusform>%n сессий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n сессия</numerusform>
            <numerusform>%n сессии</numerusform>
            <numerusform>%n сессий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n client</source>
        <translation>
            <numerusform>для %n клиента</numerusform>
            <numerusform>для %n клиентов</numerusform>
            <numerusform>для %n клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n clients</source>
        <translation>
            <numerusform>для %n клиента</numerusform>
            <numerusform>для %n клиентов</numerusform>
            <numerusform>для %n клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new client</source>
        <translation>
            <numerusform>%n новый клиент</numerusform>
            <numerusform>%n новых клиента</numerusform>
            <numerusform>%n новых клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new clients</source>
        <translation>
            <numerusform>%n новый клиент</numerusform>
            <numerusform>%n новых клиента</numerusform>
            <numerusform>%n новых клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block</source>
        <translation>
            <numerusform>%n запись занятого времени</numerusform>
            <numerusform>%n записи занятого времени</numerusform>
            <numerusform>%n записей занятого времени</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocks</source>
        <translation>
            <numerusform>%n запись занятого времени</numerusform>
            <numerusform>%n записи занятого времени</numerusform>
            <numerusform>%n записей занятого времени</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>без импорта: %n</numerusform>
            <numerusform>без импорта: %n</numerusform>
            <numerusform>без импорта: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already imported</source>
        <translation>
            <numerusform>уже импортировано: %n</numerusform>
            <numerusform>уже импортировано: %n</numerusform>
            <numerusform>уже импортировано: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled in the calendar</source>
        <translation>
            <numerusform>отменено в календаре: %n</numerusform>
            <numerusform>отменено в календаре: %n</numerusform>
            <numerusform>отменено в календаре: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booked beside a session already there</source>
        <translation>
            <numerusform>записано поверх уже назначенных сессий: %n</numerusform>
            <numerusform>записано поверх уже назначенных сессий: %n</numerusform>
            <numerusform>записано поверх уже назначенных сессий: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booked beside sessions already there</source>
        <translation>
            <numerusform>записано поверх уже назначенных сессий: %n</numerusform>
            <numerusform>записано поверх уже назначенных сессий: %n</numerusform>
            <numerusform>записано поверх уже назначенных сессий: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: it falls on a session already booked</source>
        <translation>
            <numerusform>не добавлено: %n — на это время уже есть сессии</numerusform>
            <numerusform>не добавлено: %n — на это время уже есть сессии</numerusform>
            <numerusform>не добавлено: %n — на это время уже есть сессии</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: they fall on sessions already booked</source>
        <translation>
            <numerusform>не добавлено: %n — на это время уже есть сессии</numerusform>
            <numerusform>не добавлено: %n — на это время уже есть сессии</numerusform>
            <numerusform>не добавлено: %n — на это время уже есть сессии</numerusform>
        </translation>
    </message>
    <message>
        <source>All of them are still to come: they are booked.</source>
        <translation>Все они ещё впереди: они будут запланированы.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them is past: marked as attended.</source>
        <translation>
            <numerusform>Из них уже прошли: %n — отмечаются как состоявшиеся.</numerusform>
            <numerusform>Из них уже прошли: %n — отмечаются как состоявшиеся.</numerusform>
            <numerusform>Из них уже прошли: %n — отмечаются как состоявшиеся.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are past: marked as attended.</source>
        <translation>
            <numerusform>Из них уже прошли: %n — отмечаются как состоявшиеся.</numerusform>
            <numerusform>Из них уже прошли: %n — отмечаются как состоявшиеся.</numerusform>
            <numerusform>Из них уже прошли: %n — отмечаются как состоявшиеся.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them is past: left for you to close.</source>
        <translation>
            <numerusform>Из них уже прошли: %n — остаются для вашей отметки.</numerusform>
            <numerusform>Из них уже прошли: %n — остаются для вашей отметки.</numerusform>
            <numerusform>Из них уже прошли: %n — остаются для вашей отметки.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are past: left for you to close.</source>
        <translation>
            <numerusform>Из них уже прошли: %n — остаются для вашей отметки.</numerusform>
            <numerusform>Из них уже прошли: %n — остаются для вашей отметки.</numerusform>
            <numerusform>Из них уже прошли: %n — остаются для вашей отметки.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding the calendar to Stillroom…</source>
        <translation>Добавляем календарь в Stillroom…</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Перейти к сегодняшнему дню (T)</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Перейти к дате</translation>
    </message>
    <message>
        <source>Dates shown</source>
        <translation>Показанные даты</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Work week</source>
        <translation>Будни</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>{mode} view</source>
        <translation>Вид: {mode}</translation>
    </message>
    <message>
        <source>{mode} ({key} or Ctrl+{key})</source>
        <translation>{mode} ({key} или Ctrl+{key})</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>Открыть клиента</translation>
    </message>
    <message>
        <source>Open note…</source>
        <translation>Открыть запись…</translation>
    </message>
    <message>
        <source>Write note…</source>
        <translation>Написать запись…</translation>
    </message>
    <message>
        <source>Mark attended</source>
        <translation>Сессия состоялась</translation>
    </message>
    <message>
        <source>No-show…</source>
        <translation>Неявка…</translation>
    </message>
    <message>
        <source>I missed this session…</source>
        <translation>Сессия пропущена по моей вине…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Отменить…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Перенести…</translation>
    </message>
    <message>
        <source>Repair after a hard session…</source>
        <translation>Восстановить доверие после трудной сессии…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>This session has not started yet; it can be marked once it begins.</source>
        <translation>Эта сессия ещё не началась; отметить её можно, когда она начнётся.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <source>week</source>
        <translation>неделю</translation>
    </message>
    <message>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <source>Previous {period}</source>
        <translation>На {period} назад</translation>
    </message>
    <message>
        <source>Next {period}</source>
        <translation>На {period} вперёд</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
</context>
<context>
    <name>CalendarWords</name>
    <message>
        <source>Repeats, each kept on its own</source>
        <translation>Повторяется, каждое отдельно</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Один раз</translation>
    </message>
    <message>
        <source>New client: {name}</source>
        <translation>Новый клиент: {name}</translation>
    </message>
    <message>
        <source>Time not for clients: {kind}</source>
        <translation>Время не для клиентов: {kind}</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Не импортировать</translation>
    </message>
</context>
<context>
    <name>CallCard</name>
    <message>
        <source>Do not contact — scheduling fix only</source>
        <translation>Не связываться — только исправить расписание</translation>
    </message>
    <message>
        <source>Enter: open the call. Ctrl+C: copy the number.</source>
        <translation>Enter — открыть звонок. Ctrl+C — скопировать номер.</translation>
    </message>
    <message>
        <source>Show the session</source>
        <translation>Показать сессию</translation>
    </message>
    <message>
        <source>Call…</source>
        <translation>Позвонить…</translation>
    </message>
    <message>
        <source>No number on file</source>
        <translation>Номер не указан</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Call {name}</source>
        <translation>Звонок: {name}</translation>
    </message>
    <message>
        <source>Copy the script</source>
        <translation>Копировать текст</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the number {number}</source>
        <translation>Скопировать номер {number}</translation>
    </message>
    <message>
        <source>Number copied. The clipboard is cleared in {seconds} seconds.</source>
        <translation>Номер скопирован. Буфер обмена очистится через {seconds} с.</translation>
    </message>
</context>
<context>
    <name>CallListDock</name>
    <message>
        <source>Call list</source>
        <translation>Список звонков</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Work out the list again now.</source>
        <translation>Составить список заново прямо сейчас.</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Лист ожидания</translation>
    </message>
    <message>
        <source>People waiting for a regular time.</source>
        <translation>Те, кто ждёт постоянного времени.</translation>
    </message>
    <message>
        <source>{heading} ({count})</source>
        <translation>{heading} ({count})</translation>
    </message>
    <message>
        <source>Show the other {count}</source>
        <translation>Показать остальные ({count})</translation>
    </message>
    <message>
        <source>To reach today: {count}</source>
        <translation>Связаться сегодня: {count}</translation>
    </message>
    <message>
        <source>No one to call today.</source>
        <translation>Сегодня звонить никому не нужно.</translation>
    </message>
    <message>
        <source>Number copied. The clipboard is cleared in {seconds} seconds.</source>
        <translation>Номер скопирован. Буфер обмена очистится через {seconds} с.</translation>
    </message>
</context>
<context>
    <name>CallListEntry</name>
    <message>
        <source>Calls so far: {count}</source>
        <translation>Попыток дозвониться: {count}</translation>
    </message>
</context>
<context>
    <name>CallOutcomeForm</name>
    <message>
        <source>How it went</source>
        <translation>Как всё прошло</translation>
    </message>
    <message>
        <source>What was decided</source>
        <translation>Что решили</translation>
    </message>
    <message>
        <source>Call back on</source>
        <translation>Перезвонить</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>A few words: what was said, what was agreed (optional)</source>
        <translation>Коротко: о чём говорили, о чём договорились (по желанию)</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>Как прошёл звонок?</translation>
    </message>
    <message>
        <source>What was decided?</source>
        <translation>Что решили?</translation>
    </message>
    <message>
        <source>Please choose how it went.</source>
        <translation>Пожалуйста, выберите, как прошёл звонок.</translation>
    </message>
    <message>
        <source>Please choose one of the free times.</source>
        <translation>Пожалуйста, выберите одно из свободных окон.</translation>
    </message>
</context>
<context>
    <name>CallReason</name>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>вчера</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>завтра</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>{day}</translation>
    </message>
    <message>
        <source>No session and no contact on record</source>
        <translation>Нет ни сессий, ни связи с клиентом</translation>
    </message>
    <message>
        <source>Was due at {time} and has not arrived</source>
        <translation>Сессия в {time}, клиента ещё нет</translation>
    </message>
    <message>
        <source>Did not come {on_day} at {time}; not reached since</source>
        <translation>Неявка: {on_day}, {time}; ответа с тех пор не было</translation>
    </message>
    <message>
        <source>A follow-up was due {on_day}</source>
        <translation>Пора связаться снова (срок — {on_day})</translation>
    </message>
    <message>
        <source>Cancelled the session of {day}; not rebooked</source>
        <translation>Отмена сессии ({day}); новая не назначена</translation>
    </message>
    <message>
        <source>No session since {day}; nothing booked</source>
        <translation>Последняя сессия — {day}; новых не назначено</translation>
    </message>
    <message>
        <source>No session or contact since {day}</source>
        <translation>Последняя сессия или связь — {day}</translation>
    </message>
    <message>
        <source>Booked at the same time as {other} ({on_day} at {time})</source>
        <translation>Запись на то же время, что и у клиента {other} ({on_day}, {time})</translation>
    </message>
    <message>
        <source>Booked back to back with {other}, whom they know ({on_day} at {time})</source>
        <translation>Запись встык с клиентом {other}, а они знакомы ({on_day}, {time})</translation>
    </message>
</context>
<context>
    <name>CallScripts</name>
    <message>
        <source>If they answer</source>
        <translation>Если клиент ответит</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Ответит кто-то другой</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Автоответчик</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>СМС</translation>
    </message>
    <message>
        <source>Hello {name}, it&apos;s {therapist}.</source>
        <translation>Здравствуйте, {name}! Это {therapist}.</translation>
    </message>
    <message>
        <source>Hello {name}.</source>
        <translation>Здравствуйте, {name}!</translation>
    </message>
    <message>
        <source>We were due to meet at {time}, and I wanted to check that you are all right.</source>
        <translation>Мы договаривались встретиться в {time}, и я хочу убедиться, что у вас всё в порядке.</translation>
    </message>
    <message>
        <source>If you are on your way, that&apos;s fine: we can use the time that is left.</source>
        <translation>Если вы уже в пути — ничего страшного: мы используем оставшееся время.</translation>
    </message>
    <message>
        <source>If today isn&apos;t possible, let&apos;s find another time together.</source>
        <translation>Если сегодня не получается, давайте вместе подберём другое время.</translation>
    </message>
    <message>
        <source>We were due to meet {on_day} at {time} and I didn&apos;t see you, so I wanted to check that you are all right.</source>
        <translation>Мы договаривались о встрече — {on_day}, в {time}, — но вас не было, и я хочу убедиться, что с вами всё в порядке.</translation>
    </message>
    <message>
        <source>You don&apos;t need to explain, but I&apos;m glad to hear anything you&apos;d like to tell me.</source>
        <translation>Вы не обязаны ничего объяснять, но если захотите о чём-то рассказать, я с радостью выслушаю.</translation>
    </message>
    <message>
        <source>Shall we find a time to meet again?</source>
        <translation>Давайте подберём время для следующей встречи?</translation>
    </message>
    <message>
        <source>I&apos;ve made a mistake in my diary with your session {on_day} at {time}, and I&apos;m sorry: I need to move it.</source>
        <translation>Простите, у меня в расписании ошибка с вашей сессией ({on_day}, {time}), и её нужно перенести.</translation>
    </message>
    <message>
        <source>I have a few free times to offer you. Which would suit you best?</source>
        <translation>Я могу предложить вам несколько свободных окон. Какое вам удобнее?</translation>
    </message>
    <message>
        <source>Thank you for your patience with this.</source>
        <translation>Спасибо, что отнеслись к этому с пониманием.</translation>
    </message>
    <message>
        <source>We agreed that I would get back in touch around now, so I&apos;m calling as promised.</source>
        <translation>Мы договаривались, что примерно в это время я снова с вами свяжусь, поэтому и звоню.</translation>
    </message>
    <message>
        <source>How are things with you?</source>
        <translation>Как у вас дела?</translation>
    </message>
    <message>
        <source>Would you like to find a time to meet?</source>
        <translation>Хотите, подберём время для встречи?</translation>
    </message>
    <message>
        <source>You cancelled our session of {day}, and I wanted to check in and see how you are.</source>
        <translation>Вы отменили нашу сессию ({day}), и мне хотелось узнать, как у вас дела.</translation>
    </message>
    <message>
        <source>Would you like to find a new time? I have a few free times over the next two weeks.</source>
        <translation>Хотите, подберём новое время? В ближайшие две недели у меня есть несколько свободных окон.</translation>
    </message>
    <message>
        <source>If now isn&apos;t a good moment to decide, I can call you again whenever suits you.</source>
        <translation>Если сейчас не время решать, я могу перезвонить, когда вам будет удобно.</translation>
    </message>
    <message>
        <source>We last met on {day}, and we haven&apos;t booked our next session yet, so I wanted to check in.</source>
        <translation>С нашей последней встречи ({day}) мы ещё не договорились о следующей сессии, и мне хотелось узнать, как у вас дела.</translation>
    </message>
    <message>
        <source>Would you like to find a time?</source>
        <translation>Хотите, подберём время?</translation>
    </message>
    <message>
        <source>If you have been thinking about a break, or about ending our work, that&apos;s all right too: we can talk about it, and meet once more to close it properly if you&apos;d like.</source>
        <translation>Если вы думали о перерыве или о том, чтобы завершить нашу работу, — это тоже нормально: мы можем об этом поговорить и, если захотите, встретиться ещё раз, чтобы завершить её как следует.</translation>
    </message>
    <message>
        <source>It&apos;s been a while since we were last in touch, and I wanted to see how you are.</source>
        <translation>Мы давно не были на связи, и мне хотелось узнать, как вы.</translation>
    </message>
    <message>
        <source>There&apos;s no pressure. If you&apos;d like to meet again, we can find a time. If you feel our work has come to an end, we could meet once more to close it properly, or I can write to you.</source>
        <translation>Я ни на чём не настаиваю. Если вы хотите снова встретиться, мы подберём время. Если вам кажется, что наша работа подошла к концу, можно встретиться ещё раз, чтобы завершить её как следует, или я могу вам написать.</translation>
    </message>
    <message>
        <source>Whatever you decide is all right.</source>
        <translation>Что бы вы ни решили, всё в порядке.</translation>
    </message>
    <message>
        <source>Thank you for talking with me. Take care.</source>
        <translation>Спасибо, что поговорили со мной. Берегите себя.</translation>
    </message>
    <message>
        <source>Could you call me back when you have a moment, on {phone}?</source>
        <translation>Перезвоните мне, пожалуйста, когда вам будет удобно, по номеру {phone}.</translation>
    </message>
    <message>
        <source>Could you call me back when you have a moment?</source>
        <translation>Перезвоните мне, пожалуйста, когда вам будет удобно.</translation>
    </message>
    <message>
        <source>Hello, this is a message for {name}.</source>
        <translation>Здравствуйте, {name}!</translation>
    </message>
    <message>
        <source>Thank you, goodbye.</source>
        <translation>Спасибо, до свидания.</translation>
    </message>
    <message>
        <source>I&apos;m here for our appointment at {time}. Are you on your way?</source>
        <translation>Я на месте, у нас встреча в {time}. Вы уже в пути?</translation>
    </message>
    <message>
        <source>I missed you at our appointment {on_day} at {time} and wanted to check that you are all right.</source>
        <translation>Мы не встретились в назначенное время ({on_day}, {time}), и я хочу убедиться, что у вас всё в порядке.</translation>
    </message>
    <message>
        <source>I need to change the time of your appointment {on_day} at {time}. I&apos;m sorry for the trouble.</source>
        <translation>Мне нужно перенести нашу встречу ({on_day}, {time}). Простите за беспокойство.</translation>
    </message>
    <message>
        <source>I&apos;m getting in touch to find a new time for your appointment.</source>
        <translation>Пишу, чтобы подобрать новое время для нашей встречи.</translation>
    </message>
    <message>
        <source>I&apos;m getting in touch to see how you are, and whether you&apos;d like to book a time.</source>
        <translation>Пишу узнать, как у вас дела и не хотите ли вы договориться о встрече.</translation>
    </message>
    <message>
        <source>Could you call me or reply when you can? Thank you.</source>
        <translation>Позвоните мне или ответьте, пожалуйста, когда сможете. Спасибо!</translation>
    </message>
</context>
<context>
    <name>CancellationDialog</name>
    <message>
        <source>Cancellation</source>
        <translation>Отмена сессии</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>Об отмене</translation>
    </message>
    <message>
        <source>Who cancelled, when the notice came and why. Whether it is late follows from your cancellation policy.</source>
        <translation>По чьей инициативе отмена, когда о ней сообщили и почему. Поздняя ли это отмена, определяют ваши правила.</translation>
    </message>
    <message>
        <source>Keep the session another way?</source>
        <translation>Сохранить сессию в другом формате?</translation>
    </message>
    <message>
        <source>Before cancelling: the same time, by phone or video instead.</source>
        <translation>Прежде чем отменять: то же время, но по телефону или по видеосвязи.</translation>
    </message>
    <message>
        <source>The fee</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Your policy proposes a fee for a late cancellation; the decision is yours.</source>
        <translation>Ваши правила предлагают оплату за позднюю отмену, но решение за вами.</translation>
    </message>
    <message>
        <source>A new time</source>
        <translation>Новое время</translation>
    </message>
    <message>
        <source>Free times over the next two weeks, in date order; their usual day and time are marked.</source>
        <translation>Свободное время на ближайшие две недели по датам; обычный день и время клиента отмечены.</translation>
    </message>
    <message>
        <source>Let them know</source>
        <translation>Сообщить клиенту</translation>
    </message>
    <message>
        <source>What to say, with what you decided. If someone else answers, say only that you are calling about an appointment.</source>
        <translation>Что сказать с учётом принятого решения. Если ответит кто-то другой, скажите только, что звоните по поводу записи.</translation>
    </message>
    <message>
        <source>Ready to finish</source>
        <translation>Всё готово</translation>
    </message>
    <message>
        <source>Nothing is saved until you press Finish.</source>
        <translation>Пока вы не нажмёте «Готово», ничего не сохраняется.</translation>
    </message>
    <message>
        <source>Session kept</source>
        <translation>Сессия сохранена</translation>
    </message>
    <message>
        <source>Left unscheduled for now.</source>
        <translation>Новое время пока не назначено.</translation>
    </message>
    <message>
        <source>No fee: the policy charges none.</source>
        <translation>Без оплаты: по правилам она не полагается.</translation>
    </message>
    <message>
        <source>The fee was not decided here; nothing was charged.</source>
        <translation>Об оплате здесь не решали; ничего не начислено.</translation>
    </message>
    <message>
        <source>I was going to cancel the session on {when}; we kept it instead, by {how}.</source>
        <translation>Сессию {when} собирались отменить, но сохранили; формат: {how}.</translation>
    </message>
    <message>
        <source>Asked to cancel the session on {when}; we kept it instead, by {how}.</source>
        <translation>Клиент просил отменить сессию {when}, но мы её сохранили; формат: {how}.</translation>
    </message>
    <message>
        <source>Reason: {reason}.</source>
        <translation>Причина: {reason}.</translation>
    </message>
    <message>
        <source>The session on {when} stays booked, by {how} instead of {was}.</source>
        <translation>Сессия {when} остаётся в расписании: формат «{how}» вместо «{was}».</translation>
    </message>
    <message>
        <source>Nothing is cancelled, and there is no fee.</source>
        <translation>Ничего не отменяется, оплаты нет.</translation>
    </message>
    <message>
        <source>A short note goes in {name}&apos;s chart.</source>
        <translation>В карточку клиента {name} попадёт короткая запись.</translation>
    </message>
    <message>
        <source>The session on {when} is marked as cancelled by you.</source>
        <translation>Сессия {when} будет отмечена как отменённая вами.</translation>
    </message>
    <message>
        <source>The session on {when} is marked as a late cancellation.</source>
        <translation>Сессия {when} будет отмечена как поздняя отмена.</translation>
    </message>
    <message>
        <source>The session on {when} is marked as cancelled in time.</source>
        <translation>Сессия {when} будет отмечена как отменённая вовремя.</translation>
    </message>
    <message>
        <source>A new session is booked for {when} ({how}).</source>
        <translation>Будет назначена новая сессия: {when} ({how}).</translation>
    </message>
    <message>
        <source>No new time is booked: {name} will appear on your call list.</source>
        <translation>Новое время не назначено: клиент {name} попадёт в список звонков.</translation>
    </message>
    <message>
        <source>An entry goes in {name}&apos;s chart.</source>
        <translation>В карточку клиента {name} попадёт запись.</translation>
    </message>
</context>
<context>
    <name>CancellationScripts</name>
    <message>
        <source>Hello {name}, it&apos;s {therapist}.</source>
        <translation>Здравствуйте, {name}! Это {therapist}.</translation>
    </message>
    <message>
        <source>Hello {name}.</source>
        <translation>Здравствуйте, {name}!</translation>
    </message>
    <message>
        <source>I&apos;m sorry, but I need to cancel our session on {day} at {time}.</source>
        <translation>К сожалению, мне нужно отменить нашу сессию: {day}, {time}.</translation>
    </message>
    <message>
        <source>Thank you for letting me know that you can&apos;t come on {day} at {time}.</source>
        <translation>Спасибо, что предупредили, что {day} в {time} встретиться не получится.</translation>
    </message>
    <message>
        <source>I&apos;ve booked us for {when} instead. Does that suit you?</source>
        <translation>Вместо этого я записываю нас на {when}. Вам так удобно?</translation>
    </message>
    <message>
        <source>Shall we find another time? I have a few free times over the next two weeks.</source>
        <translation>Подберём другое время? В ближайшие две недели у меня есть несколько свободных окон.</translation>
    </message>
    <message>
        <source>There is no fee for this, of course. I&apos;m sorry for the change.</source>
        <translation>Разумеется, оплаты за эту сессию не будет. Простите за изменение планов.</translation>
    </message>
    <message>
        <source>As our agreement says, a cancellation at such short notice is charged, so there will be a fee of {amount}.</source>
        <translation>По нашей договорённости отмена в такой короткий срок оплачивается, поэтому будет начислено {amount}.</translation>
    </message>
    <message>
        <source>Take care until we meet.</source>
        <translation>Берегите себя, до встречи.</translation>
    </message>
    <message>
        <source>If they answer</source>
        <translation>Если клиент ответит</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Автоответчик</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>СМС</translation>
    </message>
    <message>
        <source>Could you call me or reply when you can? Thank you.</source>
        <translation>Позвоните или ответьте, пожалуйста, когда будет удобно. Спасибо!</translation>
    </message>
    <message>
        <source>I&apos;m sorry, I need to change our appointment on {day} at {time}, and I&apos;d like to find you a new time.</source>
        <translation>К сожалению, мне нужно перенести нашу запись ({day}, {time}), и я хочу предложить вам новое время.</translation>
    </message>
    <message>
        <source>Thank you for letting me know about our appointment on {day} at {time}. I&apos;d like to find you a new time.</source>
        <translation>Спасибо, что предупредили насчёт записи ({day}, {time}). Я хочу предложить вам новое время.</translation>
    </message>
    <message>
        <source>Hello, this is a message for {name}.</source>
        <translation>Здравствуйте, {name}!</translation>
    </message>
    <message>
        <source>It&apos;s {therapist}.</source>
        <translation>Это {therapist}.</translation>
    </message>
    <message>
        <source>Could you call me back on {phone}?</source>
        <translation>Перезвоните мне, пожалуйста, по номеру {phone}.</translation>
    </message>
    <message>
        <source>Could you call me back when you can?</source>
        <translation>Перезвоните мне, пожалуйста, когда будет удобно.</translation>
    </message>
    <message>
        <source>Thank you, goodbye.</source>
        <translation>Спасибо, до свидания.</translation>
    </message>
</context>
<context>
    <name>ChargeDialog</name>
    <message>
        <source>Change the charge</source>
        <translation>Изменить начисление</translation>
    </message>
    <message>
        <source>The policy&apos;s fee is {amount}. Another amount needs a reason, kept with the charge.</source>
        <translation>По вашим правилам оплата составляет {amount}. Для другой суммы нужна причина — она сохранится вместе с начислением.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>For example: a reduced fee agreed in March</source>
        <translation>Например: сниженная оплата, согласованная в марте</translation>
    </message>
    <message>
        <source>Please say why this charge differs from the policy&apos;s {amount}.</source>
        <translation>Пожалуйста, укажите, почему начисление отличается от суммы по правилам ({amount}).</translation>
    </message>
</context>
<context>
    <name>ChartNotes</name>
    <message>
        <source>Chart notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Notes for this client&apos;s chart</source>
        <translation>Заметки об этом клиенте</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Сохранить заметки</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Отменить изменения</translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <source>Bring in your practice</source>
        <translation>Перенос практики</translation>
    </message>
    <message>
        <source>Choose what to bring in and the file it is in. Nothing is added until you press Finish.</source>
        <translation>Выберите, что перенести, и файл, в котором это хранится. Ничего не добавится, пока вы не нажмёте «Завершить».</translation>
    </message>
    <message>
        <source>Clients from a spreadsheet or contacts file</source>
        <translation>Клиенты из таблицы или файла контактов</translation>
    </message>
    <message>
        <source>Sessions from a calendar file (.ics) — Google, Apple, Outlook, Thunderbird</source>
        <translation>Сессии из файла календаря (.ics) — Google, Apple, Outlook, Thunderbird</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Файл пока не выбран</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Choose a calendar file</source>
        <translation>Выбор файла календаря</translation>
    </message>
    <message>
        <source>Calendar files (*.ics *.ical *.ifb *.icalendar);;All files (*)</source>
        <translation>Файлы календаря (*.ics *.ical *.ifb *.icalendar);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose a client list</source>
        <translation>Выбор списка клиентов</translation>
    </message>
    <message>
        <source>Client lists (*.csv *.tsv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Списки клиентов (*.csv *.tsv *.txt *.vcf *.vcard);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Читаем файл…</translation>
    </message>
    <message>
        <source>The file holds no events in these dates.</source>
        <translation>В файле нет событий в эти даты.</translation>
    </message>
    <message>
        <source>Calendar file:</source>
        <translation>Файл календаря:</translation>
    </message>
    <message>
        <source>Calendar “{name}”:</source>
        <translation>Календарь «{name}»:</translation>
    </message>
    <message numerus="yes">
        <source>%n event</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>under %n title</source>
        <translation>
            <numerusform>под %n названием</numerusform>
            <numerusform>под %n названиями</numerusform>
            <numerusform>под %n названиями</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>under %n titles</source>
        <translation>
            <numerusform>под %n названием</numerusform>
            <numerusform>под %n названиями</numerusform>
            <numerusform>под %n названиями</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Данные клиента</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Add client</source>
        <translation>Добавить клиента</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Как обращаться</translation>
    </message>
    <message>
        <source>What they like to be called</source>
        <translation>Имя, которое клиент предпочитает</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <source>For letters</source>
        <translation>Для писем</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Saving ends the work with this client on the end date (today if none is set, or on that day if it is still to come). Sessions booked after it are cancelled, as your decision, with no fee. Edit → Undo brings them back.</source>
        <translation>При сохранении работа с клиентом завершается в дату окончания (сегодня, если дата не указана, или в этот день, если он ещё впереди). Сессии, назначенные после неё, отменяются по вашему решению, без оплаты. Вернуть их можно через «Правка → Отменить».</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Указать</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Начало работы</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Окончание работы</translation>
    </message>
    <message>
        <source>Prefers to meet</source>
        <translation>Формат встреч</translation>
    </message>
    <message>
        <source>Online handle</source>
        <translation>Имя для связи онлайн</translation>
    </message>
    <message>
        <source>Skype, WhatsApp or Zoom name</source>
        <translation>Skype, WhatsApp или Zoom</translation>
    </message>
    <message>
        <source>Fee for this client</source>
        <translation>Оплата для этого клиента</translation>
    </message>
    <message>
        <source>Do not contact this client</source>
        <translation>Не связываться с клиентом</translation>
    </message>
    <message>
        <source>No calls, voicemails, texts or letters: the call list leaves them out.</source>
        <translation>Без звонков, голосовых сообщений, СМС и писем: клиент не попадает в список звонков.</translation>
    </message>
    <message>
        <source>Chart notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>The practice fee, {amount}</source>
        <translation>По умолчанию: {amount}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name}: данные клиента</translation>
    </message>
</context>
<context>
    <name>ClientInvoices</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выставлен</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Оплатить до</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation>Счета и кредит-ноты</translation>
    </message>
    <message>
        <source>No invoices yet.</source>
        <translation>Счетов пока нет.</translation>
    </message>
    <message>
        <source>Invoice…</source>
        <translation>Счёт…</translation>
    </message>
    <message>
        <source>Issue an invoice to this client</source>
        <translation>Выставить счёт этому клиенту</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Аннулировать…</translation>
    </message>
    <message>
        <source>Void the chosen invoice by a credit note</source>
        <translation>Аннулировать выбранный счёт кредит-нотой</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation>Счёт {number}</translation>
    </message>
    <message>
        <source>Credit note {number}</source>
        <translation>Кредит-нота {number}</translation>
    </message>
</context>
<context>
    <name>ClientLetters</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>Letters kept for this client</source>
        <translation>Письма этому клиенту</translation>
    </message>
    <message>
        <source>No letters yet.</source>
        <translation>Писем пока нет.</translation>
    </message>
    <message>
        <source>Write a letter…</source>
        <translation>Написать письмо…</translation>
    </message>
    <message>
        <source>Write a letter to this client</source>
        <translation>Написать письмо этому клиенту</translation>
    </message>
</context>
<context>
    <name>ClientList</name>
    <message>
        <source>Search clients</source>
        <translation>Поиск клиентов</translation>
    </message>
    <message>
        <source>Show clients</source>
        <translation>Какие клиенты видны</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <source>Sort clients</source>
        <translation>Порядок клиентов</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>По имени</translation>
    </message>
    <message>
        <source>By surname</source>
        <translation>По фамилии</translation>
    </message>
    <message>
        <source>By next session</source>
        <translation>По ближайшей сессии</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Новый клиент…</translation>
    </message>
    <message>
        <source>No clients match.</source>
        <translation>Никто не найден.</translation>
    </message>
    <message>
        <source>No clients here yet.</source>
        <translation>Клиентов здесь пока нет.</translation>
    </message>
    <message>
        <source>Showing the first {count}. Type more of the name to find others.</source>
        <translation>Показаны первые {count}. Уточните имя, чтобы найти остальных.</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>next session {day}</source>
        <translation>следующая сессия {day}</translation>
    </message>
    <message>
        <source>no session booked</source>
        <translation>сессий не запланировано</translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <source>Choose a client from the list.</source>
        <translation>Выберите клиента в списке.</translation>
    </message>
    <message>
        <source>When they cancel or miss</source>
        <translation>Отмены и пропуски</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Счета</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>Chart notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Knows</source>
        <translation>Знакомые</translation>
    </message>
    <message>
        <source>Client panel</source>
        <translation>Карточка клиента</translation>
    </message>
    <message>
        <source>Call off the ending</source>
        <translation>Отменить завершение</translation>
    </message>
    <message>
        <source>Call off the planned ending</source>
        <translation>Отменить назначенное завершение терапии</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Edit this client&apos;s details</source>
        <translation>Изменить данные клиента</translation>
    </message>
    <message>
        <source>Repair…</source>
        <translation>Доверие…</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сессии</translation>
    </message>
    <message>
        <source>Next sessions</source>
        <translation>Ближайшие сессии</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Прошедшие сессии</translation>
    </message>
    <message>
        <source>No sessions booked.</source>
        <translation>Сессий не запланировано.</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Сессий пока не было.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Впереди</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Прошедшие</translation>
    </message>
    <message>
        <source>Sessions and notes</source>
        <translation>Сессии и записи</translation>
    </message>
    <message>
        <source>Client&apos;s record (PDF)…</source>
        <translation>Выписка о клиенте (PDF)…</translation>
    </message>
    <message>
        <source>Private reflections</source>
        <translation>Личные рефлексии</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Расчёты</translation>
    </message>
    <message>
        <source>Account lines</source>
        <translation>Записи расчётов</translation>
    </message>
    <message>
        <source>Nothing charged or paid yet.</source>
        <translation>Начислений и оплат пока нет.</translation>
    </message>
    <message>
        <source>Superbill…</source>
        <translation>Документ для страховой…</translation>
    </message>
    <message>
        <source>A superbill for the client&apos;s insurer</source>
        <translation>Документ для страховой компании клиента</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Журнал связи</translation>
    </message>
    <message>
        <source>No calls, messages or letters yet.</source>
        <translation>Звонков, сообщений и писем пока не было.</translation>
    </message>
    <message>
        <source>Unsaved chart notes</source>
        <translation>Заметки не сохранены</translation>
    </message>
    <message>
        <source>Save the changes to {name}&apos;s chart notes?</source>
        <translation>Сохранить изменения в заметках о клиенте {name}?</translation>
    </message>
    <message>
        <source>Ending on {day}</source>
        <translation>Завершение терапии {day}</translation>
    </message>
    <message>
        <source>{status} · since {day}</source>
        <translation>{status} · начало: {day}</translation>
    </message>
    <message>
        <source>{status} · on {day}</source>
        <translation>{status} · {day}</translation>
    </message>
    <message>
        <source>⚠ Do not contact: no calls, messages or letters.</source>
        <translation>⚠ Не связываться: без звонков, сообщений и писем.</translation>
    </message>
    <message>
        <source>Balance: {words}</source>
        <translation>Баланс: {words}</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>Нет номера</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>{modality} · {handle}</source>
        <translation>{modality} · {handle}</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>{amount} (the practice fee)</source>
        <translation>{amount} (обычная оплата)</translation>
    </message>
    <message>
        <source>{amount} (this client&apos;s fee)</source>
        <translation>{amount} (оплата для клиента)</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Оплата</translation>
    </message>
</context>
<context>
    <name>ClientPatternView</name>
    <message>
        <source>Kept by phone or video instead of cancelling: {count}.</source>
        <translation>Проведены по телефону или видео вместо отмены: {count}.</translation>
    </message>
    <message>
        <source>Every session of the last 12 months was kept ({booked} in all).</source>
        <translation>За последние 12 месяцев все сессии состоялись (всего {booked}).</translation>
    </message>
    <message>
        <source>No sessions in the last 12 months.</source>
        <translation>За последние 12 месяцев сессий не было.</translation>
    </message>
    <message>
        <source>Over the last 12 months, {not_kept} of {booked} sessions were not kept: no-shows {no_shows}, late cancellations {late}, cancelled in good time {early}.</source>
        <translation>За последние 12 месяцев не состоялись {not_kept} из {booked} сессий: неявки — {no_shows}, поздние отмены — {late}, отменены вовремя — {early}.</translation>
    </message>
    <message>
        <source>Reasons: {counts}.</source>
        <translation>Причины: {counts}.</translation>
    </message>
    <message>
        <source>Weekdays: {counts}.</source>
        <translation>Дни недели: {counts}.</translation>
    </message>
    <message>
        <source>Times of day: {counts}.</source>
        <translation>Время дня: {counts}.</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>причина не указана</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Active clients are listed; choose “All clients” above for anyone else. Click the name, then OK.</source>
        <translation>Показаны активные клиенты; чтобы найти других, выберите выше «Все клиенты». Нажмите на имя, затем «ОК».</translation>
    </message>
</context>
<context>
    <name>ClientRecordDialog</name>
    <message>
        <source>Record – {name} – {day}.pdf</source>
        <translation>Выписка – {name} – {day}.pdf</translation>
    </message>
    <message>
        <source>Client&apos;s record</source>
        <translation>Выписка о клиенте</translation>
    </message>
    <message>
        <source>The record of {name}</source>
        <translation>Выписка из записей: {name}</translation>
    </message>
    <message>
        <source>Details, sessions with their notes and addenda, and letters sent. Private reflections are left out. The PDF is not encrypted: keep it somewhere safe, and delete it once it has been sent.</source>
        <translation>Сведения о клиенте, сессии с записями и дополнениями, отправленные письма. Личные рефлексии в выписку не входят. PDF не зашифрован: храните его в надёжном месте и удалите, когда он будет отправлен.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>The record&apos;s first day</source>
        <translation>Первый день выписки</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>The record&apos;s last day</source>
        <translation>Последний день выписки</translation>
    </message>
    <message>
        <source>The record&apos;s language</source>
        <translation>Язык выписки</translation>
    </message>
    <message>
        <source>Make the record</source>
        <translation>Составить выписку</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The record is shown here once it is made. Without days chosen it holds every session up to today.</source>
        <translation>Здесь появится готовая выписка. Если дни не выбраны, в неё войдут все сессии по сегодняшний день.</translation>
    </message>
</context>
<context>
    <name>ClientTables</name>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Повод</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Что дальше</translation>
    </message>
</context>
<context>
    <name>ClientTimeline</name>
    <message>
        <source>No note</source>
        <translation>Записи нет</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписана</translation>
    </message>
    <message>
        <source>Signed · addenda: {count}</source>
        <translation>Подписана · дополнений: {count}</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>Sessions and notes</source>
        <translation>Сессии и записи</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Сессий пока не было.</translation>
    </message>
</context>
<context>
    <name>CloseDayDialog</name>
    <message>
        <source>Close the day</source>
        <translation>Закрытие дня</translation>
    </message>
    <message>
        <source>◀ The day before</source>
        <translation>◀ Предыдущий день</translation>
    </message>
    <message>
        <source>Put these right before closing the day</source>
        <translation>Исправьте до закрытия дня</translation>
    </message>
    <message>
        <source>Other money on the day</source>
        <translation>Другие платежи за день</translation>
    </message>
    <message>
        <source>Change the charge…</source>
        <translation>Изменить начисление…</translation>
    </message>
    <message>
        <source>Session note…</source>
        <translation>Запись о сессии…</translation>
    </message>
    <message>
        <source>A note on the day</source>
        <translation>Заметка о дне</translation>
    </message>
    <message>
        <source>A note on the day, if you want one (optional)</source>
        <translation>Заметка о дне (по желанию)</translation>
    </message>
    <message>
        <source>Day sheet…</source>
        <translation>Итоги дня…</translation>
    </message>
    <message>
        <source>Close day</source>
        <translation>Закрыть день</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сессии</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>The day of {day}</source>
        <translation>День: {day}</translation>
    </message>
    <message>
        <source>Back to {day}</source>
        <translation>Назад: {day}</translation>
    </message>
    <message>
        <source>Reading the day…</source>
        <translation>Загружаем день…</translation>
    </message>
    <message>
        <source>The day can be closed once each problem above is put right or accepted with a note ({count} left).</source>
        <translation>День можно будет закрыть, когда каждое замечание выше будет исправлено или принято с пояснением (осталось: {count}).</translation>
    </message>
    <message>
        <source>Everything is in order: the day can be closed.</source>
        <translation>Всё в порядке: день можно закрыть.</translation>
    </message>
    <message>
        <source>The day sheet is made once the day is closed.</source>
        <translation>Итоги дня можно сохранить после закрытия дня.</translation>
    </message>
    <message>
        <source>Whose payment is it?</source>
        <translation>Чей это платёж?</translation>
    </message>
    <message>
        <source>{client}, {time}</source>
        <translation>{client}, {time}</translation>
    </message>
    <message>
        <source>The day sheet is saved as {path}.</source>
        <translation>Итоги дня сохранены: {path}.</translation>
    </message>
</context>
<context>
    <name>ClosedPanel</name>
    <message>
        <source>The day is closed</source>
        <translation>День закрыт</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Открыть снова…</translation>
    </message>
    <message>
        <source>Why the day is reopened</source>
        <translation>Почему день открыт снова</translation>
    </message>
    <message>
        <source>Why you reopen it (kept in the audit trail)</source>
        <translation>Почему вы открываете день снова (сохранится в журнале изменений)</translation>
    </message>
    <message>
        <source>Reopen the day</source>
        <translation>Открыть день</translation>
    </message>
    <message>
        <source>This day is closed ({when}). To change anything in it, reopen it.</source>
        <translation>Этот день закрыт ({when}). Чтобы что-то в нём изменить, откройте его снова.</translation>
    </message>
    <message>
        <source>Accepted: {problem}: {note}</source>
        <translation>Принято: {problem}: {note}</translation>
    </message>
    <message>
        <source>Reopened {when}: {reason}</source>
        <translation>Открыт снова ({when}): {reason}</translation>
    </message>
    <message>
        <source>Corrections since the day was first closed:</source>
        <translation>Исправления после первого закрытия дня:</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Заметка: {note}</translation>
    </message>
    <message>
        <source>Please say why you reopen the day.</source>
        <translation>Пожалуйста, укажите, почему вы открываете день снова.</translation>
    </message>
</context>
<context>
    <name>ClosingBackup</name>
    <message>
        <source>Back up when I close the day, to:</source>
        <translation>При закрытии дня сохранять копию в:</translation>
    </message>
    <message>
        <source>Back up when I close the day</source>
        <translation>Сохранять резервную копию при закрытии дня</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Выбрать папку…</translation>
    </message>
    <message>
        <source>How many backups to keep there</source>
        <translation>Сколько копий там хранить</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Идёт сохранение копии</translation>
    </message>
    <message>
        <source>keep the last</source>
        <translation>хранить последние</translation>
    </message>
    <message>
        <source>Where to keep the backups</source>
        <translation>Где хранить резервные копии</translation>
    </message>
    <message>
        <source>The day is closed, but there was no backup: the folder {folder} cannot be found. Is the USB stick plugged in?</source>
        <translation>День закрыт, но копия не сохранена: папка {folder} не найдена. Вставлена ли флешка?</translation>
    </message>
    <message>
        <source>Backing up to {folder}…</source>
        <translation>Сохраняется копия в {folder}…</translation>
    </message>
    <message>
        <source>Backed up to {file}; the last {keep} backups are kept there.</source>
        <translation>Копия сохранена: {file}. Там хранятся последние копии (не больше {keep}).</translation>
    </message>
    <message>
        <source>no folder chosen yet</source>
        <translation>папка ещё не выбрана</translation>
    </message>
</context>
<context>
    <name>ClosingOffer</name>
    <message>
        <source>A closing letter</source>
        <translation>Завершающее письмо</translation>
    </message>
    <message>
        <source>Write the closing letter…</source>
        <translation>Написать завершающее письмо…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>{name} has decided to stop. A short letter can close your work together kindly: it thanks them, leaves the door open, and names places they can turn to.</source>
        <translation>{name} хочет завершить вашу совместную работу. Короткое письмо поможет сделать это бережно: поблагодарить, оставить дверь открытой и подсказать, куда ещё можно обратиться.</translation>
    </message>
    <message>
        <source>Calls so far without an answer: {count}. A short letter can close the work without leaving {name} wondering: it says you have tried to reach them, that the door stays open, and where else they can turn.</source>
        <translation>Звонков без ответа: {count}. Короткое письмо поможет завершить работу так, чтобы клиент {name} не остался в неведении: в нём говорится, что вы пытались связаться, что дверь остаётся открытой и куда ещё можно обратиться.</translation>
    </message>
    <message>
        <source>The call is saved. {name} is marked as ended only when the letter is made.</source>
        <translation>Звонок сохранён. Работа с клиентом {name} будет отмечена как завершённая, только когда письмо будет создано.</translation>
    </message>
</context>
<context>
    <name>ColourKey</name>
    <message>
        <source>Booked; nothing marked yet</source>
        <translation>Запись назначена; пока ничего не отмечено</translation>
    </message>
    <message>
        <source>The session took place</source>
        <translation>Сессия состоялась</translation>
    </message>
    <message>
        <source>The session took place; the client arrived late</source>
        <translation>Сессия состоялась, с опозданием клиента</translation>
    </message>
    <message>
        <source>Nobody came and the session was not cancelled</source>
        <translation>Неявка без отмены</translation>
    </message>
    <message>
        <source>Cancelled by the client in time</source>
        <translation>Отменена клиентом заблаговременно</translation>
    </message>
    <message>
        <source>Cancelled by the client within the cancellation window</source>
        <translation>Отменена клиентом слишком поздно, в пределах срока отмены</translation>
    </message>
    <message>
        <source>Cancelled by you</source>
        <translation>Отменена вами</translation>
    </message>
    <message>
        <source>You missed the session</source>
        <translation>Вы пропустили сессию</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Calendar colour key</source>
        <translation>Цвета календаря</translation>
    </message>
    <message>
        <source>Cancelled sessions are hatched and their name is struck through. Each status but Booked has its own mark, so colour is never the only sign.</source>
        <translation>Отменённые сессии заштрихованы, имя в них зачёркнуто. У каждого статуса, кроме «Запланирована», есть свой значок, так что цвет — никогда не единственный признак.</translation>
    </message>
    <message>
        <source>A session kept by phone or video instead of being cancelled shows the phone or video sign, and the month at a glance counts it.</source>
        <translation>Сессия, проведённая по телефону или видео вместо отмены, отмечена значком телефона или видео, и месячная сводка её учитывает.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>{minutes} min · {modality} · {status}</source>
        <translation>{minutes} мин · {modality} · {status}</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>{when}: {kind} ({note}), time you keep from clients</source>
        <translation>{when}: {kind} ({note}), время не для клиентов</translation>
    </message>
    <message>
        <source>{when}: {kind}, time you keep from clients</source>
        <translation>{when}: {kind}, время не для клиентов</translation>
    </message>
    <message>
        <source>{when}: {client} is booked at the same time</source>
        <translation>{when}: в это же время запись у клиента {client}</translation>
    </message>
    <message>
        <source>{when}: {client} knows this client and would meet them in the waiting room</source>
        <translation>{when}: {client} и этот клиент знакомы и могут встретиться в приёмной</translation>
    </message>
    <message>
        <source>This time clashes</source>
        <translation>Время пересекается</translation>
    </message>
    <message>
        <source>This time clashes with:</source>
        <translation>Это время пересекается с другими записями:</translation>
    </message>
    <message>
        <source>Book anyway</source>
        <translation>Всё равно записать</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>Выбрать другое время</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>call</source>
        <translation>звонки</translation>
    </message>
    <message>
        <source>May call this number.</source>
        <translation>На этот номер можно звонить.</translation>
    </message>
    <message>
        <source>Do not call this number.</source>
        <translation>На этот номер не звонить.</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>автоответчик</translation>
    </message>
    <message>
        <source>May leave a voicemail on this number.</source>
        <translation>На этом номере можно оставить голосовое сообщение.</translation>
    </message>
    <message>
        <source>Do not leave a voicemail on this number.</source>
        <translation>На этом номере не оставлять голосовых сообщений.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>СМС</translation>
    </message>
    <message>
        <source>May send a text message to this number.</source>
        <translation>На этот номер можно писать СМС.</translation>
    </message>
    <message>
        <source>Do not send text messages to this number.</source>
        <translation>На этот номер не писать СМС.</translation>
    </message>
</context>
<context>
    <name>ContactOutcomePage</name>
    <message>
        <source>Choose how it went</source>
        <translation>Выберите итог</translation>
    </message>
    <message>
        <source>A few words: what was said, what was agreed (optional)</source>
        <translation>Коротко: о чём говорили, о чём договорились (по желанию)</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Связаться снова</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Please choose how it went, or skip this step.</source>
        <translation>Пожалуйста, выберите итог или пропустите этот шаг.</translation>
    </message>
    <message>
        <source>Contact: {channel}, {outcome}.</source>
        <translation>Связь: {channel}, {outcome}.</translation>
    </message>
    <message>
        <source>Follow up on {day}.</source>
        <translation>Связаться снова: {day}.</translation>
    </message>
    <message>
        <source>There is no email address for {name}.</source>
        <translation>У клиента {name} нет адреса эл. почты.</translation>
    </message>
    <message>
        <source>{name} has not agreed to calls on any number.</source>
        <translation>{name}: нет согласия на звонки ни по одному номеру.</translation>
    </message>
    <message>
        <source>{name} has not agreed to voicemail on any number.</source>
        <translation>{name}: нет согласия на голосовые сообщения ни по одному номеру.</translation>
    </message>
    <message>
        <source>{name} has not agreed to text messages on any number.</source>
        <translation>{name}: нет согласия на СМС ни по одному номеру.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Stillroom — something went wrong</source>
        <translation>Stillroom — что-то пошло не так</translation>
    </message>
    <message>
        <source>Something unexpected went wrong</source>
        <translation>Произошла непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Your practice&apos;s data is safe: Stillroom saves each change whole or not at all, so nothing was left half-written, and everything saved before is as it was.</source>
        <translation>Данные вашей практики в сохранности: Stillroom сохраняет каждое изменение целиком или не сохраняет вовсе, поэтому ничего не записано наполовину, а всё сохранённое раньше осталось как было.</translation>
    </message>
    <message>
        <source>Save what you are writing and close any open dialogs. If this happens again, restart Stillroom. To help us fix it, copy the details below and send them to support: they say where in Stillroom the error happened and hold no client information.</source>
        <translation>Сохраните то, что пишете, и закройте открытые окна. Если это повторится, перезапустите Stillroom. Чтобы помочь нам исправить ошибку, скопируйте сведения ниже и отправьте их в поддержку: в них сказано, где в Stillroom случилась ошибка, и нет никаких сведений о клиентах.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Скопировать сведения</translation>
    </message>
    <message>
        <source>A copy of these details is kept in the log: {path}</source>
        <translation>Копия этих сведений сохранена в журнале: {path}</translation>
    </message>
    <message>
        <source>More unexpected errors since this one: {count}</source>
        <translation>Ещё непредвиденных ошибок после этой: {count}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
</context>
<context>
    <name>CreatePracticeDialog</name>
    <message>
        <source>Stillroom — Create your practice</source>
        <translation>Stillroom — Создание практики</translation>
    </message>
    <message>
        <source>{code} — {name}</source>
        <translation>{code} — {name}</translation>
    </message>
    <message>
        <source>e.g. 70</source>
        <translation>например, 3000</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Practice name</source>
        <translation>Название практики</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Usual session fee</source>
        <translation>Обычная стоимость сессии</translation>
    </message>
    <message>
        <source>Usual session length</source>
        <translation>Обычная длительность сессии</translation>
    </message>
    <message>
        <source>New sessions take this fee and length; a client can have their own fee. Type 0 if you do not charge.</source>
        <translation>Новые сессии получают эту стоимость и длительность; у клиента может быть своя стоимость. Введите 0, если вы не берёте оплату.</translation>
    </message>
    <message>
        <source>Your city (time zone)</source>
        <translation>Ваш город (часовой пояс)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Запомнить на этом компьютере</translation>
    </message>
    <message>
        <source>Keeps the key in this computer&apos;s keychain, so Stillroom opens without asking. Only for a computer nobody else uses.</source>
        <translation>Ключ хранится в защищённом хранилище этого компьютера, и Stillroom открывается без парольной фразы. Только для компьютера, которым больше никто не пользуется.</translation>
    </message>
    <message>
        <source>Creating your practice. This takes a few seconds…</source>
        <translation>Создаём вашу практику. Это займёт несколько секунд…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Create practice</source>
        <translation>Создать практику</translation>
    </message>
    <message>
        <source>Create your practice</source>
        <translation>Создание практики</translation>
    </message>
    <message>
        <source>Stillroom keeps your practice book encrypted on this computer. Nothing leaves it unless you export it.</source>
        <translation>Stillroom хранит записи вашей практики в зашифрованном виде на этом компьютере. Данные не покидают его, пока вы сами их не экспортируете.</translation>
    </message>
    <message>
        <source>The passphrase opens your practice book. Nobody can reset it for you, so choose words you will remember.</source>
        <translation>Парольная фраза открывает доступ к записям вашей практики. Сбросить её за вас никто не сможет, поэтому выберите слова, которые вы запомните.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>Please enter the fee you usually charge for a session (0 if you do not charge).</source>
        <translation>Укажите, сколько обычно стоит ваша сессия (0, если вы не берёте оплату).</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Лист восстановления</translation>
    </message>
    <message>
        <source>Print recovery sheet…</source>
        <translation>Распечатать лист восстановления…</translation>
    </message>
    <message>
        <source>A page with the code and how to use it, to print or save and keep safe.</source>
        <translation>Страница с кодом и инструкцией: распечатайте или сохраните её и храните в надёжном месте.</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Код сохранён у меня</translation>
    </message>
    <message>
        <source>Open my practice</source>
        <translation>Открыть мою практику</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Ваш код восстановления</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code is the only way back into your practice. Write it down on paper now and keep it somewhere safe, away from this computer.</source>
        <translation>Если вы забудете парольную фразу, только этот код поможет снова открыть практику. Запишите его на бумаге прямо сейчас и храните в надёжном месте, отдельно от этого компьютера.</translation>
    </message>
    <message>
        <source>It will not be shown again.</source>
        <translation>Повторно код показан не будет.</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>Pound sterling</source>
        <translation>Фунт стерлингов</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>Евро</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>Доллар США</translation>
    </message>
    <message>
        <source>Russian rouble</source>
        <translation>Российский рубль</translation>
    </message>
    <message>
        <source>Canadian dollar</source>
        <translation>Канадский доллар</translation>
    </message>
    <message>
        <source>Australian dollar</source>
        <translation>Австралийский доллар</translation>
    </message>
    <message>
        <source>New Zealand dollar</source>
        <translation>Новозеландский доллар</translation>
    </message>
    <message>
        <source>Swiss franc</source>
        <translation>Швейцарский франк</translation>
    </message>
    <message>
        <source>Israeli shekel</source>
        <translation>Израильский шекель</translation>
    </message>
    <message>
        <source>Ukrainian hryvnia</source>
        <translation>Украинская гривна</translation>
    </message>
    <message>
        <source>Kazakh tenge</source>
        <translation>Казахстанский тенге</translation>
    </message>
    <message>
        <source>Georgian lari</source>
        <translation>Грузинский лари</translation>
    </message>
    <message>
        <source>Armenian dram</source>
        <translation>Армянский драм</translation>
    </message>
    <message>
        <source>Swedish krona</source>
        <translation>Шведская крона</translation>
    </message>
    <message>
        <source>Norwegian krone</source>
        <translation>Норвежская крона</translation>
    </message>
    <message>
        <source>Danish krone</source>
        <translation>Датская крона</translation>
    </message>
    <message>
        <source>Polish złoty</source>
        <translation>Польский злотый</translation>
    </message>
    <message>
        <source>Czech koruna</source>
        <translation>Чешская крона</translation>
    </message>
    <message>
        <source>Turkish lira</source>
        <translation>Турецкая лира</translation>
    </message>
    <message>
        <source>Japanese yen</source>
        <translation>Японская иена</translation>
    </message>
    <message>
        <source>South Korean won</source>
        <translation>Южнокорейская вона</translation>
    </message>
</context>
<context>
    <name>DayCloseReminder</name>
    <message>
        <source>Your working day is over: {day} is not closed yet.</source>
        <translation>Рабочий день окончен, а день {day} ещё не закрыт.</translation>
    </message>
    <message>
        <source>An earlier working day, {day}, is still open.</source>
        <translation>Более ранний рабочий день ({day}) ещё не закрыт.</translation>
    </message>
</context>
<context>
    <name>DayHeader</name>
    <message>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
</context>
<context>
    <name>DayNotice</name>
    <message>
        <source>A day to close</source>
        <translation>День, который нужно закрыть</translation>
    </message>
    <message>
        <source>Close the day…</source>
        <translation>Закрыть день…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
</context>
<context>
    <name>DayProblem</name>
    <message>
        <source>{client}&apos;s session at {time} is still marked as booked. What happened?</source>
        <translation>Сессия клиента {client} в {time} всё ещё отмечена как запланированная. Что произошло?</translation>
    </message>
    <message>
        <source>Nothing is charged for {client}&apos;s session at {time} ({status}). The policy&apos;s fee is {policy}.</source>
        <translation>За сессию клиента {client} в {time} ({status}) ничего не начислено. По правилам оплата — {policy}.</translation>
    </message>
    <message>
        <source>Nothing is charged for {client}&apos;s session at {time} ({status}), but the policy&apos;s fee is {policy}. Charge it, or say why not.</source>
        <translation>За сессию клиента {client} в {time} ({status}) ничего не начислено, хотя по правилам оплата — {policy}. Начислите её или укажите, почему нет.</translation>
    </message>
    <message>
        <source>{client}&apos;s session at {time} is charged {charged}, but the policy says {policy}, and no reason is noted.</source>
        <translation>За сессию клиента {client} в {time} начислено {charged}, а по правилам — {policy}; причина не указана.</translation>
    </message>
    <message>
        <source>A payment of {amount} ({method}) is not tied to any client.</source>
        <translation>Платёж {amount} ({method}) не привязан ни к одному клиенту.</translation>
    </message>
    <message>
        <source>A payment of {amount} is not tied to any client.</source>
        <translation>Платёж {amount} не привязан ни к одному клиенту.</translation>
    </message>
    <message>
        <source>{client} has {amount} in credit, paid ahead for sessions to come. Nothing to put right.</source>
        <translation>{client}: {amount} оплачено вперёд, в счёт будущих сессий. Исправлять ничего не нужно.</translation>
    </message>
    <message>
        <source>An earlier working day, {day}, is not closed yet.</source>
        <translation>Более ранний рабочий день ({day}) ещё не закрыт.</translation>
    </message>
    <message>
        <source>The note of {client}&apos;s session on {day} is still a draft after {days} days. Sign it, or say why it waits.</source>
        <translation>Запись о сессии ({client}, {day}) остаётся черновиком уже {days} дн. Подпишите её или отметьте, почему она ждёт.</translation>
    </message>
</context>
<context>
    <name>DayProblems</name>
    <message>
        <source>I missed it</source>
        <translation>Пропущена мной</translation>
    </message>
    <message>
        <source>Cancelled…</source>
        <translation>Отменена…</translation>
    </message>
    <message>
        <source>Charge {amount}</source>
        <translation>Начислить {amount}</translation>
    </message>
    <message>
        <source>Another amount…</source>
        <translation>Другая сумма…</translation>
    </message>
    <message>
        <source>Charge the policy&apos;s {amount}</source>
        <translation>Начислить {amount} по правилам</translation>
    </message>
    <message>
        <source>Keep {amount}, with a reason…</source>
        <translation>Оставить {amount}, указав причину…</translation>
    </message>
    <message>
        <source>Charge nothing, with a reason…</source>
        <translation>Не начислять, указав причину…</translation>
    </message>
    <message>
        <source>Whose payment is it?…</source>
        <translation>Чей это платёж?…</translation>
    </message>
    <message>
        <source>Refund it…</source>
        <translation>Оформить возврат…</translation>
    </message>
    <message>
        <source>Open that day</source>
        <translation>Открыть тот день</translation>
    </message>
    <message>
        <source>Accepted: {note}</source>
        <translation>Принято: {note}</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <source>Accept with a note…</source>
        <translation>Принять с пояснением…</translation>
    </message>
    <message>
        <source>Why you accept this</source>
        <translation>Почему вы это принимаете</translation>
    </message>
    <message>
        <source>Why you accept it as it is (kept with the day)</source>
        <translation>Почему вы принимаете это как есть (сохранится вместе с днём)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>Mark as</source>
        <translation>Отметить</translation>
    </message>
    <message>
        <source>Please say in a few words why you accept it.</source>
        <translation>Пожалуйста, коротко напишите, почему вы это принимаете.</translation>
    </message>
</context>
<context>
    <name>DayReceipts</name>
    <message>
        <source>Receipt…</source>
        <translation>Квитанция…</translation>
    </message>
    <message>
        <source>Receipt for the session&apos;s payment</source>
        <translation>Квитанция за оплату сессии</translation>
    </message>
    <message>
        <source>Receipt for the payment chosen</source>
        <translation>Квитанция за выбранную оплату</translation>
    </message>
</context>
<context>
    <name>DaySheet</name>
    <message>
        <source>Save the day sheet</source>
        <translation>Сохранить итоги дня</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Таблица CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>DayTable</name>
    <message>
        <source>The day&apos;s sessions</source>
        <translation>Сессии дня</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>How paid</source>
        <translation>Способ оплаты</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Списание</translation>
    </message>
    <message>
        <source>Client&apos;s balance</source>
        <translation>Баланс клиента</translation>
    </message>
    <message>
        <source>Other money on the day</source>
        <translation>Другие платежи за день</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>пока неизвестно</translation>
    </message>
</context>
<context>
    <name>DayTotals</name>
    <message>
        <source>no sessions</source>
        <translation>сессий нет</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сессии</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Списание</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Still owed by the day&apos;s clients</source>
        <translation>Задолженность клиентов этого дня</translation>
    </message>
    <message>
        <source>Sessions {status}</source>
        <translation>Сессии «{status}»</translation>
    </message>
    <message>
        <source>Received by {method}</source>
        <translation>Получено ({method})</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>Задолженность</translation>
    </message>
    <message>
        <source>{what}: {first} when first closed, {now} now.</source>
        <translation>{what}: {first} при первом закрытии, {now} сейчас.</translation>
    </message>
</context>
<context>
    <name>DiscreetWords</name>
    <message>
        <source>about an appointment</source>
        <translation>по поводу записи</translation>
    </message>
    <message>
        <source>about a business matter</source>
        <translation>по рабочему вопросу</translation>
    </message>
    <message>
        <source>It&apos;s {therapist}, calling {matter}.</source>
        <translation>Это {therapist}, я звоню {matter}.</translation>
    </message>
    <message>
        <source>I&apos;m calling {matter}.</source>
        <translation>Я звоню {matter}.</translation>
    </message>
    <message>
        <source>Hello, could I speak to {name}, please?</source>
        <translation>Здравствуйте! Подскажите, пожалуйста, {name} может подойти к телефону?</translation>
    </message>
    <message>
        <source>(If they ask who is calling:)</source>
        <translation>(Если спросят, кто звонит:)</translation>
    </message>
    <message>
        <source>(If {name} isn&apos;t there:) Could you let them know I called, and ask them to call me back? I&apos;ll try again later too. Thank you.</source>
        <translation>(Если {name} не может подойти:) Передайте, пожалуйста, что звонили, и попросите перезвонить. Я тоже попробую позвонить позже. Спасибо.</translation>
    </message>
    <message>
        <source>(Nothing more, even if asked: it is for {name} to tell.)</source>
        <translation>(Больше ничего не говорите, даже если спросят: рассказывать или нет — решает {name}.)</translation>
    </message>
    <message>
        <source>Hello, this is a message for {name}.</source>
        <translation>Здравствуйте, {name}!</translation>
    </message>
    <message>
        <source>It&apos;s {therapist}.</source>
        <translation>Это {therapist}.</translation>
    </message>
    <message>
        <source>I was expecting you for our appointment {on_day} at {time}, and wanted to check that you are all right.</source>
        <translation>Мы не встретились в назначенное время ({on_day}, {time}), и я хочу убедиться, что у вас всё в порядке.</translation>
    </message>
    <message>
        <source>I&apos;d be glad to find you a new time: could you call me back on {phone} to rebook?</source>
        <translation>Я с радостью предложу новое время: перезвоните мне, пожалуйста, по номеру {phone}, чтобы договориться о новой записи.</translation>
    </message>
    <message>
        <source>I&apos;d be glad to find you a new time: could you call me back to rebook?</source>
        <translation>Я с радостью предложу новое время: перезвоните мне, пожалуйста, чтобы договориться о новой записи.</translation>
    </message>
    <message>
        <source>Thank you, goodbye.</source>
        <translation>Спасибо, до свидания.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Ответит кто-то другой</translation>
    </message>
</context>
<context>
    <name>DoNotContactRow</name>
    <message>
        <source>Write all the same</source>
        <translation>Всё равно написать</translation>
    </message>
    <message>
        <source>Why you are writing</source>
        <translation>Почему Вы пишете</translation>
    </message>
    <message>
        <source>Why you are writing: kept in their chart</source>
        <translation>Почему Вы пишете: сохранится в карте клиента</translation>
    </message>
    <message>
        <source>{name} asked for no calls, messages or letters.</source>
        <translation>{name}: просьба не звонить, не писать сообщений и не присылать писем.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>When you press Finish, this goes in the client&apos;s chart:</source>
        <translation>Когда вы нажмёте «Готово», в карточку клиента попадёт вот что:</translation>
    </message>
    <message>
        <source>There is nothing to put in the chart yet. Please go back and write what went wrong, what would help or the plan; or press Cancel to leave without saving.</source>
        <translation>В карточку пока нечего записать. Вернитесь назад и напишите, что пошло не так, что могло бы помочь или какой у вас план; или нажмите «Отмена», чтобы выйти без сохранения.</translation>
    </message>
</context>
<context>
    <name>EndingQuestion</name>
    <message>
        <source>Mark the client as ending?</source>
        <translation>Назначить дату завершения терапии?</translation>
    </message>
    <message>
        <source>Your letter says the file closes on {day}. Mark {name} as ending on that day? Until then they are off the call list; on that day they are marked ended.</source>
        <translation>В письме сказано, что карта будет закрыта {day}. Назначить завершение терапии с клиентом {name} на этот день? До тех пор клиента не будет в списке звонков, а в этот день терапия будет отмечена как завершённая.</translation>
    </message>
    <message>
        <source>Mark as ending on {day}</source>
        <translation>Завершить {day}</translation>
    </message>
    <message>
        <source>Mark the client ended?</source>
        <translation>Завершить работу с клиентом?</translation>
    </message>
    <message>
        <source>Mark {name} as ended today? Their sessions stay in the records; you can make them active again later.</source>
        <translation>Отметить, что работа с клиентом {name} завершена сегодня? Его сессии останутся в записях; позже можно снова вернуть статус «В работе».</translation>
    </message>
    <message>
        <source>Mark ended</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>No sessions are booked after that.</source>
        <translation>После этого сессий не назначено.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>These booked sessions will be cancelled, as your decision, with no fee:</source>
        <translation>Эти назначенные сессии будут отменены по Вашему решению, без оплаты:</translation>
    </message>
</context>
<context>
    <name>ExportCalendarDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>Экспорт календаря</translation>
    </message>
    <message>
        <source>The calendar on your phone</source>
        <translation>Календарь на вашем телефоне</translation>
    </message>
    <message>
        <source>Sessions and blocked time saved as an .ics file, which Google Calendar, Apple Calendar and Outlook can open. Cancelled sessions are left out. The file is not encrypted: carry it to your phone yourself, and delete it once it is there.</source>
        <translation>Сессии и занятое время сохраняются в файл .ics, который открывают Google Календарь, Apple Календарь и Outlook. Отменённые сессии в него не попадают. Файл не зашифрован: перенесите его на телефон сами и удалите, когда он окажется там.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Everything ahead</source>
        <translation>Всё, что впереди</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>As “Session”, with no name</source>
        <translation>Как «Сессия», без имени</translation>
    </message>
    <message>
        <source>By their initials</source>
        <translation>По инициалам</translation>
    </message>
    <message>
        <source>By their full names</source>
        <translation>Полными именами</translation>
    </message>
    <message>
        <source>Full names can be read by anyone who sees your phone, and your calendar app may copy them to its company&apos;s servers. Initials are safer.</source>
        <translation>Полные имена увидит любой, кто смотрит на ваш телефон, а приложение календаря может скопировать их на серверы своей компании. Инициалы надёжнее.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Save the calendar</source>
        <translation>Сохранить календарь</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Файл календаря (*.ics)</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Сохранено: {path}.</translation>
    </message>
</context>
<context>
    <name>FeePage</name>
    <message>
        <source>A fee of {amount} was already charged for this session.</source>
        <translation>За эту сессию уже начислена оплата: {amount}.</translation>
    </message>
    <message>
        <source>The fee of {amount} was waived: {reason}.</source>
        <translation>Оплата {amount} была отменена: {reason}.</translation>
    </message>
    <message>
        <source>Charge the fee</source>
        <translation>Начислить оплату</translation>
    </message>
    <message>
        <source>Waive it</source>
        <translation>Не брать оплату</translation>
    </message>
    <message>
        <source>Leave it for now</source>
        <translation>Решить позже</translation>
    </message>
    <message>
        <source>Nothing is charged unless you enter an amount.</source>
        <translation>Пока сумма не введена, ничего не начисляется.</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Выберите причину</translation>
    </message>
    <message>
        <source>Why, in a few words (needed for &quot;Other reason&quot;)</source>
        <translation>Почему, в двух словах (обязательно для «Другая причина»)</translation>
    </message>
    <message>
        <source>Nothing is charged now; you can charge or waive it later.</source>
        <translation>Сейчас ничего не начисляется; начислить оплату или отказаться от неё можно позже.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>No fee is proposed. The policy&apos;s fee would be {amount}.</source>
        <translation>Оплата не предлагается. По вашим правилам она составила бы {amount}.</translation>
    </message>
    <message>
        <source>The policy proposes {amount}.</source>
        <translation>По вашим правилам: {amount}.</translation>
    </message>
    <message>
        <source>A fee of {amount} is charged.</source>
        <translation>Будет начислена оплата: {amount}.</translation>
    </message>
    <message>
        <source>No fee is charged.</source>
        <translation>Оплата не начисляется.</translation>
    </message>
    <message>
        <source>Fee charged: {amount}.</source>
        <translation>Начислена оплата: {amount}.</translation>
    </message>
    <message>
        <source>No fee: the practice forgives a client&apos;s first missed session.</source>
        <translation>Без оплаты: первая неявка клиента не оплачивается.</translation>
    </message>
    <message>
        <source>No fee charged.</source>
        <translation>Оплата не начислена.</translation>
    </message>
    <message>
        <source>Fee of {amount} waived: {reason}.</source>
        <translation>Оплата {amount} отменена: {reason}.</translation>
    </message>
    <message>
        <source>Fee of {amount} left for now.</source>
        <translation>Оплата {amount}: решение отложено.</translation>
    </message>
</context>
<context>
    <name>FeePolicy</name>
    <message>
        <source>The client did not come to the session and did not cancel it.</source>
        <translation>Сессия пропущена без отмены.</translation>
    </message>
    <message>
        <source>Cancelled {hours} h {minutes} min before the session; the practice asks for {window} hours&apos; notice.</source>
        <translation>Сессия отменена за {hours} ч {minutes} мин до начала; по правилам практики об отмене нужно сообщать не позднее чем за {window} ч.</translation>
    </message>
    <message>
        <source>Cancelled {minutes} min before the session; the practice asks for {window} hours&apos; notice.</source>
        <translation>Сессия отменена за {minutes} мин до начала; по правилам практики об отмене нужно сообщать не позднее чем за {window} ч.</translation>
    </message>
    <message>
        <source>Cancelled only after the session had begun.</source>
        <translation>Сессия отменена уже после начала.</translation>
    </message>
    <message>
        <source>Cancelled late; the practice asks for {window} hours&apos; notice.</source>
        <translation>Поздняя отмена: по правилам практики об отмене нужно сообщать не позднее чем за {window} ч.</translation>
    </message>
    <message>
        <source>This is the client&apos;s first missed session, and the practice forgives a client&apos;s first one.</source>
        <translation>Это первая неявка клиента, а первая неявка по правилам практики не оплачивается.</translation>
    </message>
</context>
<context>
    <name>FeeQuestion</name>
    <message>
        <source>Why the fee is waived</source>
        <translation>Почему оплата не взимается</translation>
    </message>
    <message>
        <source>Waive it</source>
        <translation>Не брать оплату</translation>
    </message>
    <message>
        <source>The fee for this missed session is not decided yet, so the letter cannot say whether there is one. Your policy&apos;s fee is {amount}. Decide it here:</source>
        <translation>Решение об оплате пропущенной сессии ещё не принято, поэтому письмо не может сказать, будет ли она. По Вашим правилам оплата составляет {amount}. Решите здесь:</translation>
    </message>
    <message>
        <source>Charge {amount}</source>
        <translation>Начислить {amount}</translation>
    </message>
</context>
<context>
    <name>FileExport</name>
    <message>
        <source>Stillroom could not write {path}: {reason}</source>
        <translation>Stillroom не удалось записать {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Anything else for the chart entry (optional)</source>
        <translation>Что ещё добавить в запись для карточки (по желанию)</translation>
    </message>
</context>
<context>
    <name>GuidedDialog</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Пропустить шаг</translation>
    </message>
    <message>
        <source>Skip and finish</source>
        <translation>Пропустить и завершить</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Как обращаться</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Мобильный телефон</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Домашний телефон</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Рабочий телефон</translation>
    </message>
    <message>
        <source>Phone label</source>
        <translation>Подпись к телефону</translation>
    </message>
    <message>
        <source>May call</source>
        <translation>Можно звонить</translation>
    </message>
    <message>
        <source>May leave a voicemail</source>
        <translation>Можно оставить голосовое сообщение</translation>
    </message>
    <message>
        <source>May text</source>
        <translation>Можно писать сообщения</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Address, second line</source>
        <translation>Адрес, вторая строка</translation>
    </message>
    <message>
        <source>City or town</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>Регион или область</translation>
    </message>
    <message>
        <source>Postcode or ZIP</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Preferred way to meet</source>
        <translation>Предпочтительный формат встреч</translation>
    </message>
    <message>
        <source>Online name (Skype, Zoom…)</source>
        <translation>Имя для связи онлайн (Skype, Zoom…)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>Первая сессия</translation>
    </message>
    <message>
        <source>Own session fee</source>
        <translation>Индивидуальная стоимость сессии</translation>
    </message>
    <message>
        <source>Chart notes</source>
        <translation>Заметки в карте</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Не импортируется</translation>
    </message>
    <message>
        <source>Encoding: {encoding}</source>
        <translation>Кодировка: {encoding}</translation>
    </message>
    <message>
        <source>Contacts file (vCard)</source>
        <translation>Файл контактов (vCard)</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Таблица (CSV)</translation>
    </message>
    <message>
        <source>Delimiter: {delimiter}</source>
        <translation>Разделитель: {delimiter}</translation>
    </message>
    <message>
        <source>Dates of birth with slashes are read day first, as the file&apos;s other dates show.</source>
        <translation>Даты рождения с косой чертой читаются как день/месяц — так показывают другие даты файла.</translation>
    </message>
    <message>
        <source>Dates of birth with slashes are read month first, as the file&apos;s other dates show.</source>
        <translation>Даты рождения с косой чертой читаются как месяц/день — так показывают другие даты файла.</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Строка {line}: {problem}</translation>
    </message>
</context>
<context>
    <name>IncomeYearDialog</name>
    <message>
        <source>The year for the accountant</source>
        <translation>Год для бухгалтера</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Доход</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Чистый доход</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Списано</translation>
    </message>
    <message>
        <source>Income by month</source>
        <translation>Доход по месяцам</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>Сохранено: {path}.</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Сохранить как CSV…</translation>
    </message>
    <message>
        <source>Save the months as a spreadsheet file</source>
        <translation>Сохранить месяцы как файл таблицы</translation>
    </message>
    <message>
        <source>Making the paper…</source>
        <translation>Документ готовится…</translation>
    </message>
    <message>
        <source>Save the year as a PDF file (Ctrl+S)</source>
        <translation>Сохранить год как файл PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Nothing has been entered in the ledger yet, so every month is empty.</source>
        <translation>В счетах пока нет ни одной записи, поэтому все месяцы пусты.</translation>
    </message>
    <message>
        <source>Income for {year}</source>
        <translation>Доход за {year} год</translation>
    </message>
    <message>
        <source>Money received, refunded and waived in each month of {year}, by the practice&apos;s own days. The paper and the spreadsheet are in the practice&apos;s language.</source>
        <translation>Сколько получено, возвращено и списано в каждом месяце {year} года, по дням практики. Документ и таблица — на языке практики.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Waived, by reason: {reasons}. Stillroom keeps no separate write-offs; “{goodwill}” and “{other}” are the nearest to one.</source>
        <translation>Списано, по причинам: {reasons}. Отдельного списания долгов в Stillroom нет; ближе всего к нему — «{goodwill}» и «{other}».</translation>
    </message>
    <message>
        <source>Owed at the year&apos;s end (31 December): {amount}, by one client.</source>
        <translation>Задолженность на конец года (31 декабря): {amount}, у одного клиента.</translation>
    </message>
    <message numerus="yes">
        <source>Owed at the year&apos;s end (31 December): {amount}, by %n clients.</source>
        <translation>
            <numerusform>Задолженность на конец года (31 декабря): {amount}, у %n клиента.</numerusform>
            <numerusform>Задолженность на конец года (31 декабря): {amount}, у %n клиентов.</numerusform>
            <numerusform>Задолженность на конец года (31 декабря): {amount}, у %n клиентов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the year as CSV</source>
        <translation>Сохранить год как CSV</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Таблица CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>A new invoice</source>
        <translation>Новый счёт</translation>
    </message>
    <message>
        <source>It lists the charges of the session or the period that are not on an invoice yet. Once issued, an invoice keeps its number and never changes: a mistake is put right by voiding it with a credit note.</source>
        <translation>В счёт войдут начисления за сессию или период, ещё не включённые в другой счёт. Выставленный счёт сохраняет свой номер и больше не меняется: ошибку исправляют, аннулируя его кредит-нотой.</translation>
    </message>
    <message>
        <source>One session</source>
        <translation>Одна сессия</translation>
    </message>
    <message>
        <source>A period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>The session to invoice</source>
        <translation>Сессия для счёта</translation>
    </message>
    <message>
        <source>The first day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>The last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>The invoice&apos;s language</source>
        <translation>Язык счёта</translation>
    </message>
    <message>
        <source>What the invoice will list</source>
        <translation>Что войдёт в счёт</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>Выставить счёт</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>{description} — {amount}</source>
        <translation>{description} — {amount}</translation>
    </message>
    <message>
        <source>Every charged session is on an invoice already.</source>
        <translation>Все сессии с начислениями уже включены в счета.</translation>
    </message>
    <message>
        <source>Total: {amount}</source>
        <translation>Итого: {amount}</translation>
    </message>
    <message>
        <source>Invoice {number} is issued</source>
        <translation>Счёт {number} выставлен</translation>
    </message>
    <message>
        <source>Total {amount}, due {day}. It is kept with the letters; print it or save it as a PDF to send.</source>
        <translation>Сумма {amount}, оплатить до {day}. Счёт сохранён вместе с письмами; распечатайте его или сохраните в PDF, чтобы отправить.</translation>
    </message>
</context>
<context>
    <name>InvoiceWords</name>
    <message>
        <source>Voids {number}</source>
        <translation>Аннулирует {number}</translation>
    </message>
    <message>
        <source>Voided by {number}</source>
        <translation>Аннулирован: {number}</translation>
    </message>
    <message>
        <source>{status} · invoice {number}</source>
        <translation>{status} · счёт {number}</translation>
    </message>
</context>
<context>
    <name>KeepPage</name>
    <message>
        <source>Yes, keep it by phone</source>
        <translation>Да, провести по телефону</translation>
    </message>
    <message>
        <source>Yes, keep it by video</source>
        <translation>Да, провести по видеосвязи</translation>
    </message>
    <message>
        <source>No, cancel it</source>
        <translation>Нет, отменить</translation>
    </message>
    <message>
        <source>Their video details: {handle}</source>
        <translation>Для видеосвязи: {handle}</translation>
    </message>
    <message>
        <source>If you could still meet on {when}, by phone or video, the session can go ahead that way and nothing is cancelled.</source>
        <translation>Если в назначенное время ({when}) можно встретиться по телефону или по видеосвязи, сессия пройдёт так, и ничего отменять не нужно.</translation>
    </message>
    <message>
        <source>Often what stops a client coming is getting there: work running late, a child at home, a cold, a journey. If {name} could still talk on {when}, the session can go ahead by phone or video instead, and nothing is cancelled.</source>
        <translation>Часто прийти мешает сама дорога: задержали на работе, ребёнок дома, простуда, поездка. Если клиент {name} сможет поговорить в назначенное время ({when}), сессию можно провести по телефону или по видеосвязи, и ничего отменять не нужно.</translation>
    </message>
    <message>
        <source>This would be a late cancellation: kept, there is no fee to think about.</source>
        <translation>Это была бы поздняя отмена; если сессию сохранить, думать об оплате не придётся.</translation>
    </message>
    <message>
        <source>Please choose whether to keep the session or cancel it.</source>
        <translation>Пожалуйста, выберите: сохранить сессию или отменить её.</translation>
    </message>
</context>
<context>
    <name>KnowsLinks</name>
    <message>
        <source>Add someone they know…</source>
        <translation>Добавить знакомого…</translation>
    </message>
    <message>
        <source>Clients who know each other are not booked back to back, so they do not meet in the waiting room.</source>
        <translation>Знакомых между собой клиентов не записывают встык, чтобы они не встретились в приёмной.</translation>
    </message>
    <message>
        <source>No one linked.</source>
        <translation>Знакомых не отмечено.</translation>
    </message>
    <message>
        <source>{name} ({full_name})</source>
        <translation>{name} ({full_name})</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Remove the link to {name}</source>
        <translation>Убрать связь с клиентом {name}</translation>
    </message>
    <message>
        <source>Who does {name} know?</source>
        <translation>Кого знает {name}?</translation>
    </message>
    <message>
        <source>Type a name, then click it or press Enter.</source>
        <translation>Введите имя, затем выберите его щелчком или нажмите Enter.</translation>
    </message>
</context>
<context>
    <name>LateDialog</name>
    <message>
        <source>Client is late</source>
        <translation>Клиент опаздывает</translation>
    </message>
    <message>
        <source>Check on them</source>
        <translation>Узнать, всё ли в порядке</translation>
    </message>
    <message>
        <source>A friendly call often helps. If someone else answers, or you reach voicemail, say only that you are calling about an appointment.</source>
        <translation>Часто помогает дружелюбный звонок. Если ответит кто-то другой или включится автоответчик, скажите только, что звоните по поводу записи.</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Как всё прошло</translation>
    </message>
    <message>
        <source>Record the call or message, so the client&apos;s contact history shows it.</source>
        <translation>Запишите звонок или сообщение, чтобы они остались в журнале связи клиента.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Mark the session now, or leave it until you know more.</source>
        <translation>Отметьте сессию сейчас или оставьте как есть, пока не узнаете больше.</translation>
    </message>
    <message>
        <source>{name} has not arrived for the {time} session: {minutes} min late.</source>
        <translation>Сессия в {time} ({name}): прошло {minutes} мин, клиента пока нет.</translation>
    </message>
    <message>
        <source>{name} has not arrived for the {time} session.</source>
        <translation>Сессия в {time} ({name}): клиента пока нет.</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Опоздание</translation>
    </message>
    <message>
        <source>Had not arrived {minutes} min after the start of the session on {when}.</source>
        <translation>Через {minutes} мин после начала сессии {when} клиента ещё не было.</translation>
    </message>
    <message>
        <source>If they answer</source>
        <translation>Если клиент ответит</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Голосовое сообщение</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>СМС</translation>
    </message>
    <message>
        <source>Hello {name}, it&apos;s {therapist}.</source>
        <translation>Здравствуйте, {name}! Это {therapist}.</translation>
    </message>
    <message>
        <source>Hello {name}.</source>
        <translation>Здравствуйте, {name}!</translation>
    </message>
    <message>
        <source>I&apos;m just checking whether you&apos;re on your way for our appointment at {time}.</source>
        <translation>Звоню уточнить: вы уже в пути на нашу встречу в {time}?</translation>
    </message>
    <message>
        <source>I&apos;m just checking whether you&apos;re still able to join our appointment at {time}.</source>
        <translation>Звоню уточнить: получится ли у вас подключиться к нашей встрече в {time}?</translation>
    </message>
    <message>
        <source>If you&apos;re coming, there&apos;s no rush: we still have time, and I&apos;ll be here.</source>
        <translation>Если вы скоро будете — не спешите: время у нас ещё есть, я на месте.</translation>
    </message>
    <message>
        <source>If you can join now, there&apos;s no rush: we still have time, and I&apos;m here.</source>
        <translation>Если можете подключиться сейчас — не спешите: время у нас ещё есть, я на связи.</translation>
    </message>
    <message>
        <source>If today isn&apos;t possible after all, that&apos;s all right. Let me know, and we&apos;ll find another time.</source>
        <translation>Если сегодня всё-таки не получается — ничего страшного. Дайте мне знать, и мы найдём другое время.</translation>
    </message>
    <message>
        <source>Thank you. See you soon, I hope.</source>
        <translation>Спасибо. Надеюсь, скоро увидимся.</translation>
    </message>
    <message>
        <source>It&apos;s {therapist}, just checking whether you&apos;re still able to join our appointment at {time}.</source>
        <translation>Это {therapist}, хочу уточнить, получится ли у вас подключиться к нашей встрече в {time}.</translation>
    </message>
    <message>
        <source>Hello, this is a message for {name}.</source>
        <translation>Здравствуйте, {name}!</translation>
    </message>
    <message>
        <source>It&apos;s {therapist}, just checking whether you&apos;re on your way for our appointment at {time}.</source>
        <translation>Это {therapist}, звоню уточнить насчёт нашей встречи в {time}: вы уже в пути?</translation>
    </message>
    <message>
        <source>Could you call me back when you can, on {phone}?</source>
        <translation>Перезвоните мне, пожалуйста, когда сможете, по номеру {phone}.</translation>
    </message>
    <message>
        <source>Could you call me back when you can?</source>
        <translation>Перезвоните мне, пожалуйста, когда сможете.</translation>
    </message>
    <message>
        <source>Thank you, goodbye.</source>
        <translation>Спасибо, до свидания.</translation>
    </message>
    <message>
        <source>Just checking whether you&apos;re on your way for our appointment at {time}.</source>
        <translation>Хочу уточнить насчёт нашей встречи в {time}: вы уже в пути?</translation>
    </message>
    <message>
        <source>Just checking whether you&apos;re still able to join our appointment at {time}.</source>
        <translation>Хочу уточнить, получится ли у вас подключиться к нашей встрече в {time}.</translation>
    </message>
    <message>
        <source>Could you reply or call when you can? Thank you.</source>
        <translation>Ответьте или позвоните, пожалуйста, когда сможете. Спасибо!</translation>
    </message>
</context>
<context>
    <name>LateNotice</name>
    <message>
        <source>Clients who have not arrived</source>
        <translation>Клиенты, которые не пришли</translation>
    </message>
    <message>
        <source>{client} has not arrived for the {time} session ({minutes} minutes).</source>
        <translation>Сессия в {time} ({client}): клиента пока нет, прошло минут: {minutes}.</translation>
    </message>
    <message>
        <source>Arrived late</source>
        <translation>На месте, с опозданием</translation>
    </message>
    <message>
        <source>Call…</source>
        <translation>Позвонить…</translation>
    </message>
    <message>
        <source>No-show…</source>
        <translation>Неявка…</translation>
    </message>
    <message>
        <source>No number on file</source>
        <translation>Номер не указан</translation>
    </message>
    <message>
        <source>Video: {handle}</source>
        <translation>Видео: {handle}</translation>
    </message>
    <message>
        <source>No video handle on file</source>
        <translation>Видеоконтакт не указан</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Write a letter</source>
        <translation>Написать письмо</translation>
    </message>
    <message>
        <source>A letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Press Preview to see the letter as it will be printed.</source>
        <translation>Нажмите «Просмотр», чтобы увидеть письмо таким, каким оно будет напечатано.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>A letter to {name}</source>
        <translation>Письмо клиенту {name}</translation>
    </message>
    <message>
        <source>Letter to {name}</source>
        <translation>Письмо клиенту {name}</translation>
    </message>
    <message>
        <source>Choose why the work ends to see the letter.</source>
        <translation>Выберите причину завершения работы, чтобы увидеть письмо.</translation>
    </message>
    <message>
        <source>The letter cannot be made yet: see the message on the left.</source>
        <translation>Письмо пока нельзя создать: см. сообщение слева.</translation>
    </message>
    <message>
        <source>Edited: your words are kept with the letter.</source>
        <translation>Изменено: ваш текст сохранится вместе с письмом.</translation>
    </message>
    <message>
        <source>The letter has changed. Press Preview to see it again.</source>
        <translation>Письмо изменилось. Нажмите «Просмотр», чтобы увидеть его снова.</translation>
    </message>
    <message>
        <source>Making the letter…</source>
        <translation>Создаём письмо…</translation>
    </message>
    <message>
        <source>Kept with the client&apos;s letters, and noted in the contact log and chart.</source>
        <translation>Сохранено в письмах клиента и отмечено в журнале связи и в карточке.</translation>
    </message>
    <message>
        <source>The letter was not kept in Stillroom: {reason}</source>
        <translation>Письмо не сохранено в Stillroom: {reason}</translation>
    </message>
    <message>
        <source>{name} is marked as ended.</source>
        <translation>Работа с клиентом {name} отмечена как завершённая.</translation>
    </message>
    <message>
        <source>{name} is marked as ending on {day}.</source>
        <translation>Завершение терапии с клиентом {name} назначено на {day}.</translation>
    </message>
    <message numerus="yes">
        <source> %n booked sessions cancelled.</source>
        <translation>
            <numerusform> Отменена %n назначенная сессия.</numerusform>
            <numerusform> Отменены %n назначенные сессии.</numerusform>
            <numerusform> Отменено %n назначенных сессий.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterViewer</name>
    <message>
        <source>edited</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>{kind} · {day}</source>
        <translation>{kind} · {day}</translation>
    </message>
</context>
<context>
    <name>LetterWords</name>
    <message>
        <source>Kind of letter</source>
        <translation>Вид письма</translation>
    </message>
    <message>
        <source>Why therapy ends</source>
        <translation>Почему терапия завершается</translation>
    </message>
    <message>
        <source>Choose why…</source>
        <translation>Выберите причину…</translation>
    </message>
    <message>
        <source>I have changed how I keep my diary, so that it does not happen again</source>
        <translation>Ведение расписания изменено, чтобы это не повторилось</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>Язык письма</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>The letter&apos;s words</source>
        <translation>Текст письма</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Preview the letter</source>
        <translation>Просмотреть письмо</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Why it ends</source>
        <translation>Причина завершения</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Stillroom is locked</source>
        <translation>Stillroom заблокирован</translation>
    </message>
    <message>
        <source>Type your passphrase to go back to where you were. Nothing you were typing has been lost.</source>
        <translation>Введите парольную фразу, чтобы вернуться к работе. Всё, что вы набирали, сохранено.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Checking your passphrase…</source>
        <translation>Проверяем парольную фразу…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Пожалуйста, введите парольную фразу.</translation>
    </message>
    <message>
        <source>That is not the passphrase of this practice. Please try again.</source>
        <translation>Это не парольная фраза этой практики. Попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Stillroom</source>
        <translation>Stillroom</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Notes to finish</source>
        <translation>Незавершённые записи</translation>
    </message>
    <message>
        <source>Stillroom cannot go on with this practice.</source>
        <translation>Stillroom не может продолжить работу с этой практикой.</translation>
    </message>
    <message>
        <source>Notes to finish ({count})</source>
        <translation>Незавершённые записи ({count})</translation>
    </message>
    <message>
        <source>Calls ({count})</source>
        <translation>Звонки ({count})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Stillroom will speak the new language the next time it starts.</source>
        <translation>Stillroom перейдёт на новый язык при следующем запуске.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Карточка клиента</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>Stillroom — {practice}</source>
        <translation>Stillroom — {practice}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>What each column holds</source>
        <translation>Что содержит каждый столбец</translation>
    </message>
    <message>
        <source>Stillroom recognised the columns it could. Change any that are wrong; a column marked “Not imported” is left out.</source>
        <translation>Знакомые столбцы уже сопоставлены. Исправьте то, что сопоставлено неверно; столбец с пометкой «Не импортируется» в книгу не попадёт.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Первая строка</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Импортируется как</translation>
    </message>
</context>
<context>
    <name>MatchModel</name>
    <message>
        <source>Title in the calendar</source>
        <translation>Название в календаре</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Первое</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Последнее</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Импортировать как</translation>
    </message>
    <message>
        <source>Not sure who this is. It may be: {names}</source>
        <translation>Непонятно, кто это. Возможно: {names}</translation>
    </message>
    <message>
        <source>No client has this name yet: check it is a new client.</source>
        <translation>Клиента с таким именем ещё нет: проверьте, что это новый клиент.</translation>
    </message>
</context>
<context>
    <name>MissedByMeDialog</name>
    <message>
        <source>I missed this session</source>
        <translation>Сессия пропущена по моей вине</translation>
    </message>
    <message>
        <source>Mark it as missed by you</source>
        <translation>Отметить сессию как пропущенную вами</translation>
    </message>
    <message>
        <source>It happens to careful people too. What matters now is how you repair it.</source>
        <translation>Такое случается и с очень внимательными людьми. Сейчас важно, как вы это исправите.</translation>
    </message>
    <message>
        <source>Apologise</source>
        <translation>Извиниться</translation>
    </message>
    <message>
        <source>Own it, without excuses, and listen. If someone else answers, say only that you are calling about an appointment.</source>
        <translation>Признайте ошибку без оправданий и выслушайте клиента. Если ответит кто-то другой, скажите только, что звоните по поводу записи.</translation>
    </message>
    <message>
        <source>Write an apology letter after Finish</source>
        <translation>После «Готово» написать письмо с извинениями</translation>
    </message>
    <message>
        <source>The letter opens once the session is marked as missed by you.</source>
        <translation>Письмо откроется, когда сессия будет отмечена как пропущенная вами.</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Как всё прошло</translation>
    </message>
    <message>
        <source>Record the call or message, so the client&apos;s contact history shows it.</source>
        <translation>Запишите звонок или сообщение, чтобы они остались в журнале связи клиента.</translation>
    </message>
    <message>
        <source>A new time</source>
        <translation>Новое время</translation>
    </message>
    <message>
        <source>Free times over the next two weeks, in date order, their usual day and time marked; by phone or video too.</source>
        <translation>Свободное время на ближайшие две недели по датам, обычный день и время клиента отмечены; можно и по телефону или видео.</translation>
    </message>
    <message>
        <source>Let the fee go</source>
        <translation>Не брать оплату</translation>
    </message>
    <message>
        <source>The client does not pay for a session you missed. You may waive the next one too.</source>
        <translation>Клиент не платит за сессию, которую пропустили вы. Можно не брать оплату и за следующую.</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Что пошло не так</translation>
    </message>
    <message>
        <source>For you: what happened, and one step so that it does not happen again.</source>
        <translation>Для вас: что случилось и один шаг, чтобы это не повторилось.</translation>
    </message>
    <message>
        <source>This session is already marked as missed by you.</source>
        <translation>Эта сессия уже отмечена как пропущенная вами.</translation>
    </message>
    <message>
        <source>When you press Finish, this session is marked as missed by you. No fee is proposed for a session you missed.</source>
        <translation>Когда вы нажмёте «Готово», сессия будет отмечена как пропущенная вами. За сессию, пропущенную по вашей вине, оплата не предлагается.</translation>
    </message>
    <message>
        <source>The next steps help with the rest: words to apologise to {name}, a record of how it went, a new time, letting the fee go, and one step so that it does not happen again. Skip any step you do not need; nothing is saved until you press Finish.</source>
        <translation>Следующие шаги помогут с остальным: как извиниться перед клиентом {name}, запись о том, как прошёл разговор, новое время, отказ от оплаты и один шаг, чтобы это не повторилось. Ненужные шаги можно пропустить; пока вы не нажмёте «Готово», ничего не сохраняется.</translation>
    </message>
    <message>
        <source>I missed the session on {when}.</source>
        <translation>Сессия {when} пропущена по моей вине.</translation>
    </message>
    <message>
        <source>If they answer</source>
        <translation>Если клиент ответит</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Голосовое сообщение</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>СМС</translation>
    </message>
    <message>
        <source>Hello {name}, it&apos;s {therapist}.</source>
        <translation>Здравствуйте, {name}! Это {therapist}.</translation>
    </message>
    <message>
        <source>Hello {name}.</source>
        <translation>Здравствуйте, {name}!</translation>
    </message>
    <message>
        <source>I missed our session today at {time}. That was my mistake, and I&apos;m truly sorry.</source>
        <translation>Сегодня в {time} у нас была назначена сессия, а меня на ней не было. Это моя ошибка, и мне искренне жаль.</translation>
    </message>
    <message>
        <source>I missed our session on {day} at {time}. That was my mistake, and I&apos;m truly sorry.</source>
        <translation>Мы договаривались о сессии — {day}, {time}, — а меня на ней не было. Это моя ошибка, и мне искренне жаль.</translation>
    </message>
    <message>
        <source>You set that time aside and I wasn&apos;t there. It may have felt disappointing, or upsetting, to wait for me; that would be completely understandable.</source>
        <translation>Вы специально выделили это время, а встреча не состоялась по моей вине. Возможно, вам было обидно или неприятно ждать — это совершенно понятно.</translation>
    </message>
    <message>
        <source>What happened is simply that [say in a sentence what happened]. That is not an excuse: being there for our sessions is my responsibility.</source>
        <translation>Произошло вот что: [одной фразой скажите, что случилось]. Это не оправдание: быть на месте в назначенное время — моя ответственность.</translation>
    </message>
    <message>
        <source>Our work together matters to me, and I am committed to it. I am taking steps so that it does not happen again, and you will not pay for the session I missed.</source>
        <translation>Наша совместная работа для меня важна, и я хочу её продолжать. Я принимаю меры, чтобы такое не повторилось, а за пропущенную по моей вине сессию платить не нужно.</translation>
    </message>
    <message>
        <source>I&apos;d like to offer you another time soon. I have some free times over the next two weeks, and we can meet by phone or video if that is easier.</source>
        <translation>Я хочу предложить вам другое время в ближайшие дни. В следующие две недели у меня есть свободные окна, и, если так удобнее, можно встретиться по телефону или по видеосвязи.</translation>
    </message>
    <message>
        <source>And I&apos;d like to hear how it was for you, now or when we meet, whenever feels right. You can tell me anything about it.</source>
        <translation>И мне важно услышать, как это было для вас, — сейчас или при встрече, когда вам захочется. Об этом можно говорить со мной совершенно откровенно.</translation>
    </message>
    <message>
        <source>Thank you for hearing me out.</source>
        <translation>Спасибо, что выслушали меня.</translation>
    </message>
    <message>
        <source>Hello, this is a message for {name}.</source>
        <translation>Здравствуйте, {name}!</translation>
    </message>
    <message>
        <source>It&apos;s {therapist}.</source>
        <translation>Это {therapist}.</translation>
    </message>
    <message>
        <source>Could you call me back about an appointment when you have a moment, on {phone}?</source>
        <translation>Я звоню по поводу записи. Перезвоните мне, пожалуйста, когда вам будет удобно, по номеру {phone}.</translation>
    </message>
    <message>
        <source>Could you call me back about an appointment when you have a moment?</source>
        <translation>Я звоню по поводу записи. Перезвоните мне, пожалуйста, когда вам будет удобно.</translation>
    </message>
    <message>
        <source>Thank you, goodbye.</source>
        <translation>Спасибо, до свидания.</translation>
    </message>
    <message>
        <source>Could you call me back about an appointment when you have a moment? Thank you.</source>
        <translation>Пишу по поводу записи. Перезвоните мне, пожалуйста, когда будет удобно. Спасибо!</translation>
    </message>
</context>
<context>
    <name>MoneyPapersPage</name>
    <message>
        <source>Invoice numbers</source>
        <translation>Номера счетов</translation>
    </message>
    <message>
        <source>Credit note numbers</source>
        <translation>Номера кредит-нот</translation>
    </message>
    <message>
        <source>YYYY is the year; a run of # is the number, with that many digits. Numbers run on without gaps and start again each year.</source>
        <translation>YYYY — год; ряд знаков # — номер с таким числом цифр. Номера идут подряд, без пропусков, и каждый год начинаются заново.</translation>
    </message>
    <message>
        <source>Due on receipt</source>
        <translation>Сразу при получении</translation>
    </message>
    <message>
        <source>Payment due within</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <source>How to pay</source>
        <translation>Как оплатить</translation>
    </message>
    <message>
        <source>Bank details, or how else to pay</source>
        <translation>Банковские реквизиты или другой способ оплаты</translation>
    </message>
    <message>
        <source>Printed at the foot of every invoice.</source>
        <translation>Печатается внизу каждого счёта.</translation>
    </message>
    <message>
        <source>Make a receipt for every payment when I close the day</source>
        <translation>Составлять квитанцию на каждую оплату при закрытии дня</translation>
    </message>
    <message>
        <source>Superbills for clients who claim from an insurer</source>
        <translation>Документы для страховой — для клиентов, которым расходы возмещает страховая компания</translation>
    </message>
    <message>
        <source>Licence or registration</source>
        <translation>Лицензия или регистрация</translation>
    </message>
    <message>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <source>National Provider Identifier, 10 digits</source>
        <translation>Национальный идентификатор специалиста (США), 10 цифр</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сессии</translation>
    </message>
    <message>
        <source>Service code</source>
        <translation>Код услуги</translation>
    </message>
    <message>
        <source>Place of service</source>
        <translation>Место оказания</translation>
    </message>
    <message>
        <source>Service code, {kind}</source>
        <translation>Код услуги: {kind}</translation>
    </message>
    <message>
        <source>such as 90834</source>
        <translation>например 90834</translation>
    </message>
    <message>
        <source>Place of service, {kind}</source>
        <translation>Место оказания: {kind}</translation>
    </message>
    <message>
        <source>Chiefly for practices in the United States. Only what you fill in is printed; a client&apos;s diagnosis codes are set in their details.</source>
        <translation>Нужно в основном практикам в США. Печатается только то, что заполнено; коды диагнозов указываются в данных клиента.</translation>
    </message>
    <message>
        <source>Needs YYYY and a run of #</source>
        <translation>Нужны YYYY и ряд знаков #</translation>
    </message>
    <message>
        <source>Next: {number}</source>
        <translation>Следующий: {number}</translation>
    </message>
    <message>
        <source> day</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
</context>
<context>
    <name>MonthReport</name>
    <message>
        <source>0–30 days</source>
        <translation>0–30 дней</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 дней</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 дней</translation>
    </message>
    <message>
        <source>over 90 days</source>
        <translation>больше 90 дней</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Утро</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Вечер</translation>
    </message>
    <message>
        <source>Under 24 hours</source>
        <translation>Меньше суток</translation>
    </message>
    <message>
        <source>1–2 days</source>
        <translation>1–2 дня</translation>
    </message>
    <message>
        <source>2–7 days</source>
        <translation>2–7 дней</translation>
    </message>
    <message>
        <source>Over a week</source>
        <translation>Больше недели</translation>
    </message>
</context>
<context>
    <name>MonthReportWindow</name>
    <message>
        <source>The month at a glance</source>
        <translation>Обзор месяца</translation>
    </message>
    <message>
        <source>◀ Previous month</source>
        <translation>◀ Предыдущий месяц</translation>
    </message>
    <message>
        <source>Next month ▶</source>
        <translation>Следующий месяц ▶</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>The month report is saved as {path}.</source>
        <translation>Отчёт за месяц сохранён: {path}.</translation>
    </message>
    <message>
        <source>Clients who owe, by how long</source>
        <translation>Задолженность клиентов по давности</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>Долг</translation>
    </message>
    <message>
        <source>Sessions kept: {kept}. Missed: {missed}. Kept by phone or video instead of cancelling: {another_way}. Charged {charged}, received {received}, waived {waived}. Owed at the month&apos;s end: {owed}.</source>
        <translation>Состоялось сессий: {kept}. Пропущено: {missed}. Проведено по телефону или видео вместо отмены: {another_way}. Начислено {charged}, получено {received}, списано {waived}. Задолженность на конец месяца: {owed}.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сессии</translation>
    </message>
    <message>
        <source>Sessions kept and missed</source>
        <translation>Состоявшиеся и пропущенные сессии</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Состоялись</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Пропущены</translation>
    </message>
    <message>
        <source>Kept by phone or video</source>
        <translation>По телефону или видео</translation>
    </message>
    <message>
        <source>Income ({symbol})</source>
        <translation>Доход ({symbol})</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Списание</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Долг</translation>
    </message>
    <message>
        <source>Owed, by how long ({symbol})</source>
        <translation>Задолженность по давности ({symbol})</translation>
    </message>
    <message>
        <source>Cancellations by weekday</source>
        <translation>Отмены по дням недели</translation>
    </message>
    <message>
        <source>Cancellations by time of day</source>
        <translation>Отмены по времени дня</translation>
    </message>
    <message>
        <source>Cancellations by reason</source>
        <translation>Отмены по причинам</translation>
    </message>
    <message>
        <source>Cancellations by notice given</source>
        <translation>Отмены по сроку предупреждения</translation>
    </message>
    <message>
        <source>Missed without cancelling, by reason</source>
        <translation>Неявки без отмены, по причине</translation>
    </message>
    <message>
        <source>Save the month report</source>
        <translation>Сохранить отчёт за месяц</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Sessions by day of the month</source>
        <translation>Сессии по дням месяца</translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>ещё {count}</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Новая сессия</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Type to find a client</source>
        <translation>Начните вводить имя клиента</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>The client&apos;s usual</source>
        <translation>Как обычно у клиента</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Сколько</translation>
    </message>
</context>
<context>
    <name>NewTimePage</name>
    <message>
        <source>If you leave it unscheduled, {name} will appear on your call list, so that you remember to offer a new time.</source>
        <translation>Если пока не назначать время, клиент {name} попадёт в список звонков, чтобы вы не забыли предложить новое время.</translation>
    </message>
</context>
<context>
    <name>NoShowDialog</name>
    <message>
        <source>No-show</source>
        <translation>Неявка</translation>
    </message>
    <message>
        <source>Mark it as a no-show</source>
        <translation>Отметить неявку</translation>
    </message>
    <message>
        <source>The client did not come and did not let you know.</source>
        <translation>Сессия пропущена без предупреждения.</translation>
    </message>
    <message>
        <source>The fee</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Your policy proposes a fee; the decision is yours.</source>
        <translation>Ваши правила предлагают оплату, но решение за вами.</translation>
    </message>
    <message>
        <source>Reach out</source>
        <translation>Связаться с клиентом</translation>
    </message>
    <message>
        <source>Check that they are all right, and offer a new time. If someone else answers, say only that you are calling about an appointment.</source>
        <translation>Узнайте, всё ли в порядке, и предложите новое время. Если ответит кто-то другой, скажите только, что звоните по поводу записи.</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Как всё прошло</translation>
    </message>
    <message>
        <source>Record the call or message, so the client&apos;s contact history shows it.</source>
        <translation>Запишите звонок или сообщение, чтобы они остались в журнале связи клиента.</translation>
    </message>
    <message>
        <source>A new time</source>
        <translation>Новое время</translation>
    </message>
    <message>
        <source>A note for yourself</source>
        <translation>Заметка для себя</translation>
    </message>
    <message>
        <source>What happened in the last session? Is there anything that might help you understand this?</source>
        <translation>Что происходило на прошлой сессии? Что может помочь понять, почему так вышло?</translation>
    </message>
    <message>
        <source>Your reflection (optional)</source>
        <translation>Ваши размышления (по желанию)</translation>
    </message>
    <message>
        <source>This session is already marked as a no-show.</source>
        <translation>Эта сессия уже отмечена как неявка.</translation>
    </message>
    <message>
        <source>{name} did not come to this session and did not cancel it. When you press Finish, it is marked as a no-show.</source>
        <translation>Сессия пропущена ({name}) без отмены. Когда вы нажмёте «Готово», она будет отмечена как неявка.</translation>
    </message>
    <message>
        <source>The next steps help with the rest: the fee your policy proposes, a call to check in, a new time and a note for yourself. Skip any step you do not need; nothing is saved until you press Finish.</source>
        <translation>Следующие шаги помогут с остальным: оплата по вашим правилам, звонок клиенту, новое время и заметка для себя. Ненужные шаги можно пропустить; пока вы не нажмёте «Готово», ничего не сохраняется.</translation>
    </message>
    <message>
        <source>Did not come to the session on {when}, and did not cancel it.</source>
        <translation>Сессия {when} пропущена без отмены.</translation>
    </message>
    <message>
        <source>Why it was missed</source>
        <translation>Почему сессия пропущена</translation>
    </message>
    <message>
        <source>If you know, choose what got in the way. Your month at a glance counts the reasons, so you can see what helps (reminders, if forgetting comes up often).</source>
        <translation>Если причина известна, выберите её. Обзор месяца считает причины, и видно, что может помочь (например, напоминания, если о сессиях часто забывают).</translation>
    </message>
    <message>
        <source>Free times over the next two weeks, in date order; their usual day and time are marked.</source>
        <translation>Свободное время на ближайшие две недели по датам; обычный день и время клиента отмечены.</translation>
    </message>
    <message>
        <source>Only for you, about this session.</source>
        <translation>Только для вас, об этой сессии.</translation>
    </message>
    <message>
        <source>Ready to finish</source>
        <translation>Всё готово</translation>
    </message>
    <message>
        <source>Nothing is saved until you press Finish.</source>
        <translation>Пока вы не нажмёте «Готово», ничего не сохраняется.</translation>
    </message>
    <message>
        <source>The session on {when} stays marked as a no-show.</source>
        <translation>Сессия {when} остаётся отмеченной как неявка.</translation>
    </message>
    <message>
        <source>The session on {when} is marked as a no-show.</source>
        <translation>Сессия {when} будет отмечена как неявка.</translation>
    </message>
    <message>
        <source>No call or message is recorded: {name} stays on your call list until you reach them.</source>
        <translation>Звонок или сообщение не записаны: {name} — в списке звонков, пока связь не состоится.</translation>
    </message>
    <message>
        <source>The call is recorded in {name}&apos;s contact history.</source>
        <translation>Звонок попадёт в историю контактов ({name}).</translation>
    </message>
    <message>
        <source>The attempt is recorded in {name}&apos;s contact history; {name} stays on your call list until you reach them.</source>
        <translation>Попытка попадёт в историю контактов ({name}); {name} — в списке звонков, пока связь не состоится.</translation>
    </message>
    <message>
        <source>A new session is booked for {when}.</source>
        <translation>Новая сессия будет назначена: {when}.</translation>
    </message>
    <message>
        <source>No new time is booked.</source>
        <translation>Новое время не назначено.</translation>
    </message>
    <message>
        <source>An entry goes in {name}&apos;s chart.</source>
        <translation>В карточку клиента {name} попадёт запись.</translation>
    </message>
    <message>
        <source>Your reflection is kept private, apart from the chart.</source>
        <translation>Ваша рефлексия останется личной, отдельно от карточки.</translation>
    </message>
    <message>
        <source>If they answer</source>
        <translation>Если клиент ответит</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Голосовое сообщение</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>СМС</translation>
    </message>
    <message>
        <source>Hello {name}, it&apos;s {therapist}.</source>
        <translation>Здравствуйте, {name}! Это {therapist}.</translation>
    </message>
    <message>
        <source>Hello {name}.</source>
        <translation>Здравствуйте, {name}!</translation>
    </message>
    <message>
        <source>We were due to meet today at {time} and I didn&apos;t see you, so I wanted to check that you are all right.</source>
        <translation>Сегодня в {time} мы должны были встретиться, но вас не было, и я хочу убедиться, что с вами всё в порядке.</translation>
    </message>
    <message>
        <source>We were due to meet on {day} at {time} and I didn&apos;t see you, so I wanted to check that you are all right.</source>
        <translation>Мы договаривались о встрече — {day}, {time}, — но вас не было, и я хочу убедиться, что с вами всё в порядке.</translation>
    </message>
    <message>
        <source>You don&apos;t need to explain, but I&apos;m glad to hear anything you&apos;d like to tell me.</source>
        <translation>Вы не обязаны ничего объяснять, но если захотите о чём-то рассказать, я с радостью выслушаю.</translation>
    </message>
    <message>
        <source>Shall we find a time to meet again? I have a few free times over the next two weeks.</source>
        <translation>Давайте подберём время для следующей встречи? В ближайшие две недели у меня есть несколько свободных окон.</translation>
    </message>
    <message>
        <source>Thank you for talking with me. Take care until we meet.</source>
        <translation>Спасибо, что поговорили со мной. Берегите себя, до встречи.</translation>
    </message>
    <message>
        <source>As our agreement says, a session missed without notice is charged, so there will be a fee of {amount} for this one.</source>
        <translation>Как мы договаривались, пропущенная без предупреждения сессия оплачивается, поэтому за эту нужно будет заплатить {amount}.</translation>
    </message>
    <message>
        <source>A session missed without notice is usually charged, but there is no fee for this one.</source>
        <translation>Обычно пропущенная без предупреждения сессия оплачивается, но за эту платить не нужно.</translation>
    </message>
    <message>
        <source>As our agreement says, a session missed without notice is usually charged; we can talk about it when we meet.</source>
        <translation>Как мы договаривались, пропущенная без предупреждения сессия обычно оплачивается; давайте обсудим это при встрече.</translation>
    </message>
    <message>
        <source>I&apos;m getting in touch about your appointment today at {time}.</source>
        <translation>Пишу по поводу вашей записи сегодня в {time}.</translation>
    </message>
    <message>
        <source>I&apos;m getting in touch about your appointment on {day} at {time}.</source>
        <translation>Пишу по поводу вашей записи: {day}, {time}.</translation>
    </message>
    <message>
        <source>Could you call me or reply when you can? Thank you.</source>
        <translation>Позвоните мне или ответьте, пожалуйста, когда сможете. Спасибо!</translation>
    </message>
</context>
<context>
    <name>NoShowReasonPage</name>
    <message>
        <source>Please choose a reason, or skip this step.</source>
        <translation>Выберите причину или пропустите этот шаг.</translation>
    </message>
    <message>
        <source>Why it was missed: {reason}.</source>
        <translation>Причина пропуска: {reason}.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Session note</source>
        <translation>Запись о сессии</translation>
    </message>
    <message>
        <source>Reading the note…</source>
        <translation>Открываем запись…</translation>
    </message>
    <message>
        <source>The session did not take place as booked: you can note what happened and what was done.</source>
        <translation>Сессия не прошла так, как была назначена: можно записать, что произошло и что было сделано.</translation>
    </message>
    <message>
        <source>Note format</source>
        <translation>Формат записи</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Подписать…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Session note — {client}</source>
        <translation>Запись о сессии — {client}</translation>
    </message>
    <message>
        <source>{when}, {minutes} min · {status}</source>
        <translation>{when}, {minutes} мин · {status}</translation>
    </message>
    <message>
        <source>A new note: it is saved as you write.</source>
        <translation>Новая запись: она сохраняется по мере того, как вы пишете.</translation>
    </message>
    <message>
        <source>The note could not be read.</source>
        <translation>Не удалось открыть запись.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохраняем…</translation>
    </message>
    <message>
        <source>Draft saved at {time}.</source>
        <translation>Черновик сохранён в {time}.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Пока не сохранено.</translation>
    </message>
    <message>
        <source>Sign the note</source>
        <translation>Подписать запись</translation>
    </message>
    <message>
        <source>Once signed, the note can no longer be edited. Anything you want to add later goes in a dated addendum below it.</source>
        <translation>После подписи запись больше нельзя изменить. Всё, что захочется добавить позже, войдёт в датированное дополнение под ней.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Подписать</translation>
    </message>
    <message>
        <source>Signed on {when}. It can no longer be edited.</source>
        <translation>Подписана: {when}. Изменить её больше нельзя.</translation>
    </message>
</context>
<context>
    <name>NotePage</name>
    <message>
        <source>Private: kept apart from the client&apos;s record. It never goes into the record, a letter or an export.</source>
        <translation>Личное: хранится отдельно от документации клиента. Никогда не попадает в выписку, письма или экспорт.</translation>
    </message>
</context>
<context>
    <name>NoteSearch</name>
    <message>
        <source>Search notes (Ctrl+F)</source>
        <translation>Поиск по записям (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search notes, addenda, charts and reflections</source>
        <translation>Поиск по записям, дополнениям, заметкам и рефлексиям</translation>
    </message>
</context>
<context>
    <name>NoteSettingsPage</name>
    <message>
        <source>New notes start as</source>
        <translation>Формат новых записей</translation>
    </message>
    <message>
        <source>A note is overdue when unsigned for</source>
        <translation>Запись просрочена, если не подписана</translation>
    </message>
    <message>
        <source>Your own formats</source>
        <translation>Ваши форматы</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Counted from the session&apos;s day. Closing the day lists a note left unsigned longer.</source>
        <translation>Считается со дня сессии. При закрытии дня запись, не подписанная дольше, попадёт в список.</translation>
    </message>
    <message>
        <source>Headings with prompts, for notes written your way. Saved as soon as you add, change or retire one; notes already written keep their headings.</source>
        <translation>Разделы с подсказками — для записей в вашем собственном виде. Сохраняются сразу, как только вы добавляете, меняете или убираете формат; уже написанные записи сохраняют свои разделы.</translation>
    </message>
    <message>
        <source>Retire a format</source>
        <translation>Убрать формат</translation>
    </message>
    <message>
        <source>No longer offer “{name}” for new notes? The notes written in it keep it.</source>
        <translation>Больше не предлагать «{name}» для новых записей? Записи, уже написанные в этом формате, его сохранят.</translation>
    </message>
    <message>
        <source> day</source>
        <translation> день</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
</context>
<context>
    <name>NotesToFinish</name>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 день</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} дн.</translation>
    </message>
    <message>
        <source>{days} · overdue</source>
        <translation>{days} · срок вышел</translation>
    </message>
    <message>
        <source>Notes to finish</source>
        <translation>Незавершённые записи</translation>
    </message>
    <message>
        <source>Drafts to finish and sign: {count}. Double-click one to open it.</source>
        <translation>Черновиков, которые нужно завершить и подписать: {count}. Двойной щелчок открывает запись.</translation>
    </message>
    <message>
        <source>Every note is signed.</source>
        <translation>Все записи подписаны.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} ч {minutes} мин</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} ч</translation>
    </message>
    <message>
        <source>{days} days {hours} h</source>
        <translation>{days} дн. {hours} ч</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} дн.</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <source>Opening…</source>
        <translation>Открываем…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>PaperPane</name>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>Save the letter as a PDF file (Ctrl+S)</source>
        <translation>Сохранить письмо в файл PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Print on paper (Ctrl+P)</source>
        <translation>Напечатать на бумаге (Ctrl+P)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Stillroom could not save {path}: {reason}</source>
        <translation>Stillroom не удалось сохранить {path}: {reason}</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>Сохранено: {path}.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печатаем…</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is on and connected, then try again.</source>
        <translation>Не удалось запустить принтер. Проверьте, что он включён и подключён, и попробуйте ещё раз.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>На принтер отправлена %n страница.</numerusform>
            <numerusform>На принтер отправлены %n страницы.</numerusform>
            <numerusform>На принтер отправлено %n страниц.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>At least {count} characters. A few unrelated words are best.</source>
        <translation>Не менее {count} знаков. Лучше всего — несколько не связанных между собой слов.</translation>
    </message>
    <message>
        <source>Too short: {count} more characters needed.</source>
        <translation>Слишком коротко: добавьте ещё знаков: {count}.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Надёжно.</translation>
    </message>
    <message>
        <source>Good. A longer phrase would be stronger still.</source>
        <translation>Хорошо. Более длинная фраза будет ещё надёжнее.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add a word or two.</source>
        <translation>Слабо: легко угадать. Добавьте одно-два слова.</translation>
    </message>
</context>
<context>
    <name>PaymentForm</name>
    <message>
        <source>Record a payment or a refund</source>
        <translation>Записать оплату или возврат</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Получена оплата</translation>
    </message>
    <message>
        <source>Refund given</source>
        <translation>Сделан возврат</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>How it was paid</source>
        <translation>Способ оплаты</translation>
    </message>
    <message>
        <source>Sessions it pays for</source>
        <translation>За какие сессии</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>How paid</source>
        <translation>Способ оплаты</translation>
    </message>
    <message>
        <source>For sessions</source>
        <translation>За сессии</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Пока неизвестно</translation>
    </message>
    <message>
        <source>Another client…</source>
        <translation>Другой клиент…</translation>
    </message>
    <message>
        <source>Whose money is it?</source>
        <translation>Чьи это деньги?</translation>
    </message>
    <message>
        <source>{time} · {status} · {owed} to pay</source>
        <translation>{time} · {status} · к оплате {owed}</translation>
    </message>
    <message>
        <source>Please choose whose money it is.</source>
        <translation>Пожалуйста, выберите, чьи это деньги.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Preview of the printed pages</source>
        <translation>Предпросмотр страниц для печати</translation>
    </message>
</context>
<context>
    <name>PermissionPage</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Did they agree to talk about it?</source>
        <translation>Клиент согласился об этом поговорить?</translation>
    </message>
    <message>
        <source>Please choose what they said, or skip this step.</source>
        <translation>Пожалуйста, выберите ответ клиента или пропустите этот шаг.</translation>
    </message>
    <message>
        <source>I asked {name} whether we could talk about it, and they agreed.</source>
        <translation>Вопрос клиенту {name}: можно ли об этом поговорить? Ответ: да.</translation>
    </message>
    <message>
        <source>I asked {name} whether we could talk about it; not now, they said.</source>
        <translation>Вопрос клиенту {name}: можно ли об этом поговорить? Ответ: не сейчас.</translation>
    </message>
    <message>
        <source>I asked {name} whether we could talk about it, and they said no.</source>
        <translation>Вопрос клиенту {name}: можно ли об этом поговорить? Ответ: нет.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>On the waiting list</source>
        <translation>В листе ожидания</translation>
    </message>
    <message>
        <source>Add to the waiting list</source>
        <translation>Добавить в лист ожидания</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Как обращаться</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Any time suits them</source>
        <translation>Подходит любое время</translation>
    </message>
    <message>
        <source>Add a day</source>
        <translation>Добавить день</translation>
    </message>
    <message>
        <source>How they would like to meet</source>
        <translation>Желаемый формат встреч</translation>
    </message>
    <message>
        <source>Any way</source>
        <translation>Любой формат</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>В листе ожидания с</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Times that suit</source>
        <translation>Удобное время</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Формат</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>Add a number</source>
        <translation>Добавить номер</translation>
    </message>
</context>
<context>
    <name>PhoneRow</name>
    <message>
        <source>+44 20 7946 0000</source>
        <translation>+7 495 123-45-67</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>mobile, home…</source>
        <translation>мобильный, домашний…</translation>
    </message>
    <message>
        <source>What this number is</source>
        <translation>Что это за номер</translation>
    </message>
    <message>
        <source>May call</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Автоответчик</translation>
    </message>
    <message>
        <source>May leave a voicemail on this number</source>
        <translation>Можно оставить голосовое сообщение на этом номере</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>СМС</translation>
    </message>
    <message>
        <source>May send text messages to this number</source>
        <translation>Можно писать СМС на этот номер</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Remove this number</source>
        <translation>Убрать этот номер</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>What you will each do, and what you will look at together</source>
        <translation>Что сделает каждый из вас и к чему вы будете возвращаться вместе</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Связаться снова</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>You talked</source>
        <translation>Как говорили</translation>
    </message>
    <message>
        <source>The day goes in {name}&apos;s contact log, so the follow-up is not forgotten.</source>
        <translation>Дата попадёт в журнал связи клиента {name}, чтобы не забыть вернуться к разговору.</translation>
    </message>
</context>
<context>
    <name>PracticeLauncher</name>
    <message>
        <source>Stillroom</source>
        <translation>Stillroom</translation>
    </message>
    <message>
        <source>Opening your practice…</source>
        <translation>Открываем вашу практику…</translation>
    </message>
    <message>
        <source>Stillroom cannot open your practice.</source>
        <translation>Stillroom не может открыть вашу практику.</translation>
    </message>
</context>
<context>
    <name>PreventionPage</name>
    <message>
        <source>What happened?</source>
        <translation>Что случилось?</translation>
    </message>
    <message>
        <source>Plainly, in a sentence or two: for you, not for the client</source>
        <translation>Просто, в одной-двух фразах: для вас, не для клиента</translation>
    </message>
    <message>
        <source>Turn on reminders</source>
        <translation>Включить напоминания</translation>
    </message>
    <message>
        <source>Review tomorrow&apos;s sessions at the end of each day</source>
        <translation>В конце каждого дня просматривать сессии на завтра</translation>
    </message>
    <message>
        <source>Block time between sessions</source>
        <translation>Оставлять время между сессиями</translation>
    </message>
    <message>
        <source>Something else:</source>
        <translation>Другое:</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>What you will do</source>
        <translation>Что вы сделаете</translation>
    </message>
    <message>
        <source>One step so that it does not happen again:</source>
        <translation>Один шаг, чтобы это не повторилось:</translation>
    </message>
    <message>
        <source>Reminders are on already.</source>
        <translation>Напоминания уже включены.</translation>
    </message>
    <message>
        <source>Stillroom reminds you when a call or follow-up is due. You can turn them off again in Settings.</source>
        <translation>Stillroom будет напоминать, когда пора позвонить или связаться с клиентом. Отключить напоминания можно в настройках.</translation>
    </message>
    <message>
        <source>Please say what you will do, or choose another step.</source>
        <translation>Пожалуйста, напишите, что вы сделаете, или выберите другой шаг.</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Что случилось:</translation>
    </message>
    <message>
        <source>So that it does not happen again: {step}.</source>
        <translation>Чтобы это не повторилось: {step}.</translation>
    </message>
</context>
<context>
    <name>PrivateReflections</name>
    <message>
        <source>Private — never in the record or letters</source>
        <translation>Личное — не попадает в выписки и письма</translation>
    </message>
    <message>
        <source>{day} · about a session</source>
        <translation>{day} · о сессии</translation>
    </message>
    <message>
        <source>Add reflection…</source>
        <translation>Добавить рефлексию…</translation>
    </message>
    <message>
        <source>Private reflections</source>
        <translation>Личные рефлексии</translation>
    </message>
    <message>
        <source>No reflections yet.</source>
        <translation>Рефлексий пока нет.</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>Problems to put right before closing the day</source>
        <translation>Замечания, которые нужно исправить до закрытия дня</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Receipt {number} – {name}.pdf</source>
        <translation>Квитанция {number} – {name}.pdf</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Квитанция</translation>
    </message>
    <message>
        <source>The new receipt&apos;s language</source>
        <translation>Язык новой квитанции</translation>
    </message>
    <message>
        <source>Make a new receipt</source>
        <translation>Сделать новую квитанцию</translation>
    </message>
    <message>
        <source>The receipt kept now stays kept; a new one is kept beside it.</source>
        <translation>Сохранённая квитанция останется; новая будет сохранена рядом с ней.</translation>
    </message>
    <message>
        <source>Receipt {number} for {name}</source>
        <translation>Квитанция {number}: {name}</translation>
    </message>
    <message>
        <source>Made now and kept with the client&apos;s papers.</source>
        <translation>Сделана сейчас и сохранена с документами клиента.</translation>
    </message>
    <message>
        <source>Kept since {day}: this is the receipt as it was given.</source>
        <translation>Сохранена {day}: это квитанция в том виде, в каком её выдали.</translation>
    </message>
</context>
<context>
    <name>RecoverySheetDialog</name>
    <message>
        <source>Recovery sheet</source>
        <translation>Лист восстановления</translation>
    </message>
    <message>
        <source>Print the recovery sheet again</source>
        <translation>Напечатать лист восстановления ещё раз</translation>
    </message>
    <message>
        <source>The sheet holds your recovery code, which opens your practice without the passphrase. Enter your passphrase to see it, and keep the paper somewhere safe, away from this computer.</source>
        <translation>На листе — ваш код восстановления, который открывает практику без парольной фразы. Введите парольную фразу, чтобы увидеть лист, и храните бумагу в надёжном месте, отдельно от этого компьютера.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Show the sheet</source>
        <translation>Показать лист</translation>
    </message>
    <message>
        <source>The sheet is shown here once your passphrase is checked.</source>
        <translation>Лист появится здесь после проверки парольной фразы.</translation>
    </message>
    <message>
        <source>Please enter your passphrase.</source>
        <translation>Пожалуйста, введите парольную фразу.</translation>
    </message>
    <message>
        <source>That passphrase does not open this practice. Please try again.</source>
        <translation>Эта парольная фраза не открывает эту практику. Попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>ReflectionDialog</name>
    <message>
        <source>Private reflection</source>
        <translation>Личная рефлексия</translation>
    </message>
    <message>
        <source>A private reflection on {name}</source>
        <translation>Личная рефлексия о работе с клиентом: {name}</translation>
    </message>
    <message>
        <source>Private: only you see it. It is kept apart from the session notes, and never goes into the client&apos;s record, a letter or an export unless you ask for it.</source>
        <translation>Личное: это видите только вы. Рефлексия хранится отдельно от записей о сессиях и не попадает в выписку, письма или экспорт, если вы сами об этом не попросите.</translation>
    </message>
    <message>
        <source>What the reflection is about</source>
        <translation>О чём эта рефлексия</translation>
    </message>
    <message>
        <source>The work as a whole</source>
        <translation>О работе в целом</translation>
    </message>
    <message>
        <source>The session of {when}</source>
        <translation>О сессии {when}</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Рефлексия</translation>
    </message>
    <message>
        <source>What you noticed in yourself, what to take to supervision…</source>
        <translation>Что вы заметили в себе, что хотите обсудить на супервизии…</translation>
    </message>
    <message>
        <source>Write the reflection first.</source>
        <translation>Сначала напишите текст рефлексии.</translation>
    </message>
</context>
<context>
    <name>ReminderClock</name>
    <message>
        <source>A session starts in 1 minute.</source>
        <translation>Сессия начнётся через 1 минуту.</translation>
    </message>
    <message>
        <source>A session starts in {minutes} minutes.</source>
        <translation>Сессия начнётся через {minutes} мин.</translation>
    </message>
    <message>
        <source>Stillroom</source>
        <translation>Stillroom</translation>
    </message>
    <message>
        <source>Session in 1 minute</source>
        <translation>Сессия через 1 минуту</translation>
    </message>
    <message>
        <source>Session in {minutes} minutes</source>
        <translation>Сессия через {minutes} мин.</translation>
    </message>
    <message>
        <source>{time} · {client} · {modality}</source>
        <translation>{time} · {client} · {modality}</translation>
    </message>
    <message>
        <source>Your day&apos;s agenda is ready.</source>
        <translation>План дня уже можно посмотреть.</translation>
    </message>
    <message>
        <source>Your day</source>
        <translation>Ваш день</translation>
    </message>
    <message>
        <source>The day&apos;s agenda is open in Stillroom.</source>
        <translation>План дня открыт в Stillroom.</translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsPage</name>
    <message>
        <source>Remind me before each session</source>
        <translation>Напоминать перед каждой сессией</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Remind me this long before</source>
        <translation>Напоминать заранее за</translation>
    </message>
    <message>
        <source>Show clients&apos; full names</source>
        <translation>Показывать полные имена клиентов</translation>
    </message>
    <message>
        <source>Show the day&apos;s agenda when the working day starts</source>
        <translation>Показывать план дня в начале рабочего дня</translation>
    </message>
    <message>
        <source>Otherwise a reminder shows initials, such as “A. L.”: your screen may be shared in a video session. While Stillroom is locked a reminder says only that a session is about to start.</source>
        <translation>Иначе в напоминании будут только инициалы, например «А.&#xa0;Л.»: во время видеосессии экран может быть виден клиенту. Пока Stillroom заблокирован, напоминание сообщает лишь о том, что скоро сессия.</translation>
    </message>
    <message>
        <source>Reminders come while Stillroom is open, locked or not: through the system tray or your desktop&apos;s notifications, or else at the top of the window.</source>
        <translation>Напоминания приходят, пока Stillroom открыт, в том числе заблокированный: через значок в системном трее или уведомления рабочего стола, а если их нет — вверху окна.</translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <source>Remove from the waiting list</source>
        <translation>Убрать из листа ожидания</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Keep on the list</source>
        <translation>Оставить в листе</translation>
    </message>
    <message>
        <source>Take {name} off the waiting list? The list keeps why, and Edit → Undo brings them back.</source>
        <translation>Убрать запись «{name}» из листа ожидания? Причина сохранится, а «Правка → Отменить» вернёт запись.</translation>
    </message>
    <message>
        <source>Found another therapist, say (optional)</source>
        <translation>Например, нашёлся другой специалист (необязательно)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>RepairButton</name>
    <message>
        <source>Repair a rupture with {name}: after a hard session, or when trust was lost.</source>
        <translation>Восстановить доверие ({name}): после трудной сессии или когда доверие пошатнулось.</translation>
    </message>
    <message>
        <source>There is no session with {name} yet to talk through.</source>
        <translation>Сессий ещё не было ({name}): обсуждать пока нечего.</translation>
    </message>
</context>
<context>
    <name>RepairDialog</name>
    <message>
        <source>Repair a rupture</source>
        <translation>Восстановление доверия</translation>
    </message>
    <message>
        <source>After a hard session, or a review that hurt: a way to talk it through.</source>
        <translation>После трудной сессии или болезненного отзыва: как об этом поговорить.</translation>
    </message>
    <message>
        <source>Ask if they are willing</source>
        <translation>Спросить о готовности</translation>
    </message>
    <message>
        <source>Ask gently, and make it easy to say no. Their answer is the first step.</source>
        <translation>Спросите мягко, чтобы клиенту было легко отказаться. Его ответ — уже первый шаг.</translation>
    </message>
    <message>
        <source>Name what went wrong</source>
        <translation>Назвать, что пошло не так</translation>
    </message>
    <message>
        <source>Say it plainly and own your part, without explaining it away.</source>
        <translation>Скажите прямо и признайте свою часть, не оправдываясь.</translation>
    </message>
    <message>
        <source>In your own words: what will you name? What did you do or miss, and how might it have felt for them?</source>
        <translation>Своими словами: что вы назовёте? Что вы сделали или упустили и что клиент мог при этом чувствовать?</translation>
    </message>
    <message>
        <source>What you will name</source>
        <translation>Что вы назовёте</translation>
    </message>
    <message>
        <source>Ask what would help</source>
        <translation>Спросить, что поможет</translation>
    </message>
    <message>
        <source>Then listen. There is no need to agree or defend; just understand.</source>
        <translation>И слушайте. Не нужно соглашаться или защищаться — просто постарайтесь понять.</translation>
    </message>
    <message>
        <source>What they said, as close to their words as you can</source>
        <translation>Слова клиента — как можно ближе к сказанному</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>What you agreed, and a day to see how it is going.</source>
        <translation>О чём договорились и когда вернуться к этому.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Read it over; go back to change anything.</source>
        <translation>Проверьте всё; чтобы что-то изменить, вернитесь назад.</translation>
    </message>
    <message>
        <source>The follow-up on {day} goes in {name}&apos;s contact log as well.</source>
        <translation>Повторный разговор {day} тоже попадёт в журнал связи клиента {name}.</translation>
    </message>
    <message>
        <source>This is about the session above, or what came after it. Nothing about the session or its fee changes.</source>
        <translation>Речь об этой сессии или о том, что было после неё. Сама сессия и её оплата не меняются.</translation>
    </message>
    <message>
        <source>The next steps help you talk it through with {name}: ask whether they are willing, name what went wrong, ask what would help, and agree a plan and a day to follow it up. Skip any step you do not need; nothing is saved until you press Finish.</source>
        <translation>Следующие шаги помогут поговорить об этом с клиентом {name}: спросить о готовности к разговору, назвать, что пошло не так, спросить, что поможет, и договориться о плане и дне, когда к нему вернуться. Ненужные шаги можно пропустить; пока вы не нажмёте «Готово», ничего не сохраняется.</translation>
    </message>
    <message>
        <source>What did {name} say would help?</source>
        <translation>Что, по словам клиента {name}, поможет?</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Восстановление доверия</translation>
    </message>
    <message>
        <source>Repair: follow-up</source>
        <translation>Восстановление доверия: вернуться к плану</translation>
    </message>
    <message>
        <source>After the session on {when}.</source>
        <translation>После сессии {when}.</translation>
    </message>
    <message>
        <source>What I named:</source>
        <translation>Что было названо:</translation>
    </message>
    <message>
        <source>What would help, in their words:</source>
        <translation>Что поможет, словами клиента:</translation>
    </message>
    <message>
        <source>The plan:</source>
        <translation>План:</translation>
    </message>
    <message>
        <source>Follow-up on {day}.</source>
        <translation>Вернуться к этому: {day}.</translation>
    </message>
    <message>
        <source>In person or on a call</source>
        <translation>Лично или по телефону</translation>
    </message>
    <message>
        <source>When trust was lost</source>
        <translation>Если доверие утрачено</translation>
    </message>
    <message>
        <source>A message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>{name}, I&apos;ve been thinking about our session, and I have a sense that something I said or did didn&apos;t sit right with you. If so, I&apos;d like to understand it.</source>
        <translation>{name}, я возвращаюсь мыслями к нашей сессии, и мне кажется, что-то в моих словах или действиях вас задело. Если это так, мне хотелось бы это понять.</translation>
    </message>
    <message>
        <source>Would you be willing to talk about it with me, now or another time? It&apos;s completely all right to say not now, or no.</source>
        <translation>Готовы ли вы поговорить об этом со мной — сейчас или в другой раз? Совершенно нормально ответить «не сейчас» или «нет».</translation>
    </message>
    <message>
        <source>If we do talk, I&apos;ll mostly listen. You don&apos;t need to look after my feelings; what matters is how it was for you.</source>
        <translation>Если мы поговорим, я буду больше слушать. Вам не нужно беречь мои чувства; важно то, как это было для вас.</translation>
    </message>
    <message>
        <source>{name}, I think that something I did cost me some of your trust, and I&apos;m sorry.</source>
        <translation>{name}, мне кажется, что из-за моих действий ваше доверие ко мне пошатнулось, и я сожалею об этом.</translation>
    </message>
    <message>
        <source>I&apos;d like to understand how it was for you. You don&apos;t need to make it easier for me.</source>
        <translation>Мне важно понять, каково это было для вас. Не нужно ничего смягчать ради меня.</translation>
    </message>
    <message>
        <source>What would help you trust me again? Is there something you would like me to do differently?</source>
        <translation>Что помогло бы вам снова мне доверять? Что мне стоит делать иначе?</translation>
    </message>
    <message>
        <source>Whatever you tell me, I&apos;ll take it seriously, and we can decide together what happens next.</source>
        <translation>Что бы вы ни сказали, я отнесусь к этому серьёзно, и мы вместе решим, как быть дальше.</translation>
    </message>
    <message>
        <source>Hello {name}, it&apos;s {therapist}.</source>
        <translation>Здравствуйте, {name}! Это {therapist}.</translation>
    </message>
    <message>
        <source>Hello {name}.</source>
        <translation>Здравствуйте, {name}!</translation>
    </message>
    <message>
        <source>I&apos;ve been thinking about our last conversation, and I&apos;d like to talk it over with you if you are willing. Could you call me or reply when you can? There is no pressure either way.</source>
        <translation>Я возвращаюсь мыслями к нашему последнему разговору, и мне хотелось бы обсудить его с вами, если вы не против. Позвоните или ответьте, пожалуйста, когда сможете. Решать только вам.</translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <source>When the notice came</source>
        <translation>Когда сообщили об отмене</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Выберите причину</translation>
    </message>
    <message>
        <source>A few words (optional)</source>
        <translation>Коротко, по желанию</translation>
    </message>
    <message>
        <source>Who cancelled</source>
        <translation>По чьей инициативе</translation>
    </message>
    <message>
        <source>Notice came</source>
        <translation>Когда сообщили</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>In a few words</source>
        <translation>Коротко</translation>
    </message>
    <message>
        <source>{name} · {when} · {modality}</source>
        <translation>{name} · {when} · {modality}</translation>
    </message>
    <message>
        <source>You cancelled it yourself: that is never a late cancellation, and there is no fee.</source>
        <translation>Вы отменили сессию сами: это не поздняя отмена, и оплаты нет.</translation>
    </message>
    <message>
        <source>The notice came after the session had begun; your policy asks for {window} hours: this is a late cancellation.</source>
        <translation>Об отмене сообщили уже после начала сессии; по вашим правилам предупреждать нужно за {window} ч, так что это поздняя отмена.</translation>
    </message>
    <message>
        <source>The notice came {notice} before the session; your policy asks for {window} hours: this is a late cancellation.</source>
        <translation>Об отмене сообщили за {notice} до сессии; по вашим правилам предупреждать нужно за {window} ч, так что это поздняя отмена.</translation>
    </message>
    <message>
        <source>The notice came {notice} before the session; your policy asks for {window} hours: this is a cancellation in time, with no fee.</source>
        <translation>Об отмене сообщили за {notice} до сессии; по вашим правилам предупреждать нужно за {window} ч, так что это своевременная отмена, без оплаты.</translation>
    </message>
    <message>
        <source>The notice cannot have come later than now. Please check the day and time.</source>
        <translation>Сообщение об отмене не может прийти позже, чем сейчас. Пожалуйста, проверьте дату и время.</translation>
    </message>
    <message>
        <source>Please choose a reason; &quot;Other&quot; will do.</source>
        <translation>Пожалуйста, выберите причину; подойдёт и «Другое».</translation>
    </message>
    <message>
        <source>I cancelled the session on {when}; I let them know on {arrived}. No fee: I cancelled it.</source>
        <translation>Сессия {when} отменена мной, клиенту сообщено {arrived}. Оплаты нет: отмена с моей стороны.</translation>
    </message>
    <message>
        <source>Cancelled the session on {when}.</source>
        <translation>Сессия {when} отменена клиентом.</translation>
    </message>
    <message>
        <source>The notice came on {arrived}, after the session had begun: a late cancellation under the {window}-hour window.</source>
        <translation>Об отмене сообщили {arrived}, уже после начала сессии: поздняя отмена (срок — {window} ч).</translation>
    </message>
    <message>
        <source>The notice came on {arrived}, {notice} before the session: a late cancellation under the {window}-hour window.</source>
        <translation>Об отмене сообщили {arrived}, за {notice} до сессии: поздняя отмена (срок — {window} ч).</translation>
    </message>
    <message>
        <source>The notice came on {arrived}, {notice} before the session: in time under the {window}-hour window, so no fee.</source>
        <translation>Об отмене сообщили {arrived}, за {notice} до сессии: вовремя (срок — {window} ч), без оплаты.</translation>
    </message>
    <message>
        <source>Reason: {reason}.</source>
        <translation>Причина: {reason}.</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule a session</source>
        <translation>Перенос сессии</translation>
    </message>
    <message>
        <source>Move it</source>
        <translation>Перенести</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>{client}: {status}</source>
        <translation>{client}: {status}</translation>
    </message>
    <message>
        <source>New time</source>
        <translation>Новое время</translation>
    </message>
</context>
<context>
    <name>ReschedulePage</name>
    <message>
        <source>Free times</source>
        <translation>Свободное время</translation>
    </message>
    <message>
        <source>How to meet</source>
        <translation>Формат встречи</translation>
    </message>
    <message>
        <source>{when} — {reason}</source>
        <translation>{when} — {reason}</translation>
    </message>
    <message>
        <source>No free time in the next two weeks.</source>
        <translation>В ближайшие две недели свободного времени нет.</translation>
    </message>
    <message>
        <source>Leave it unscheduled for now</source>
        <translation>Пока не назначать</translation>
    </message>
    <message>
        <source>Please choose a time, or leave it unscheduled for now.</source>
        <translation>Пожалуйста, выберите время или вариант «Пока не назначать».</translation>
    </message>
    <message>
        <source>New session booked for {when} ({modality}).</source>
        <translation>Новая сессия: {when} ({modality}).</translation>
    </message>
    <message>
        <source>No new time booked yet.</source>
        <translation>Новое время пока не назначено.</translation>
    </message>
    <message>
        <source>This time is no longer free. Please choose another.</source>
        <translation>Это время уже занято. Пожалуйста, выберите другое.</translation>
    </message>
    <message>
        <source>{modality} (their usual)</source>
        <translation>{modality} (как обычно)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Проверка перед импортом</translation>
    </message>
    <message>
        <source>Every row has been checked. Press Finish to add all of these clients at once.</source>
        <translation>Все строки проверены. Нажмите «Завершить», чтобы добавить всех этих клиентов разом.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Rows to put right in the file first:</source>
        <translation>Строки, которые сначала нужно исправить в файле:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Что не так</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Проверяем каждую строку…</translation>
    </message>
    <message>
        <source>{count} rows of {total} cannot be imported. Put them right in the file, then choose it again; nothing has been added.</source>
        <translation>Строк с ошибками: {count} из {total}. Исправьте их в файле и выберите его снова; ничего не добавлено.</translation>
    </message>
    <message>
        <source>{count} clients will be added.</source>
        <translation>Будет добавлено клиентов: {count}.</translation>
    </message>
    <message>
        <source>The file holds no clients.</source>
        <translation>В файле нет ни одного клиента.</translation>
    </message>
    <message>
        <source>Adding {count} clients…</source>
        <translation>Добавляем клиентов: {count}…</translation>
    </message>
</context>
<context>
    <name>ScriptPage</name>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the script shown. It is taken off the clipboard again after {seconds} seconds.</source>
        <translation>Скопировать показанный текст. Через {seconds} с он будет удалён из буфера обмена.</translation>
    </message>
    <message>
        <source>There is no phone number for {name}.</source>
        <translation>Номер телефона не указан ({name}).</translation>
    </message>
    <message>
        <source>{name} has not agreed to voicemail on any number.</source>
        <translation>{name}: нет согласия на голосовые сообщения ни по одному номеру.</translation>
    </message>
    <message>
        <source>{name} has not agreed to text messages on any number (a landline cannot take them).</source>
        <translation>{name}: нет согласия на СМС ни по одному номеру (на городской телефон их и не отправить).</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in {seconds} seconds.</source>
        <translation>Скопировано. Буфер обмена очистится через {seconds} с.</translation>
    </message>
    <message>
        <source>{name} asked not to be contacted. Please respect that unless it is urgent.</source>
        <translation>{name}: просьба не связываться. Пожалуйста, уважайте её, если дело не срочное.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <source>video</source>
        <translation>видео</translation>
    </message>
    <message>
        <source>How to reach {name}:</source>
        <translation>Как связаться с клиентом {name}:</translation>
    </message>
    <message>
        <source>There is no phone number or email address for {name} yet.</source>
        <translation>У клиента {name} пока нет ни телефона, ни адреса эл. почты.</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Note</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Дополнение</translation>
    </message>
    <message>
        <source>Chart notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Private reflection</source>
        <translation>Личная рефлексия</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>The newest {count} shown: more words find fewer. Enter or a click opens one.</source>
        <translation>Показаны последние {count}: чем больше слов, тем точнее поиск. Откройте нужное щелчком или клавишей Enter.</translation>
    </message>
    <message>
        <source>Found: {count}. Enter or a click opens one.</source>
        <translation>Найдено: {count}. Откройте нужное щелчком или клавишей Enter.</translation>
    </message>
    <message>
        <source>Nothing found for “{typed}”.</source>
        <translation>По запросу «{typed}» ничего не найдено.</translation>
    </message>
</context>
<context>
    <name>SecondSessionNote</name>
    <message>
        <source>This was to be the second session</source>
        <translation>Это должна была быть вторая сессия</translation>
    </message>
    <message>
        <source>After a first meeting many people are unsure whether to go on: it may have stirred up more than they expected, or they may not yet know whether this is the right place for them. A late cancellation now is often that doubt, more than the reason given.</source>
        <translation>После первой встречи многие сомневаются, продолжать ли: она могла всколыхнуть больше, чем ожидалось, или ещё непонятно, подходит ли эта работа. Поздняя отмена сейчас часто говорит об этих сомнениях больше, чем названная причина.</translation>
    </message>
    <message>
        <source>After a first meeting many people are unsure whether to go on: it may have stirred up more than they expected, or they may not yet know whether this is the right place for them. A missed second session is often that doubt, more than forgetting.</source>
        <translation>После первой встречи многие сомневаются, продолжать ли: она могла всколыхнуть больше, чем ожидалось, или ещё непонятно, подходит ли эта работа. Пропуск второй сессии часто говорит об этих сомнениях, а не о забывчивости.</translation>
    </message>
    <message>
        <source>Take extra care: get in touch soon and warmly, by a call rather than only a message. Ask how the first meeting left them, and make it easy to say it was hard. Offer a new time without pressure, and think twice before charging a fee this early.</source>
        <translation>Будьте особенно бережны: свяжитесь поскорее и тепло — лучше звонком, а не только сообщением. Спросите, какое впечатление оставила первая встреча, и дайте возможность сказать, что было трудно. Предложите новое время без давления и хорошо подумайте, прежде чем брать оплату на таком раннем этапе.</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>Stillroom</source>
        <translation>Stillroom</translation>
    </message>
    <message>
        <source>Move a session in a series</source>
        <translation>Перенос сессии из серии</translation>
    </message>
    <message>
        <source>This session is one of a series. Move only this one, or this one and all that follow?</source>
        <translation>Эта сессия входит в серию. Перенести только её или её и все следующие?</translation>
    </message>
    <message>
        <source>Only this session</source>
        <translation>Только эту</translation>
    </message>
    <message>
        <source>This and all following</source>
        <translation>Эту и все следующие</translation>
    </message>
    <message>
        <source>Delete a session</source>
        <translation>Удаление сессии</translation>
    </message>
    <message>
        <source>Delete this session with {client}? Only do this for a session booked by mistake; otherwise cancel it.</source>
        <translation>Удалить сессию с клиентом {client}? Делайте так, только если сессия назначена по ошибке; в остальных случаях лучше её отменить.</translation>
    </message>
</context>
<context>
    <name>SessionFields</name>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Один раз</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> в серии</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Сколько</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Stillroom — Settings</source>
        <translation>Stillroom — Настройки</translation>
    </message>
    <message>
        <source>Money papers</source>
        <translation>Финансовые документы</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Reading your settings…</source>
        <translation>Загружаем настройки…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохраняем…</translation>
    </message>
    <message>
        <source> day</source>
        <translation> день</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source> week</source>
        <translation> нед.</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> нед.</translation>
    </message>
    <message>
        <source>{fee}: amount</source>
        <translation>{fee}: сумма</translation>
    </message>
    <message>
        <source>{fee}: percentage</source>
        <translation>{fee}: процент</translation>
    </message>
</context>
<context>
    <name>SettingsSections</name>
    <message>
        <source>Settings sections</source>
        <translation>Разделы настроек</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Практика</translation>
    </message>
    <message>
        <source>Language and money</source>
        <translation>Язык и деньги</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Рабочее время</translation>
    </message>
    <message>
        <source>Reaching out</source>
        <translation>Связь с клиентами</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>Practice name</source>
        <translation>Название практики</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Qualifications and registration</source>
        <translation>Образование, сертификаты, членство в ассоциациях</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Квалификация</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Шапка письма</translation>
    </message>
    <message>
        <source>Printed at the top of every letter, under the practice name.</source>
        <translation>Печатается вверху каждого письма, под названием практики.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>A new language applies when Stillroom next starts.</source>
        <translation>Новый язык включится при следующем запуске Stillroom.</translation>
    </message>
    <message>
        <source>{code} — {name}</source>
        <translation>{code} — {name}</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Fees already in the ledger keep the amounts they were recorded with.</source>
        <translation>Суммы, уже внесённые в расчёты, не изменятся.</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Формат бумаги</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Конверт</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Day starts at</source>
        <translation>Начало дня</translation>
    </message>
    <message>
        <source>Day ends at</source>
        <translation>Конец дня</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Рабочие дни</translation>
    </message>
    <message>
        <source>The calendar shades the hours outside these.</source>
        <translation>Часы вне рабочего времени затеняются в календаре.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Длительность сессии</translation>
    </message>
    <message>
        <source>Session fee</source>
        <translation>Оплата сессии</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Type part of a city&apos;s name to find it. Every session keeps its moment when the zone changes; only the clock times shown move (in winter, a 10:00 session in London shows at 13:00 in Moscow).</source>
        <translation>Начните вводить название города, чтобы его найти. При смене пояса каждая сессия остаётся в тот же момент; меняется только показанное время (зимой сессия в 10:00 по Лондону покажется в 13:00 по Москве).</translation>
    </message>
    <message>
        <source>New sessions take this length and fee; a client&apos;s own fee, when set, comes first.</source>
        <translation>Новые сессии получают эту длительность и оплату; если для клиента указана своя оплата, действует она.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>Notice needed to cancel</source>
        <translation>Отмена не позднее чем за</translation>
    </message>
    <message>
        <source>A cancellation with less notice than this is a late cancellation. 24 hours is usual; 12 and 48 are common too.</source>
        <translation>Отмена в более короткий срок считается поздней. Обычно это 24 часа; часто также 12 или 48.</translation>
    </message>
    <message>
        <source>A client&apos;s first missed session is forgiven</source>
        <translation>Первую неявку клиента не оплачивать</translation>
    </message>
    <message>
        <source>The fee is still proposed each time; you can change or waive it then.</source>
        <translation>Оплата всё равно предлагается каждый раз; тогда же её можно изменить или списать.</translation>
    </message>
    <message>
        <source>Call a late client after</source>
        <translation>Звонить опаздывающему через</translation>
    </message>
    <message>
        <source>Call when nothing is booked for</source>
        <translation>Звонить, если нет записи в течение</translation>
    </message>
    <message>
        <source>Counted from a client&apos;s last session when no next one is booked.</source>
        <translation>Считается от последней сессии клиента, если следующая не запланирована.</translation>
    </message>
    <message>
        <source>Check in after a silence of</source>
        <translation>Напомнить о себе после паузы</translation>
    </message>
    <message>
        <source>Waiting-room gap</source>
        <translation>Интервал между знакомыми</translation>
    </message>
    <message>
        <source>Two clients who know each other are not booked closer together than this, so that they do not meet.</source>
        <translation>Двух знакомых между собой клиентов не записывают ближе этого, чтобы они не встретились.</translation>
    </message>
    <message>
        <source>Unanswered calls before a closing letter</source>
        <translation>Звонков без ответа до завершающего письма</translation>
    </message>
    <message>
        <source>Look for booking mistakes in the next</source>
        <translation>Искать ошибки в расписании на ближайшие</translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation>Блокировать при бездействии</translation>
    </message>
    <message>
        <source>When Stillroom locks, every client detail is hidden until you type your passphrase. Anything you were typing is kept.</source>
        <translation>Когда Stillroom заблокирован, все данные клиентов скрыты, пока вы не введёте парольную фразу. Всё, что вы набирали, сохраняется.</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Запомнить на этом компьютере</translation>
    </message>
    <message>
        <source>When ticked, Stillroom opens without asking for your passphrase, for anyone who can sign in to your account on this computer. The idle lock still asks for it.</source>
        <translation>Если отмечено, Stillroom открывается без парольной фразы для любого, кто может войти в вашу учётную запись на этом компьютере. После блокировки по бездействию фраза всё равно понадобится.</translation>
    </message>
</context>
<context>
    <name>SlotOfferQuestion</name>
    <message>
        <source>{day} {time} is free from {date}.</source>
        <translation>{day}, {time}: время свободно с {date}.</translation>
    </message>
    <message numerus="yes">
        <source>%n people on the waiting list would suit:</source>
        <translation>
            <numerusform>Это время подходит %n записи из листа ожидания:</numerusform>
            <numerusform>Это время подходит %n записям из листа ожидания:</numerusform>
            <numerusform>Это время подходит %n записям из листа ожидания:</numerusform>
        </translation>
    </message>
    <message>
        <source>One person on the waiting list would suit:</source>
        <translation>Это время подходит одной записи из листа ожидания:</translation>
    </message>
    <message>
        <source>• {name}, waiting {waited}</source>
        <translation>• {name}, в ожидании: {waited}</translation>
    </message>
    <message>
        <source>A regular time is free</source>
        <translation>Освободилось постоянное время</translation>
    </message>
    <message>
        <source>Offer to {name}</source>
        <translation>Предложить: {name}</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
</context>
<context>
    <name>SlotReason</name>
    <message>
        <source>their usual day and time</source>
        <translation>обычные день и время</translation>
    </message>
    <message>
        <source>their usual day</source>
        <translation>обычный день</translation>
    </message>
    <message>
        <source>their usual time</source>
        <translation>обычное время</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Statement – {name} – {first} to {last}.pdf</source>
        <translation>Выписка – {name} – с {first} по {last}.pdf</translation>
    </message>
    <message>
        <source>Opening balance: {words}</source>
        <translation>Остаток на начало: {words}</translation>
    </message>
    <message>
        <source>Paid and waived in the period: {amount}</source>
        <translation>Оплачено и списано за период: {amount}</translation>
    </message>
    <message>
        <source>Closing balance: {words}</source>
        <translation>Остаток на конец: {words}</translation>
    </message>
    <message>
        <source>Charged and refunded in the period: {amount}</source>
        <translation>Начислено и возвращено за период: {amount}</translation>
    </message>
    <message>
        <source>not yet due {amount}</source>
        <translation>срок ещё не наступил: {amount}</translation>
    </message>
    <message>
        <source>1–30 days overdue {amount}</source>
        <translation>просрочено на 1–30 дней: {amount}</translation>
    </message>
    <message>
        <source>31–60 days overdue {amount}</source>
        <translation>просрочено на 31–60 дней: {amount}</translation>
    </message>
    <message>
        <source>61–90 days overdue {amount}</source>
        <translation>просрочено на 61–90 дней: {amount}</translation>
    </message>
    <message>
        <source>over 90 days overdue {amount}</source>
        <translation>просрочено более чем на 90 дней: {amount}</translation>
    </message>
    <message>
        <source>What is owed: {parts}.</source>
        <translation>Задолженность: {parts}.</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Выписка по счёту</translation>
    </message>
    <message>
        <source>Statement of account for {name}</source>
        <translation>Выписка по счёту: {name}</translation>
    </message>
    <message>
        <source>Everything charged, paid and waived in the period, with the balance before and after. It is kept with the client&apos;s papers once it is saved or printed.</source>
        <translation>Всё, что начислено, оплачено и списано за период, с остатком до и после. Выписка сохраняется с документами клиента, когда её сохраняют в файл или печатают.</translation>
    </message>
    <message>
        <source>The statement&apos;s first day</source>
        <translation>Первый день выписки</translation>
    </message>
    <message>
        <source>The statement&apos;s last day</source>
        <translation>Последний день выписки</translation>
    </message>
    <message>
        <source>The statement&apos;s language</source>
        <translation>Язык выписки</translation>
    </message>
    <message>
        <source>Show the statement</source>
        <translation>Показать выписку</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The statement is shown here once it is made.</source>
        <translation>Выписка появится здесь, как только её составят.</translation>
    </message>
</context>
<context>
    <name>StillroomError</name>
    <message>
        <source>There is no session number {id}.</source>
        <translation>Сессии с номером {id} нет.</translation>
    </message>
    <message>
        <source>A session&apos;s start needs a time zone.</source>
        <translation>Для начала сессии нужен часовой пояс.</translation>
    </message>
    <message>
        <source>Choose weekly or fortnightly to book more than one session.</source>
        <translation>Чтобы записать больше одной сессии, выберите повтор каждую неделю или раз в две недели.</translation>
    </message>
    <message>
        <source>A cancellation needs to say who cancelled and when; use Cancel.</source>
        <translation>Для отмены нужно указать, по чьей она инициативе и когда о ней сообщили; воспользуйтесь командой «Отменить».</translation>
    </message>
    <message>
        <source>There is no client number {id}.</source>
        <translation>Клиента с номером {id} нет.</translation>
    </message>
    <message>
        <source>{name} has ended therapy. Make them active again to book a session.</source>
        <translation>Работа с клиентом {name} завершена. Чтобы записать сессию, верните статус «В работе».</translation>
    </message>
    <message>
        <source>This session has a fee or a payment recorded against it, so it cannot be deleted. Cancel it instead.</source>
        <translation>По этой сессии уже есть начисление или оплата, поэтому удалить её нельзя. Вместо этого отмените её.</translation>
    </message>
    <message>
        <source>Only a session still booked can change how you meet.</source>
        <translation>Изменить формат встречи можно только у сессии, которая ещё запланирована.</translation>
    </message>
    <message>
        <source>There is no practice in {folder}.</source>
        <translation>В папке {folder} нет практики.</translation>
    </message>
    <message>
        <source>Keep at least one backup.</source>
        <translation>Нужно хранить хотя бы одну копию.</translation>
    </message>
    <message>
        <source>Stillroom could not write the backup to {target}: {reason}</source>
        <translation>Stillroom не удалось записать резервную копию в {target}: {reason}</translation>
    </message>
    <message>
        <source>The practice in {folder} could not be read for the backup.</source>
        <translation>Не удалось прочитать практику в папке {folder} для резервной копии.</translation>
    </message>
    <message>
        <source>Stillroom cannot read the backup {path}: {reason}</source>
        <translation>Stillroom не может прочитать резервную копию {path}: {reason}</translation>
    </message>
    <message>
        <source>The file {path} is not a Stillroom backup, or it is damaged. Nothing was changed.</source>
        <translation>Файл {path} не является резервной копией Stillroom или повреждён. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The backup {path} cannot be restored. {problems} Nothing was changed.</source>
        <translation>Резервную копию {path} нельзя восстановить. {problems} Ничего не изменено.</translation>
    </message>
    <message>
        <source>Stillroom could not restore the backup into {folder}: {reason}</source>
        <translation>Stillroom не удалось восстановить резервную копию в папку {folder}: {reason}</translation>
    </message>
    <message>
        <source>The backup {path} is of a different practice than the one in {folder}. Nothing was changed.</source>
        <translation>Резервная копия {path} относится к другой практике, не к той, что в папке {folder}. Ничего не изменено.</translation>
    </message>
    <message>
        <source>A moment for the call list needs a time zone.</source>
        <translation>Для списка звонков моменту времени нужен часовой пояс.</translation>
    </message>
    <message>
        <source>Please choose the day to call back.</source>
        <translation>Пожалуйста, выберите день, когда перезвонить.</translation>
    </message>
    <message>
        <source>There is nothing to add to the chart.</source>
        <translation>Добавлять в карточку нечего.</translation>
    </message>
    <message>
        <source>More than one client is called {name}:</source>
        <translation>Клиентов с именем {name} несколько:</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Дата окончания раньше даты начала.</translation>
    </message>
    <message>
        <source>No client is called {name}.</source>
        <translation>Клиента с именем {name} нет.</translation>
    </message>
    <message>
        <source>A client cannot be linked to themselves.</source>
        <translation>Нельзя связать клиента с самим собой.</translation>
    </message>
    <message>
        <source>This day is closed; reopen it to change it.</source>
        <translation>Этот день закрыт; чтобы что-то изменить, откройте его снова.</translation>
    </message>
    <message>
        <source>One of the sessions to pay for does not exist.</source>
        <translation>Одной из оплачиваемых сессий не существует.</translation>
    </message>
    <message>
        <source>A payment of nothing is not a payment.</source>
        <translation>Нулевая оплата — это не оплата.</translation>
    </message>
    <message>
        <source>A refund of nothing is not a refund.</source>
        <translation>Нулевой возврат — это не возврат.</translation>
    </message>
    <message>
        <source>This session&apos;s status brings no charge; mark what happened first.</source>
        <translation>При таком статусе сессии оплата не начисляется; сначала отметьте, что произошло.</translation>
    </message>
    <message>
        <source>A charge different from the policy needs a reason.</source>
        <translation>Если начисление отличается от ваших правил, нужно указать причину.</translation>
    </message>
    <message>
        <source>There is no payment number {id}.</source>
        <translation>Платежа с номером {id} нет.</translation>
    </message>
    <message>
        <source>Choose whose payment it is to tie it to sessions.</source>
        <translation>Чтобы привязать платёж к сессиям, выберите, чей он.</translation>
    </message>
    <message>
        <source>{count} rows cannot be imported; nothing was imported.</source>
        <translation>Строк, которые нельзя импортировать: {count}. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>This booking clashes with {count} other sessions.</source>
        <translation>Эта запись пересекается с другими сессиями (их число: {count}).</translation>
    </message>
    <message>
        <source>Stillroom could not write the export to {folder}: {reason}</source>
        <translation>Stillroom не удалось записать экспорт в папку {folder}: {reason}</translation>
    </message>
    <message>
        <source>When the notice came needs a time zone.</source>
        <translation>Для времени, когда сообщили об отмене, нужен часовой пояс.</translation>
    </message>
    <message>
        <source>The present moment needs a time zone.</source>
        <translation>Текущему моменту нужен часовой пояс.</translation>
    </message>
    <message>
        <source>{column} must be yes or no, not {value!r}</source>
        <translation>В столбце {column} должно быть «да» или «нет» (yes или no), а не {value!r}</translation>
    </message>
    <message>
        <source>{path} is too large to be a client list (over 20 MB).</source>
        <translation>Файл {path} слишком большой для списка клиентов (больше 20 МБ).</translation>
    </message>
    <message>
        <source>{path} is not a text file.</source>
        <translation>{path} — не текстовый файл.</translation>
    </message>
    <message>
        <source>The first row of {path} must name the columns, with a &apos;name&apos; column at least.</source>
        <translation>В первой строке файла {path} должны быть названия столбцов, как минимум столбец &apos;name&apos;.</translation>
    </message>
    <message>
        <source>{column} must be one of {allowed}, not {value!r}</source>
        <translation>В столбце {column} должно быть одно из значений {allowed}, а не {value!r}</translation>
    </message>
    <message>
        <source>started_on must be a date such as 2024-09-01, not {value!r}</source>
        <translation>В столбце started_on должна быть дата вида 2024-09-01, а не {value!r}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Не удаётся прочитать {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} has more than {limit} rows.</source>
        <translation>В файле {path} больше строк, чем допустимо ({limit}).</translation>
    </message>
    <message>
        <source>The practice&apos;s key file is missing: {path}</source>
        <translation>Не найден файл ключа практики: {path}</translation>
    </message>
    <message>
        <source>That passphrase does not open this practice.</source>
        <translation>Эта парольная фраза не открывает эту практику.</translation>
    </message>
    <message>
        <source>Please choose how the money was paid.</source>
        <translation>Пожалуйста, выберите способ оплаты.</translation>
    </message>
    <message>
        <source>Please choose why the fee is waived.</source>
        <translation>Пожалуйста, выберите причину списания.</translation>
    </message>
    <message>
        <source>That session is not this client&apos;s.</source>
        <translation>Это сессия другого клиента.</translation>
    </message>
    <message>
        <source>{name} has no missed session for this letter to be about.</source>
        <translation>У клиента {name} нет пропущенной сессии, о которой могло бы быть это письмо.</translation>
    </message>
    <message>
        <source>Stillroom cannot write a {kind} letter to a client.</source>
        <translation>Stillroom не может написать клиенту письмо вида «{kind}».</translation>
    </message>
    <message>
        <source>Please choose why the work is ending.</source>
        <translation>Пожалуйста, выберите, почему работа завершается.</translation>
    </message>
    <message>
        <source>This letter is about a session of {name}&apos;s that was missed, and this session was not.</source>
        <translation>Это письмо — о пропущенной сессии клиента {name}, а эта сессия не была пропущена.</translation>
    </message>
    <message>
        <source>A letter needs some text.</source>
        <translation>В письме должен быть текст.</translation>
    </message>
    <message>
        <source>A letter kept for a client needs the client.</source>
        <translation>Чтобы сохранить письмо, нужно указать клиента.</translation>
    </message>
    <message>
        <source>There is no letter number {id}.</source>
        <translation>Письма с номером {id} нет.</translation>
    </message>
    <message>
        <source>Please say in a few words why the fee is waived.</source>
        <translation>Пожалуйста, напишите в нескольких словах, почему оплата отменяется.</translation>
    </message>
    <message>
        <source>A fee of nothing is not a charge. To let the fee go, leave it uncharged.</source>
        <translation>Нулевая сумма — это не начисление. Чтобы не брать оплату, просто не начисляйте её.</translation>
    </message>
    <message>
        <source>A moment needs a time zone.</source>
        <translation>Моменту времени нужен часовой пояс.</translation>
    </message>
    <message>
        <source>Only a no-show or a late cancellation can bring a fee, and this session is neither.</source>
        <translation>Оплата начисляется только за неявку или позднюю отмену, а эта сессия — ни то ни другое.</translation>
    </message>
    <message>
        <source>This session already has a fee of {amount}; a session&apos;s fee is charged only once.</source>
        <translation>За эту сессию уже начислено {amount}; оплата за сессию начисляется только один раз.</translation>
    </message>
    <message>
        <source>A waiver of nothing would change nothing. To waive nothing, skip this step.</source>
        <translation>Отмена нулевой суммы ничего не изменит. Если отменять нечего, пропустите этот шаг.</translation>
    </message>
    <message>
        <source>Nothing is charged for this session, so there is nothing to waive.</source>
        <translation>За эту сессию ничего не начислено, отменять нечего.</translation>
    </message>
    <message>
        <source>{name} has no session booked yet, so there is no next session to waive. Book it first, then waive its fee.</source>
        <translation>У клиента {name} пока нет запланированной сессии, так что отменять оплату не за что. Сначала запишите сессию, потом отмените её оплату.</translation>
    </message>
    <message>
        <source>The next session, on {day}, already has its fee waived.</source>
        <translation>Оплата следующей сессии ({day}) уже отменена.</translation>
    </message>
    <message>
        <source>The next session, on {day}, has no fee to waive.</source>
        <translation>За следующую сессию ({day}) нет оплаты, которую можно отменить.</translation>
    </message>
    <message>
        <source>Only {amount} is charged for this session and not yet waived.</source>
        <translation>За эту сессию начислено и ещё не отменено только {amount}.</translation>
    </message>
    <message>
        <source>Please enter an amount such as {example}.</source>
        <translation>Пожалуйста, введите сумму, например {example}.</translation>
    </message>
    <message>
        <source>This amount is too large.</source>
        <translation>Сумма слишком большая.</translation>
    </message>
    <message>
        <source>A share must be from 0 to 100 per cent.</source>
        <translation>Доля должна быть от 0 до 100 процентов.</translation>
    </message>
    <message>
        <source>An amount can only be split into one or more parts.</source>
        <translation>Сумму можно разделить только на одну часть или больше.</translation>
    </message>
    <message>
        <source>{currency} is not a currency Stillroom knows.</source>
        <translation>Валюта {currency} неизвестна Stillroom.</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>Рабочий день должен заканчиваться позже, чем начинается.</translation>
    </message>
    <message>
        <source>Please choose at least one working day.</source>
        <translation>Пожалуйста, выберите хотя бы один рабочий день.</translation>
    </message>
    <message>
        <source>Unknown setting: {names}</source>
        <translation>Неизвестная настройка: {names}</translation>
    </message>
    <message>
        <source>{zone} is not a time zone.</source>
        <translation>{zone} — не часовой пояс.</translation>
    </message>
    <message>
        <source>Please say why the day is reopened.</source>
        <translation>Пожалуйста, укажите, почему день открывается снова.</translation>
    </message>
    <message>
        <source>This session has not started yet; it can be marked once it begins.</source>
        <translation>Эта сессия ещё не началась; отметить её можно, когда она начнётся.</translation>
    </message>
    <message>
        <source>There is no block of time number {id}.</source>
        <translation>Занятого времени с номером {id} нет.</translation>
    </message>
    <message>
        <source>Choose the first and the last day.</source>
        <translation>Выберите первый и последний день.</translation>
    </message>
    <message>
        <source>The last day cannot come before the first.</source>
        <translation>Последний день не может быть раньше первого.</translation>
    </message>
    <message>
        <source>A block can run for at most a year.</source>
        <translation>Занять можно не больше года подряд.</translation>
    </message>
    <message>
        <source>Choose when the block ends.</source>
        <translation>Выберите, когда занятое время заканчивается.</translation>
    </message>
    <message>
        <source>A block&apos;s times need a time zone.</source>
        <translation>Времени нужен часовой пояс.</translation>
    </message>
    <message>
        <source>The block must end after it starts.</source>
        <translation>Занятое время должно заканчиваться позже, чем начинается.</translation>
    </message>
    <message>
        <source>A block of hours ends on the day it starts; for longer, block whole days.</source>
        <translation>Часы заканчиваются в тот же день, в который начались; на дольше займите целые дни.</translation>
    </message>
    <message>
        <source>Only a block that repeats has a day it repeats until.</source>
        <translation>Последний раз бывает только у занятого времени, которое повторяется.</translation>
    </message>
    <message>
        <source>A block that repeats must end before it comes round again.</source>
        <translation>Повторяющееся занятое время должно заканчиваться до следующего повтора.</translation>
    </message>
    <message>
        <source>A block cannot repeat until a day before it starts.</source>
        <translation>Последний повтор не может быть раньше первого дня.</translation>
    </message>
    <message>
        <source>That change was already applied, or its event is gone.</source>
        <translation>Это изменение уже внесено, или его события больше нет.</translation>
    </message>
    <message>
        <source>The file is empty: there is no calendar in it.</source>
        <translation>Файл пуст: календаря в нём нет.</translation>
    </message>
    <message>
        <source>Line {line}: the file ends before END:{opened}.</source>
        <translation>Строка {line}: файл кончается раньше, чем END:{opened}.</translation>
    </message>
    <message>
        <source>{path} is too large to be a calendar ({megabytes} MB; at most {limit} MB).</source>
        <translation>{path} слишком велик для календаря ({megabytes} МБ; не больше {limit} МБ).</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>Не удаётся прочитать {path}: {reason}</translation>
    </message>
    <message>
        <source>Line {line}: this line is not UTF-8 text, as a calendar file is.</source>
        <translation>Строка {line}: эта строка не в кодировке UTF-8, а файл календаря всегда в ней.</translation>
    </message>
    <message>
        <source>Line {line}: the line is too long ({length} characters).</source>
        <translation>Строка {line}: строка слишком длинная ({length} знаков).</translation>
    </message>
    <message>
        <source>Line {line}: the line holds control characters a calendar never has.</source>
        <translation>Строка {line}: в строке есть управляющие символы, каких в календаре не бывает.</translation>
    </message>
    <message>
        <source>Line {line}: this is not a calendar line (NAME:value).</source>
        <translation>Строка {line}: это не строка календаря (ИМЯ:значение).</translation>
    </message>
    <message>
        <source>Line {line}: a calendar file begins with BEGIN:VCALENDAR.</source>
        <translation>Строка {line}: файл календаря начинается с BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <source>Line {line}: an event begins inside {opened}; events belong directly in the calendar.</source>
        <translation>Строка {line}: событие начинается внутри {opened}; события должны лежать прямо в календаре.</translation>
    </message>
    <message>
        <source>Line {line}: END:{found} does not close BEGIN:{opened}.</source>
        <translation>Строка {line}: END:{found} не закрывает BEGIN:{opened}.</translation>
    </message>
    <message>
        <source>Line {line}: there is more after the calendar ends.</source>
        <translation>Строка {line}: после конца календаря в файле есть что-то ещё.</translation>
    </message>
    <message>
        <source>The file&apos;s repeats cannot be worked out ({reason}).</source>
        <translation>Не удаётся рассчитать повторы из файла ({reason}).</translation>
    </message>
    <message>
        <source>The last day of the range comes before the first.</source>
        <translation>Последний день периода раньше первого.</translation>
    </message>
    <message>
        <source>Line {line}: the event ends before it starts.</source>
        <translation>Строка {line}: событие кончается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>The file cannot be read as a calendar: {reason}</source>
        <translation>Файл не читается как календарь: {reason}</translation>
    </message>
    <message>
        <source>Line {line}: {name} cannot be read ({reason}).</source>
        <translation>Строка {line}: не удаётся прочитать {name} ({reason}).</translation>
    </message>
    <message>
        <source>Line {line}: the event has no start (DTSTART).</source>
        <translation>Строка {line}: у события нет начала (DTSTART).</translation>
    </message>
    <message>
        <source>The file holds more than {limit} events in the range. Choose a shorter range.</source>
        <translation>В файле больше {limit} событий за этот период. Выберите период короче.</translation>
    </message>
    <message>
        <source>Line {line}: the event&apos;s repeats cannot be worked out ({reason}).</source>
        <translation>Строка {line}: не удаётся рассчитать повторы события ({reason}).</translation>
    </message>
    <message>
        <source>Past sessions are imported as attended or as booked.</source>
        <translation>Прошедшие сессии переносятся как состоявшиеся или как назначенные.</translation>
    </message>
    <message>
        <source>Line {line}: &quot;{title}&quot; lasts more than eight hours, too long for a session; import it as a block or skip it.</source>
        <translation>Строка {line}: «{title}» длится больше восьми часов — слишком долго для сессии; перенесите это как занятое время или пропустите.</translation>
    </message>
    <message>
        <source>Line {line}: &quot;{title}&quot; on {day} falls on a day you have closed. Reopen the day, or leave the event out.</source>
        <translation>Строка {line}: «{title}» {day} приходится на закрытый день. Откройте день снова или не переносите это событие.</translation>
    </message>
    <message>
        <source>A date of birth is written like 1985-04-12 or 12.04.1985 (with the year in full), not {value!r}.</source>
        <translation>Дата рождения записывается как 1985-04-12 или 12.04.1985 (год полностью), а не {value!r}.</translation>
    </message>
    <message>
        <source>A date of birth cannot be in the future.</source>
        <translation>Дата рождения не может быть в будущем.</translation>
    </message>
    <message>
        <source>{value!r} is not a date.</source>
        <translation>{value!r} — не дата.</translation>
    </message>
    <message>
        <source>{value!r} could be day/month or month/day, and the file&apos;s other dates do not say which. Write it as year-month-day, such as 1985-04-12.</source>
        <translation>{value!r} можно прочитать и как день/месяц, и как месяц/день, а другие даты файла этого не проясняют. Запишите её как год-месяц-день, например 1985-04-12.</translation>
    </message>
    <message>
        <source>The file has no column called {columns}. Its columns are: {headers}.</source>
        <translation>В файле нет столбца {columns}. Его столбцы: {headers}.</translation>
    </message>
    <message>
        <source>No column gives the client&apos;s name. Name a column &quot;name&quot; (or &quot;First Name&quot; and &quot;Last Name&quot;), or say which column holds it.</source>
        <translation>Ни один столбец не содержит имени клиента. Назовите столбец «name» (или «Имя» и «Фамилия») либо укажите, в каком столбце имя.</translation>
    </message>
    <message>
        <source>{word!r} is not a client detail. Choose one of: {fields}, or skip.</source>
        <translation>{word!r} — не сведения о клиенте. Выберите одно из: {fields} или skip.</translation>
    </message>
    <message>
        <source>--map takes column=field pairs separated by commas, such as &quot;Cell=mobile,Insurance ID=skip&quot;; {pair!r} is not one.</source>
        <translation>--map принимает пары столбец=поле через запятую, например &quot;Cell=mobile,Insurance ID=skip&quot;; {pair!r} — не такая пара.</translation>
    </message>
    <message>
        <source>The columns {columns} all give the {detail}. Choose which one does, and leave the others out.</source>
        <translation>Столбцы {columns} все содержат одно и то же поле ({detail}). Выберите один, а остальные пропустите.</translation>
    </message>
    <message>
        <source>Please give a date of birth from {year} on.</source>
        <translation>Пожалуйста, укажите дату рождения не раньше {year} года.</translation>
    </message>
    <message>
        <source>“{code}” is not the shape of an ICD-10 code: a letter, two digits, then perhaps a dot and up to four more, such as F41.1.</source>
        <translation>«{code}» не похоже на код МКБ-10: буква, две цифры, затем, возможно, точка и ещё до четырёх знаков, например F41.1.</translation>
    </message>
    <message>
        <source>A superbill has room for {limit} diagnosis codes at most.</source>
        <translation>В документе для страховой помещается не больше {limit} кодов диагнозов.</translation>
    </message>
    <message>
        <source>This is not a text file.</source>
        <translation>Это не текстовый файл.</translation>
    </message>
    <message>
        <source>A contacts file&apos;s details are read by their kind; choosing what columns hold is for spreadsheets.</source>
        <translation>Сведения из файла контактов читаются по их типу; выбирать содержимое столбцов можно только для таблиц.</translation>
    </message>
    <message>
        <source>this row has {cells} cells, but there are {columns} columns</source>
        <translation>ячеек в строке: {cells}, а столбцов: {columns}</translation>
    </message>
    <message>
        <source>This day is already closed.</source>
        <translation>Этот день уже закрыт.</translation>
    </message>
    <message>
        <source>{count} problems are neither put right nor accepted with a note.</source>
        <translation>Замечаний, которые не исправлены и не приняты с пояснением: {count}.</translation>
    </message>
    <message>
        <source>This day is not closed.</source>
        <translation>Этот день не закрыт.</translation>
    </message>
    <message>
        <source>Only a session marked as a no-show can have a reason for missing it.</source>
        <translation>Причину пропуска можно указать только для сессии, отмеченной как неявка.</translation>
    </message>
    <message>
        <source>Please say why the invoice is voided.</source>
        <translation>Укажите, почему счёт аннулируется.</translation>
    </message>
    <message>
        <source>There is no invoice numbered {number}.</source>
        <translation>Счёта с номером {number} нет.</translation>
    </message>
    <message>
        <source>{number} is a credit note: only an invoice can be voided.</source>
        <translation>{number} — это кредит-нота: аннулировать можно только счёт.</translation>
    </message>
    <message>
        <source>Invoice {number} is already voided by credit note {credit}.</source>
        <translation>Счёт {number} уже аннулирован кредит-нотой {credit}.</translation>
    </message>
    <message>
        <source>Please give a year between {low} and {high}.</source>
        <translation>Укажите год от {low} до {high}.</translation>
    </message>
    <message>
        <source>A number pattern needs YYYY for the year and a run of # for the number, such as YYYY-####.</source>
        <translation>В шаблоне номера нужны YYYY для года и несколько # для номера, например YYYY-####.</translation>
    </message>
    <message>
        <source>This charge is on invoice {number}. Void the invoice first, then change the charge and invoice it again.</source>
        <translation>Это начисление включено в счёт {number}. Сначала аннулируйте счёт, затем измените начисление и выставьте счёт заново.</translation>
    </message>
    <message>
        <source>The number {number} is already on another paper: the invoice and credit-note patterns in Settings must differ.</source>
        <translation>Номер {number} уже есть на другом документе: шаблоны номеров счетов и кредит-нот в настройках должны различаться.</translation>
    </message>
    <message>
        <source>Nothing to invoice: this client has no charges in that period that are not already on an invoice.</source>
        <translation>Выставлять нечего: у клиента нет начислений за этот период, которые ещё не вошли в счёт.</translation>
    </message>
    <message>
        <source>This client has no session number {id}.</source>
        <translation>У этого клиента нет сессии с номером {id}.</translation>
    </message>
    <message>
        <source>This session has no charge to invoice.</source>
        <translation>За эту сессию нет начисления для счёта.</translation>
    </message>
    <message>
        <source>Please choose a session or a period to invoice.</source>
        <translation>Выберите сессию или период для счёта.</translation>
    </message>
    <message>
        <source>The period must end on or after the day it starts.</source>
        <translation>Период должен заканчиваться не раньше, чем начинается.</translation>
    </message>
    <message>
        <source>This session&apos;s charges are already on an invoice.</source>
        <translation>Начисления за эту сессию уже включены в счёт.</translation>
    </message>
    <message>
        <source>Credit notes need a pattern of their own, so that their numbers never match an invoice&apos;s.</source>
        <translation>Для кредит-нот нужен свой образец номера, чтобы их номера никогда не совпадали с номерами счетов.</translation>
    </message>
    <message>
        <source>A receipt is made for a payment or a refund, not for a charge or a waiver.</source>
        <translation>Квитанция делается на оплату или возврат, а не на начисление или списание.</translation>
    </message>
    <message>
        <source>This cannot be undone: a receipt was made for this payment. If the money went back, record a refund instead.</source>
        <translation>Это нельзя отменить: на эту оплату уже сделана квитанция. Если деньги вернули, запишите возврат.</translation>
    </message>
    <message>
        <source>The first day is after the last.</source>
        <translation>Первый день позже последнего.</translation>
    </message>
    <message>
        <source>Superbills are turned off. Turn them on in Settings → Money papers.</source>
        <translation>Документы для страховой выключены. Включите их в разделе «Настройки → Финансовые документы».</translation>
    </message>
    <message>
        <source>The fee for the missed session on {day} is not decided yet. Charge it or waive it first; then the letter can say which.</source>
        <translation>Решение об оплате пропущенной сессии {day} ещё не принято. Сначала начислите оплату или откажитесь от неё — тогда письмо сможет об этом сказать.</translation>
    </message>
    <message>
        <source>Please say why you are writing although the client asked not to be contacted.</source>
        <translation>Пожалуйста, укажите, почему Вы пишете, несмотря на просьбу клиента не связываться.</translation>
    </message>
    <message>
        <source>This client asked for no calls, messages or letters. Write only with a reason, which is kept in their chart.</source>
        <translation>Есть просьба клиента не звонить, не писать сообщений и не присылать писем. Писать можно только с указанием причины — она сохранится в карте клиента.</translation>
    </message>
    <message>
        <source>This practice keeps no recovery sheet.</source>
        <translation>В этой практике нет листа восстановления.</translation>
    </message>
    <message>
        <source>A moment for reminders needs a time zone.</source>
        <translation>Для напоминаний момент времени нужно указать с часовым поясом.</translation>
    </message>
    <message>
        <source>This cannot be undone: it changed a charge that is now on invoice {number}. Void the invoice first if it needs correcting.</source>
        <translation>Это нельзя отменить: действие изменило начисление, которое теперь включено в счёт {number}. Если нужно что-то исправить, сначала аннулируйте счёт.</translation>
    </message>
    <message>
        <source>Please enter a name.</source>
        <translation>Пожалуйста, введите имя.</translation>
    </message>
    <message>
        <source>A name can be at most {limit} characters.</source>
        <translation>Имя может быть длиной не больше {limit} знаков.</translation>
    </message>
    <message>
        <source>The name contains characters that cannot be printed.</source>
        <translation>В имени есть символы, которые нельзя напечатать.</translation>
    </message>
    <message>
        <source>This text can be at most {limit} characters.</source>
        <translation>Этот текст может быть длиной не больше {limit} знаков.</translation>
    </message>
    <message>
        <source>The text contains characters that cannot be printed.</source>
        <translation>В тексте есть символы, которые нельзя напечатать.</translation>
    </message>
    <message>
        <source>A phone number has digits, spaces and + ( ) - only, such as +44 20 7946 0000.</source>
        <translation>В номере телефона могут быть только цифры, пробелы и знаки + ( ) -, например +7 495 123-45-67.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Это не похоже на адрес электронной почты.</translation>
    </message>
    <message>
        <source>An amount must be a whole number of minor units.</source>
        <translation>Сумма должна быть целым числом копеек или центов.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <source>Please give a number of minutes from {low} to {high}.</source>
        <translation>Пожалуйста, укажите число минут от {low} до {high}.</translation>
    </message>
    <message>
        <source>Please choose the city whose time you keep.</source>
        <translation>Выберите город, по времени которого вы работаете.</translation>
    </message>
    <message>
        <source>Please give a whole number from {low} to {high}.</source>
        <translation>Пожалуйста, укажите целое число от {low} до {high}.</translation>
    </message>
    <message>
        <source>Please give a date between {low} and {high}.</source>
        <translation>Пожалуйста, укажите дату с {low} по {high}.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {count} characters.</source>
        <translation>В парольной фразе должно быть не меньше {count} знаков.</translation>
    </message>
    <message>
        <source>There is already a practice in {folder}.</source>
        <translation>В папке {folder} уже есть практика.</translation>
    </message>
    <message>
        <source>Stillroom cannot write to the folder {folder}: {reason}</source>
        <translation>Stillroom не может записывать в папку {folder}: {reason}</translation>
    </message>
    <message>
        <source>Please choose a day of the week.</source>
        <translation>Пожалуйста, выберите день недели.</translation>
    </message>
    <message>
        <source>Please give at most {count} times that suit.</source>
        <translation>Пожалуйста, укажите не больше {count} вариантов удобного времени.</translation>
    </message>
    <message>
        <source>Please add a day and time that suit, or choose any time.</source>
        <translation>Пожалуйста, добавьте удобный день и время или отметьте, что подходит любое время.</translation>
    </message>
    <message>
        <source>There is no one on the waiting list with number {id}.</source>
        <translation>В листе ожидания нет записи с номером {id}.</translation>
    </message>
    <message>
        <source>{name} is no longer on the waiting list.</source>
        <translation>Записи «{name}» больше нет в листе ожидания.</translation>
    </message>
    <message>
        <source>The time that suits must end after it starts.</source>
        <translation>Удобное время должно заканчиваться позже, чем начинается.</translation>
    </message>
    <message>
        <source>The practice&apos;s database is damaged ({detail}). Restore it from a backup.</source>
        <translation>База данных практики повреждена ({detail}). Восстановите её из резервной копии.</translation>
    </message>
    <message>
        <source>Stillroom needs SQLCipher 4: {detail}</source>
        <translation>Для Stillroom нужен SQLCipher 4: {detail}</translation>
    </message>
    <message>
        <source>The file {path} is not a Stillroom practice, or it is damaged.</source>
        <translation>Файл {path} не является практикой Stillroom или повреждён.</translation>
    </message>
    <message>
        <source>That recovery code does not open this practice.</source>
        <translation>Этот код восстановления не открывает эту практику.</translation>
    </message>
    <message>
        <source>This computer has no secure keychain that Stillroom can use, so it will ask for your passphrase each time.</source>
        <translation>На этом компьютере нет защищённого хранилища ключей, которым мог бы пользоваться Stillroom, поэтому парольная фраза будет нужна при каждом запуске.</translation>
    </message>
    <message>
        <source>This practice is already open in another Stillroom window or command. Close it there first.</source>
        <translation>Эта практика уже открыта в другом окне или команде Stillroom. Сначала закройте её там.</translation>
    </message>
    <message>
        <source>This session has a note or a reflection written about it, so it cannot be deleted. Cancel it instead.</source>
        <translation>У этой сессии есть запись или рефлексия, поэтому её нельзя удалить. Отмените её вместо этого.</translation>
    </message>
    <message>
        <source>It is not known yet whose payment this is: say whose it is, then make its receipt.</source>
        <translation>Пока неизвестно, чья это оплата: укажите клиента, а затем сделайте квитанцию.</translation>
    </message>
    <message>
        <source>{format} is not a built-in format.</source>
        <translation>{format} — не встроенный формат.</translation>
    </message>
    <message>
        <source>Please choose one of the practice&apos;s formats.</source>
        <translation>Выберите один из форматов практики.</translation>
    </message>
    <message>
        <source>There is no note format number {id}.</source>
        <translation>Формата записи с номером {id} нет.</translation>
    </message>
    <message>
        <source>Please give the format a name.</source>
        <translation>Дайте формату название.</translation>
    </message>
    <message>
        <source>A format needs at least one heading.</source>
        <translation>В формате нужен хотя бы один раздел.</translation>
    </message>
    <message>
        <source>A format can have at most {limit} headings.</source>
        <translation>В формате может быть не больше {limit} разделов.</translation>
    </message>
    <message>
        <source>Only the practice&apos;s own format names a template.</source>
        <translation>Шаблон указывается только для собственного формата практики.</translation>
    </message>
    <message>
        <source>Every heading needs some words.</source>
        <translation>У каждого раздела должно быть название.</translation>
    </message>
    <message>
        <source>That format is no longer in use.</source>
        <translation>Этот формат больше не используется.</translation>
    </message>
    <message>
        <source>There is no note number {id}.</source>
        <translation>Записи с номером {id} нет.</translation>
    </message>
    <message>
        <source>A reflection needs some text.</source>
        <translation>В рефлексии должен быть текст.</translation>
    </message>
    <message>
        <source>There is no session number {id} for this client.</source>
        <translation>У этого клиента нет сессии с номером {id}.</translation>
    </message>
    <message>
        <source>An addendum needs some text.</source>
        <translation>В дополнении должен быть текст.</translation>
    </message>
    <message>
        <source>{key} is not a heading of this format.</source>
        <translation>{key} — не раздел этого формата.</translation>
    </message>
    <message>
        <source>This note was signed on {date}, so it cannot be changed. Add an addendum below it instead.</source>
        <translation>Эта запись подписана {date}, поэтому изменить её нельзя. Добавьте под ней дополнение.</translation>
    </message>
    <message>
        <source>This note was already signed on {date}.</source>
        <translation>Эта запись уже подписана {date}.</translation>
    </message>
    <message>
        <source>There is nothing written in this note to sign.</source>
        <translation>В этой записи пока ничего не написано — подписывать нечего.</translation>
    </message>
    <message>
        <source>An addendum is added to a signed note. This note is still a draft: change the draft itself.</source>
        <translation>Дополнение добавляется к подписанной записи. Эта запись ещё черновик: измените сам черновик.</translation>
    </message>
    <message>
        <source>An addendum is dated after the note was signed.</source>
        <translation>Дополнение датируется временем после подписи записи.</translation>
    </message>
    <message>
        <source>The record&apos;s first day is after its last.</source>
        <translation>Первый день выписки позже последнего.</translation>
    </message>
    <message>
        <source>This cannot be undone: it changed {day}, which is closed. Reopen the day first if it needs correcting.</source>
        <translation>Это нельзя отменить: действие затронуло {day}, а этот день закрыт. Если нужно что-то исправить, сначала откройте день снова.</translation>
    </message>
    <message>
        <source>The practice was being changed the whole time the backup tried to start, so no backup was made. Try again in a moment.</source>
        <translation>Пока копия пыталась начаться, в практику всё время вносились изменения, поэтому копия не сохранена. Попробуйте ещё раз чуть позже.</translation>
    </message>
    <message>
        <source>This can no longer be undone as it was: what it changed has been changed again since. Make the change by hand instead.</source>
        <translation>Это уже нельзя отменить как было: то, что действие изменило, с тех пор изменилось снова. Внесите исправление вручную.</translation>
    </message>
    <message>
        <source>The practice&apos;s key file is damaged: {path} ({detail}). Restore your latest backup: it opens with the passphrase and recovery code you had when it was made.</source>
        <translation>Файл ключа практики повреждён: {path} ({detail}). Восстановите практику из последней резервной копии: она открывается той парольной фразой и тем кодом восстановления, которые были у вас, когда копия была сделана.</translation>
    </message>
    <message>
        <source>The passphrase&apos;s part of the practice&apos;s key file is damaged: {path} ({detail}). Your recovery code still opens the practice: in the Stillroom window choose &quot;I forgot my passphrase&quot;. Or restore your latest backup.</source>
        <translation>Повреждена часть файла ключа практики, относящаяся к парольной фразе: {path} ({detail}). Код восстановления по-прежнему открывает практику: в окне Stillroom выберите «Не помню парольную фразу». Или восстановите практику из последней резервной копии.</translation>
    </message>
    <message>
        <source>The re-encrypted copy of the practice did not check out ({detail}); nothing was changed.</source>
        <translation>Перешифрованная копия практики не прошла проверку ({detail}); ничего не изменено.</translation>
    </message>
    <message>
        <source>The practice is being read by another Stillroom command (a check or a backup). Try again when it has finished; nothing was changed.</source>
        <translation>Практику сейчас читает другая команда Stillroom (проверка или резервное копирование). Попробуйте снова, когда она закончит; ничего не изменено.</translation>
    </message>
    <message>
        <source>The key file says this is practice {keys}, but the database belongs to practice {database}: the key file was edited or comes from another practice. Put back this practice&apos;s own key file (every backup of it holds one).</source>
        <translation>Файл ключа относится к практике {keys}, а база данных — к практике {database}: файл ключа был изменён или взят от другой практики. Верните на место собственный файл ключа этой практики (он есть в каждой её резервной копии).</translation>
    </message>
    <message>
        <source>The recovery part of the practice&apos;s key file is damaged: the recovery code is right, but what it unlocks does not fit. Restore your latest backup.</source>
        <translation>Повреждена часть файла ключа практики, относящаяся к коду восстановления: код верный, но то, что он открывает, не подходит. Восстановите практику из последней резервной копии.</translation>
    </message>
    <message>
        <source>Column {numbers} of {path} has no name in the first row. Name it, or remove the column.</source>
        <translation>У столбца {numbers} в файле {path} нет названия в первой строке. Дайте ему название или удалите столбец.</translation>
    </message>
    <message>
        <source>These columns of {path} appear more than once: {columns}. Keep one of each.</source>
        <translation>Эти столбцы встречаются в {path} больше одного раза: {columns}. Оставьте по одному.</translation>
    </message>
    <message>
        <source>The practice file {database} is older than the one last opened on this computer: it was put back from an older copy, or its last changes were lost (as when its -wal file is deleted). Restore your latest backup with &apos;python main.py restore BACKUP.zip&apos;. If this older copy is the one you want, make it the practice with &apos;python main.py restore {database}&apos;.</source>
        <translation>Файл практики {database} старее того, что в последний раз открывался на этом компьютере: его вернули из более старой копии, или его последние изменения потерялись (так бывает, если удалить его файл -wal). Восстановите последнюю резервную копию командой &apos;python main.py restore BACKUP.zip&apos;. Если нужна именно эта, более старая копия, сделайте её практикой командой &apos;python main.py restore {database}&apos;.</translation>
    </message>
    <message>
        <source>This computer has no trustworthy record of the practice&apos;s latest state ({name} is missing or altered), and the practice did not pass its check: {problems} Restore your latest backup.</source>
        <translation>На этом компьютере нет надёжной записи о последнем состоянии практики ({name} отсутствует или изменён), а сама практика не прошла проверку: {problems} Восстановите последнюю резервную копию.</translation>
    </message>
    <message>
        <source>The file {path} is a practice&apos;s database, not a backup: it can be restored only into its own practice&apos;s folder, where its keys are. Nothing was changed.</source>
        <translation>Файл {path} — это база данных практики, а не резервная копия: её можно восстановить только в папку её собственной практики, где лежат её ключи. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The disk is full, so Stillroom could not save {path}. Free some space and try again.</source>
        <translation>Диск заполнен, поэтому Stillroom не удалось сохранить {path}. Освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <source>{path} is inside the practice&apos;s folder {folder}. A file Stillroom writes out is not encrypted, so it cannot go there. Choose another folder.</source>
        <translation>{path} находится внутри папки практики {folder}. Файлы, которые Stillroom сохраняет для вас, не зашифрованы, поэтому туда их класть нельзя. Выберите другую папку.</translation>
    </message>
    <message>
        <source>A restore into {folder} was interrupted and cannot be finished: {reason}. Restore your latest backup again with &apos;python main.py restore BACKUP.zip&apos;.</source>
        <translation>Восстановление в папку {folder} было прервано, и завершить его нельзя: {reason}. Восстановите последнюю резервную копию ещё раз командой &apos;python main.py restore BACKUP.zip&apos;.</translation>
    </message>
</context>
<context>
    <name>SuperbillDialog</name>
    <message>
        <source>Superbill – {name} – {first} to {last}.pdf</source>
        <translation>Документ для страховой – {name} – с {first} по {last}.pdf</translation>
    </message>
    <message>
        <source>Superbill</source>
        <translation>Документ для страховой</translation>
    </message>
    <message>
        <source>A superbill for {name}</source>
        <translation>Документ для страховой: {name}</translation>
    </message>
    <message>
        <source>For the client to claim from their insurer: the sessions of the period with their service codes, fees and payments. It is kept with the client&apos;s letters once printed or saved. The PDF is not encrypted.</source>
        <translation>Чтобы клиент получил возмещение от страховой компании: сессии за период с кодами услуг, стоимостью и оплатами. Документ сохраняется вместе с письмами клиента, когда его напечатают или сохранят. PDF не зашифрован.</translation>
    </message>
    <message>
        <source>Make the superbill</source>
        <translation>Составить документ</translation>
    </message>
    <message>
        <source>The first day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>The last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>The superbill&apos;s language</source>
        <translation>Язык документа</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сессии</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The superbill is shown here once it is made: the sessions attended or charged in these days.</source>
        <translation>Здесь появится составленный документ: сессии, проведённые или оплачиваемые в эти дни.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>A format of your own</source>
        <translation>Собственный формат</translation>
    </message>
    <message>
        <source>Change a format</source>
        <translation>Изменить формат</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Prompt shown under it (optional)</source>
        <translation>Подсказка к нему (по желанию)</translation>
    </message>
    <message>
        <source>Add a heading</source>
        <translation>Добавить раздел</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Heading {number}</source>
        <translation>Раздел {number}</translation>
    </message>
    <message>
        <source>Prompt {number}</source>
        <translation>Подсказка {number}</translation>
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message>
        <source>Sessions by time</source>
        <translation>Сессии по времени</translation>
    </message>
    <message>
        <source>New session at {time}</source>
        <translation>Новая сессия в {time}</translation>
    </message>
    <message>
        <source>Block this time…</source>
        <translation>Занять это время…</translation>
    </message>
    <message>
        <source>Remove this block, every time it repeats</source>
        <translation>Освободить это время во всех повторах</translation>
    </message>
    <message>
        <source>Remove this block</source>
        <translation>Освободить это время</translation>
    </message>
    <message>
        <source>Remove a block</source>
        <translation>Освободить занятое время</translation>
    </message>
    <message>
        <source>Its time is given back to clients. Edit → Undo brings it back.</source>
        <translation>Это время снова станет доступно для записи клиентов. Вернуть всё как было можно через «Правка → Отменить».</translation>
    </message>
    <message>
        <source>Change this block…</source>
        <translation>Изменить занятое время…</translation>
    </message>
</context>
<context>
    <name>TimeRow</name>
    <message>
        <source>Day of the week</source>
        <translation>День недели</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Remove this day</source>
        <translation>Убрать этот день</translation>
    </message>
</context>
<context>
    <name>TotalsView</name>
    <message>
        <source>The day&apos;s totals</source>
        <translation>Итоговые суммы за день</translation>
    </message>
</context>
<context>
    <name>TypedText</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>Отказаться от введённого?</translation>
    </message>
    <message>
        <source>Closing this window loses what you typed in it.</source>
        <translation>Если закрыть это окно, введённый в нём текст пропадёт.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отказаться</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить ввод</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Отменить: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Повторить: {action}</translation>
    </message>
    <message>
        <source>{action} for {client}</source>
        <translation>{action} ({client})</translation>
    </message>
    <message>
        <source>Stillroom</source>
        <translation>Stillroom</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Stillroom — Unlock</source>
        <translation>Stillroom — Разблокировка</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>I forgot my passphrase</source>
        <translation>Не помню парольную фразу</translation>
    </message>
    <message>
        <source>Checking your passphrase…</source>
        <translation>Проверяем парольную фразу…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Your practice is locked</source>
        <translation>Ваша практика заблокирована</translation>
    </message>
    <message>
        <source>Enter your passphrase to open it.</source>
        <translation>Чтобы открыть её, введите парольную фразу.</translation>
    </message>
    <message>
        <source>Your key is remembered on this computer, but the keychain did not give it: it may be locked. Once it is unlocked again, Stillroom opens without asking.</source>
        <translation>Ключ сохранён в защищённом хранилище этого компьютера, но хранилище его не выдало: возможно, оно заблокировано. Когда его снова разблокируют, Stillroom будет открываться без парольной фразы.</translation>
    </message>
    <message>
        <source>Please enter your passphrase.</source>
        <translation>Пожалуйста, введите парольную фразу.</translation>
    </message>
    <message>
        <source>That passphrase does not open this practice. Please try again.</source>
        <translation>Эта парольная фраза не открывает эту практику. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <source>Checking your recovery code…</source>
        <translation>Проверяем код восстановления…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Set passphrase and unlock</source>
        <translation>Сменить фразу и открыть</translation>
    </message>
    <message>
        <source>Forgotten your passphrase?</source>
        <translation>Забыли парольную фразу?</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when you created your practice, then choose a new passphrase. Your practice book stays exactly as it is.</source>
        <translation>Введите код восстановления, который вы записали при создании практики, и выберите новую парольную фразу. Все записи практики останутся как были.</translation>
    </message>
    <message>
        <source>Please enter your recovery code.</source>
        <translation>Пожалуйста, введите код восстановления.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void invoice</source>
        <translation>Аннулировать счёт</translation>
    </message>
    <message>
        <source>Void invoice {number}</source>
        <translation>Аннулировать счёт {number}</translation>
    </message>
    <message>
        <source>A credit note is issued that voids the invoice and says why. The invoice keeps its number; its charges can then go on a new invoice. This cannot be undone.</source>
        <translation>Будет выставлена кредит-нота, которая аннулирует счёт и называет причину. Счёт сохраняет свой номер; его начисления можно будет включить в новый счёт. Отменить это действие нельзя.</translation>
    </message>
    <message>
        <source>Why the invoice is voided</source>
        <translation>Почему счёт аннулируется</translation>
    </message>
    <message>
        <source>Printed on the credit note, e.g. the wrong fee</source>
        <translation>Будет напечатано в кредит-ноте, например: неверная сумма</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Invoice {number} is voided by credit note {credit}</source>
        <translation>Счёт {number} аннулирован кредит-нотой {credit}</translation>
    </message>
    <message>
        <source>{amount} credited. The credit note is kept with the letters.</source>
        <translation>Сторнировано {amount}. Кредит-нота сохранена вместе с письмами.</translation>
    </message>
</context>
<context>
    <name>WaitingListWindow</name>
    <message>
        <source>Waiting list</source>
        <translation>Лист ожидания</translation>
    </message>
    <message>
        <source>People waiting</source>
        <translation>Кто ждёт</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Times that suit</source>
        <translation>Удобное время</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>Как связаться</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ждёт</translation>
    </message>
    <message>
        <source>No one is waiting. When someone asks for a regular time you cannot give yet, add them here: when a regular time frees, Stillroom tells you whom it would suit.</source>
        <translation>Лист ожидания пуст. Когда кто-то просит постоянное время, которого пока нет, добавьте запись сюда: когда постоянное время освободится, Stillroom подскажет, кому оно подходит.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Book…</source>
        <translation>&amp;Записать…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Убрать…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>WaitingWords</name>
    <message>
        <source>Any time</source>
        <translation>Любое время</translation>
    </message>
    <message>
        <source>Since today</source>
        <translation>С сегодняшнего дня</translation>
    </message>
    <message>
        <source>One day</source>
        <translation>Один день</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n неделя</numerusform>
            <numerusform>%n недели</numerusform>
            <numerusform>%n недель</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaiverPage</name>
    <message>
        <source>Waive the fee of the next session too</source>
        <translation>Не брать оплату и за следующую сессию</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Выберите причину</translation>
    </message>
    <message>
        <source>Why, in a few words (needed for &quot;Other reason&quot;)</source>
        <translation>Почему, в двух словах (обязательно для «Другая причина»)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>{amount} is charged for this session.</source>
        <translation>За эту сессию начислено {amount}.</translation>
    </message>
    <message>
        <source>Waive the {amount} charged for this session</source>
        <translation>Отменить оплату за эту сессию ({amount})</translation>
    </message>
    <message>
        <source>Nothing is charged for this session, so there is nothing to waive for it.</source>
        <translation>За эту сессию ничего не начислено, отменять нечего.</translation>
    </message>
    <message>
        <source>Waive the fee of the next session</source>
        <translation>Не брать оплату за следующую сессию</translation>
    </message>
    <message>
        <source>{amount} charged for this session waived: {reason}.</source>
        <translation>Оплата за эту сессию ({amount}) отменена: {reason}.</translation>
    </message>
    <message>
        <source>The fee of the next session, {when}, waived too: {reason}.</source>
        <translation>Оплата за следующую сессию ({when}) тоже отменена: {reason}.</translation>
    </message>
    <message>
        <source>That is the new session you chose: {when}.</source>
        <translation>Это новая сессия, которую вы выбрали: {when}.</translation>
    </message>
    <message>
        <source>That is the session on {when}.</source>
        <translation>Это сессия: {when}.</translation>
    </message>
    <message>
        <source>The next session, {when}, already has its fee waived.</source>
        <translation>Оплата следующей сессии ({when}) уже отменена.</translation>
    </message>
    <message>
        <source>{name} has no next session booked yet. The next fee can be waived once a session is booked: go back a step to choose a new time.</source>
        <translation>У клиента {name} пока не запланирована следующая сессия. Отменить её оплату можно, когда сессия будет назначена: вернитесь на шаг назад и выберите новое время.</translation>
    </message>
</context>
<context>
    <name>WhatHappenedPage</name>
    <message>
        <source>They are on their way — mark attended late</source>
        <translation>Клиент в пути — отметить опоздание</translation>
    </message>
    <message>
        <source>They are not coming — mark a no-show</source>
        <translation>Клиент не придёт — отметить неявку</translation>
    </message>
    <message>
        <source>When you press Finish, the no-show dialog opens, where you can decide the fee and offer a new time.</source>
        <translation>Когда вы нажмёте «Готово», откроется окно неявки: там можно решить вопрос с оплатой и предложить новое время.</translation>
    </message>
    <message>
        <source>Leave it for now</source>
        <translation>Пока оставить как есть</translation>
    </message>
    <message>
        <source>The session stays booked; you can mark it later from the calendar.</source>
        <translation>Сессия остаётся в расписании; отметить её можно позже в календаре.</translation>
    </message>
    <message>
        <source>The session is marked as attended late, arriving at {time}.</source>
        <translation>Сессия будет отмечена как «Состоялась с опозданием», время прихода — {time}.</translation>
    </message>
    <message>
        <source>Please choose what happened, or skip this step.</source>
        <translation>Пожалуйста, выберите, что произошло, или пропустите этот шаг.</translation>
    </message>
    <message>
        <source>They were on their way: marked as attended late.</source>
        <translation>Клиент в пути: отмечено опоздание.</translation>
    </message>
    <message>
        <source>They were not coming: marked as a no-show.</source>
        <translation>Сессия не состоится: отмечена неявка.</translation>
    </message>
    <message>
        <source>Left for now: the session is still booked.</source>
        <translation>Пока оставлено как есть: сессия по-прежнему в расписании.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>New &amp;session…</source>
        <translation>Новая &amp;сессия…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New &amp;client…</source>
        <translation>Новый &amp;клиент…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Block time…</source>
        <translation>&amp;Занять время…</translation>
    </message>
    <message>
        <source>&amp;Export calendar…</source>
        <translation>&amp;Экспорт календаря…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Notes to finish</source>
        <translation>Незавершённые записи</translation>
    </message>
    <message>
        <source>&amp;Search notes…</source>
        <translation>&amp;Поиск по записям…</translation>
    </message>
    <message>
        <source>Close the &amp;day…</source>
        <translation>Закрыть &amp;день…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>The day&apos;s &amp;agenda…</source>
        <translation>&amp;План дня…</translation>
    </message>
    <message>
        <source>&amp;Waiting list…</source>
        <translation>&amp;Лист ожидания…</translation>
    </message>
    <message>
        <source>The &amp;month at a glance…</source>
        <translation>&amp;Обзор месяца…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>The &amp;year for the accountant…</source>
        <translation>&amp;Год для бухгалтера…</translation>
    </message>
    <message>
        <source>Print the &amp;recovery sheet…</source>
        <translation>Напечатать &amp;лист восстановления…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;День</translation>
    </message>
    <message>
        <source>&amp;Work week</source>
        <translation>&amp;Будни</translation>
    </message>
    <message>
        <source>W&amp;eek</source>
        <translation>&amp;Неделя</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Месяц</translation>
    </message>
    <message>
        <source>Calendar colour &amp;key</source>
        <translation>&amp;Цвета календаря</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;Практика</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>П&amp;равка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная панель</translation>
    </message>
</context>
<context>
    <name>ZoneChoice</name>
    <message>
        <source>Africa</source>
        <translation>Африка</translation>
    </message>
    <message>
        <source>America</source>
        <translation>Америка</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>Антарктида</translation>
    </message>
    <message>
        <source>Arctic</source>
        <translation>Арктика</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>Азия</translation>
    </message>
    <message>
        <source>Atlantic</source>
        <translation>Атлантика</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Австралия</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Европа</translation>
    </message>
    <message>
        <source>Indian Ocean</source>
        <translation>Индийский океан</translation>
    </message>
    <message>
        <source>Pacific</source>
        <translation>Тихий океан</translation>
    </message>
    <message>
        <source>UTC — no clock changes</source>
        <translation>UTC — без перевода часов</translation>
    </message>
    <message>
        <source>Type your city</source>
        <translation>Введите свой город</translation>
    </message>
</context>
</TS>
