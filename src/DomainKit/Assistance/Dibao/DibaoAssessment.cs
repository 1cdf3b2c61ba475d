namespace DomainKit.Assistance;

/// <summary>The fast path's answer for one household: outcome and monthly benefit, without an explanation.</summary>
/// <remarks>
/// Equal to <see cref="DibaoDecision.Assessment"/> of the explained path for the same household,
/// policy and date. This type is an immutable value type and is thread-safe.
/// </remarks>
public readonly struct DibaoAssessment : IEquatable<DibaoAssessment>
{
    /// <summary>Creates an assessment.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="monthlyBenefit">The monthly benefit; zero when ineligible.</param>
    public DibaoAssessment(DibaoOutcome outcome, Money monthlyBenefit)
    {
        Outcome = outcome;
        MonthlyBenefit = monthlyBenefit;
    }

    /// <summary>Whether the household qualifies.</summary>
    public DibaoOutcome Outcome { get; }

    /// <summary>The monthly benefit, rounded to the fen; zero when ineligible.</summary>
    public Money MonthlyBenefit { get; }

    /// <summary>Whether the outcome is <see cref="DibaoOutcome.Eligible"/>.</summary>
    public bool IsEligible => Outcome == DibaoOutcome.Eligible;

    /// <summary>Whether the household receives dibao: eligible, or in its gradual exit (DB-08).</summary>
    public bool IsRecipient => Outcome is DibaoOutcome.Eligible or DibaoOutcome.GradualExit;

    /// <inheritdoc />
    public static bool operator ==(DibaoAssessment left, DibaoAssessment right) => left.Equals(right);

    /// <inheritdoc />
    public static bool operator !=(DibaoAssessment left, DibaoAssessment right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(DibaoAssessment other) => Outcome == other.Outcome && MonthlyBenefit == other.MonthlyBenefit;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DibaoAssessment other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Outcome, MonthlyBenefit);

    /// <inheritdoc />
    public override string ToString() => $"{Outcome} {MonthlyBenefit}";
}
