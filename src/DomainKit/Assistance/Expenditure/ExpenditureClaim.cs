using NodaTime;

namespace DomainKit.Assistance;

/// <summary>What a household declares for expenditure-type hardship (ZF-EX-01, EX-01 to EX-03).</summary>
/// <remarks>Amounts are totals over the policy's look-back. Instances are immutable and thread-safe.</remarks>
public sealed record ExpenditureClaim
{
    /// <summary>EX-02: medical spending over the look-back.</summary>
    public Money MedicalSpending { get; init; }

    /// <summary>EX-02: education spending over the look-back.</summary>
    public Money EducationSpending { get; init; }

    /// <summary>EX-02: basic living spending over the look-back.</summary>
    public Money BasicLivingSpending { get; init; }

    /// <summary>EX-02: disability rehabilitation spending over the look-back.</summary>
    public Money RehabilitationSpending { get; init; }

    /// <summary>ZF-EX-01: members have excessive spending because of a major illness or a major disaster.</summary>
    public bool IllnessOrDisasterSpending { get; init; }

    /// <summary>ZF-EX-01: after emergency relief the household still cannot meet its basic needs.</summary>
    public bool InDifficultyAfterEmergencyRelief { get; init; }

    /// <summary>EX-03: when the status was recognised, if it already was; the review falls due from that date.</summary>
    public LocalDate? RecognisedOn { get; init; }

    /// <summary>EX-02: rigid spending, the sum of the four kinds.</summary>
    public Money RigidSpending => MedicalSpending + EducationSpending + BasicLivingSpending + RehabilitationSpending;
}
