using FsCheck;
using FsCheck.Xunit;
using NodaTime;

namespace DomainKit.Tests.Kernel;

public class AgeThresholdTest
{
    private static readonly LocalDate Epoch = new(1900, 1, 1);

    [Property(MaxTest = 5000)]
    public bool Reached_AgreesWithNodaTimeYearArithmetic(ushort startDays, ushort spanDays, byte years)
    {
        var start = Epoch.PlusDays(startDays * 2);
        var date = start.PlusDays(spanDays % 40_000 - 2_000);
        var threshold = new AgeThreshold(years % 120, date);
        return threshold.Reached(start) == (start.PlusYears(years % 120) <= date);
    }

    [Theory]
    [InlineData("2008-02-29", "2026-02-28", 18, true)]    // NodaTime: 29 February plus 18 years is 28 February
    [InlineData("2008-02-29", "2026-02-27", 18, false)]
    [InlineData("2010-03-01", "2028-02-29", 18, false)]
    [InlineData("2010-02-28", "2028-02-29", 18, true)]
    [InlineData("1966-03-01", "2026-03-01", 60, true)]
    [InlineData("1966-03-02", "2026-03-01", 60, false)]
    public void Reached_LeapDayCases(string start, string date, int years, bool expected) =>
        Assert.Equal(expected, new AgeThreshold(years, LocalDate.FromDateTime(DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture))).Reached(LocalDate.FromDateTime(DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture))));
}
