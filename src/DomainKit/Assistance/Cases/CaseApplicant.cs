namespace DomainKit.Assistance;

/// <summary>
/// The person a case is about, as the window records them. Everything here but the household size is
/// personal data: it never appears in a publication view, an explanation, an exception message or
/// <see cref="ToString"/>; a publication view shows the name only as the policy masks it (PB-03).
/// </summary>
public sealed record CaseApplicant
{
    /// <summary>The longest name accepted.</summary>
    public const int MaxNameLength = 50;

    /// <summary>The longest address or illness description accepted.</summary>
    public const int MaxTextLength = 200;

    /// <summary>The applicant's name.</summary>
    public required string Name { get; init; }

    /// <summary>The applicant's resident ID number, checked when it was parsed (GEN-03).</summary>
    public required ResidentId ResidentId { get; init; }

    /// <summary>The number of people in the household, which publication shows (PB-03).</summary>
    public required int HouseholdSize { get; init; }

    /// <summary>The household's address, if recorded.</summary>
    public string? Address { get; init; }

    /// <summary>An illness relevant to the case, if recorded.</summary>
    public string? Illness { get; init; }

    /// <summary>A description without personal data: the masked ID number and the household size.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"applicant {ResidentId.Masked}, household of {HouseholdSize}";
}
