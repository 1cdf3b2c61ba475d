using System.ComponentModel;
using NodaTime;

namespace DomainKit.Contracts;

/// <summary>The <c>payMonth</c> command: pays one month of an approved monthly benefit from the basic-living fund (WF-04).</summary>
[Description("Pays one month of an approved monthly benefit from the basic-living fund (WF-04).")]
public sealed record PayMonthActionDocument : CaseActionDocument
{
    /// <summary>The month paid, yyyy-MM.</summary>
    [Description("The month paid, yyyy-MM.")]
    public required YearMonth Month { get; init; }
}
