namespace DomainKit.Assistance;

/// <summary>The case was approved for a programme and amount, as the completed notice proposed.</summary>
public sealed record CaseApproved : CaseEvent
{
    /// <summary>The programme.</summary>
    public required Programme Programme { get; init; }

    /// <summary>The total amount authorised.</summary>
    public required Money Amount { get; init; }
}
