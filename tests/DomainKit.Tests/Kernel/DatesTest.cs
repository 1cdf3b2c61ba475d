using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;

namespace DomainKit.Tests.Kernel;

/// <summary>DomainKit reads and writes ISO dates by hand; both must agree with NodaTime's ISO pattern on every input.</summary>
public class DatesTest
{
    public static Arbitrary<LocalDate> AnyDate() => Arb.From(
        from year in Gen.Choose(-9998, 9999)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, 31)
        where day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
        select new LocalDate(year, month, day));

    [Property(MaxTest = 2000, Arbitrary = [typeof(DatesTest)])]
    public bool Format_IsNodaTimesIsoText_AndReadsBack(LocalDate date)
    {
        var text = Dates.Format(date);
        return text == LocalDatePattern.Iso.Format(date)
            && (text.Length != 10 || (Dates.TryParse(text, out var read) && read == date));
    }

    [Property(MaxTest = 2000)]
    public bool TryParse_AcceptsExactlyWhatNodaTimesIsoPatternAccepts(NonNull<string> noise, int year, byte month, byte day, bool wellFormed)
    {
        var text = wellFormed ? $"{Math.Abs(year % 10_000):D4}-{month % 14:D2}-{day % 33:D2}" : noise.Get;
        var parsed = LocalDatePattern.Iso.Parse(text);
        var expected = text.Length == 10 && parsed.Success;
        return Dates.TryParse(text, out var date) == expected && (!expected || date == parsed.Value);
    }

    [Theory]
    [InlineData("2026-02-29")]
    [InlineData("2026-13-01")]
    [InlineData("2026-00-10")]
    [InlineData("2026-1-010")]
    [InlineData("2026/01/01")]
    [InlineData("２０２６-01-01")]
    [InlineData("+026-01-01")]
    public void TryParse_RefusesWhatIsNotAnIsoDate(string text) => Assert.False(Dates.TryParse(text, out _));

    [Fact]
    public void TryParse_ReadsALeapDay() => Assert.True(Dates.TryParse("2024-02-29", out var date) && date == new LocalDate(2024, 2, 29));
}
