using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace DomainKit.Tests.Policies;

public class TimelineTest
{
    private static readonly Provenance Source = Provenance.Illustrative("test value");
    private static readonly LocalDate Origin = new(2020, 1, 1);

    private static DatedValue<Money> Value(int dayOffset, long fen) => new(Origin.PlusDays(dayOffset), Money.FromFen(fen), Source);

    [Property(MaxTest = 1000)]
    public bool ValueAt_ReturnsTheLastValueEffectiveOnOrBeforeTheDate(NonEmptySet<ushort> offsets, short queryOffset)
    {
        var sorted = offsets.Get.Order().ToArray();
        var timeline = Timeline.Create(DibaoParameters.StandardMonthly, sorted.Select((day, i) => Value(day, i + 1))).Value;
        var query = Origin.PlusDays(queryOffset);
        var expectedIndex = Array.FindLastIndex(sorted, day => Origin.PlusDays(day) <= query);
        var result = timeline.ValueAt(query);
        if (expectedIndex < 0)
        {
            var error = Assert.Single(result.ValidationErrors);
            return !result.IsSuccess
                && error.ErrorCode == ErrorCodes.ParameterNotInEffect
                && error.ErrorMessage.Contains("dibaoStandardMonthly", StringComparison.Ordinal)
                && error.ErrorMessage.Contains(query.ToString("yyyy-MM-dd", null), StringComparison.Ordinal);
        }

        return result.IsSuccess
            && result.Value.Value == Money.FromFen(expectedIndex + 1)
            && result.Value.EffectiveFrom == Origin.PlusDays(sorted[expectedIndex])
            && timeline.TryGetValueAt(query, out var fast) && fast == result.Value;
    }

    [Property(MaxTest = 1000)]
    public bool Create_UnsortedOrDuplicateDates_AreRejected(NonEmptyArray<ushort> offsets)
    {
        var days = offsets.Get;
        var increasing = days.Zip(days.Skip(1)).All(pair => pair.First < pair.Second);
        var result = Timeline.Create(DibaoParameters.StandardMonthly, days.Select(day => Value(day, 100)));
        return increasing
            ? result.IsSuccess
            : !result.IsSuccess && result.ValidationErrors.All(e =>
                e.ErrorCode is ErrorCodes.TimelineUnsorted or ErrorCodes.TimelineDuplicateDate
                && e.Identifier.StartsWith("parameters.dibaoStandardMonthly.values[", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_Empty_IsRejected()
    {
        var result = Timeline.Create(DibaoParameters.StandardMonthly, []);
        Assert.Equal(ErrorCodes.TimelineEmpty, Assert.Single(result.ValidationErrors).ErrorCode);
    }

    [Fact]
    public void Create_ValueOutsideTheParameterBounds_IsRejected()
    {
        // DB-01's standard must be positive.
        var result = Timeline.Create(DibaoParameters.StandardMonthly, [Value(0, 0)]);
        var error = Assert.Single(result.ValidationErrors);
        Assert.Equal(ErrorCodes.OutOfRange, error.ErrorCode);
        Assert.Equal("parameters.dibaoStandardMonthly.values[0].value", error.Identifier);
    }

    [Fact]
    public void With_SameDate_ReplacesAndKeepsOthers()
    {
        var timeline = Timeline.Create(DibaoParameters.StandardMonthly, [Value(0, 100), Value(10, 200)]).Value;
        var changed = timeline.With(Value(10, 300)).With(Value(5, 150));
        Assert.Equal([100L, 150L, 300L], changed.Values.Select(v => v.Value.Fen));
        Assert.Equal([100L, 200L], timeline.Values.Select(v => v.Value.Fen));
    }

    [Property(MaxTest = 1000)]
    public bool With_KeepsDatesStrictlyIncreasing_AndReplacesOnlyTheValueOnTheSameDate(NonEmptySet<byte> offsets, byte newOffset)
    {
        var sorted = offsets.Get.Order().ToArray();
        var timeline = Timeline.Create(DibaoParameters.StandardMonthly, sorted.Select(day => Value(day, day + 1))).Value;
        var changed = timeline.With(Value(newOffset, 100_000));
        var expected = sorted.Where(day => day != newOffset).Select(day => (Date: Origin.PlusDays(day), Fen: day + 1L))
            .Append((Date: Origin.PlusDays(newOffset), Fen: 100_000L))
            .OrderBy(v => v.Date)
            .ToArray();
        return changed.Values.Select(v => (Date: v.EffectiveFrom, v.Value.Fen)).SequenceEqual(expected)
            && timeline.Values.Length == sorted.Length;
    }

    [Fact]
    public void With_ValueOutsideBounds_Throws()
    {
        var timeline = Timeline.Create(DibaoParameters.StandardMonthly, [Value(0, 100)]).Value;
        Assert.Throws<ArgumentOutOfRangeException>(() => timeline.With(Value(5, -1)));
    }
}
