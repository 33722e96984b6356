namespace AgreementFlow.Web.Demo;

/// <summary>The real clock moved back by an offset: demo agreements drafted "weeks ago" have deadlines that have passed.</summary>
internal sealed class ShiftedTimeProvider(TimeProvider inner, TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + offset;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;
}
