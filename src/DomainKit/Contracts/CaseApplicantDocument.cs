using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace DomainKit.Contracts;

/// <summary>The applicant of a case: personal data, kept on the case and masked in publication.</summary>
[Description("The applicant: personal data kept on the case, masked in publication (PB-03) and never in explanations.")]
public sealed record CaseApplicantDocument
{
    /// <summary>The applicant's name, 1 to 50 characters.</summary>
    [Description("The applicant's name, 1 to 50 characters.")]
    public required string Name { get; init; }

    /// <summary>The 18-character resident ID number with a valid check character (GEN-03).</summary>
    [Description("The 18-character resident ID number with a valid check character (GEN-03).")]
    public required string ResidentId { get; init; }

    /// <summary>People in the household, 1 to 64.</summary>
    [Range(1, 64)]
    [Description("People in the household, 1 to 64.")]
    public required int HouseholdSize { get; init; }

    /// <summary>The address, at most 200 characters.</summary>
    [Description("The address, at most 200 characters.")]
    public string? Address { get; init; }

    /// <summary>A description of illness, at most 200 characters.</summary>
    [Description("A description of illness, at most 200 characters.")]
    public string? Illness { get; init; }
}
