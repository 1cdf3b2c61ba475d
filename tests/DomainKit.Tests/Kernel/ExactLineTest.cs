using FsCheck;
using FsCheck.Xunit;

namespace DomainKit.Tests.Kernel;

public class ExactLineTest
{
    [Property(MaxTest = 2000)]
    public bool TotalIsBelow_AgreesWithExactDecimals(int perUnitFen, byte hundredths, long total, byte units)
    {
        // Whole and fractional per-unit amounts both take their own path; both must agree with decimals.
        var perUnit = Math.Abs((decimal)perUnitFen) + (hundredths % 100 / 100m);
        var line = new ExactLine(perUnit);
        var count = units % 65;
        return line.TotalIsBelow(total, count) == (total < perUnit * count) && line.For(count) == perUnit * count;
    }
}
