using AgreementFlow.Workflows.Calendars;

namespace AgreementFlow.Workflows.Tests.Calendars;

public sealed class IanaTimeZoneTests
{
    [Theory]
    [InlineData("Asia/Krasnoyarsk")]
    [InlineData("Europe/Samara")]
    [InlineData("Europe/Moscow")]
    public void TryParse_AcceptsTheZonesOfRussia(string id)
    {
        IanaTimeZone.TryParse(id, out var zone).Should().BeTrue();
        zone!.Value.Id.Should().Be(id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Mars/Olympus")]
    [InlineData("Russian Standard Time")]
    [InlineData("+03:00")]
    public void TryParse_RefusesWhatIsNotAnIanaZone(string id)
    {
        IanaTimeZone.TryParse(id, out _).Should().BeFalse();
    }

    [Fact]
    public void ToLocal_ShowsKrasnoyarskFourHoursAheadOfMoscow()
    {
        var instant = new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);

        IanaTimeZone.Parse("Asia/Krasnoyarsk").ToLocal(instant).Hour.Should().Be(13);
        IanaTimeZone.Moscow.ToLocal(instant).Hour.Should().Be(9);
    }
}
