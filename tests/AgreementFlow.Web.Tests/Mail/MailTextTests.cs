using System.Text;
using AgreementFlow.Web.Mail.Content;
using AgreementFlow.Workflows.Calendars;

namespace AgreementFlow.Web.Tests.Mail;

/// <summary>Deadlines as a reader in Moscow or Krasnoyarsk reads them, and the calendar entry's text rules.</summary>
public sealed class MailTextTests
{
    private static readonly DateTime Due = new(2026, 11, 25, 11, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void ADeadline_ReadsInTheOrganisationsLocalTime_WithItsZoneNamed()
    {
        DeadlineText.Format(Due, IanaTimeZone.Parse("Asia/Krasnoyarsk"), "ru").Should().Be("25 ноября 2026 г., 18:00 (Красноярск, UTC+7)");
        DeadlineText.Format(Due, IanaTimeZone.Moscow, "ru").Should().Be("25 ноября 2026 г., 14:00 (Москва, UTC+3)");
        DeadlineText.Format(Due, IanaTimeZone.Moscow, "en").Should().Be("25 November 2026, 14:00 (Moscow, UTC+3)");
    }

    [Fact]
    public void TheCalendarEntry_HasAStableUid_TheDueTimeInItsZone_AndFoldsAndEscapesItsText()
    {
        var task = Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7");
        var summary = "Согласовать договор; срок, условия \\ и примечания — очень длинное название задачи, чтобы строка была перенесена";
        var ics = IcsCalendar.Build(task, summary, "строка 1\nстрока 2", "https://af.example.org/tasks/" + task, Due, IanaTimeZone.Moscow, Due.AddDays(-2), 42);

        ics.Should().StartWith("BEGIN:VCALENDAR\r\n").And.EndWith("END:VCALENDAR\r\n");
        ics.Should().Contain("UID:7c9e6679-7425-40de-944b-e07fc1f90ae7@agreementflow\r\n")
            .And.Contain("DUE;TZID=Europe/Moscow:20261125T140000\r\n")
            .And.Contain("TZOFFSETFROM:+0300\r\nTZOFFSETTO:+0300\r\n")
            .And.Contain("DTSTAMP:20261123T110000Z\r\n")
            .And.Contain("SEQUENCE:42\r\n")
            .And.Contain("DESCRIPTION:строка 1\\nстрока 2\r\n");
        ics.Replace("\r\n ", "", StringComparison.Ordinal).Should().Contain("SUMMARY:Согласовать договор\\; срок\\, условия \\\\ и примечания", "the folded line unfolds to the escaped text");
        ics.Split("\r\n").Should().OnlyContain(line => Encoding.UTF8.GetByteCount(line) <= 75);
        ics.Replace("\r\n", "", StringComparison.Ordinal).Should().NotContain("\n", "every line ends in CRLF");
    }
}
