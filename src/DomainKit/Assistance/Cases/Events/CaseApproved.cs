using NodaTime;

namespace DomainKit.Assistance;

/// <summary>The case was approved for a programme and amount, as the completed notice proposed.</summary>
public sealed record CaseApproved : CaseEvent
{
    /// <summary>The programme.</summary>
    public required Programme Programme { get; init; }

    /// <summary>The total amount authorised; for a monthly benefit (dibao, extreme poverty), the monthly amount.</summary>
    public required Money Amount { get; init; }

    /// <summary>For a monthly benefit, the first month it is paid for (WF-04); null for every other programme.</summary>
    public YearMonth? BenefitFrom { get; init; }

    /// <summary>The level that approved it (TA-02).</summary>
    public ApprovalLevel Level { get; init; } = ApprovalLevel.County;
}
