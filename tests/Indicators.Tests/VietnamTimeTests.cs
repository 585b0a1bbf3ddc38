namespace AntiTrafficking.Indicators.Tests;

public sealed class VietnamTimeTests
{
    [Theory]
    [InlineData("2013-03-31T16:59:59Z", 2013, 3, 31)]
    [InlineData("2013-03-31T17:00:00Z", 2013, 4, 1)]
    [InlineData("2013-04-01T01:00:00+09:00", 2013, 3, 31)]
    public void TodayIsTheCalendarDateAtUtcPlusSeven(string instant, int year, int month, int day)
    {
        var clock = new FixedClock(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(On(year, month, day), VietnamTime.Today(clock));
    }
}
