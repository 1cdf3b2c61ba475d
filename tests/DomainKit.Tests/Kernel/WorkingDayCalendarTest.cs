using DomainKit.Validation;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;

namespace DomainKit.Tests.Kernel;

/// <summary>
/// GEN-01 counting. The supplied calendar is a test calendar: holidays 2026-10-01 to 10-07, make-up
/// working days Sunday 09-27 and Saturday 10-10.
/// </summary>
public class WorkingDayCalendarTest
{
    private static readonly WorkingDayCalendar NationalDay = WorkingDayCalendar.Create(
        "Test calendar 2026",
        Enumerable.Range(1, 7).Select(day => new LocalDate(2026, 10, day)),
        [new LocalDate(2026, 9, 27), new LocalDate(2026, 10, 10)]).Value;

    [Theory]
    [InlineData("2026-02-27", 1, "2026-03-02")]    // Friday + 1 working day is Monday
    [InlineData("2026-03-02", 30, "2026-04-13")]   // WF-01 from a Monday acceptance
    [InlineData("2026-03-07", 1, "2026-03-09")]    // from a Saturday: the start is not counted
    [InlineData("2026-03-02", 0, "2026-03-02")]
    public void AddWorkingDays_MondayToFriday(string start, int days, string expected) =>
        Assert.Equal(Parse(expected), WorkingDayCalendar.MondayToFriday.AddWorkingDays(Parse(start), days));

    [Theory]
    [InlineData("2026-09-25", 3, "2026-09-29")]    // Sunday 09-27 is a make-up working day
    [InlineData("2026-09-30", 3, "2026-10-10")]    // the holiday week is skipped; Saturday 10-10 works
    [InlineData("2026-09-30", 1, "2026-10-08")]
    public void AddWorkingDays_SuppliedHolidays(string start, int days, string expected) =>
        Assert.Equal(Parse(expected), NationalDay.AddWorkingDays(Parse(start), days));

    [Theory]
    [InlineData("2026-03-06", 7, "2026-03-13")]    // ends on a Friday
    [InlineData("2026-03-01", 7, "2026-03-09")]    // would end on Sunday 03-08: the next working day
    public void AddCalendarDays_EndsOnAWorkingDay(string start, int days, string expected) =>
        Assert.Equal(Parse(expected), WorkingDayCalendar.MondayToFriday.AddCalendarDays(Parse(start), days));

    [Fact]
    public void AddCalendarDays_EndingInAHolidayWeek_EndsAfterIt() =>
        Assert.Equal(new LocalDate(2026, 10, 8), NationalDay.AddCalendarDays(new LocalDate(2026, 9, 24), 7));

    [Fact]
    public void WorkingDaysBetween_CountsAfterTheStartUpToTheEnd()
    {
        Assert.Equal(5, WorkingDayCalendar.MondayToFriday.WorkingDaysBetween(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 7)));
        Assert.Equal(0, WorkingDayCalendar.MondayToFriday.WorkingDaysBetween(new LocalDate(2026, 3, 7), new LocalDate(2026, 3, 1)));
        Assert.Equal(3, NationalDay.WorkingDaysBetween(new LocalDate(2026, 9, 30), new LocalDate(2026, 10, 10)));
    }

    [Fact]
    public void Default_SaysItKnowsNoHolidays()
    {
        Assert.True(WorkingDayCalendar.MondayToFriday.IsDefault);
        Assert.Contains("no holidays", WorkingDayCalendar.MondayToFriday.Name, StringComparison.Ordinal);
        Assert.False(NationalDay.IsDefault);
        Assert.Equal(7, NationalDay.Holidays.Length);
    }

    [Fact]
    public void Create_BadLists_AreInvalidWithPaths()
    {
        var result = WorkingDayCalendar.Create(" ", [new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 1)], [new LocalDate(2026, 10, 9)]);
        Assert.Contains(result.ValidationErrors, e => e.Identifier == "name" && e.ErrorCode == ErrorCodes.Required);
        Assert.Contains(result.ValidationErrors, e => e.Identifier == "holidays[1]" && e.ErrorCode == ErrorCodes.JsonDuplicateProperty);
        Assert.Contains(result.ValidationErrors, e => e.Identifier == "workingWeekendDays[0]" && e.ErrorCode == ErrorCodes.OutOfRange);
    }

    [Property(MaxTest = 1000)]
    public bool AddWorkingDays_LandsOnTheNthWorkingDay(ushort offset, byte days)
    {
        var start = new LocalDate(2026, 1, 1).PlusDays(offset % 800);
        var n = 1 + (days % 60);
        var due = NationalDay.AddWorkingDays(start, n);
        return NationalDay.IsWorkingDay(due)
            && NationalDay.WorkingDaysBetween(start, due) == n
            && NationalDay.WorkingDaysBetween(start, due.PlusDays(-1)) == n - 1
            && NationalDay.AddWorkingDays(start, n + 1) > due;
    }

    [Property(MaxTest = 1000)]
    public bool AddCalendarDays_IsTheFirstWorkingDayFromTheNthDay(ushort offset, byte days)
    {
        var start = new LocalDate(2026, 1, 1).PlusDays(offset % 800);
        var n = 1 + (days % 60);
        var last = NationalDay.AddCalendarDays(start, n);
        var nth = start.PlusDays(n);
        var skipped = Enumerable.Range(0, Period.Between(nth, last, PeriodUnits.Days).Days).Select(nth.PlusDays);
        return last >= nth && NationalDay.IsWorkingDay(last) && skipped.All(day => !NationalDay.IsWorkingDay(day));
    }

    private static LocalDate Parse(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;

    [Fact]
    public void Calendars_AreEqualExactlyWhenNameAndDaysAre()
    {
        WorkingDayCalendar Calendar(string name, int holidays, int makeUpDays) =>
            WorkingDayCalendar.Create(name, Enumerable.Range(1, holidays).Select(day => new LocalDate(2026, 10, day)), Enumerable.Range(0, makeUpDays).Select(week => new LocalDate(2026, 9, 27).PlusWeeks(-week))).Value;

        DomainKit.Tests.Outputs.EqualityLaws.Hold<WorkingDayCalendar>(
        [
            NationalDay, Calendar("Test calendar 2026", 7, 2), Calendar("Test calendar 2026", 6, 2), Calendar("Test calendar 2026", 7, 1),
            Calendar("Another name", 7, 2), WorkingDayCalendar.MondayToFriday, Calendar("Monday to Friday, no holidays (default)", 0, 0),
        ]);
    }
}
