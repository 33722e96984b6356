namespace AgreementFlow.Web.Localization;

internal static partial class EnglishTexts
{
    /// <summary>E-mail: notification preferences, the outbox, send windows, the e-mails on an agreement's page.</summary>
    private static readonly Dictionary<string, string> Mail = new(StringComparer.Ordinal)
    {
        ["Почта"] = "E-mail",
        ["Какие письма присылать и когда"] = "Which e-mails you get, and when",
        ["Уведомления"] = "Notifications",
        ["О новой задаче и о просроченной задаче, переданной вам как руководителю, письмо приходит всегда. Напоминания о сроках можно получать по одному или одной сводкой в день. Язык писем — язык интерфейса, он выбирается в профиле."] =
            "An e-mail always tells you of a new task, and of an overdue task escalated to you as a manager. Deadline reminders come one by one or as one digest a day. E-mails are in your interface language, chosen in your profile.",
        ["Напоминания о сроках"] = "Deadline reminders",
        ["Одна сводка в день: все мои задачи, сначала просроченные"] = "One digest a day: all my tasks, overdue first",
        ["Каждое напоминание отдельным письмом"] = "Each reminder as its own e-mail",
        ["Время сводки"] = "Digest time",
        ["По местному времени вашей организации, в рабочие дни."] = "In your organisation's local time, on working days.",
        ["Не присылать напоминаний и сводок (письма о новых задачах будут приходить)"] = "Send no reminders or digests (new tasks are still e-mailed)",
        ["Настройки уведомлений сохранены."] = "Notification settings saved.",
        ["Выберите: каждое напоминание отдельным письмом или одна сводка в день."] = "Choose: each reminder as its own e-mail, or one digest a day.",
        ["Укажите время в виде ЧЧ:ММ, например 08:30."] = "Enter a time as HH:MM, e.g. 08:30.",
        ["Окно должно заканчиваться позже, чем начинается."] = "The window must end later than it starts.",
        ["Исходящая почта"] = "Outbox",
        ["Письма пишутся в одной транзакции с шагом маршрута и отправляются по очереди. Временные сбои повторяются с растущей паузой; отказ почтового сервера (5xx) остаётся здесь с его ответом, письмо можно отправить повторно."] =
            "E-mails are written in the same transaction as the route step and sent in turn. Transient failures are retried with a growing pause; a mail server's refusal (5xx) stays here with its answer, and the e-mail can be sent again.",
        ["Фильтр по состоянию"] = "Filter by status",
        ["В очереди"] = "Queued",
        ["Отправлено"] = "Sent",
        ["Не отправлено"] = "Not sent",
        ["Писем нет."] = "No e-mails.",
        ["Создано"] = "Created",
        ["Кому"] = "To",
        ["Письмо"] = "E-mail",
        ["Состояние"] = "Status",
        ["Ответ сервера"] = "Server's answer",
        ["не раньше {0}"] = "not before {0}",
        ["попыток: {0}"] = "attempts: {0}",
        ["Показаны последние {0} писем."] = "The latest {0} e-mails are shown.",
        ["Письмо снова в очереди и уйдёт в ближайшие секунды."] = "The e-mail is queued again and goes out within seconds.",
        ["Новая задача"] = "New task",
        ["Напоминание"] = "Reminder",
        ["Эскалация"] = "Escalation",
        ["Сводка"] = "Digest",
        ["Окончание срока договора"] = "Agreement ending",
        ["Окно рассылки напоминаний"] = "Reminder send window",
        ["Напоминания и эскалации приходят сотрудникам организации только в это время по местному времени ({0}) и только в рабочие дни её производственного календаря; в сокращённый день окно закрывается на час раньше. Что наступило вне окна, ждёт его открытия и расходится в первые минуты. Письма о новых задачах и ежедневные сводки окно не задерживает."] =
            "Reminders and escalations reach the organisation's people only in this local time ({0}) and only on working days of its production calendar; on a shortened day the window closes an hour earlier. What comes due outside waits for the window to open and goes out over its first minutes. New-task e-mails and daily digests are not held by the window.",
        ["С"] = "From",
        ["До"] = "To",
        ["Соблюдать окно (если выключить, напоминания уходят в любое время)"] = "Keep to the window (when off, reminders go out at any time)",
        ["Окно рассылки сохранено."] = "Send window saved.",
        ["Письма по договору"] = "E-mails about this agreement",
        ["Писем пока не было."] = "No e-mails yet.",
        ["кому: {0}"] = "to: {0}",
        ["Срок изменён"] = "Deadline moved",
        ["Срок задачи «{0}» изменён"] = "The deadline of “{0}” moved",
        ["Укажите новый срок с часовым поясом, например 2026-12-01T18:00:00+07:00."] = "Give the new deadline with its offset, e.g. 2026-12-01T18:00:00+07:00.",
        ["Срок задачи меняет координатор или директор организации, ведущей маршрут."] = "A task's deadline is changed by the coordinator or director of the organisation running the route.",
        ["Отправка писем приостановлена до {0}: настройки Mail:Smtp не подходят к почтовому серверу."] = "Sending is paused until {0}: the Mail:Smtp settings do not fit the mail server.",
        ["Письма ждут в очереди, попытки не расходуются. Исправьте настройки (пароль, STARTTLS, сертификат сервера) — после паузы отправка продолжится сама, первое принятое письмо снимает паузу."] =
            "The e-mails wait in the queue and spend no attempts. Fix the settings (password, STARTTLS, the server's certificate): sending resumes by itself after the pause, and the first accepted e-mail ends it.",
    };
}
