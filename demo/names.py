"""Invented people for the demo practice: names, numbers, e-mail and postal addresses.

Every name is made up from common first names and surnames; numbers come from ranges kept for
drama and examples (Ofcom's +44 7700 900xxx and 020 7946 0xxx), e-mail addresses use the
example domains reserved by RFC 2606, and towns and streets are invented.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from models.enums import ContactReason, Modality

ENGLISH_WOMEN = (
    "Alice", "Amelia", "Anaïs", "Aoife", "Beatrice", "Chloé", "Clara", "Eleanor", "Elizabeth",
    "Emma", "Evie", "Florence", "Grace", "Hannah", "Imogen", "Isla", "Jessica", "Katherine",
    "Laura", "Lucy", "Margaret", "Maya", "Niamh", "Olivia", "Penelope", "Rebecca", "Renée",
    "Rosie", "Ruth", "Sarah", "Siobhán", "Sophie", "Zoë", "Inés", "Jennifer", "Abigail",
)
ENGLISH_MEN = (
    "Adam", "Alexander", "Ben", "Callum", "Christopher", "Daniel", "David", "Edward", "Finn",
    "George", "Harry", "Isaac", "Jack", "James", "Jonathan", "José", "Joseph", "Liam", "Matthew",
    "Michael", "Nathan", "Oliver", "Owen", "Patrick", "Peter", "Richard", "Robert", "Rory",
    "Samuel", "Seán", "Thomas", "William", "Björn", "Nicholas",
)
ENGLISH_SURNAMES = (
    "O'Brien", "O'Connor", "D'Arcy", "MacLeod", "McAllister", "Smith-Jones", "Núñez", "Brontë",
    "Ashworth", "Bennett", "Brooks", "Carter", "Clarke", "Coleman", "Davies", "Doyle", "Ellis",
    "Fletcher", "Foster", "Gallagher", "Hale", "Harper", "Hughes", "Jenkins", "Kaur", "Kennedy",
    "Lawson", "Lloyd", "Marsh", "Morgan", "Murphy", "Nolan", "Osei", "Palmer", "Patel", "Price",
    "Quinn", "Reid", "Rowe", "Shaw", "Sullivan", "Thornton", "Turner", "Walsh", "Whitaker",
    "Wilde", "Wright", "Young", "Lefèvre", "Kowalczyk",
)
ENGLISH_SHORT = {
    "Elizabeth": "Liz", "Margaret": "Meg", "Katherine": "Kate", "Rebecca": "Becky",
    "Penelope": "Penny", "Eleanor": "Nell", "Jennifer": "Jen", "Abigail": "Abbie",
    "Alexander": "Alex", "Christopher": "Kit", "Jonathan": "Jon", "Robert": "Bob",
    "Thomas": "Tom", "William": "Will", "Nicholas": "Nick", "Samuel": "Sam", "Matthew": "Matt",
}

RUSSIAN_WOMEN = (
    "Александра", "Алёна", "Анастасия", "Анна", "Валерия", "Вера", "Дарья", "Евгения",
    "Екатерина", "Елена", "Ирина", "Ксения", "Любовь", "Мария", "Наталья", "Ольга", "Полина",
    "Светлана", "София", "Татьяна", "Юлия", "Яна",
)
RUSSIAN_MEN = (
    "Александр", "Алексей", "Андрей", "Артём", "Владимир", "Дмитрий", "Евгений", "Иван",
    "Игорь", "Илья", "Кирилл", "Максим", "Михаил", "Никита", "Николай", "Павел", "Пётр",
    "Роман", "Сергей", "Фёдор", "Юрий",
)
# Surnames as (for a man, for a woman); some do not change.
RUSSIAN_SURNAMES = (
    ("Иванов", "Иванова"), ("Смирнов", "Смирнова"), ("Кузнецов", "Кузнецова"),
    ("Попов", "Попова"), ("Соколов", "Соколова"), ("Лебедев", "Лебедева"),
    ("Новиков", "Новикова"), ("Морозов", "Морозова"), ("Волков", "Волкова"),
    ("Соловьёв", "Соловьёва"), ("Воробьёв", "Воробьёва"), ("Фёдоров", "Фёдорова"),
    ("Зайцев", "Зайцева"), ("Павлов", "Павлова"), ("Семёнов", "Семёнова"),
    ("Виноградов", "Виноградова"), ("Белинский", "Белинская"), ("Островский", "Островская"),
    ("Шевченко", "Шевченко"), ("Бондаренко", "Бондаренко"), ("Цой", "Цой"),
    ("Гусев", "Гусева"), ("Тихонов", "Тихонова"), ("Орлов", "Орлова"),
)
RUSSIAN_PATRONYMIC_ROOTS = ("Александров", "Андреев", "Викторов", "Сергеев", "Николаев",
                            "Михайлов", "Петров", "Юрьев")
RUSSIAN_SHORT = {
    "Александра": "Саша", "Анастасия": "Настя", "Дарья": "Даша", "Евгения": "Женя",
    "Екатерина": "Катя", "Мария": "Маша", "Наталья": "Наташа", "Ольга": "Оля",
    "Татьяна": "Таня", "Юлия": "Юля", "Ксения": "Ксюша", "Александр": "Саша",
    "Алексей": "Лёша", "Дмитрий": "Дима", "Евгений": "Женя", "Иван": "Ваня",
    "Михаил": "Миша", "Николай": "Коля", "Владимир": "Володя", "Сергей": "Серёжа",
}

TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "à": "a", "á": "a", "ä": "a", "ç": "c", "é": "e", "è": "e", "ë": "e", "í": "i", "ï": "i",
    "ñ": "n", "ó": "o", "ö": "o", "ú": "u", "ü": "u", "'": "", " ": "", "-": "",
})

ENGLISH_STREETS = ("Willow Lane", "Orchard Road", "Quarry Hill", "Mill Street", "Rookery Close",
                   "Harbour View", "Chapel Row", "Linden Avenue", "Foxglove Way", "Kiln Terrace")
ENGLISH_TOWNS = (("Littlebrook", "LB"), ("Kingsmere", "KM"), ("Ashworth Green", "AG"),
                 ("Eastwick on Sea", "EW"), ("Hollowfield", "HF"))
RUSSIAN_STREETS = ("ул. Липовая", "ул. Садовая", "Речной пр.", "ул. Каштановая",
                   "Озёрный пер.", "ул. Рябиновая")
RUSSIAN_TOWNS = ("г. Новоозёрск", "г. Светлогорье", "пос. Берёзовка", "г. Тихоречье")
POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


@dataclass(frozen=True)
class InventedNumber:
    label: str
    number: str
    may_call: bool
    may_voicemail: bool
    may_text: bool


@dataclass(frozen=True)
class InventedPerson:
    full_name: str
    preferred_name: str
    russian: bool
    email: str
    address: str
    numbers: tuple[InventedNumber, ...]
    preferred_modality: Modality
    online_handle: str


def _uk_mobile(rng: random.Random) -> str:
    return f"+44 7700 900{rng.randrange(1000):03d}"


def _uk_landline(rng: random.Random) -> str:
    return f"+44 20 7946 0{rng.randrange(1000):03d}"


def _ru_mobile(rng: random.Random) -> str:
    return f"+7 900 000-{rng.randrange(100):02d}-{rng.randrange(100):02d}"


def _ru_landline(rng: random.Random) -> str:
    return f"+7 812 000-{rng.randrange(100):02d}-{rng.randrange(100):02d}"


def _numbers(rng: random.Random, russian: bool) -> tuple[InventedNumber, ...]:
    mobile = _ru_mobile(rng) if russian else _uk_mobile(rng)
    roll = rng.random()
    if roll < 0.04:  # a client who agreed to nothing but letters
        consent = (False, False, False)
    else:
        consent = (rng.random() < 0.97, rng.random() < 0.6, rng.random() < 0.75)
    labels = ("мобильный", "рабочий", "домашний") if russian else ("mobile", "work", "home")
    numbers = [InventedNumber(labels[0], mobile, *consent)]
    if rng.random() < 0.25:
        other = _ru_landline(rng) if russian else _uk_landline(rng)
        label = labels[1] if rng.random() < 0.5 else labels[2]
        # A shared line: calls are fine, messages left there might be heard by others.
        numbers.append(InventedNumber(label, other, rng.random() < 0.8, rng.random() < 0.15,
                                      False))
    return tuple(numbers)


def _address(rng: random.Random, russian: bool) -> str:
    if russian:
        street, town = rng.choice(RUSSIAN_STREETS), rng.choice(RUSSIAN_TOWNS)
        return (f"{street}, д. {rng.randint(1, 80)}, кв. {rng.randint(1, 140)}\n{town}\n"
                f"{rng.randint(100000, 999999)}")
    street, (town, area) = rng.choice(ENGLISH_STREETS), rng.choice(ENGLISH_TOWNS)
    letters = "".join(rng.choice(POSTCODE_LETTERS) for _ in range(2))
    flat = f"Flat {rng.randint(1, 12)}, " if rng.random() < 0.3 else ""
    return (f"{flat}{rng.randint(1, 140)} {street}\n{town}\n"
            f"{area}{rng.randint(1, 9)} {rng.randint(1, 9)}{letters}")


def ascii_slug(text: str) -> str:
    """'Zoë O'Brien' -> 'zoeobrien', 'Евгения' -> 'evgeniya': for invented e-mail and handles."""
    return text.casefold().translate(TRANSLIT)


def _russian_name(rng: random.Random) -> tuple[str, str]:
    woman = rng.random() < 0.62
    first = rng.choice(RUSSIAN_WOMEN if woman else RUSSIAN_MEN)
    surname = rng.choice(RUSSIAN_SURNAMES)[1 if woman else 0]
    if rng.random() < 0.2:
        patronymic = rng.choice(RUSSIAN_PATRONYMIC_ROOTS) + ("на" if woman else "ич")
        full = f"{first} {patronymic} {surname}"
    else:
        full = f"{first} {surname}"
    short = RUSSIAN_SHORT.get(first, "") if rng.random() < 0.2 else ""
    return full, short


def _english_name(rng: random.Random) -> tuple[str, str]:
    woman = rng.random() < 0.62
    first = rng.choice(ENGLISH_WOMEN if woman else ENGLISH_MEN)
    surname = rng.choice(ENGLISH_SURNAMES)
    short = ENGLISH_SHORT.get(first, "") if rng.random() < 0.35 else ""
    if not short and rng.random() < 0.03:
        short = rng.choice(("Bee", "Jules", "Sunny", "Frankie"))
    return f"{first} {surname}", short


def invent_person(rng: random.Random, russian: bool) -> InventedPerson:
    full_name, preferred = _russian_name(rng) if russian else _english_name(rng)
    first, last = full_name.split()[0], full_name.split()[-1]
    slug = f"{ascii_slug(first)}.{ascii_slug(last)}"
    email = ""
    if rng.random() < 0.7:
        domain = rng.choice(("example.com", "example.org", "example.net"))
        email = f"{slug}{rng.randint(1, 99) if rng.random() < 0.4 else ''}@{domain}"
    address = _address(rng, russian) if rng.random() < 0.45 else ""
    numbers = _numbers(rng, russian)
    modality = rng.choices((Modality.IN_PERSON, Modality.VIDEO, Modality.PHONE),
                           weights=(60, 30, 10))[0]
    handle = ""
    if modality == Modality.VIDEO:
        app = rng.choice(("Zoom", "Skype", "WhatsApp", "Telegram" if russian else "FaceTime"))
        handle = f"{app}: {numbers[0].number if app == 'WhatsApp' else slug}"
    elif modality == Modality.PHONE:
        handle = numbers[0].number
    return InventedPerson(full_name, preferred, russian, email, address, numbers, modality,
                          handle)


# What a therapist writes down about a cancellation, by reason category, in each language.
REASON_TEXTS = {
    "en": {
        "work": ("Work deadline", "Called into a meeting", "Shift changed", "Work trip"),
        "illness": ("Flu", "Migraine", "Stomach bug", "Child's cold passed on", "Dentist"),
        "family_care": ("No childcare today", "Looking after a parent", "School closed"),
        "travel": ("Train cancelled", "Away for a wedding", "Holiday", "Snow, roads closed"),
        "forgot": ("Forgot, apologised", "Mixed up the week"),
        "other": ("Car broke down", "Boiler repair", "Did not say"),
    },
    "ru": {
        "work": ("Срочная работа", "Вызвали на совещание", "Сменился график", "Командировка"),
        "illness": ("Грипп", "Мигрень", "Отравление", "Простуда", "Зубной врач"),
        "family_care": ("Не с кем оставить ребёнка", "Уход за мамой", "Карантин в школе"),
        "travel": ("Отменили поезд", "Уехала на свадьбу", "Отпуск", "Снегопад, дороги закрыты"),
        "forgot": ("Забыл(а), извинился(ась)", "Перепутал(а) неделю"),
        "other": ("Сломалась машина", "Ремонт", "Не объяснил(а)"),
    },
}
THERAPIST_REASONS = {
    "en": {"illness": "Therapist unwell", "travel": "Therapist at a conference",
           "other": "Consulting room unavailable"},
    "ru": {"illness": "Терапевт болеет", "travel": "Терапевт на конференции",
           "other": "Кабинет недоступен"},
}
MISSED_NOTES = {
    "en": ("Session not in the diary after a time change. From now on: check tomorrow's list "
           "each evening."),
    "ru": ("Сессия не попала в ежедневник после переноса. Теперь: вечером сверять список "
           "на завтра."),
}
# Why the practice got in touch, as the contact log keeps it: a code in either language.
CONTACT_REASONS = {"no_show": ContactReason.AFTER_NO_SHOW,
                   "late": ContactReason.LATE_NOT_ARRIVED,
                   "cancellation": ContactReason.CANCELLATION,
                   "therapist_cancelled": ContactReason.CANCELLED_BY_ME,
                   "missed": ContactReason.AFTER_MISSED_BY_ME}
ACQUAINTANCE_NOTES = {
    "en": ("Colleagues", "Sisters", "Neighbours", "Friends from school", "Ex-partners"),
    "ru": ("Коллеги", "Сёстры", "Соседи", "Школьные друзья", "Бывшие партнёры"),
}
THERAPIST_NAMES = {"en": "Dr Harriet Vale", "ru": "Анна Сергеевна Ветрова"}
