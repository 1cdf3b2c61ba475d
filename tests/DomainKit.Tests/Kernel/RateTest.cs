namespace DomainKit.Tests.Kernel;

public class RateTest
{
    [Fact]
    public void Percent_IsHeldExactly()
    {
        Assert.Equal(0.8m, Rate.Percent(80).Value);
        Assert.Equal(Rate.FromFraction(0.8m), Rate.Percent(80));
        Assert.Equal("80%", Rate.Percent(80).ToString());
        Assert.Equal("12.5%", Rate.FromFraction(0.125m).ToString());
    }

    [Fact]
    public void FromFraction_Negative_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Rate.FromFraction(-0.01m));

    [Fact]
    public void TimesFen_IsExact() =>
        Assert.Equal(1.5m * 95_000 * 12, Rate.FromFraction(1.5m).TimesFen(95_000 * 12));
}
