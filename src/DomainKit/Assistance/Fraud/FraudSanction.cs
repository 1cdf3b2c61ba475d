using DomainKit.Explanations;

namespace DomainKit.Assistance;

/// <summary>What fraud leads to besides stopping the aid (FR-01): the amount obtained is recovered, and a fine within a range.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class FraudSanction
{
    internal FraudSanction(Money recovery, Money fineMinimum, Money fineMaximum, Explanation explanation)
    {
        Recovery = recovery;
        FineMinimum = fineMinimum;
        FineMaximum = fineMaximum;
        Explanation = explanation;
    }

    /// <summary>The amount to recover: all that was obtained by fraud.</summary>
    public Money Recovery { get; }

    /// <summary>The lowest fine: the amount obtained × the lower multiple, rounded half away from zero to the fen.</summary>
    public Money FineMinimum { get; }

    /// <summary>The highest fine: the amount obtained × the higher multiple, rounded half away from zero to the fen.</summary>
    public Money FineMaximum { get; }

    /// <summary>Why: the rule, the multiples and the amount.</summary>
    public Explanation Explanation { get; }
}
