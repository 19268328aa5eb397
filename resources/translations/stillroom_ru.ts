<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I cancelled it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a few words (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>{when}: {client} is booked at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}: {client} knows this client and would meet them in the waiting room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time clashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time clashes with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatePracticeDialog</name>
    <message>
        <source>Stillroom — Create your practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session times are kept in this computer&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your practice. This takes a few seconds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stillroom keeps your practice book encrypted on this computer. Nothing leaves it unless you export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase opens your practice book. Nobody can reset it for you, so choose words you will remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code is the only way back into your practice. Write it down on paper now and keep it somewhere safe, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will not be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>Pound sterling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Euro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian rouble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canadian dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australian dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Zealand dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swiss franc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Israeli shekel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukrainian hryvnia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh tenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Georgian lari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armenian dram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish krona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian krone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danish krone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polish złoty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Czech koruna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish lira</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Korean won</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Stillroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions are booked this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading this week&apos;s sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stillroom — {practice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week, from {monday}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are in {zone}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Modality</name>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>At least {count} characters. A few unrelated words are best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: {count} more characters needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good. A longer phrase would be stronger still.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add a word or two.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeLauncher</name>
    <message>
        <source>Stillroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your practice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stillroom cannot open your practice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child or family care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed by me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StillroomError</name>
    <message>
        <source>There is no session number {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session&apos;s start needs a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose weekly or fortnightly to book more than one session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancellation needs to say who cancelled and when; use Cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no client number {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has ended therapy. Make them active again to book a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has a fee or a payment recorded against it, so it cannot be deleted. Cancel it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no practice in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stillroom could not write the backup to {target}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice in {folder} could not be read for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stillroom cannot read the backup {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is not a Stillroom backup, or it is damaged. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {path} cannot be restored. {problems} Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stillroom could not restore the backup into {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {path} is of a different practice than the one in {folder}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one client is called {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client is called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client cannot be linked to themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has no practice to fill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo practice can only fill an empty practice; this one has clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice&apos;s working hours are too short for one session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo practice covers 1 to 50 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo practice has 1 to 100,000 clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows cannot be imported; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This booking clashes with {count} other sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is not encrypted, so it cannot go inside the practice&apos;s folder {folder}. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stillroom could not write the export to {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} must be yes or no, not {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is too large to be a client list (over 20 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row of {path} must name the columns, with a &apos;name&apos; column at least.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown columns in {path}: {columns}. The columns Stillroom knows are listed in the README.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} must be one of {allowed}, not {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started_on must be a date such as 2024-09-01, not {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not saved as UTF-8. In your spreadsheet, choose &apos;CSV UTF-8&apos; when saving, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} has more than {limit} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice&apos;s key file is missing: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice&apos;s key file is damaged: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose how the money was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose why the fee is waived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That session is not this client&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter an amount such as {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A share must be from 0 to 100 per cent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount can only be split into one or more parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{currency} is not a currency Stillroom knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose at least one working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zone} is not a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name can be at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains characters that cannot be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text can be at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text contains characters that cannot be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has digits, spaces and + ( ) - only, such as +44 20 7946 0000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount must be a whole number of minor units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give a number of minutes from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give a whole number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give a date between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase needs at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a practice in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stillroom cannot write to the folder {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice&apos;s database is damaged ({detail}). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stillroom needs SQLCipher 4: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is not a Stillroom practice, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery code does not open this practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no secure keychain that Stillroom can use, so it will ask for your passphrase each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This practice is already open in another Stillroom window or command. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Stillroom — Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I forgot my passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your practice is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this practice. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your recovery code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set passphrase and unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgotten your passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when you created your practice, then choose a new passphrase. Your practice book stays exactly as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
