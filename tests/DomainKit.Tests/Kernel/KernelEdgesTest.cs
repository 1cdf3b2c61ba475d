using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Tests.Kernel;

/// <summary>
/// Boundaries and contracts of the kernel types that the example and property tests left unchecked: found by
/// mutation testing (docs/reliability.md).
/// </summary>
public class KernelEdgesTest
{
    private enum Wide
    {
        Negative = -1,
        First = 0,
        Second = 1,
        Last = 63,
        Beyond = 64,
    }

    [Fact]
    public void EnumSet_HoldsPositionsZeroToSixtyThree_AndNothingElse()
    {
        var set = EnumSets.Of(Wide.First, Wide.Last, Wide.First);
        Assert.True(set.Contains(Wide.First));
        Assert.True(set.Contains(Wide.Last));
        Assert.False(set.Contains(Wide.Second));
        Assert.False(set.Contains(Wide.Negative));
        Assert.False(set.Contains(Wide.Beyond));
        Assert.Equal([Wide.First, Wide.Last], set.Values);
        Assert.Equal("First, Last", set.ToString());
        Assert.True(set == EnumSets.Of(Wide.Last, Wide.First));
        Assert.False(set != EnumSets.Of(Wide.Last, Wide.First));
        Assert.True(set != EnumSets.Of(Wide.First));
        Assert.Throws<ArgumentOutOfRangeException>(() => EnumSets.Of(Wide.Beyond));
        Assert.Throws<ArgumentOutOfRangeException>(() => EnumSets.Of(Wide.Negative));
        Assert.StartsWith("The value is not defined or beyond 63", Assert.Throws<ArgumentOutOfRangeException>(() => EnumSets.Of((Wide)5)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnumKeys_GiveAMemberOutsideTheTableItsOwnKey()
    {
        var keys = new EnumKeys<Wide>(value => "key:" + value);
        Assert.Equal("key:Negative", keys.For(Wide.Negative));
        Assert.Equal("key:Second", keys.For(Wide.Second));
        Assert.Equal("key:Beyond", keys.For(Wide.Beyond));
        Assert.Equal("key:300", keys.For((Wide)300));
    }

    [Fact]
    public void Rate_ComparesByValue_AndSaysWhatWasWrong()
    {
        var (low, high) = (Rate.FromFraction(0.5m), Rate.Percent(80m));
        Assert.True(low < high && low <= high && high > low && high >= low && low != high);
        Assert.True(low <= Rate.FromFraction(0.5m) && low >= Rate.FromFraction(0.5m) && low == Rate.FromFraction(0.5m));
        Assert.False(high < low || high <= low || low > high || low >= high);
        Assert.False(low < Rate.FromFraction(0.5m) || low > Rate.FromFraction(0.5m));
        Assert.True(Rate.IsValidFraction(Rate.MaxValue));
        Assert.False(Rate.IsValidFraction(Rate.MaxValue + 0.0001m));
        Assert.True(Rate.IsValidFraction(0m));
        Assert.False(Rate.IsValidFraction(-0.0001m));
        // A whole-number rate of ten thousand is exactly one million basis points, the integer path's largest.
        Assert.Equal(Money.FromFen(10_000), Money.FromFen(1).MultiplyBy(Rate.FromFraction(10_000m)));
        Assert.Equal(Money.FromFen(1_000_000), Money.FromFen(1).MultiplyBy(Rate.FromFraction(Rate.MaxValue)));
        Assert.StartsWith("A rate must lie between 0 and 1,000,000", Assert.Throws<ArgumentOutOfRangeException>(() => Rate.FromFraction(-1m)).Message, StringComparison.Ordinal);
        Assert.StartsWith("The object is not a Rate", Assert.Throws<ArgumentException>(() => low.CompareTo("0.5")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResidentId_SaysWhichPartIsWrong_WithoutRepeatingTheNumber()
    {
        (string Text, string Code, string Message)[] cases =
        [
            ("1101051949123100", ErrorCodes.ResidentIdLength, "A resident ID number has 18 characters."),
            ("11010519491231A02X", ErrorCodes.ResidentIdCharacters, "The first 17 characters of a resident ID number are"),
            ("11010519491231002Y", ErrorCodes.ResidentIdCharacters, "The last character of a resident ID number is a dig"),
            ("11010517991231002X", ErrorCodes.ResidentIdBirthDate, "The date of birth in the resident ID number does not"),
            ("110105194912310021", ErrorCodes.ResidentIdCheckCharacter, "The check character of the resident ID number does n"),
        ];
        foreach (var (text, code, message) in cases)
        {
            var error = Assert.Single(ResidentId.Parse(text).ValidationErrors);
            Assert.Equal(code, error.ErrorCode);
            Assert.StartsWith(message, error.ErrorMessage, StringComparison.Ordinal);
            Assert.DoesNotContain(text, error.ErrorMessage, StringComparison.Ordinal);
        }

        // 1800 is the first year a date of birth may have.
        var first17 = "11010518000101001";
        var earliest = ResidentId.Parse(first17 + ResidentId.CheckCharacter(first17));
        Assert.True(earliest.IsSuccess);
        Assert.Equal(new LocalDate(1800, 1, 1), earliest.Value.BirthDate);
        Assert.StartsWith("Seventeen digits are needed", Assert.Throws<ArgumentException>(() => ResidentId.CheckCharacter("123")).Message, StringComparison.Ordinal);
        Assert.StartsWith("Seventeen digits are needed", Assert.Throws<ArgumentException>(() => ResidentId.CheckCharacter("1101051800010100A")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResidentId_Default_IsEmpty_AndEqualityFollowsTheNumber()
    {
        var none = default(ResidentId);
        Assert.Equal(string.Empty, none.Value);
        Assert.Equal(string.Empty, none.Masked);
        Assert.Equal(default, none.BirthDate);
        Assert.Equal(0, none.GetHashCode());
        var a = ResidentId.Parse("11010519491231002X").Value;
        var b = ResidentId.Parse("11010519491231002x").Value;
        var first17 = "11010519500101001";
        var other = ResidentId.Parse(first17 + ResidentId.CheckCharacter(first17)).Value;
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a != other);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a.GetHashCode(), other.GetHashCode());
        Assert.NotEqual(0, a.GetHashCode());
        Assert.Equal("110105********002X", a.Masked);
    }

    [Fact]
    public void WorkingDayCalendar_ListsItsDaysInOrder_AndCountsUpToTheLongestSpan()
    {
        var calendar = WorkingDayCalendar.Create(
            "test",
            [new LocalDate(2026, 10, 2), new LocalDate(2026, 10, 1)],
            [new LocalDate(2026, 10, 11), new LocalDate(2026, 9, 27)]).Value;
        Assert.False(calendar.IsDefault);
        Assert.True(WorkingDayCalendar.MondayToFriday.IsDefault);
        Assert.Equal([new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 2)], calendar.Holidays.ToArray());
        Assert.Equal([new LocalDate(2026, 9, 27), new LocalDate(2026, 10, 11)], calendar.WorkingWeekendDays.ToArray());

        var start = new LocalDate(2000, 1, 1);
        Assert.True(WorkingDayCalendar.MondayToFriday.WorkingDaysBetween(start, start.PlusDays(36_600)) > 26_000);
        Assert.StartsWith(
            "The dates are more than 36,600 days apart",
            Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDayCalendar.MondayToFriday.WorkingDaysBetween(start, start.PlusDays(36_601))).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void WorkingDayCalendar_RefusesABadList_NamingEachDay()
    {
        static IReadOnlyList<(string Path, string Code, string Message)> Errors(string name, LocalDate[] holidays, LocalDate[] working) =>
            WorkingDayCalendar.Create(name, holidays, working).ValidationErrors.Select(e => (e.Identifier, e.ErrorCode, e.ErrorMessage)).ToList();

        var day = new LocalDate(2026, 10, 1);
        Assert.Equal([("name", ErrorCodes.Required, "A calendar needs a name of 1 to 200 characters.")], Errors(" ", [], []));
        Assert.Equal([("name", ErrorCodes.Required, "A calendar needs a name of 1 to 200 characters.")], Errors(new string('n', 201), [], []));
        Assert.Empty(Errors(new string('n', 200), [], []));
        Assert.Equal([("holidays[1]", ErrorCodes.JsonDuplicateProperty, "2026-10-01 is listed more than once.")], Errors("x", [day, day], []));
        Assert.Equal([("workingWeekendDays[0]", ErrorCodes.OutOfRange, "2026-10-01 is a weekday, already a working day.")], Errors("x", [], [day]));
        Assert.Equal([("holidays[0]", ErrorCodes.DateInvalid, "Dates are in the ISO calendar.")], Errors("x", [day.WithCalendar(CalendarSystem.Julian)], []));

        var many = Enumerable.Range(0, WorkingDayCalendar.MaxDays).Select(i => new LocalDate(2000, 1, 1).PlusDays(i)).ToArray();
        Assert.DoesNotContain(Errors("x", many[..^1], []), e => e.Path == "holidays");
        Assert.Contains(("holidays", ErrorCodes.OutOfRange, $"A calendar lists at most {WorkingDayCalendar.MaxDays} days."), Errors("x", [.. many, new LocalDate(1999, 1, 1)], []));
        Assert.DoesNotContain(Errors("x", many[..^2], [new LocalDate(2030, 1, 5)]), e => e.Path == "holidays");
    }
}
