using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Validation;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;

namespace DomainKit.Tests.Assistance;

/// <summary>FR-01: aid stops, the amount obtained is recovered, the fine lies between 1 and 3 times it.</summary>
public class FraudTest
{
    private static readonly LocalDate Date = new(2026, 3, 1);

    [Fact]
    public void Fr01_FineRange_IsOneToThreeTimesTheAmount()
    {
        var sanction = Fraud.Sanction(Money.FromYuan(5_400.50m), PolicySets.NationalBaseline, Date).Value;
        Assert.Equal(Money.FromYuan(5_400.50m), sanction.Recovery);
        Assert.Equal(Money.FromYuan(5_400.50m), sanction.FineMinimum);
        Assert.Equal(Money.FromYuan(16_201.50m), sanction.FineMaximum);
        Assert.Contains("the fine lies between 1 × and 3 × that amount: ¥5400.50 to ¥16201.50", sanction.Explanation.Render(DomainKit.Explanations.Language.English), StringComparison.Ordinal);
        Assert.Contains("并处所获金额 1 倍以上 3 倍以下罚款：5400.50元 至 16201.50元", sanction.Explanation.Render(DomainKit.Explanations.Language.ChineseSimplified), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-100)]
    public void Fr01_NonPositiveAmount_IsInvalid(long fen) =>
        Assert.Equal("amountObtained", Assert.Single(Fraud.Sanction(Money.FromFen(fen), PolicySets.ZhifuPilot, Date).ValidationErrors).Identifier);

    [Fact]
    public void Fr01_LowerMultipleAboveTheHigher_IsInvalid()
    {
        var policy = PolicySets.ZhifuPilot.With(FraudParameters.FineMinimum, Rate.FromFraction(4m), new LocalDate(2026, 1, 1));
        Assert.Equal(ErrorCodes.OutOfRange, Assert.Single(Fraud.Sanction(Money.FromYuan(100m), policy, Date).ValidationErrors).ErrorCode);
    }

    [Property(MaxTest = 1000)]
    public bool Fr01_TheRangeHoldsTheAmountAndIsOrdered(PositiveInt fen)
    {
        var sanction = Fraud.Sanction(Money.FromFen(fen.Get), PolicySets.ZhifuPilot, Date).Value;
        return sanction.FineMinimum == sanction.Recovery
            && sanction.FineMaximum == sanction.Recovery * 3
            && sanction.FineMinimum <= sanction.FineMaximum;
    }
}
